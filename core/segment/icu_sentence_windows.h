// Asks ICU's sentence rules about one gap between tokens at a time, on a
// small window of text around it, instead of a pass over the whole text.
//
// ICU can only break after a paragraph separator (rule SB4) or after
// STerm/ATerm, closing marks and spaces (SB11), and its decision looks only
// a few characters back (SB7) and forward to the next letter or terminator
// (SB8), so a window from the terminator to the first word after the gap
// gives the same answer as a full pass (tests/core/segment/
// icu_sentence_windows_test.cc compares the two on random text). Most gaps
// follow no terminator and need no ICU call at all. Measured natively: a
// full pass costs ~90 instructions per character, isBoundary() ~10,000 per
// call; windows cut sentence splitting to about half.
#ifndef LESBAR_SEGMENT_ICU_SENTENCE_WINDOWS_H_
#define LESBAR_SEGMENT_ICU_SENTENCE_WINDOWS_H_

#include <unicode/brkiter.h>

#include <string>
#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

class IcuSentenceWindows {
 public:
  // `iterator` is a sentence break iterator. ICU sees `text` with the units
  // at the sorted positions `spaces` (line ends, or none if null) read as
  // U+0020: the sentence splitter joins a line that goes on in lower case
  // so, without a copy of the whole text.
  IcuSentenceWindows(icu::BreakIterator* iterator, std::u16string_view text,
                     const std::vector<Token>& tokens,
                     const std::vector<int32_t>* spaces = nullptr);

  // Whether ICU breaks between tokens[k - 1] and tokens[k] (k >= 1).
  // Boundaries inside a token ("?" in a URL) do not count. Linear overall.
  bool BreaksBefore(size_t k, UErrorCode* error);

 private:
  // Whether text[from, to) holds a line break that ICU sees as one.
  bool HasLineBreakForIcu(int32_t from, int32_t to) const;

  icu::BreakIterator* iterator_;
  std::u16string_view view_;
  const std::vector<int32_t>* spaces_;
  std::u16string window_;  // a window with spaces_ applied
  const std::vector<Token>& tokens_;
  // For each token, the index of the terminator it closes ("?" in "?»"):
  // the token itself if it ends in STerm/ATerm, its predecessor's if it is
  // a closing mark right after one (ICU's "SATerm Close*"), else -1.
  std::vector<int32_t> terminator_of_;
};

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_ICU_SENTENCE_WINDOWS_H_
