#include "compat/textstat/liang_hyphenator.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "compat/textstat/textstat_data.h"

namespace lesbar {
namespace {

using Points = std::vector<int32_t>;

TEST(LiangHyphenatorTest, OddValuesArePointsTheHighestWins) {
  // "1ba": a point before every "ba" (ab-ba-ba); ".ab1": after a
  // word-initial "ab" (the same point); "b2a": an even value there wins
  // and forbids it.
  auto hyphenator = LiangHyphenator::FromPatterns("1ba\n.ab1\n");
  ASSERT_NE(hyphenator, nullptr);
  EXPECT_EQ(hyphenator->Positions(U"abbaba", 1, 1), (Points{2, 4}));
  auto initial = LiangHyphenator::FromPatterns(".ab1\n");
  EXPECT_EQ(initial->Positions(U"abab", 1, 1), (Points{2}));
  auto forbidding = LiangHyphenator::FromPatterns("1ba\nb2a\n");
  EXPECT_EQ(forbidding->Positions(U"abbaba", 1, 1), Points{});
}

TEST(LiangHyphenatorTest, LeftAndRightMinimaLikePyphen) {
  auto hyphenator = LiangHyphenator::FromPatterns("a1\n");
  // Points after every "a" of "aaaa": 1, 2, 3, 4; Pyphen keeps
  // left <= p <= length - right.
  EXPECT_EQ(hyphenator->Positions(U"aaaa", 1, 1), (Points{1, 2, 3}));
  EXPECT_EQ(hyphenator->Positions(U"aaaa"), (Points{2}));
  EXPECT_EQ(hyphenator->Positions(U"aaaa", 0, 0), (Points{1, 2, 3, 4}));
  EXPECT_EQ(hyphenator->Positions(U""), Points{});
}

TEST(LiangHyphenatorTest, LaterPatternWithSameLettersReplacesEarlier) {
  // Pyphen keeps a dict keyed by the letters; all-zero lines are skipped
  // before they could replace anything.
  auto hyphenator = LiangHyphenator::FromPatterns("1ba\nb1a\nba0\n");
  EXPECT_EQ(hyphenator->pattern_count(), 1);
  EXPECT_EQ(hyphenator->Positions(U"abab", 1, 1), (Points{2}));
}

TEST(LiangHyphenatorTest, SkipsCommentsBlankLinesAndNonUtf8Noise) {
  auto hyphenator =
      LiangHyphenator::FromPatterns("# comment\n% comment\n\n  1ä \r\n");
  ASSERT_NE(hyphenator, nullptr);
  EXPECT_EQ(hyphenator->Positions(U"aääa", 1, 1), (Points{1, 2}));
  EXPECT_EQ(LiangHyphenator::FromPatterns("abc\nNEXTLEVEL\n"), nullptr);
}

TEST(LiangHyphenatorTest, LongWordStaysLinear) {
  auto hyphenator = LiangHyphenator::FromPatterns("1ba\n");
  std::u32string word;
  for (int i = 0; i < 200000; ++i) word += U"ab";
  // A point before every "b" followed by "a" but the first (left = 2).
  EXPECT_EQ(hyphenator->Positions(word).size(), 199998u);
}

// The real patterns, as textstat's Pyphen applies them (from the compat
// data, built from Debian's hyphen-de / hyphen-en-us).
class RealPatternsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream in(LESBAR_TEXTSTAT_DATA_FILE, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    data_ = new std::shared_ptr<const TextstatData>(
        TextstatData::Parse(buffer.str()));
  }
  const LiangHyphenator* Get(const char* language) {
    return *data_ ? (*data_)->Hyphenator(language) : nullptr;
  }
  static std::shared_ptr<const TextstatData>* data_;
};
std::shared_ptr<const TextstatData>* RealPatternsTest::data_ = nullptr;

TEST_F(RealPatternsTest, GermanLikePyphen) {
  const LiangHyphenator* german = Get("de");
  ASSERT_NE(german, nullptr);
  // Pyphen's behaviour textstat inherits: hyphenation leaves single-letter edge
  // syllables out, so textstat counts one syllable for each.
  EXPECT_EQ(german->Positions(U"abend"), Points{});
  EXPECT_EQ(german->Positions(U"oder"), Points{});
  EXPECT_EQ(german->Positions(U"über"), Points{});
  EXPECT_EQ(german->Positions(U"idee"), Points{});
  EXPECT_EQ(german->Positions(U"silbentrennung"), (Points{3, 6, 10}));
  EXPECT_EQ(german->Positions(U"schifffahrt"), (Points{6}));
}

TEST_F(RealPatternsTest, EnglishLikePyphen) {
  const LiangHyphenator* english = Get("en");
  ASSERT_NE(english, nullptr);
  EXPECT_EQ(english->Positions(U"hyphenation"), (Points{2, 6}));
  EXPECT_EQ(english->Positions(U"sunglasses"), (Points{3, 8}));
}

TEST_F(RealPatternsTest, EveryLanguageOfTheDataLoads) {
  for (const char* language :
       {"de", "en", "es", "fr", "hu", "it", "nl", "ru"}) {
    const LiangHyphenator* hyphenator = Get(language);
    ASSERT_NE(hyphenator, nullptr) << language;
    EXPECT_GT(hyphenator->pattern_count(), 100) << language;
  }
  EXPECT_EQ(Get("xx"), nullptr);
}

}  // namespace
}  // namespace lesbar
