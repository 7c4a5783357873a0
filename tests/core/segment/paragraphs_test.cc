#include "segment/paragraphs.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::Slices;

TEST(ParagraphsTest, BlankLinesSeparate) {
  const std::u16string text = u"  Eins\nzwei\n \t\nDrei\r\n\r\nVier  \n";
  EXPECT_EQ(Slices(text, SplitParagraphs(text)),
            (std::vector<std::string>{"Eins\nzwei", "Drei", "Vier"}));
}

TEST(ParagraphsTest, ParagraphSeparatorCharacter) {
  const std::u16string text = u"Eins\u2029Zwei";
  EXPECT_EQ(SplitParagraphs(text).size(), 2u);
}

TEST(ParagraphsTest, WhitespaceOnlyHasNoParagraph) {
  EXPECT_TRUE(SplitParagraphs(u" \n\n\t ").empty());
  EXPECT_TRUE(SplitParagraphs(u"").empty());
}

}  // namespace
}  // namespace lesbar
