// The syllable counter's features as data, for its trainer's feature tool
// (train/syllables/) and the parity test. They come from the same code path
// as SyllableCounter::Count (one template, two instantiations), so what the
// trainer learns from is what the counter scores at run time. Internal: not
// part of the public API.
#ifndef LESBAR_FEATURES_SYLLABLES_SYLLABLE_FEATURES_H_
#define LESBAR_FEATURES_SYLLABLES_SYLLABLE_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "features/syllables/syllable_tables.h"

namespace lesbar {
namespace syllables_internal {

class LiangPatterns;

// One vowel group as the counter scores it.
struct VowelGroupFeatures {
  // By feature index (kTemplates refers to these); only the features some
  // template uses are computed, the others are 0.
  uint32_t features[kNumGroupFeatures];
  // Per template, its weight bucket: the counter adds the pair at
  // weights[2 * bucket] (silent) and weights[2 * bucket + 1] (hiatus).
  uint32_t buckets[kNumTemplates];
};

struct WordFeatures {
  // Syllables fixed by the token policy (numbers, letter names, spelled
  // acronyms, English affixes); the vowel groups add 0, 1 or 2 each.
  int fixed = 0;
  // A letter or digit: the word counts at least 1.
  bool has_letter = false;
  // The vowel groups of all parts of the word, in order.
  std::vector<VowelGroupFeatures> groups;
};

// What SyllableCounter::Create(language)->Count(word) scores, for "de" or
// "en". patterns: the Liang patterns whose values are features 17-19; null
// for none.
WordFeatures ExtractWordFeatures(std::string_view language,
                                 const LiangPatterns* patterns,
                                 std::u16string_view word);

// The compiled-in patterns of "de" or "en" (those Count uses; null when the
// tables hold none). Built on first use and kept for the process.
const LiangPatterns* CompiledPatterns(std::string_view language);

// The counter's symbol of code point c (case folded first), kSymbolIgnored
// when it is no letter or apostrophe.
uint8_t SymbolOf(char32_t c);

// The count Count returns for these features when group g gets labels[g]
// (0 silent, 1, 2 hiatus).
inline int CountFromLabels(const WordFeatures& word, const int* labels) {
  int total = word.fixed;
  for (size_t g = 0; g < word.groups.size(); ++g) total += labels[g];
  return (total == 0 && word.has_letter) ? 1 : total;
}

// The label the counter gives a group: the argmax of silent, hiatus and 0
// (one syllable), ties to one syllable, then to silent.
inline int LabelOfScores(int silent, int hiatus) {
  int label = 1;
  int best = 0;
  if (silent > best) {
    label = 0;
    best = silent;
  }
  if (hiatus > best) label = 2;
  return label;
}

}  // namespace syllables_internal
}  // namespace lesbar

#endif  // LESBAR_FEATURES_SYLLABLES_SYLLABLE_FEATURES_H_
