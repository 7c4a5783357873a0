#include "compat/textstat/textstat_counts.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace lesbar::textstat {
namespace {

std::u32string T(const char* utf8) {
  return ToCodePoints(lesbar::testing::U16(utf8));
}

int64_t Words(const char* utf8) { return CountWords(T(utf8)); }

TEST(TextstatCountsTest, PythonCharacterClasses) {
  EXPECT_TRUE(IsWordChar(U'a'));
  EXPECT_TRUE(IsWordChar(U'ß'));
  EXPECT_TRUE(IsWordChar(U'_'));
  EXPECT_TRUE(IsWordChar(U'٣'));        // Arabic-Indic digit
  EXPECT_TRUE(IsWordChar(U'½'));        // numeric: str.isnumeric
  EXPECT_FALSE(IsWordChar(U'\u0301'));  // combining mark: not \w in Python
  EXPECT_FALSE(IsWordChar(U'-'));
  EXPECT_TRUE(IsSpaceChar(U'\u00a0'));
  EXPECT_TRUE(IsSpaceChar(U'\x1c'));
  EXPECT_FALSE(IsSpaceChar(U'\u200b'));
}

TEST(TextstatCountsTest, WordsDropPunctuationInsideWords) {
  EXPECT_EQ(Words(""), 0);
  EXPECT_EQ(Words("They're here, and they're there."), 5);
  EXPECT_EQ(Words("russisch-iranischen Gespräche"), 2);
  EXPECT_EQ(RemovePunctuation(T("3,5 „Prozent“"), false), T("35 Prozent"));
  EXPECT_EQ(Words("... — !"), 0);
  WordListOptions keep;
  keep.remove_punctuation = false;
  EXPECT_EQ(CountWords(T("a ... b"), keep), 3);
}

TEST(TextstatCountsTest, ApostrophesOutsideContractionsAreDropped) {
  EXPECT_EQ(RemovePunctuation(T("don't 'quote' it'll o'clock"), false),
            T("don't quote it'll oclock"));
  // Case-sensitive, as textstat's regex: "IT'S" loses its apostrophe.
  EXPECT_EQ(RemovePunctuation(T("IT'S"), false), T("ITS"));
  EXPECT_EQ(RemovePunctuation(T("don't"), true), T("dont"));
}

TEST(TextstatCountsTest, SentencesSkipShortFragments) {
  EXPECT_EQ(CountSentences(T("")), 0);
  EXPECT_EQ(CountSentences(T("Hi.")), 1);  // at least one
  EXPECT_EQ(CountSentences(T("One two three. Four five six! Ok.")), 2);
  // The regex splits at a decimal point: "Das sind 3." and "5 Prozent ...".
  EXPECT_EQ(CountSentences(T("Das sind 3.5 Prozent mehr als im Vorjahr.")), 2);
  EXPECT_EQ(CountSentences(T("...")), 1);
}

TEST(TextstatCountsTest, CharsLettersLongWords) {
  EXPECT_EQ(CountChars(T("a $!&#@*b"), true), 8);
  EXPECT_EQ(CountChars(T("a $!&#@*b"), false), 9);
  EXPECT_EQ(CountChars(T("😀 x"), false), 3);  // code points, as Python
  EXPECT_EQ(CountLetters(T("They're here.")), 10);
  EXPECT_EQ(CountLongWords(T("Silbentrennung ist schwierig.")), 2);
  EXPECT_EQ(CountLongWords(T("Silbentrennung ist schwierig."), 9), 1);
}

TEST(TextstatCountsTest, LowerIsFullCaseMapping) {
  EXPECT_EQ(Lower(T("ÜBER")), T("über"));
  EXPECT_EQ(Lower(T("İ")).size(), 2u);  // i + combining dot, as str.lower
  const std::u32string lone = {0xD800, U'A'};
  EXPECT_EQ(Lower(lone), (std::u32string{0xD800, U'a'}));
}

}  // namespace
}  // namespace lesbar::textstat
