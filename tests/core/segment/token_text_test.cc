#include "segment/token_text.h"

#include <gtest/gtest.h>

#include <string>

namespace lesbar {
namespace {

TEST(TokenTextTest, IsOneOfMatchesWholeWordsOnly) {
  EXPECT_TRUE(IsOneOf(u"Die", {u"Der", u"Die", u"Das"}));
  EXPECT_FALSE(IsOneOf(u"die", {u"Der", u"Die", u"Das"}));
  EXPECT_FALSE(IsOneOf(u"Di", {u"Der", u"Die", u"Das"}));
  EXPECT_FALSE(IsOneOf(u"", {u"Der"}));
  EXPECT_TRUE(IsOneOf(u"", {u""}));
}

TEST(TokenTextTest, OneSpaceBetweenTwoTokens) {
  const std::u16string text = u"Jensen Huang,  Santa\nClara";
  const Token jensen{0, 6, TokenKind::kWord};
  const Token huang{7, 12, TokenKind::kWord};
  const Token santa{15, 20, TokenKind::kWord};
  const Token clara{21, 26, TokenKind::kWord};
  EXPECT_TRUE(OneSpaceBetween(text, jensen, huang));
  EXPECT_FALSE(OneSpaceBetween(text, huang, santa));
  EXPECT_FALSE(OneSpaceBetween(text, santa, clara));
}

}  // namespace
}  // namespace lesbar
