#include "segment/language_rules.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(LanguageRulesTest, GermanAndEnglishHaveTheirOwnLists) {
  EXPECT_EQ(RulesFor("de").abbreviations.count(u"bzw"), 1u);
  EXPECT_EQ(RulesFor("de").months.count(u"Mai"), 1u);
  EXPECT_TRUE(RulesFor("de").ordinal_periods);
  EXPECT_EQ(RulesFor("en").abbreviations.count(u"Mr"), 1u);
  EXPECT_TRUE(RulesFor("en").split_clitics);
  EXPECT_FALSE(RulesFor("de").split_clitics);
}

TEST(LanguageRulesTest, UnknownLanguagesGetEmptyLists) {
  const LanguageRules& rules = RulesFor("xx");
  EXPECT_TRUE(rules.abbreviations.empty());
  EXPECT_FALSE(rules.split_clitics);
}

TEST(LanguageRulesTest, IcuExceptionsJoinAsWholeWords) {
  // "Frl." and "Sek." are in ICU's German sentence-break exceptions
  // (brkitr/de.res), not in lesbar's own list.
  const LanguageRules rules = BuildRulesWithIcuExceptions("de");
  EXPECT_EQ(rules.language, "de");
  EXPECT_EQ(rules.abbreviations.count(u"Frl"), 1u);
  EXPECT_EQ(rules.abbreviations.count(u"Sek"), 1u);
  // Single letters stay out of the word list: they are handled as initials,
  // and matching them as suffixes is what breaks ICU's own filter.
  EXPECT_EQ(rules.abbreviations.count(u"hier"), 0u);
  // Abbreviations that often end a sentence keep that role (the tokenizer
  // checks it first).
  EXPECT_EQ(rules.final_abbreviations.count(u"usw"), 1u);
  // ICU lists "Test." (Testament), but a test ends many German sentences.
  EXPECT_EQ(rules.abbreviations.count(u"Test"), 0u);
}

TEST(LanguageRulesTest, LanguagesWithoutIcuExceptionsStillWork) {
  const LanguageRules rules = BuildRulesWithIcuExceptions("ja");
  EXPECT_EQ(rules.language, "ja");
}

}  // namespace
}  // namespace lesbar
