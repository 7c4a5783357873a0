// Difficulty as people judge it, 1 (very easy) ... 7 (very hard): a linear
// model over features lesbar computes anyway (sentence length, word length
// in letters and syllables, long compounds, nominal style, clause
// punctuation, numbers, capitalised words, words off the easy-word list,
// word familiarity from the common-word ranks of the language profiles),
// fitted on human judgments by train/difficulty/fit_difficulty.py:
//   German: TextComplexityDE (learners' 1-7 ratings of single sentences);
//   English: OneStopEnglish (articles rewritten at three levels, placed at
//   3 = elementary, 4 = intermediate, 5 = advanced on the same scale) and,
//   for sentences, its teachers' pairs of one sentence at two levels.
// The features are rates (per word, per sentence). There are two weight
// sets per language, one for a sentence and one for a document; a document
// of few sentences leans on the sentence weights. The linear score is
// pulled toward the middle of the scale (4) by the text's length:
//   4 + (w . x - 4) * words / (words + shrink_words),
// so a short sentence, whose rates say little, is not put at an end of the
// scale. Languages other than German use the English weights.
#ifndef LESBAR_ANALYSES_READABILITY_DIFFICULTY_H_
#define LESBAR_ANALYSES_READABILITY_DIFFICULTY_H_

#include <array>
#include <string_view>

#include "analyses/readability/text_stats.h"

namespace lesbar {

constexpr int kDifficultyFeatureCount = 21;
using DifficultyFeatures = std::array<double, kDifficultyFeatureCount>;

// The names, in order, for the fitter and for reports.
extern const char* const kDifficultyFeatureNames[kDifficultyFeatureCount];

// All zero (but the bias) for a text without words.
DifficultyFeatures ComputeDifficultyFeatures(const TextStats& stats);

// The weights of one language and unit, as fitted.
struct DifficultyModel {
  const double* weights;  // kDifficultyFeatureCount
  double shrink_words;
  // For a text without rank-listed words (a language without a common-word
  // list, or digits only): the training data's mean uncommon-word share,
  // share outside the top common words and mean log rank.
  const double* unranked_familiarity;  // 3
};
DifficultyModel SentenceDifficultyModel(std::string_view language);
DifficultyModel DocumentDifficultyModel(std::string_view language);

// The model's score for `stats`, shrunk by length and clamped to [1, 7];
// NaN for a text without words.
double ApplyDifficultyModel(const DifficultyModel& model,
                            const TextStats& stats);

// One sentence (or a short text read as one unit).
double PredictSentenceDifficulty(const TextStats& stats,
                                 std::string_view language);

// A document (its sentences' stats summed): the document weights, blended
// with the sentence weights by (sentences - 1) / sentences, so one
// sentence scores as a sentence.
double PredictDifficulty(const TextStats& stats, std::string_view language);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_DIFFICULTY_H_
