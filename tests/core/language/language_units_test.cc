// The profiles' trainer counts the units `lesbar_langid features` emits
// (ForEachUnit); these tests hold that to what the identifier accumulates
// at run time, on real text of the repository, and check that every entry
// of the committed profiles is a unit the identifier can read.
#include "language/language_units.h"

#include <gtest/gtest.h>

#include <cstring>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_identifier.h"
#include "language/language_profiles.h"
#include "test_util.h"
#include "unit_parity.h"

namespace lesbar::langid_internal {
namespace {

using testing::ReadFile;
using testing::U16;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::u32string U32(std::string_view utf8) {
  const std::u16string text = U16(utf8);
  std::u32string out;
  for (size_t i = 0; i < text.size(); ++i) out.push_back(CodePointAt(text, &i));
  return out;
}

// Every line of the committed sample article, the short-line fixtures and
// the segmentation cases (German, English and a dozen other languages and
// scripts), plus the cases where a reading of its own once went wrong:
// dotted capital I, micro sign, Arabic vowel marks and hamza above, Latin
// inside Cyrillic, letters outside the BMP, a lone surrogate.
TEST(LanguageUnitsTest, EmittedUnitsAddUpToTheIdentifiersEvidence) {
  std::string cases = LESBAR_CASES_FILE;
  const std::string dir = cases.substr(0, cases.find_last_of('/') + 1);
  std::vector<std::string> lines;
  for (const std::string& path : {std::string(LESBAR_SAMPLE_ARTICLE),
                                  dir + "short-language-lines.tsv", cases}) {
    const std::string text = ReadFile(path);
    ASSERT_FALSE(text.empty()) << path;
    for (std::string& line : Lines(text)) lines.push_back(std::move(line));
  }
  for (const char* line :
       {"İstanbul'da İşlem İPTAL edildi; IŞIK ısı", "Verzögerung 5 µs, ª º",
        "لا يمكن فتح المِلَفّ «GNOME» الآن",
        "نویسهٔ شاخهٔ مشخّص می‌شود",
        "Файл cистема Linux не найден", "𝐀𝐁𝐂 𝒶b 😀 Grüße 中文 かな 한국어",
        "Ελληνικά עברית ไทย हिन्दी Հայերեն ქართული"}) {
    lines.push_back(line);
  }
  const LanguageIdentifier& identifier = LanguageIdentifier::Default();
  size_t units = 0, listed = 0;
  for (const std::string& line : lines) {
    const UnitParity parity = CheckUnitParity(identifier, U16(line));
    EXPECT_EQ(parity.expected, parity.actual) << line;
    units += parity.units;
    listed += parity.listed_units;
  }
  std::u16string lone = u"ab";
  lone.push_back(0xD800);
  lone +=
      u"cd\xDC00"
      u"ef";
  EXPECT_TRUE(CheckUnitParity(identifier, lone).ok());
  // Not vacuous: most units of this text are listed by some profile.
  EXPECT_GT(units, 10000u);
  EXPECT_GT(listed, units / 2);
}

// A profile entry the identifier cannot read is dead weight: a word with a
// letter no text yields (the trainer once kept "i̇şlem", the full lower
// case of "İşlem", which the identifier reads as "işlem"), or a trigram
// with an upper-case letter or one of another script.
TEST(LanguageUnitsTest, EveryProfileEntryIsAUnitTheIdentifierReads) {
  for (const TrigramProfile& profile : kTrigramProfiles) {
    std::string trigrams = profile.trigrams;
    for (size_t from = 0; from < trigrams.size();) {
      const size_t bar = std::min(trigrams.find('|', from), trigrams.size());
      const std::u32string gram = U32(trigrams.substr(from, bar - from));
      from = bar + 1;
      ASSERT_EQ(gram.size(), 3u) << profile.language;
      for (char32_t c : gram) {
        if (c == U' ') continue;
        EXPECT_EQ(ScriptOf(c), profile.script) << profile.language;
        EXPECT_EQ(LowerLetter(c), c) << profile.language;
      }
    }
    const std::string words = profile.words;
    for (size_t from = 0; from < words.size();) {
      const size_t bar = std::min(words.find('|', from), words.size());
      const std::string word = words.substr(from, bar - from);
      from = bar + 1;
      std::vector<std::u32string> read;
      ForEachUnit(
          U16(word), [&](Script s) { return s == profile.script; },
          [](std::u32string_view) {},
          [&](std::u32string_view w) { read.emplace_back(w); });
      ASSERT_EQ(read.size(), 1u) << profile.language << " " << word;
      EXPECT_EQ(read[0], U32(word)) << profile.language << " " << word;
    }
  }
}

}  // namespace
}  // namespace lesbar::langid_internal
