#include <gtest/gtest.h>

#include <string>

#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar {
namespace {

using testing::Slices;
using testing::U16;

class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status status;
    analyzer_ = Analyzer::Create(&status);
    ASSERT_TRUE(analyzer_) << status.message;
  }
  Analysis Run(const std::u16string& text, const std::string& language) {
    AnalyzeOptions options;
    options.language = language;
    Analysis result;
    Status status = analyzer_->Analyze(text, options, &result);
    EXPECT_TRUE(status.ok()) << status.message;
    return result;
  }
  std::unique_ptr<Analyzer> analyzer_;
};

TEST_F(AnalyzerTest, RefusesInputOverTheLimitWithTheLimitInTheMessage) {
  analyzer_->set_max_input_length(10);
  Analysis result;
  Status status = analyzer_->Analyze(u"01234567890", {}, &result);
  EXPECT_EQ(status.code, StatusCode::kTooLarge);
  EXPECT_NE(status.message.find("10"), std::string::npos);
}

TEST_F(AnalyzerTest, RejectsMalformedLanguageTags) {
  AnalyzeOptions options;
  options.language = "d!";
  Analysis result;
  EXPECT_EQ(analyzer_->Analyze(u"Hallo.", options, &result).code,
            StatusCode::kInvalidArgument);
}

TEST_F(AnalyzerTest, AcceptsRegionSubtags) {
  EXPECT_EQ(Run(u"Grüezi mitenand.", "de-CH").language, "de");
}

// A given language is not second-guessed: the whole text is one run in
// it, even where the identifier would say otherwise.
TEST_F(AnalyzerTest, AGivenLanguageCoversTheTextWithoutIdentification) {
  const std::u16string text =
      u"The minister welcomed the cooperation.\n\nEr reiste nach Teheran.";
  const Analysis result = Run(text, "de");
  EXPECT_EQ(result.language, "de");
  EXPECT_EQ(result.language_guess, "de");
  EXPECT_EQ(result.language_confidence, 1);
  ASSERT_EQ(result.languages.size(), 1u);
  EXPECT_EQ(result.languages[0].language, "de");
  EXPECT_EQ(result.languages[0].confidence, 1);
  EXPECT_EQ(result.languages[0].span.start, result.paragraphs.front().start);
  EXPECT_EQ(result.languages[0].span.end, result.paragraphs.back().end);
}

TEST_F(AnalyzerTest, AutoOnTooShortATextIsUndeterminedWithItsGuess) {
  const Analysis result = Run(u"Anna", "auto");
  EXPECT_EQ(result.language, "und");
  EXPECT_NE(result.language_guess, "und");
  EXPECT_LT(result.language_confidence, 1);
  const Analysis decided = Run(u"Guten Morgen, liebe Anna.", "auto");
  EXPECT_EQ(decided.language, "de");
  EXPECT_EQ(decided.language_guess, "de");
}

TEST_F(AnalyzerTest, LoneSurrogatesAndNulGiveSpansInsideTheText) {
  std::u16string text = u"a\xD800 b\0c \xDC00\xD800.";
  text[2] = 0xD800;
  Analysis result = Run(text, "en");
  for (const Token& t : result.tokens) {
    EXPECT_LE(0, t.start);
    EXPECT_LT(t.start, t.end);
    EXPECT_LE(t.end, static_cast<int32_t>(text.size()));
  }
  EXPECT_FALSE(result.tokens.empty());
}

TEST_F(AnalyzerTest, SpansAreOrderedAndNested) {
  const std::u16string text =
      U16("Erster Satz. Zweiter Satz!\n\nDritter Satz? Vierter.");
  Analysis result = Run(text, "de");
  ASSERT_EQ(result.paragraphs.size(), 2u);
  ASSERT_EQ(result.sentences.size(), 4u);
  size_t sentence = 0;
  for (const Token& t : result.tokens) {
    while (result.sentences[sentence].end < t.end) ++sentence;
    EXPECT_GE(t.start, result.sentences[sentence].start);
  }
  EXPECT_EQ(Slices(text, result.paragraphs)[1], "Dritter Satz? Vierter.");
}

TEST_F(AnalyzerTest, LongRunOfOneCharacterIsOneToken) {
  const std::u16string text(1 << 20, u'a');
  Analysis result = Run(text, "de");
  ASSERT_EQ(result.tokens.size(), 1u);
  EXPECT_EQ(result.tokens[0].end, 1 << 20);
  EXPECT_EQ(result.sentences.size(), 1u);
}

TEST_F(AnalyzerTest, RightToLeftTextIsTokenised) {
  const std::u16string text = U16("שלום עולם. مرحبا بالعالم.");
  Analysis result = Run(text, "auto");
  EXPECT_EQ(
      Slices(text, result.tokens),
      (std::vector<std::string>{"שלום", "עולם", ".", "مرحبا", "بالعالم", "."}));
}

}  // namespace
}  // namespace lesbar
