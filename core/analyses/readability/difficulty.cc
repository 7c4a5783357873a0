#include "analyses/readability/difficulty.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analyses/readability/formulas.h"

namespace lesbar {
namespace {

#include "analyses/readability/difficulty_weights.inc"

static_assert(sizeof(kGermanDifficultyWeights) / sizeof(double) ==
                  kDifficultyFeatureCount,
              "refit: scripts/readability/fit_difficulty.py");
static_assert(sizeof(kEnglishDifficultyWeights) / sizeof(double) ==
                  kDifficultyFeatureCount,
              "refit: scripts/readability/fit_difficulty.py");

}  // namespace

const char* const kDifficultyFeatureNames[kDifficultyFeatureCount] = {
    "bias",
    "words_per_sentence",
    "log_words_per_sentence",
    "syllables_per_word",
    "letters_per_word",
    "polysyllable_share",
    "long_word_share",
    "very_long_word_share",
    "nominal_share",
    "number_share",
    "clause_marks_per_sentence",
    "inner_capitalised_share",
    "difficult_word_share",
    "long_syllable_word_share",
    "subordinators_per_sentence",
    "foreign_spelled_share",
    "longest_word_letters",
};

DifficultyFeatures ComputeDifficultyFeatures(const TextStats& stats) {
  DifficultyFeatures features{};
  features[0] = 1.0;
  if (stats.words == 0) return features;
  const double words = static_cast<double>(stats.words);
  const double sentences =
      static_cast<double>(std::max<int64_t>(1, stats.sentences));
  const double words_per_sentence = words / sentences;
  features[1] = words_per_sentence;
  features[2] = std::log(words_per_sentence);
  features[3] = stats.syllables / words;
  features[4] = stats.letters / words;
  features[5] = stats.polysyllables / words;
  features[6] = stats.long_words / words;
  features[7] = stats.very_long_words / words;
  features[8] = stats.nominal_words / words;
  features[9] = stats.numbers / words;
  features[10] = stats.commas / sentences;
  features[11] = stats.inner_capitalised / words;
  features[12] = stats.difficult_words / words;
  features[13] = stats.long_syllable_words / words;
  features[14] = stats.subordinators / sentences;
  features[15] = stats.foreign_spelled / words;
  features[16] = stats.longest_word_letters / sentences;
  return features;
}

double PredictDifficulty(const TextStats& stats, std::string_view language) {
  if (stats.words == 0) return std::numeric_limits<double>::quiet_NaN();
  const double* weights = BaseLanguage(language) == "de"
                              ? kGermanDifficultyWeights
                              : kEnglishDifficultyWeights;
  const DifficultyFeatures features = ComputeDifficultyFeatures(stats);
  double score = 0;
  for (int i = 0; i < kDifficultyFeatureCount; ++i) {
    score += weights[i] * features[i];
  }
  return std::clamp(score, 1.0, 7.0);
}

}  // namespace lesbar
