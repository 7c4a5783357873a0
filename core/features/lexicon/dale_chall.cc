#include "features/lexicon/dale_chall.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace lesbar {
namespace lexicon_internal {
// Generated at build time (scripts/lexicon/build-dale-chall.mjs): every
// word followed by '\n', sorted by bytes.
extern const char kDaleChallWordText[];
extern const int kDaleChallWordCount;
}  // namespace lexicon_internal

namespace {

const std::vector<std::string_view>& DaleChallWords() {
  static const auto* words = [] {
    auto* out = new std::vector<std::string_view>;
    out->reserve(lexicon_internal::kDaleChallWordCount);
    std::string_view text(lexicon_internal::kDaleChallWordText);
    while (!text.empty()) {
      const size_t end = text.find('\n');
      out->push_back(text.substr(0, end));
      text.remove_prefix(end + 1);
    }
    return out;
  }();
  return *words;
}

}  // namespace

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
  const std::vector<std::string_view>& words = DaleChallWords();
  return std::binary_search(words.begin(), words.end(), word);
}

int DaleChallWordCount() { return lexicon_internal::kDaleChallWordCount; }

}  // namespace lesbar
