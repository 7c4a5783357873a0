#include "segment/icu_sentence_windows.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <random>
#include <string>

#include "segment/language_rules.h"
#include "segment/tokenizer.h"
#include "test_util.h"

namespace lesbar {
namespace {

std::string Escaped(std::u16string_view text) {
  std::string out = "\"";
  for (char c : testing::U8(text)) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Reference: one full ICU pass; a gap breaks if any boundary falls in it.
std::vector<bool> FullPassBreaks(icu::BreakIterator* iterator,
                                 std::u16string_view text,
                                 const std::vector<Token>& tokens) {
  UErrorCode error = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, text.data(), text.size(), &error);
  iterator->setText(&utext, error);
  std::vector<bool> breaks(tokens.size(), false);
  int32_t boundary = iterator->first();
  for (size_t k = 1; k < tokens.size(); ++k) {
    while (boundary != icu::BreakIterator::DONE &&
           boundary < tokens[k - 1].end) {
      boundary = iterator->next();
    }
    breaks[k] =
        boundary != icu::BreakIterator::DONE && boundary <= tokens[k].start;
  }
  utext_close(&utext);
  return breaks;
}

// Random text from pieces that exercise ICU's sentence rules: terminators,
// closing quotes and brackets, upper and lower case, numbers, line breaks.
std::u16string RandomText(std::mt19937* random) {
  static const char* const kPieces[] = {
      "Der", "der",  "U",  "S", "a", "Mai", "1",   "19", " ",    " ",
      " ",   ".",    "?",  "!", "…", "...", "„",   "“",  "\"",   "'",
      "(",   ")",    "«",  "»", ",", ";",   ":",   "-",  "\n",   "\n\n",
      "。",  "日本", "Dr", "z", "B", "usw", "etc", "é",  "Élan", "\t"};
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(1, 60);
  std::string utf8;
  for (int i = length(*random); i > 0; --i) utf8 += kPieces[pick(*random)];
  return testing::U16(utf8);
}

TEST(IcuSentenceWindowsTest, AgreesWithAFullIcuPassOnRandomText) {
  Status status;
  auto tokenizer = Tokenizer::Create(&status);
  ASSERT_TRUE(tokenizer);
  for (const char* language : {"de", "en", "fr"}) {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> full(
        icu::BreakIterator::createSentenceInstance(icu::Locale(language),
                                                   error));
    std::unique_ptr<icu::BreakIterator> windowed(full->clone());
    ASSERT_TRUE(U_SUCCESS(error));
    std::mt19937 random(42);
    const LanguageRules rules = BuildRulesWithIcuExceptions(language);
    for (int round = 0; round < 3000; ++round) {
      const std::u16string text = RandomText(&random);
      TokenizedText tokenized;
      ASSERT_TRUE(
          tokenizer->Tokenize(text, rules, Tokenization::kReader, &tokenized)
              .ok());
      const auto& tokens = tokenized.tokens;
      const std::vector<bool> expected =
          FullPassBreaks(full.get(), text, tokens);
      IcuSentenceWindows windows(windowed.get(), text, tokens);
      for (size_t k = 1; k < tokens.size(); ++k) {
        ASSERT_EQ(windows.BreaksBefore(k, &error), expected[k])
            << language << " gap " << k << " in " << Escaped(text) << ": "
            << Escaped(text.substr(
                   tokens[k > 3 ? k - 3 : 0].start,
                   tokens[k].end - tokens[k > 3 ? k - 3 : 0].start));
      }
    }
  }
}

TEST(IcuSentenceWindowsTest, LineEndsReadAsSpacesAgreeWithACopy) {
  // The sentence splitter hands over the positions of line ends that ICU
  // should read as spaces; the windows must answer as a full pass over a
  // copy of the text with those units replaced.
  Status status;
  auto tokenizer = Tokenizer::Create(&status);
  ASSERT_TRUE(tokenizer);
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> full(
      icu::BreakIterator::createSentenceInstance(icu::Locale("de"), error));
  std::unique_ptr<icu::BreakIterator> windowed(full->clone());
  ASSERT_TRUE(U_SUCCESS(error));
  std::mt19937 random(7);
  std::bernoulli_distribution joined(0.5);
  const LanguageRules rules = BuildRulesWithIcuExceptions("de");
  for (int round = 0; round < 3000; ++round) {
    const std::u16string text = RandomText(&random);
    TokenizedText tokenized;
    ASSERT_TRUE(
        tokenizer->Tokenize(text, rules, Tokenization::kReader, &tokenized)
            .ok());
    const auto& tokens = tokenized.tokens;
    std::vector<int32_t> spaces;
    std::u16string copy = text;
    for (size_t p = 0; p < text.size(); ++p) {
      if (text[p] == u'\n' && joined(random)) {
        spaces.push_back(static_cast<int32_t>(p));
        copy[p] = u' ';
      }
    }
    const std::vector<bool> expected = FullPassBreaks(full.get(), copy, tokens);
    IcuSentenceWindows windows(windowed.get(), text, tokens, &spaces);
    for (size_t k = 1; k < tokens.size(); ++k) {
      ASSERT_EQ(windows.BreaksBefore(k, &error), expected[k])
          << "gap " << k << " in " << Escaped(copy);
    }
  }
}

}  // namespace
}  // namespace lesbar
