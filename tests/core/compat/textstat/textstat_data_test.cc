#include "compat/textstat/textstat_data.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lesbar {
namespace {

constexpr char kSmallFile[] =
    "lesbar-textstat 1\n"
    "@hyphenation xx\n"
    "1ba\n"
    "@hyphenation yy\n"
    "a1\n"
    "@syllables en\n"
    "hello\t2\n"
    "day's\t1\n"
    "hmm\t0\n";

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
  EXPECT_EQ(TextstatData::Parse(""), nullptr);
  EXPECT_EQ(TextstatData::Parse("lesbar-textstat 2\n"), nullptr);
  EXPECT_EQ(TextstatData::Parse(std::string("\0\1\2", 3)), nullptr);
  // A header alone is a valid, empty file.
  auto empty = TextstatData::Parse("lesbar-textstat 1\n");
  ASSERT_NE(empty, nullptr);
  EXPECT_EQ(empty->Hyphenator("en"), nullptr);
  EXPECT_EQ(empty->CmudictSyllables("hello"), -1);
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
