#include "normalize/normalizer.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

NormalizedText NormalizeOrFail(std::u16string_view input) {
  NormalizedText result;
  EXPECT_TRUE(Normalize(input, &result).ok());
  return result;
}

TEST(NormalizerTest, CleanTextIsViewedNotCopied) {
  const std::u16string input = u"Schon normal.";
  NormalizedText result = NormalizeOrFail(input);
  EXPECT_EQ(result.text.data(), input.data());
  EXPECT_TRUE(result.to_original.identity());
}

TEST(NormalizerTest, ComposesToNfcAndMapsBack) {
  const std::u16string input = u"Mu\u0308ller x";
  NormalizedText result = NormalizeOrFail(input);
  EXPECT_EQ(result.text, u"Müller x");
  EXPECT_EQ(result.to_original.EndToOriginal(6), 7);    // end of "Müller"
  EXPECT_EQ(result.to_original.StartToOriginal(7), 8);  // "x"
}

TEST(NormalizerTest, RemovesSoftHyphens) {
  const std::u16string input = u"Verteidi\u00ADgung ist";
  NormalizedText result = NormalizeOrFail(input);
  EXPECT_EQ(result.text, u"Verteidigung ist");
  EXPECT_EQ(result.to_original.StartToOriginal(0), 0);
  EXPECT_EQ(result.to_original.StartToOriginal(13), 14);  // "ist"
}

TEST(NormalizerTest, OddSpacesControlsAndLoneSurrogates) {
  std::u16string input = u"a\u00A0b\u2009c\u3000d";
  input.push_back(0);
  input += u"e";
  input.push_back(0xD800);
  input += u"f\u2028g\u000Bh";
  NormalizedText result = NormalizeOrFail(input);
  EXPECT_EQ(result.text, u"a b c d e\uFFFDf\ng\nh");
  EXPECT_TRUE(result.to_original.identity());
}

TEST(NormalizerTest, ExpandingDecompositionIsOneEdit) {
  // U+095F is excluded from composition: NFC turns it into two code units.
  const std::u16string input = u"a य़ b";
  NormalizedText result = NormalizeOrFail(input);
  EXPECT_EQ(result.text, u"a य़ b");
  EXPECT_EQ(result.to_original.StartToOriginal(3), 2);  // inside the edit
  EXPECT_EQ(result.to_original.EndToOriginal(3), 3);
  EXPECT_EQ(result.to_original.StartToOriginal(5), 4);  // "b"
}

TEST(NormalizerTest, KeepsValidSurrogatePairs) {
  const std::u16string input = u"ok 😀 \U0001D400";
  EXPECT_EQ(NormalizeOrFail(input).text, input);
}

}  // namespace
}  // namespace lesbar
