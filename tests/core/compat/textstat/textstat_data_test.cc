#include "compat/textstat/textstat_data.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "test_util.h"

namespace lesbar {
namespace {

using ::lesbar::testing::PackAssetContainer;

// Raw sections; front coding and grouping are tested with the container
// (platform/assets_test.cc) and on the real file below.
const std::string kSmallFile = PackAssetContainer({
    {"hyphenation.xx", "1ba\n"},
    {"hyphenation.yy", "a1\n"},
    {"syllables.en", "hello\t2\nday's\t1\nhmm\t0\n"},
});

TEST(TextstatDataTest, ReadsSectionsByLanguage) {
  auto data = TextstatData::Parse(kSmallFile);
  ASSERT_NE(data, nullptr);
  ASSERT_NE(data->Hyphenator("xx"), nullptr);
  EXPECT_EQ(data->Hyphenator("xx")->Positions(U"ababab"),
            (std::vector<int32_t>{3}));
  EXPECT_EQ(data->Hyphenator("yy")->Positions(U"aaaaa"),
            (std::vector<int32_t>{2, 3}));
  EXPECT_EQ(data->Hyphenator("de"), nullptr);
  // The same object on every call: built once.
  EXPECT_EQ(data->Hyphenator("xx"), data->Hyphenator("xx"));
}

TEST(TextstatDataTest, CmudictCounts) {
  auto data = TextstatData::Parse(kSmallFile);
  ASSERT_NE(data, nullptr);
  EXPECT_TRUE(data->has_cmudict());
  EXPECT_EQ(data->CmudictSyllables("hello"), 2);
  EXPECT_EQ(data->CmudictSyllables("day's"), 1);
  EXPECT_EQ(data->CmudictSyllables("hmm"), 0);  // listed without a vowel
  EXPECT_EQ(data->CmudictSyllables("hallo"), -1);
  EXPECT_EQ(data->CmudictSyllables(""), -1);
}

TEST(TextstatDataTest, RefusesOtherFiles) {
  std::string error;
  EXPECT_EQ(TextstatData::Parse("", &error), nullptr);
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(TextstatData::Parse("lesbar-textstat 1\n"), nullptr);
  EXPECT_EQ(TextstatData::Parse(std::string("\0\1\2", 3)), nullptr);
  // A container without textstat sections (the entity data, say).
  EXPECT_EQ(TextstatData::Parse(PackAssetContainer({{"ner_model", "x"}})),
            nullptr);
  // A corrupt coded section.
  EXPECT_EQ(TextstatData::Parse(PackAssetContainer({{"syllables.en", "x", 2}})),
            nullptr);
}

// The file the build writes, with its coded sections.
TEST(TextstatDataTest, ReadsTheBuiltFile) {
  const std::string file =
      ::lesbar::testing::ReadFile(LESBAR_TEXTSTAT_DATA_FILE);
  std::string error;
  auto data = TextstatData::Parse(file, &error);
  ASSERT_NE(data, nullptr) << error;
  EXPECT_EQ(data->CmudictSyllables("readability"), 5);
  // Only counts that differ from the hyphenation count are kept: "hel-lo"
  // gives CMUdict's 2 already, so the word is left out and counted alike.
  EXPECT_EQ(data->CmudictSyllables("hello"), -1);
  const LiangHyphenator* english = data->Hyphenator("en");
  ASSERT_NE(english, nullptr);
  EXPECT_EQ(english->Positions(U"hello").size() + 1, 2u);
  EXPECT_NE(english->Positions(U"readability").size() + 1, 5u);
  for (const char* language :
       {"de", "en", "es", "fr", "hu", "it", "nl", "ru"}) {
    EXPECT_NE(data->Hyphenator(language), nullptr) << language;
  }
}

TEST(TextstatDataTest, CurrentDataIsReplaced) {
  const auto before = CurrentTextstatData();
  auto data = TextstatData::Parse(kSmallFile);
  SetCurrentTextstatData(data);
  EXPECT_EQ(CurrentTextstatData(), data);
  SetCurrentTextstatData(before);
}

}  // namespace
}  // namespace lesbar
