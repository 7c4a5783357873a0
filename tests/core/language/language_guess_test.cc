#include "language/language_guess.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(LanguageGuessTest, AutoAsksTheIdentifier) {
  EXPECT_EQ(ResolveLanguage("auto",
                            u"Der Minister hat die Zusammenarbeit mit dem Iran "
                            u"begrüßt und ist nach Teheran gereist."),
            "de");
  EXPECT_EQ(ResolveLanguage("auto",
                            u"The minister has welcomed the cooperation with "
                            u"Iran and travelled to Tehran."),
            "en");
  EXPECT_EQ(ResolveLanguage("", u"東京は日本の首都です。"), "ja");
}

TEST(LanguageGuessTest, NoLettersIsUndetermined) {
  EXPECT_EQ(ResolveLanguage("auto", u""), "und");
  EXPECT_EQ(ResolveLanguage("auto", u"12345 !!!"), "und");
}

TEST(LanguageGuessTest, ResolveKeepsExplicitTagsAndStripsRegions) {
  EXPECT_EQ(ResolveLanguage("en-GB", u"Der die das."), "en");
  EXPECT_EQ(ResolveLanguage("DE", u"The."), "de");
  EXPECT_EQ(ResolveLanguage("auto", u"The cat and the dog."), "en");
  EXPECT_EQ(RequestedLanguage("Auto"), "");
  EXPECT_EQ(RequestedLanguage("pt_BR"), "pt");
}

}  // namespace
}  // namespace lesbar
