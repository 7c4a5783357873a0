#include "features/lexicon/dale_chall.h"

#include <algorithm>
#include <string>

namespace lesbar {
namespace lexicon_internal {
// Generated at build time (scripts/lexicon/build-dale-chall.mjs), sorted by
// bytes.
extern const std::string_view kDaleChallWords[];
extern const int kDaleChallWordCount;
}  // namespace lexicon_internal

bool IsDaleChallEasyWord(std::u16string_view lowercase_word) {
  constexpr size_t kLongestWord = 32;  // the list's longest is 14
  if (lowercase_word.empty() || lowercase_word.size() > kLongestWord) {
    return false;
  }
  char ascii[kLongestWord];
  for (size_t i = 0; i < lowercase_word.size(); ++i) {
    const char16_t c = lowercase_word[i];
    if (c >= 0x80) return false;  // the list is ASCII
    ascii[i] = static_cast<char>(c);
  }
  const std::string_view word(ascii, lowercase_word.size());
  const std::string_view* begin = lexicon_internal::kDaleChallWords;
  const std::string_view* end = begin + lexicon_internal::kDaleChallWordCount;
  return std::binary_search(begin, end, word);
}

int DaleChallWordCount() { return lexicon_internal::kDaleChallWordCount; }

}  // namespace lesbar
