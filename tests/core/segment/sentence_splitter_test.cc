#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include "segment/paragraphs.h"
#include "test_util.h"

namespace lesbar {
namespace {

using testing::Slices;
using testing::U16;

std::vector<std::string> Sentences(const std::u16string& text,
                                   const std::string& language) {
  Status status;
  auto tokenizer = Tokenizer::Create(&status);
  EXPECT_TRUE(tokenizer);
  TokenizedText tokens;
  EXPECT_TRUE(
      tokenizer
          ->Tokenize(text, RulesFor(language), Tokenization::kReader, &tokens)
          .ok());
  SentenceSplitter splitter;
  std::vector<Span> sentences;
  EXPECT_TRUE(splitter
                  .Split(text, RulesFor(language), tokens,
                         SplitParagraphs(text), &sentences)
                  .ok());
  return Slices(text, sentences);
}

TEST(SentenceSplitterTest, FinalAbbreviationEndsSentenceBeforeCapital) {
  EXPECT_EQ(Sentences(U16("Äpfel, Birnen usw. Dann kam er."), "de"),
            (std::vector<std::string>{"Äpfel, Birnen usw.", "Dann kam er."}));
  EXPECT_EQ(Sentences(U16("Äpfel usw. und Birnen."), "de"),
            (std::vector<std::string>{"Äpfel usw. und Birnen."}));
}

TEST(SentenceSplitterTest, NoBreakInsideUrl) {
  EXPECT_EQ(Sentences(U16("Siehe http://x.org/?a=1! Ja."), "de"),
            (std::vector<std::string>{"Siehe http://x.org/?a=1!", "Ja."}));
}

TEST(SentenceSplitterTest, QuestionAndExclamation) {
  EXPECT_EQ(Sentences(U16("Wirklich?! Ja. Nein!"), "de"),
            (std::vector<std::string>{"Wirklich?!", "Ja.", "Nein!"}));
}

TEST(SentenceSplitterTest, EnglishAbbreviationsDoNotSplit) {
  EXPECT_EQ(Sentences(U16("Dr. Who met Mrs. Smith at St. Paul's. Fine."), "en"),
            (std::vector<std::string>{"Dr. Who met Mrs. Smith at St. Paul's.",
                                      "Fine."}));
}

TEST(SentenceSplitterTest, UnknownLanguageUsesRootRules) {
  EXPECT_EQ(Sentences(U16("Один. Два."), "ru"),
            (std::vector<std::string>{"Один.", "Два."}));
}

}  // namespace
}  // namespace lesbar
