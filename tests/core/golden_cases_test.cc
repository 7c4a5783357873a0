// Runs tests/cases/segmentation.json against the native build; the wasm
// suite (tests/js/golden.test.mjs) runs the same file.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar {
namespace {

using testing::Slices;
using testing::U16;

std::vector<std::string> Strings(const nlohmann::json& array) {
  std::vector<std::string> out;
  for (const auto& item : array) out.push_back(item.get<std::string>());
  return out;
}

TEST(GoldenCases, NativeMatchesSharedExpectations) {
  std::ifstream in(LESBAR_CASES_FILE);
  ASSERT_TRUE(in) << LESBAR_CASES_FILE;
  const nlohmann::json file = nlohmann::json::parse(in);
  Status status;
  auto analyzer = Analyzer::Create(&status);
  ASSERT_TRUE(analyzer) << status.message;
  int checked = 0;
  for (const auto& c : file.at("cases")) {
    SCOPED_TRACE(c.at("name").get<std::string>());
    const std::u16string text = U16(c.at("text").get<std::string>());
    AnalyzeOptions options;
    options.language = c.at("language").get<std::string>();
    if (c.value("tokenization", "reader") == "ud") {
      options.tokenization = Tokenization::kUniversalDependencies;
    }
    Analysis result;
    ASSERT_TRUE(analyzer->Analyze(text, options, &result).ok());
    if (c.contains("expectLanguage")) {
      EXPECT_EQ(result.language, c["expectLanguage"].get<std::string>());
    }
    if (c.contains("tokens")) {
      EXPECT_EQ(Slices(text, result.tokens), Strings(c["tokens"]));
    }
    if (c.contains("kinds")) {
      std::vector<std::string> kinds;
      for (const Token& t : result.tokens)
        kinds.push_back(TokenKindName(t.kind));
      EXPECT_EQ(kinds, Strings(c["kinds"]));
    }
    if (c.contains("sentences")) {
      EXPECT_EQ(Slices(text, result.sentences), Strings(c["sentences"]));
    }
    if (c.contains("paragraphs")) {
      EXPECT_EQ(Slices(text, result.paragraphs), Strings(c["paragraphs"]));
    }
    ++checked;
  }
  EXPECT_GT(checked, 10);
}

}  // namespace
}  // namespace lesbar
