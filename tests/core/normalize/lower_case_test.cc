#include "normalize/lower_case.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>

#include "test_util.h"

namespace lesbar {
namespace {

std::string IcuLowerUtf8(std::u16string_view word) {
  icu::UnicodeString s(word.data(), static_cast<int32_t>(word.size()));
  s.toLower(icu::Locale::getRoot());
  std::string out;
  s.toUTF8String(out);
  return out;
}

TEST(LowerCaseTest, EveryLatin1CharacterAsIcuLowerCasesIt) {
  for (char16_t c = 1; c <= 0xFF; ++c) {
    const std::u16string word = {u'X', c, u'Y'};
    EXPECT_EQ(LowerUtf8(word), IcuLowerUtf8(word)) << "U+" << std::hex << c;
    EXPECT_EQ(LowerUtf16(word), testing::U16(IcuLowerUtf8(word)))
        << "U+" << std::hex << c;
  }
}

TEST(LowerCaseTest, OtherScriptsGoThroughIcu) {
  // Greek final sigma depends on its context; İ lower-cases to two code
  // points; surrogate pairs and a lone surrogate pass through.
  for (std::u16string_view word :
       {std::u16string_view(u"ΟΔΟΣ"), std::u16string_view(u"İstanbul"),
        std::u16string_view(u"Łódź"), std::u16string_view(u"𝐀BC"),
        std::u16string_view(u"A\xD800"
                            u"B"),
        std::u16string_view(u"")}) {
    EXPECT_EQ(LowerUtf8(word), IcuLowerUtf8(word));
  }
  EXPECT_EQ(LowerUtf8(u"Müller STRASSE Ærø"), "müller strasse ærø");
  EXPECT_EQ(LowerUtf16(u"ÖSTERREICH"), u"österreich");
}

}  // namespace
}  // namespace lesbar
