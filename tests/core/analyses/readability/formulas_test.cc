#include "analyses/readability/formulas.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lesbar {
namespace {

// 2 sentences, 20 words, 30 syllables, 100 letters, 12 one-syllable words,
// 4 of three or more, 5 of seven or more letters, 3 off the easy list.
ReadabilityCounts Sample() {
  ReadabilityCounts counts;
  counts.sentences = 2;
  counts.words = 20;
  counts.syllables = 30;
  counts.letters = 100;
  counts.monosyllables = 12;
  counts.polysyllables = 4;
  counts.long_words = 5;
  counts.difficult_words = 3;
  return counts;
}

TEST(FormulasTest, EnglishScoresByHand) {
  const ReadabilityScores s = ComputeScores(Sample(), "en");
  EXPECT_NEAR(s.flesch_reading_ease, 206.835 - 10.15 - 126.9, 1e-9);
  EXPECT_NEAR(s.flesch_kincaid_grade, 3.9 + 17.7 - 15.59, 1e-9);
  EXPECT_NEAR(s.gunning_fog, 0.4 * (10 + 20), 1e-9);
  EXPECT_NEAR(s.smog, 1.0430 * std::sqrt(60.0) + 3.1291, 1e-9);
  EXPECT_NEAR(s.coleman_liau, 29.4 - 2.96 - 15.8, 1e-9);
  EXPECT_NEAR(s.automated_readability_index, 23.55 + 5 - 21.43, 1e-9);
  EXPECT_NEAR(s.dale_chall, 0.1579 * 15 + 0.0496 * 10 + 3.6365, 1e-9);
  EXPECT_NEAR(s.lix, 10 + 25, 1e-9);
  EXPECT_NEAR(s.rix, 2.5, 1e-9);
  for (double wiener : s.wiener_sachtextformel) EXPECT_TRUE(std::isnan(wiener));
}

TEST(FormulasTest, GermanUsesAmstadAndWienerAndNoUsGrades) {
  const ReadabilityScores s = ComputeScores(Sample(), "de-AT");
  EXPECT_NEAR(s.flesch_reading_ease, 180 - 10 - 58.5 * 1.5, 1e-9);
  // MS 20 %, SL 10, IW 25 %, ES 60 %.
  EXPECT_NEAR(s.wiener_sachtextformel[0],
              0.1935 * 20 + 0.1672 * 10 + 0.1297 * 25 - 0.0327 * 60 - 0.875,
              1e-9);
  EXPECT_NEAR(s.wiener_sachtextformel[1],
              0.2007 * 20 + 0.1682 * 10 + 0.1373 * 25 - 2.779, 1e-9);
  EXPECT_NEAR(s.wiener_sachtextformel[2], 0.2963 * 20 + 0.1905 * 10 - 1.1144,
              1e-9);
  EXPECT_NEAR(s.wiener_sachtextformel[3], 0.2744 * 20 + 0.2656 * 10 - 1.693,
              1e-9);
  EXPECT_NEAR(s.smog, std::sqrt(60.0) - 2.0, 1e-9);
  EXPECT_NEAR(s.lix, 35, 1e-9);
  EXPECT_TRUE(std::isnan(s.flesch_kincaid_grade));
  EXPECT_TRUE(std::isnan(s.gunning_fog));
  EXPECT_TRUE(std::isnan(s.dale_chall));
  EXPECT_TRUE(std::isnan(s.coleman_liau));
}

TEST(FormulasTest, LanguageWithoutFleschVariantScoresLix) {
  const ReadabilityScores s = ComputeScores(Sample(), "sv");
  EXPECT_TRUE(std::isnan(s.flesch_reading_ease));
  EXPECT_NEAR(MainScore(s, "sv"), 35, 1e-9);
  EXPECT_STREQ(MainScoreScale("sv"), "lix");
  EXPECT_STREQ(MainScoreScale("fr"), "flesch_reading_ease");
  EXPECT_NEAR(ComputeScores(Sample(), "fr").flesch_reading_ease,
              207 - 10.15 - 73.6 * 1.5, 1e-9);
}

TEST(FormulasTest, NoWordsMeansNoScores) {
  const ReadabilityScores s = ComputeScores(ReadabilityCounts(), "de");
  EXPECT_TRUE(std::isnan(s.flesch_reading_ease));
  EXPECT_TRUE(std::isnan(s.lix));
  EXPECT_TRUE(std::isnan(SentenceMainScore(0, 0, 0, "en")));
}

TEST(FormulasTest, SentenceScoreIsTheDocumentFormulaOnOneSentence) {
  ReadabilityCounts one = Sample();
  one.sentences = 1;
  EXPECT_NEAR(SentenceMainScore(20, 30, 5, "de"),
              ComputeScores(one, "de").flesch_reading_ease, 1e-9);
  EXPECT_NEAR(SentenceMainScore(20, 30, 5, "sv"), ComputeScores(one, "sv").lix,
              1e-9);
}

TEST(FormulasTest, ReadingSpeedPerLanguage) {
  EXPECT_EQ(ReadingWordsPerMinute("de"), 179);
  EXPECT_EQ(ReadingWordsPerMinute("en-GB"), 228);
  EXPECT_EQ(ReadingWordsPerMinute("xx"), 200);
}

}  // namespace
}  // namespace lesbar
