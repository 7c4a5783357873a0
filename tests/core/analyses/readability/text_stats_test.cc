#include "analyses/readability/text_stats.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lesbar {
namespace {

TEST(TextStatsTest, WordFactsPerLanguage) {
  const WordFacts verwaltung = ComputeWordFacts(u"Verwaltung", 3, "de");
  EXPECT_EQ(verwaltung.letters, 10);
  EXPECT_TRUE(verwaltung.capitalised);
  EXPECT_TRUE(verwaltung.nominal);
  EXPECT_FALSE(verwaltung.foreign_spelled);
  EXPECT_TRUE(ComputeWordFacts(u"dass", 1, "de").subordinator);
  EXPECT_TRUE(ComputeWordFacts(u"Computer", 3, "de").foreign_spelled);
  EXPECT_FALSE(ComputeWordFacts(u"Dach", 1, "de").foreign_spelled);
  EXPECT_TRUE(ComputeWordFacts(u"Because", 2, "en").subordinator);
  EXPECT_TRUE(ComputeWordFacts(u"information", 4, "en").nominal);
  EXPECT_FALSE(ComputeWordFacts(u"information", 4, "fr").nominal);
  EXPECT_FALSE(ComputeWordFacts(u"Happy", 2, "en").difficult);
  EXPECT_FALSE(ComputeWordFacts(u"aren\u2019t", 1, "en").difficult);
  EXPECT_TRUE(ComputeWordFacts(u"legislation", 4, "en").difficult);
  EXPECT_FALSE(ComputeWordFacts(u"2022", 4, "en").difficult);
  EXPECT_FALSE(ComputeWordFacts(u"legislation", 4, "de").difficult);
}

TEST(TextStatsTest, CommonWordRanks) {
  EXPECT_EQ(ComputeWordFacts(u"Der", 1, "de").common_rank, 0);
  EXPECT_EQ(ComputeWordFacts(u"The", 1, "en").common_rank, 0);
  EXPECT_EQ(ComputeWordFacts(u"Verteidigungsminister", 7, "de").common_rank,
            -1);
  EXPECT_EQ(ComputeWordFacts(u"2027", 5, "en").common_rank, kNoRankList);
  EXPECT_EQ(ComputeWordFacts(u"the", 1, "ja").common_rank, kNoRankList);
  TextStats stats;
  AddWord(ComputeWordFacts(u"Der", 1, "de"), false, true, &stats);
  AddWord(ComputeWordFacts(u"Verteidigungsminister", 7, "de"), false, false,
          &stats);
  AddWord(ComputeWordFacts(u"2027", 7, "de"), true, false, &stats);
  EXPECT_EQ(stats.ranked_words, 2);
  EXPECT_EQ(stats.unlisted_words, 1);
  EXPECT_EQ(stats.outside_top_words, 1);
  EXPECT_NEAR(stats.log_rank_sum, std::log(2.0) + std::log(1002.0), 1e-12);
}

TEST(TextStatsTest, AddWordAndPunctuation) {
  TextStats stats;
  AddWord(ComputeWordFacts(u"Verwaltungsgericht", 5, "de"), false, true,
          &stats);
  AddWord(ComputeWordFacts(u"Berlin", 2, "de"), false, false, &stats);
  AddWord(ComputeWordFacts(u"2022", 4, "de"), true, false, &stats);
  AddPunctuation(u",", &stats);
  AddPunctuation(u".", &stats);
  EXPECT_EQ(stats.words, 3);
  EXPECT_EQ(stats.syllables, 11);
  EXPECT_EQ(stats.polysyllables, 2);
  EXPECT_EQ(stats.long_syllable_words, 2);
  EXPECT_EQ(stats.long_words, 1);
  EXPECT_EQ(stats.very_long_words, 1);
  EXPECT_EQ(stats.inner_capitalised, 1);  // not the sentence-first word
  EXPECT_EQ(stats.numbers, 1);
  EXPECT_EQ(stats.commas, 1);
  EXPECT_EQ(stats.longest_word_letters, 18);
  TextStats twice = stats;
  twice.Add(stats);
  EXPECT_EQ(twice.words, 6);
  EXPECT_EQ(twice.longest_word_letters, 36);  // summed over sentences
}

}  // namespace
}  // namespace lesbar
