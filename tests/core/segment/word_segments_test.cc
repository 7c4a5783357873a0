#include "segment/word_segments.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

struct Segment {
  int32_t end;
  int32_t status;
  bool operator==(const Segment& o) const {
    return end == o.end && status == o.status;
  }
};

std::unique_ptr<icu::BreakIterator> WordIterator(std::u16string_view text,
                                                 UText* utext) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), error));
  utext_openUChars(utext, text.data(), static_cast<int64_t>(text.size()),
                   &error);
  words->setText(utext, error);
  EXPECT_TRUE(U_SUCCESS(error)) << u_errorName(error);
  return words;
}

std::vector<Segment> IcuSegments(std::u16string_view text) {
  UText utext = UTEXT_INITIALIZER;
  auto words = WordIterator(text, &utext);
  std::vector<Segment> out;
  words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE;
       end = words->next()) {
    out.push_back({end, words->getRuleStatus()});
  }
  utext_close(&utext);
  return out;
}

std::vector<Segment> FastSegments(std::u16string_view text) {
  UText utext = UTEXT_INITIALIZER;
  auto words = WordIterator(text, &utext);
  words->first();
  WordSegments segments(words.get(), text);
  std::vector<Segment> out;
  Segment s;
  while (segments.Next(&s.end, &s.status)) out.push_back(s);
  utext_close(&utext);
  return out;
}

// The first segment where the two differ, for a readable failure.
std::string FirstDifference(std::u16string_view text) {
  const std::vector<Segment> icu = IcuSegments(text);
  const std::vector<Segment> fast = FastSegments(text);
  for (size_t i = 0; i < std::max(icu.size(), fast.size()); ++i) {
    if (i < icu.size() && i < fast.size() && icu[i] == fast[i]) continue;
    const int32_t from = i == 0 ? 0 : icu[i - 1].end;
    std::string where = testing::U8(text.substr(from, 40));
    return "segment " + std::to_string(i) + " from " + std::to_string(from) +
           " (\"" + where + "\"): ICU " +
           (i < icu.size() ? std::to_string(icu[i].end) + "/" +
                                 std::to_string(icu[i].status)
                           : "none") +
           ", fast " +
           (i < fast.size() ? std::to_string(fast[i].end) + "/" +
                                  std::to_string(fast[i].status)
                            : "none");
  }
  return "";
}

TEST(WordSegmentsTest, AgreesWithIcuOnHandPickedCases) {
  for (const char* text :
       {"", "a", "Hello, world!", "don't U.S. e.g. 1,5 3.14 1;2 a:b a.b.c",
        "x_y __ _1 a1 1a a1.5 1.5a 12'34 a'b' 'a ''", "  \t\r\n\n\r x  y",
        "Straße Ærø ŁÓDŹ Œuvre", "caf\u00e9 cafe\u0301 so\u00adft",
        "Dr.\u00a0Müller „Zitat“ «guillemets» — – … 10 % 5 €",
        "\u00a9 2024 \u00ae \u2122 1\u20e3 \U0001F600\u200d\U0001F4BB",
        "Москва́ Ελλάδα Հայաստան שלום עולם مرحبا 東京 タワー ไทย",
        "\U0001F1E9\U0001F1EA\U0001F1FA\U0001F1F8 a\u200bb a\u2060b",
        "@ @a a@b.c 1@2 @1 a@", "end.", "1.", ".5", "a.", "'",
        "a-b 1-2 a/b 1/2"}) {
    EXPECT_EQ(FirstDifference(testing::U16(text)), "") << text;
  }
}

TEST(WordSegmentsTest, AgreesWithIcuOnTheSampleArticleAndTheDocs) {
  for (const std::string path :
       {std::string(LESBAR_SAMPLE_ARTICLE),
        std::string(LESBAR_SOURCE_DIR) + "/README.md",
        std::string(LESBAR_SOURCE_DIR) + "/docs/entities.md",
        std::string(LESBAR_SOURCE_DIR) + "/docs/readability.md"}) {
    EXPECT_EQ(FirstDifference(testing::U16(testing::ReadFile(path))), "")
        << path;
  }
}

// Random mixtures of the characters whose segments the rules decide and of
// those that go to ICU, so every switch between the two is met.
TEST(WordSegmentsTest, AgreesWithIcuOnRandomMixtures) {
  const std::u16string alphabet = testing::U16(
      "@aZ\u00e9\u00df\u0416\u03b109_.,;:'\u2019\"- \t\r\n\u00a0!?()/%\u2026"
      "\u2013\u201e\u201c\u0301\u00ad\u200d\u200b\u05d0\u0e01\u6771\u30bf"
      "\u00a9\u20e3\u2060\uFE0F");
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::u16string text;
    const size_t length = random() % 24;
    for (size_t k = 0; k < length; ++k) {
      text.push_back(alphabet[random() % alphabet.size()]);
    }
    const std::string difference = FirstDifference(text);
    ASSERT_EQ(difference, "") << testing::U8(text);
  }
}

}  // namespace
}  // namespace lesbar
