#include "language/language_guess.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(LanguageGuessTest, German) {
  EXPECT_EQ(GuessLanguage(u"Der Minister hat die Zusammenarbeit mit dem Iran "
                          u"begrüßt und ist nach Teheran gereist."),
            "de");
}

TEST(LanguageGuessTest, English) {
  EXPECT_EQ(GuessLanguage(u"The minister has welcomed the cooperation with "
                          u"Iran and travelled to Tehran."),
            "en");
}

TEST(LanguageGuessTest, NoEvidenceIsUndetermined) {
  EXPECT_EQ(GuessLanguage(u""), "und");
  EXPECT_EQ(GuessLanguage(u"12345 !!!"), "und");
  EXPECT_EQ(GuessLanguage(u"東京は日本の首都です。"), "und");
}

TEST(LanguageGuessTest, ResolveKeepsExplicitTagsAndStripsRegions) {
  EXPECT_EQ(ResolveLanguage("en-GB", u"Der die das."), "en");
  EXPECT_EQ(ResolveLanguage("DE", u"The."), "de");
  EXPECT_EQ(ResolveLanguage("auto", u"The cat and the dog."), "en");
}

}  // namespace
}  // namespace lesbar
