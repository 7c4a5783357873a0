#include "language/common_words.h"

#include <unicode/unistr.h>

#include <mutex>
#include <string>
#include <unordered_map>

#include "language/language_profiles.h"

namespace lesbar {
namespace {

using langid_internal::kNumTrigramProfiles;
using langid_internal::kTrigramProfiles;

// One profile's words, decoded on first use (each language separately, so
// an analysis pays only for its own language's 1000 words).
class RankedWords {
 public:
  const std::unordered_map<std::u16string, int>& Get(int profile) {
    std::call_once(once_[profile], [this, profile] { Decode(profile); });
    return rank_[profile];
  }

 private:
  void Decode(int profile) {
    std::string_view words = kTrigramProfiles[profile].words;
    int rank = 0;
    while (!words.empty()) {
      const size_t bar = words.find('|');
      const std::string_view word = words.substr(0, bar);
      words.remove_prefix(bar == std::string_view::npos ? words.size()
                                                        : bar + 1);
      if (word.empty()) continue;
      const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(
          icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
      rank_[profile].emplace(std::u16string(utf16.getBuffer(), utf16.length()),
                             rank++);
    }
  }

  std::once_flag once_[kNumTrigramProfiles];
  std::unordered_map<std::u16string, int> rank_[kNumTrigramProfiles];
};

RankedWords& AllRankedWords() {
  static RankedWords* const kAll = new RankedWords();
  return *kAll;
}

// The profile of the base language of `language`, or -1.
int ProfileOf(std::string_view language) {
  const std::string_view base = language.substr(0, language.find('-'));
  for (int i = 0; i < kNumTrigramProfiles; ++i) {
    if (base == kTrigramProfiles[i].language) return i;
  }
  return -1;
}

}  // namespace

int CommonWordCount(std::string_view language) {
  const int profile = ProfileOf(language);
  return profile < 0 ? 0
                     : static_cast<int>(AllRankedWords().Get(profile).size());
}

int CommonWordRank(std::string_view language,
                   std::u16string_view lowercase_word) {
  const int profile = ProfileOf(language);
  if (profile < 0) return -1;
  const auto& rank = AllRankedWords().Get(profile);
  const auto it = rank.find(std::u16string(lowercase_word));
  return it == rank.end() ? -1 : it->second;
}

}  // namespace lesbar
