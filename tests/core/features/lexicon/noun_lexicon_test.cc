#include "features/lexicon/noun_lexicon.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(NounLexiconTest, TellsCommonNounsFromNames) {
  EXPECT_EQ(LexiconClass("minister"), 'N');
  EXPECT_EQ(LexiconClass("mittwoch"), 'N');
  EXPECT_EQ(LexiconClass("präsidenten"), 'N');  // stem + inflection ending
  EXPECT_EQ(LexiconClass("verteidigungsminister"), 'H');  // compound head
  EXPECT_EQ(LexiconClass("putin"), 'P');
  EXPECT_EQ(LexiconClass("teheran"), 'P');
  EXPECT_EQ(LexiconClass("schoigu"), 'U');
  EXPECT_EQ(LexiconClass(""), 'U');
}

TEST(NounLexiconTest, CountsCodePointsNotBytes) {
  // "öl" + "er": too short for an ending (needs 3 more code points).
  EXPECT_NE(LexiconClass("äer"), 'N');
  EXPECT_GT(GermanCommonNouns().size(), 10000u);
}

}  // namespace
}  // namespace lesbar
