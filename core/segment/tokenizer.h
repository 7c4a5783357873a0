// Splits normalised text into tokens: ICU's word break rules (segment/
// word_segments.h finds them without ICU in plain text), then the
// corrections readers expect (URLs and addresses whole, "Berg-Karabach" and
// "2001/2002" whole, "Dr." and "am 5. Mai" keeping their period, English
// "do|n't"). Whitespace produces no token.
#ifndef LESBAR_SEGMENT_TOKENIZER_H_
#define LESBAR_SEGMENT_TOKENIZER_H_

#include <unicode/uversion.h>

#include <memory>
#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"
#include "segment/language_rules.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace lesbar {

// What a token's final period means to the sentence splitter.
enum class PeriodRole : uint8_t {
  kNone,        // no period, or an ordinary full stop
  kNonFinal,    // "Dr.", "z.B.", "5." as an ordinal, an initial "J."
  kMaybeFinal,  // "usw.", "etc.", "Inc.": ends the sentence before a
                // capitalised word
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<PeriodRole> period_roles;  // parallel to tokens
};

class Tokenizer {
 public:
  static std::unique_ptr<Tokenizer> Create(Status* status);
  ~Tokenizer();

  Status Tokenize(std::u16string_view text, const LanguageRules& rules,
                  Tokenization tokenization, TokenizedText* result);

 private:
  explicit Tokenizer(icu::BreakIterator* words);
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_TOKENIZER_H_
