#include "language/common_words.h"

#include <unicode/unistr.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "language/language_profiles.h"

namespace lesbar {
namespace {

using langid_internal::kNumTrigramProfiles;
using langid_internal::kTrigramProfiles;

struct RankedWords {
  std::string language;
  std::unordered_map<std::u16string, int> rank;
};

// Decoded once, on first use (about 20,000 words in all).
const std::vector<RankedWords>& AllRankedWords() {
  static const std::vector<RankedWords>* const kAll = [] {
    auto* all = new std::vector<RankedWords>(kNumTrigramProfiles);
    for (int i = 0; i < kNumTrigramProfiles; ++i) {
      RankedWords& entry = (*all)[i];
      entry.language = kTrigramProfiles[i].language;
      std::string_view words = kTrigramProfiles[i].words;
      int rank = 0;
      while (!words.empty()) {
        const size_t bar = words.find('|');
        const std::string_view word = words.substr(0, bar);
        words.remove_prefix(bar == std::string_view::npos ? words.size()
                                                          : bar + 1);
        if (word.empty()) continue;
        icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(
            icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
        std::u16string key(utf16.getBuffer(), utf16.length());
        entry.rank.emplace(std::move(key), rank++);
      }
    }
    return all;
  }();
  return *kAll;
}

const RankedWords* Find(std::string_view language) {
  const std::string_view base = language.substr(0, language.find('-'));
  for (const RankedWords& entry : AllRankedWords()) {
    if (entry.language == base) return &entry;
  }
  return nullptr;
}

}  // namespace

int CommonWordCount(std::string_view language) {
  const RankedWords* entry = Find(language);
  return entry == nullptr ? 0 : static_cast<int>(entry->rank.size());
}

int CommonWordRank(std::string_view language,
                   std::u16string_view lowercase_word) {
  const RankedWords* entry = Find(language);
  if (entry == nullptr) return -1;
  const auto it = entry->rank.find(std::u16string(lowercase_word));
  return it == entry->rank.end() ? -1 : it->second;
}

}  // namespace lesbar
