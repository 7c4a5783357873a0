#include "features/word_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "features/gazetteers/gazetteers.h"

namespace lesbar {
namespace {

constexpr unsigned char kList[] =
    "berg-karabach\nnaher osten\nvereinigte staaten von amerika\nvereinigte "
    "staaten\nrussland\n";

std::string Marks(const WordList& list, std::vector<std::string> words) {
  std::vector<char> marks;
  MatchPhrases(list, words, &marks);
  std::string out;
  for (char m : marks) out += m ? m : '-';
  return out;
}

TEST(WordListTest, LongestPhraseWinsAndGenitiveSMatches) {
  const WordList list(kList, sizeof(kList) - 1);
  EXPECT_EQ(list.size(), 5u);
  EXPECT_EQ(Marks(list, {"die", "vereinigte", "staaten", "von", "amerika",
                         "und", "russlands", "präsident"}),
            "-BIII-B-");
  EXPECT_EQ(Marks(list, {"vereinigte", "staaten", "."}), "BI-");
  EXPECT_EQ(Marks(list, {"der", "naher"}), "--");
  EXPECT_EQ(Marks(list, {"berg-karabach"}), "B");
  // "s" alone is not stripped from short words.
  EXPECT_EQ(Marks(list, {}), "");
}

TEST(WordListTest, EmbeddedGazetteersHoldIcuAndFakerNames) {
  EXPECT_TRUE(PlaceNames().Contains("moskau"));
  EXPECT_TRUE(PlaceNames().Contains("teheran"));
  EXPECT_TRUE(PlaceNames().Contains("vereinigte staaten"));
  EXPECT_TRUE(PlaceNames().Contains("tehran"));
  EXPECT_FALSE(PlaceNames().Contains("verteidigungsminister"));
  EXPECT_TRUE(FirstNames().Contains("david"));
  EXPECT_TRUE(Surnames().Contains("müller"));
  EXPECT_GT(PlaceNames().size(), 500u);
  EXPECT_GT(FirstNames().size(), 1000u);
}

}  // namespace
}  // namespace lesbar
