#include "features/syllables/liang_patterns.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "features/syllables/syllable_tables.h"

namespace lesbar::syllables_internal {
namespace {

// Symbols of a lowercase ASCII word (a = 1 ... z = 26).
std::vector<uint8_t> Symbols(const char* word) {
  std::vector<uint8_t> symbols;
  for (const char* c = word; *c; ++c) symbols.push_back(*c - 'a' + 1);
  return symbols;
}

std::vector<int> ValuesOf(const LiangPatterns& patterns, const char* word) {
  const std::vector<uint8_t> symbols = Symbols(word);
  std::vector<uint8_t> values(symbols.size() + 1, 99);
  patterns.Values(symbols.data(), static_cast<int>(symbols.size()),
                  values.data());
  return std::vector<int>(values.begin(), values.end());
}

TEST(LiangPatternsTest, LargestValueOfAllMatchingPatternsWins) {
  // Liang's classic example patterns for "hyphenation" (TeX book, app. H).
  const LiangPatterns patterns(
      "hy3ph\nhe2n\nhena4\nhen5at\n1na\nn2at\n1tio\n2io\no2n\n");
  EXPECT_EQ(patterns.size(), 9);
  // hy-phen-ation: odd values after "hy", "phen", "a".
  const std::vector<int> expected = {0, 0, 3, 0, 0, 2, 5, 4, 2, 0, 2, 0};
  EXPECT_EQ(ValuesOf(patterns, "hyphenation"), expected);
}

TEST(LiangPatternsTest, BoundaryPatternsOnlyMatchAtWordEdges) {
  const LiangPatterns patterns(".ab1\nc1d.\n");
  EXPECT_EQ(ValuesOf(patterns, "abcd"), (std::vector<int>{0, 0, 1, 1, 0}));
  EXPECT_EQ(ValuesOf(patterns, "xabcdx"),
            (std::vector<int>{0, 0, 0, 0, 0, 0, 0}));
}

TEST(LiangPatternsTest, MalformedPatternsAreSkippedAndEmptyInputIsSafe) {
  const LiangPatterns patterns("a1b\n\n#x\nä1\n1c\n");
  EXPECT_EQ(patterns.size(), 2);
  EXPECT_EQ(ValuesOf(patterns, "abc"), (std::vector<int>{0, 1, 1, 0}));
  const LiangPatterns empty("");
  EXPECT_EQ(ValuesOf(empty, "abc"), (std::vector<int>{0, 0, 0, 0}));
  EXPECT_EQ(ValuesOf(patterns, ""), (std::vector<int>{0}));
}

// Break positions (odd values) of a lowercase ASCII word.
std::vector<int> Breaks(const LiangPatterns& patterns, const char* word) {
  const std::vector<int> values = ValuesOf(patterns, word);
  std::vector<int> breaks;
  for (size_t k = 1; k + 1 < values.size(); ++k) {
    if (values[k] % 2 == 1) breaks.push_back(static_cast<int>(k));
  }
  return breaks;
}

TEST(LiangPatternsTest, ShippedGermanPatternsHyphenate) {
  const LiangPatterns german(kGermanPatterns);
  EXPECT_GT(german.size(), 8000);
  // Sil-ben-tren-nung, Mu-se-um (as the Python trainer computes them).
  EXPECT_EQ(Breaks(german, "silbentrennung"), (std::vector<int>{3, 6, 10}));
  EXPECT_EQ(Breaks(german, "museum"), (std::vector<int>{2, 4}));
}

TEST(LiangPatternsTest, ShippedEnglishPatternsHyphenate) {
  const LiangPatterns english(kEnglishPatterns);
  EXPECT_GT(english.size(), 10000);
  EXPECT_EQ(Breaks(english, "hyphenation"), (std::vector<int>{2, 6}));
}

}  // namespace
}  // namespace lesbar::syllables_internal
