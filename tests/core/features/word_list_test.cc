#include "features/word_list.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "features/asset_word_list.h"

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

TEST(WordListTest, TheAssetsGazetteersHoldIcuAndFakerNames) {
  const std::unique_ptr<const WordList> places_list(
      NewWordListFromAsset("places"));
  const std::unique_ptr<const WordList> first_name_list(
      NewWordListFromAsset("first_names"));
  const std::unique_ptr<const WordList> surname_list(
      NewWordListFromAsset("surnames"));
  const WordList& places = *places_list;
  const WordList& first_names = *first_name_list;
  EXPECT_TRUE(places.Contains("moskau"));
  EXPECT_TRUE(places.Contains("teheran"));
  EXPECT_TRUE(places.Contains("vereinigte staaten"));
  EXPECT_TRUE(places.Contains("tehran"));
  EXPECT_FALSE(places.Contains("verteidigungsminister"));
  EXPECT_TRUE(first_names.Contains("david"));
  EXPECT_TRUE(surname_list->Contains("müller"));
  EXPECT_GT(places.size(), 500u);
  EXPECT_GT(first_names.size(), 1000u);
}

}  // namespace
}  // namespace lesbar
