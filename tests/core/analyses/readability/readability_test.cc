#include "analyses/readability/readability.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::U16;

class ReadabilityTest : public ::testing::Test {
 protected:
  Analysis Analyze(const std::string& text, const char* language) {
    text16_ = U16(text);
    AnalyzeOptions options;
    options.language = language;
    Analysis analysis;
    EXPECT_TRUE(analyzer_->Analyze(text16_, options, &analysis).ok());
    return analysis;
  }

  std::u16string text16_;
  Status status_;
  std::unique_ptr<Analyzer> analyzer_ = Analyzer::Create(&status_);
};

TEST_F(ReadabilityTest, SyllablesOnEveryWordToken) {
  const Analysis a = Analyze("Der Abend, oder? Das Museum!", "de");
  ASSERT_EQ(a.token_syllables.size(), a.tokens.size());
  std::string counts;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    counts += std::to_string(a.token_syllables[i]);
  }
  // Der Abend , oder ? Das Museum !
  EXPECT_EQ(counts, "12020130");
}

TEST_F(ReadabilityTest, DocumentCountsAreTheSumOfSentences) {
  const Analysis a = Analyze(
      "Der Verteidigungsminister besuchte am Mittwoch die Hauptstadt. "
      "Er blieb. Die Gespräche über die Zusammenarbeit dauerten lange.",
      "de");
  ASSERT_EQ(a.sentence_readability.size(), a.sentences.size());
  ASSERT_EQ(a.sentences.size(), 3u);
  int64_t words = 0, syllables = 0;
  for (const SentenceReadability& s : a.sentence_readability) {
    words += s.words;
    syllables += s.syllables;
  }
  EXPECT_EQ(a.readability.counts.words, words);
  EXPECT_EQ(a.readability.counts.syllables, syllables);
  EXPECT_EQ(a.readability.counts.sentences, 3);
  EXPECT_EQ(a.sentence_readability[1].words, 2);
  EXPECT_EQ(a.sentence_readability[1].syllables, 2);
  // "Er blieb." is easier than the first sentence by Flesch. Its
  // difficulty says less (two words: pulled toward the middle of the
  // scale), but it stays on the easy half.
  EXPECT_GT(a.sentence_readability[1].score, a.sentence_readability[0].score);
  EXPECT_LT(a.sentence_readability[1].difficulty, 4.0);
  EXPECT_EQ(a.readability.level.scale, "flesch_reading_ease");
  EXPECT_FALSE(a.readability.level.label.empty());
  EXPECT_EQ(a.readability.counts.unique_words, 14);  // "die" thrice
  EXPECT_NEAR(a.readability.reading_time_seconds, 60.0 * words / 179, 1e-9);
  EXPECT_FALSE(std::isnan(a.readability.scores.wiener_sachtextformel[0]));
  EXPECT_TRUE(std::isnan(a.readability.scores.flesch_kincaid_grade));
}

TEST_F(ReadabilityTest, EnglishGetsEnglishFormulasAndLabels) {
  const Analysis a = Analyze("The cat sat on the mat. It was happy.", "en");
  EXPECT_EQ(a.readability.counts.words, 9);
  EXPECT_EQ(a.readability.counts.syllables, 10);
  EXPECT_NEAR(a.readability.scores.flesch_reading_ease,
              206.835 - 1.015 * 4.5 - 84.6 * 10 / 9, 1e-9);
  EXPECT_EQ(a.readability.level.label, "very easy");
}

TEST_F(ReadabilityTest, TextWithoutWordsHasNoScores) {
  for (const char* text : {"", "   ", "!!! ??? ...", "😀 😀"}) {
    const Analysis a = Analyze(text, "auto");
    EXPECT_EQ(a.readability.counts.words, 0) << text;
    EXPECT_TRUE(std::isnan(a.readability.scores.flesch_reading_ease));
    EXPECT_TRUE(std::isnan(a.readability.difficulty));
    EXPECT_EQ(a.readability.level.label, "");
    EXPECT_EQ(a.sentence_readability.size(), a.sentences.size());
  }
}

TEST_F(ReadabilityTest, CountSyllablesApi) {
  EXPECT_EQ(analyzer_->CountSyllables(u"Abend", "de"), 2);
  EXPECT_EQ(analyzer_->CountSyllables(u"Museum", "de"), 3);
  EXPECT_EQ(analyzer_->CountSyllables(u"make", "en"), 1);
  EXPECT_EQ(analyzer_->CountSyllables(u"", "en"), 0);
}

}  // namespace
}  // namespace lesbar
