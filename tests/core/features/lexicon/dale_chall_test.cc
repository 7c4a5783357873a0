#include "features/lexicon/dale_chall.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(DaleChallTest, ListedWordsAreEasy) {
  EXPECT_TRUE(IsDaleChallEasyWord(u"a"));
  EXPECT_TRUE(IsDaleChallEasyWord(u"puzzle"));
  EXPECT_TRUE(IsDaleChallEasyWord(u"youth"));  // the last word
  EXPECT_TRUE(IsDaleChallEasyWord(u"aren't"));
  EXPECT_TRUE(IsDaleChallEasyWord(u"mr."));
  EXPECT_TRUE(IsDaleChallEasyWord(u"bow-wow"));
}

TEST(DaleChallTest, OtherWordsAreNot) {
  EXPECT_FALSE(IsDaleChallEasyWord(u"puzzles"));  // inflections are separate
  EXPECT_FALSE(IsDaleChallEasyWord(u"interpersonal"));
  EXPECT_FALSE(IsDaleChallEasyWord(u"Puzzle"));  // callers lower-case
  EXPECT_FALSE(IsDaleChallEasyWord(u""));
  EXPECT_FALSE(IsDaleChallEasyWord(u"über"));
  EXPECT_FALSE(IsDaleChallEasyWord(std::u16string(100, u'a')));
}

TEST(DaleChallTest, HasTheWholeList) { EXPECT_EQ(DaleChallWordCount(), 2942); }

}  // namespace
}  // namespace lesbar
