// Difficulty as people judge it, 1 (very easy) ... 7 (very hard): a linear
// model over features lesbar computes anyway (sentence length, word length
// in letters and syllables, long compounds, nominal style, clause
// punctuation, numbers, capitalised words, words off the easy-word list),
// fitted on human ratings by scripts/readability/fit_difficulty.py:
//   German: TextComplexityDE (learners' 1-7 ratings of single sentences);
//   English: OneStopEnglish (articles rewritten at three levels, placed at
//   3 = elementary, 4 = intermediate, 5 = advanced on the same scale).
// The features are rates (per word, per sentence), so the same weights score
// one sentence or a whole document. Languages other than German use the
// English weights.
#ifndef LESBAR_ANALYSES_READABILITY_DIFFICULTY_H_
#define LESBAR_ANALYSES_READABILITY_DIFFICULTY_H_

#include <array>
#include <string_view>

#include "analyses/readability/text_stats.h"

namespace lesbar {

constexpr int kDifficultyFeatureCount = 17;
using DifficultyFeatures = std::array<double, kDifficultyFeatureCount>;

// The names, in order, for the fitter and for reports.
extern const char* const kDifficultyFeatureNames[kDifficultyFeatureCount];

// All zero (but the bias) for a text without words.
DifficultyFeatures ComputeDifficultyFeatures(const TextStats& stats);

// Clamped to [1, 7]; NaN for a text without words.
double PredictDifficulty(const TextStats& stats, std::string_view language);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_DIFFICULTY_H_
