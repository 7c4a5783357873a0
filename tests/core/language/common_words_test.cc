#include "language/common_words.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(CommonWordsTest, RanksFromTheLanguageProfiles) {
  EXPECT_EQ(CommonWordCount("de"), 1000);
  EXPECT_EQ(CommonWordCount("en-GB"), 1000);
  EXPECT_EQ(CommonWordRank("de", u"der"), 0);
  EXPECT_EQ(CommonWordRank("de-AT", u"der"), 0);
  EXPECT_EQ(CommonWordRank("en", u"the"), 0);
  EXPECT_GT(CommonWordRank("de", u"für"), 0);  // non-ASCII letters
  EXPECT_LT(CommonWordRank("de", u"für"), 20);
  EXPECT_EQ(CommonWordRank("de", u"Der"), -1);  // lower-cased input only
  EXPECT_EQ(CommonWordRank("de", u"verteidigungsminister"), -1);
  EXPECT_EQ(CommonWordRank("en", u"der"), -1);
}

TEST(CommonWordsTest, NoProfileNoRanks) {
  EXPECT_EQ(CommonWordCount("ja"), 0);
  EXPECT_EQ(CommonWordRank("ja", u"the"), -1);
  EXPECT_EQ(CommonWordCount(""), 0);
}

}  // namespace
}  // namespace lesbar
