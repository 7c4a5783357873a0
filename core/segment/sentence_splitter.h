// Sentences from ICU's sentence rules, with abbreviation suppression from
// ICU's own exception data plus lesbar's lists (see language_rules.h): no break
// after "Dr.", "z. B." or the ordinal in "am 5. Mai", never a break inside a
// token, and always one at a paragraph boundary. A single line break ends a
// sentence (headlines often lack a full stop) unless the next line goes on
// in lower case, as in hard-wrapped text.
#ifndef LESBAR_SEGMENT_SENTENCE_SPLITTER_H_
#define LESBAR_SEGMENT_SENTENCE_SPLITTER_H_

#include <unicode/uversion.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"
#include "segment/language_rules.h"
#include "segment/tokenizer.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace lesbar {

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();

  // Sentence spans run from their first token's start to their last
  // token's end.
  Status Split(std::u16string_view text, const LanguageRules& rules,
               const TokenizedText& tokens, const std::vector<Span>& paragraphs,
               std::vector<Span>* sentences);

 private:
  icu::BreakIterator* IteratorFor(const std::string& language, Status* status);
  std::map<std::string, std::unique_ptr<icu::BreakIterator>> iterators_;
};

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_SENTENCE_SPLITTER_H_
