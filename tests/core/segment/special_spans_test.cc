#include "segment/special_spans.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::Slices;

TEST(SpecialSpansTest, UrlsDropTrailingPunctuation) {
  const std::u16string text =
      u"Siehe https://de.wikipedia.org/wiki/Berg-Karabach_(Region). Und "
      u"(http://x.org/a) oder www.example.com, bitte.";
  EXPECT_EQ(Slices(text, FindSpecialSpans(text)),
            (std::vector<std::string>{
                "https://de.wikipedia.org/wiki/Berg-Karabach_(Region)",
                "http://x.org/a", "www.example.com"}));
}

TEST(SpecialSpansTest, EmailsMentionsAndHashtags) {
  const std::u16string text =
      u"Mail an max.mustermann+news@example.co.uk, @lesbar #Wahl2024 #1 a@b";
  const auto spans = FindSpecialSpans(text);
  EXPECT_EQ(Slices(text, spans),
            (std::vector<std::string>{"max.mustermann+news@example.co.uk",
                                      "@lesbar", "#Wahl2024"}));
  EXPECT_EQ(spans[0].kind, TokenKind::kEmail);
  EXPECT_EQ(spans[1].kind, TokenKind::kMention);
  EXPECT_EQ(spans[2].kind, TokenKind::kHashtag);
}

TEST(SpecialSpansTest, NothingSpecialInPlainText) {
  EXPECT_TRUE(FindSpecialSpans(u"Keine Adresse: a @ b, www. und #.").empty());
}

}  // namespace
}  // namespace lesbar
