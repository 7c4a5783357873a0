#include "analyses/readability/difficulty.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lesbar {
namespace {

TextStats Stats(int64_t words, int64_t syllables, int64_t letters,
                int64_t long_words) {
  TextStats stats;
  stats.sentences = 1;
  stats.words = words;
  stats.syllables = syllables;
  stats.letters = letters;
  stats.long_words = long_words;
  stats.polysyllables = long_words;
  stats.monosyllables = words - long_words;
  return stats;
}

// "The cat sat on the mat." and a long sentence of a policy paper.
TextStats Easy() { return Stats(6, 6, 17, 0); }
TextStats Hard() {
  TextStats stats = Stats(35, 70, 210, 12);
  stats.polysyllables = 10;
  stats.difficult_words = 12;
  stats.nominal_words = 4;
  stats.commas = 4;
  stats.longest_word_letters = 14;
  return stats;
}

TEST(DifficultyTest, FeaturesAreRates) {
  const DifficultyFeatures f = ComputeDifficultyFeatures(Stats(10, 15, 50, 2));
  EXPECT_EQ(f[0], 1);
  EXPECT_EQ(f[1], 10);
  EXPECT_NEAR(f[2], std::log(10.0), 1e-12);
  EXPECT_EQ(f[3], 1.5);
  EXPECT_EQ(f[4], 5);
  EXPECT_EQ(f[6], 0.2);
}

TEST(DifficultyTest, LongerDenserTextIsHarderOnTheOneToSevenScale) {
  for (const char* language : {"de", "en"}) {
    TextStats easy_stats = Easy();
    easy_stats.longest_word_letters = 3;
    const double easy = PredictDifficulty(easy_stats, language);
    const double hard = PredictDifficulty(Hard(), language);
    EXPECT_GE(easy, 1) << language;
    EXPECT_LE(hard, 7) << language;
    EXPECT_LT(easy + 1, hard) << language;
  }
}

TEST(DifficultyTest, NoWordsNoDifficulty) {
  EXPECT_TRUE(std::isnan(PredictDifficulty(TextStats(), "de")));
}

}  // namespace
}  // namespace lesbar
