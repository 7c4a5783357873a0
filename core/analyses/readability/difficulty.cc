#include "analyses/readability/difficulty.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analyses/readability/formulas.h"

namespace lesbar {
namespace {

#include "analyses/readability/difficulty_weights.inc"

static_assert(sizeof(kGermanSentenceDifficultyWeights) / sizeof(double) ==
                  kDifficultyFeatureCount,
              "refit: train/difficulty/fit_difficulty.py");
static_assert(sizeof(kGermanDocumentDifficultyWeights) / sizeof(double) ==
                  kDifficultyFeatureCount,
              "refit: train/difficulty/fit_difficulty.py");
static_assert(sizeof(kEnglishSentenceDifficultyWeights) / sizeof(double) ==
                  kDifficultyFeatureCount,
              "refit: train/difficulty/fit_difficulty.py");
static_assert(sizeof(kEnglishDocumentDifficultyWeights) / sizeof(double) ==
                  kDifficultyFeatureCount,
              "refit: train/difficulty/fit_difficulty.py");

constexpr double kMiddle = 4.0;

bool IsGerman(std::string_view language) {
  return BaseLanguage(language) == "de";
}

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
    "uncommon_word_share",
    "outside_top_common_share",
    "mean_log_common_rank",
    "uncommon_words_per_sentence",
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
  if (stats.ranked_words > 0) {
    const double ranked = static_cast<double>(stats.ranked_words);
    features[17] = stats.unlisted_words / ranked;
    features[18] = stats.outside_top_words / ranked;
    features[19] = stats.log_rank_sum / ranked;
    features[20] = stats.unlisted_words / sentences;
  }
  return features;
}

DifficultyModel SentenceDifficultyModel(std::string_view language) {
  return IsGerman(language) ? DifficultyModel{kGermanSentenceDifficultyWeights,
                                              kGermanSentenceShrinkWords,
                                              kGermanUnrankedFamiliarity}
                            : DifficultyModel{kEnglishSentenceDifficultyWeights,
                                              kEnglishSentenceShrinkWords,
                                              kEnglishUnrankedFamiliarity};
}

DifficultyModel DocumentDifficultyModel(std::string_view language) {
  return IsGerman(language) ? DifficultyModel{kGermanDocumentDifficultyWeights,
                                              kGermanDocumentShrinkWords,
                                              kGermanUnrankedFamiliarity}
                            : DifficultyModel{kEnglishDocumentDifficultyWeights,
                                              kEnglishDocumentShrinkWords,
                                              kEnglishUnrankedFamiliarity};
}

double ApplyDifficultyModel(const DifficultyModel& model,
                            const TextStats& stats) {
  if (stats.words == 0) return std::numeric_limits<double>::quiet_NaN();
  DifficultyFeatures features = ComputeDifficultyFeatures(stats);
  if (stats.ranked_words == 0) {
    features[17] = model.unranked_familiarity[0];
    features[18] = model.unranked_familiarity[1];
    features[19] = model.unranked_familiarity[2];
    features[20] = model.unranked_familiarity[0] * features[1];
  }
  double score = 0;
  for (int i = 0; i < kDifficultyFeatureCount; ++i) {
    score += model.weights[i] * features[i];
  }
  const double words = static_cast<double>(stats.words);
  const double keep = words / (words + model.shrink_words);
  return std::clamp(kMiddle + (score - kMiddle) * keep, 1.0, 7.0);
}

double PredictSentenceDifficulty(const TextStats& stats,
                                 std::string_view language) {
  return ApplyDifficultyModel(SentenceDifficultyModel(language), stats);
}

double PredictDifficulty(const TextStats& stats, std::string_view language) {
  const double sentence = PredictSentenceDifficulty(stats, language);
  if (stats.sentences <= 1 || std::isnan(sentence)) return sentence;
  const double sentences = static_cast<double>(stats.sentences);
  const double document_share = (sentences - 1) / sentences;
  return document_share *
             ApplyDifficultyModel(DocumentDifficultyModel(language), stats) +
         (1 - document_share) * sentence;
}

}  // namespace lesbar
