#include "segment/tokenizer.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::Slices;
using testing::U16;

class TokenizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status status;
    tokenizer_ = Tokenizer::Create(&status);
    ASSERT_TRUE(tokenizer_) << status.message;
  }
  std::vector<std::string> Tokens(const std::u16string& text,
                                  const std::string& language) {
    TokenizedText result;
    EXPECT_TRUE(
        tokenizer_
            ->Tokenize(text, RulesFor(language), Tokenization::kReader, &result)
            .ok());
    EXPECT_EQ(result.tokens.size(), result.period_roles.size());
    return Slices(text, result.tokens);
  }
  std::unique_ptr<Tokenizer> tokenizer_;
};

TEST_F(TokenizerTest, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Tokens(U16("Prof. Dr. Weber, d. h. vgl. S. 12."), "de"),
            (std::vector<std::string>{"Prof.", "Dr.", "Weber", ",", "d.", "h.",
                                      "vgl.", "S.", "12", "."}));
}

TEST_F(TokenizerTest, PeriodRolesTellTheSentenceSplitter) {
  const std::u16string text = U16("Dr. Xu usw. Ende.");
  TokenizedText result;
  ASSERT_TRUE(
      tokenizer_->Tokenize(text, RulesFor("de"), Tokenization::kReader, &result)
          .ok());
  ASSERT_EQ(result.tokens.size(), 5u);
  EXPECT_EQ(result.period_roles[0], PeriodRole::kNonFinal);
  EXPECT_EQ(result.period_roles[2], PeriodRole::kMaybeFinal);
  EXPECT_EQ(result.period_roles[3], PeriodRole::kNone);
}

TEST_F(TokenizerTest, ListNumbersAtLineStart) {
  EXPECT_EQ(Tokens(U16("1. Einleitung\n2. Methode"), "de"),
            (std::vector<std::string>{"1.", "Einleitung", "2.", "Methode"}));
}

TEST_F(TokenizerTest, EnglishPossessivePluralAndFusedForms) {
  EXPECT_EQ(
      Tokens(U16("The students' room. I cannot go, gonna stay."), "en"),
      (std::vector<std::string>{"The", "students", "'", "room", ".", "I", "can",
                                "not", "go", ",", "gon", "na", "stay", "."}));
}

TEST_F(TokenizerTest, GermanHyphenChains) {
  EXPECT_EQ(Tokens(U16("Die Nord-Süd-Achse, COVID-19 und 5-jährige."), "de"),
            (std::vector<std::string>{"Die", "Nord-Süd-Achse", ",", "COVID-19",
                                      "und", "5-jährige", "."}));
}

TEST_F(TokenizerTest, RepeatedPunctuationIsLinearAndGrouped) {
  const std::u16string text(100000, u'!');
  EXPECT_EQ(Tokens(text, "de").size(), 1u);
}

}  // namespace
}  // namespace lesbar
