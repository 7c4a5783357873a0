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

// Over 3,000 random texts: the windows answer every gap as a full ICU pass
// does over the text with the line ends at the positions handed to them
// read as spaces. Each "\n" is handed over with probability
// `join_probability`; at 0 the windows get no positions at all.
void ExpectWindowsAgreeWithFullPass(const char* language, uint32_t seed,
                                    double join_probability) {
  Status status;
  auto tokenizer = Tokenizer::Create(&status);
  ASSERT_TRUE(tokenizer);
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> full(
      icu::BreakIterator::createSentenceInstance(icu::Locale(language), error));
  ASSERT_TRUE(U_SUCCESS(error));
  std::unique_ptr<icu::BreakIterator> windowed(full->clone());
  std::mt19937 random(seed);
  std::bernoulli_distribution joined(join_probability);
  const LanguageRules rules = BuildRulesWithIcuExceptions(language);
  for (int round = 0; round < 3000; ++round) {
    const std::u16string text = RandomText(&random);
    TokenizedText tokenized;
    ASSERT_TRUE(
        tokenizer->Tokenize(text, rules, Tokenization::kReader, &tokenized)
            .ok());
    const auto& tokens = tokenized.tokens;
    std::vector<int32_t> spaces;
    std::u16string copy = text;
    for (size_t p = 0; p < text.size() && join_probability > 0; ++p) {
      if (text[p] == u'\n' && joined(random)) {
        spaces.push_back(static_cast<int32_t>(p));
        copy[p] = u' ';
      }
    }
    const std::vector<bool> expected = FullPassBreaks(full.get(), copy, tokens);
    IcuSentenceWindows windows(windowed.get(), text, tokens,
                               join_probability > 0 ? &spaces : nullptr);
    for (size_t k = 1; k < tokens.size(); ++k) {
      ASSERT_EQ(windows.BreaksBefore(k, &error), expected[k])
          << language << " gap " << k << " in " << Escaped(copy) << ": "
          << Escaped(
                 copy.substr(tokens[k > 3 ? k - 3 : 0].start,
                             tokens[k].end - tokens[k > 3 ? k - 3 : 0].start));
    }
  }
}

TEST(IcuSentenceWindowsTest, AgreesWithAFullIcuPassOnRandomText) {
  for (const char* language : {"de", "en", "fr"}) {
    ASSERT_NO_FATAL_FAILURE(ExpectWindowsAgreeWithFullPass(language, 42, 0));
  }
}

TEST(IcuSentenceWindowsTest, LineEndsReadAsSpacesAgreeWithACopy) {
  // The sentence splitter hands over the line ends ICU should read as
  // spaces (a line that goes on in lower case).
  ASSERT_NO_FATAL_FAILURE(ExpectWindowsAgreeWithFullPass("de", 7, 0.5));
}

}  // namespace
}  // namespace lesbar
