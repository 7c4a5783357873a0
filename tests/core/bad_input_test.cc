// The bad-input contract (docs/segmentation.md, "Bad input"): every input
// gets a correct result or the documented error, in time linear in its
// size. The wasm suite (tests/js/bad-input.test.mjs) checks the same list.
#include <gtest/gtest.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>

#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// 50 MB natively; smaller under ASan, which is several times slower.
size_t BigLength() {
  if (const char* env = std::getenv("LESBAR_BIG_INPUT_UNITS")) {
    return std::strtoul(env, nullptr, 10);
  }
  return kSanitized ? 4u << 20 : 50u << 20;
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status status;
    analyzer_ = Analyzer::Create(&status);
    ASSERT_TRUE(analyzer_) << status.message;
  }

  Analysis Check(const std::u16string& text, const std::string& language) {
    AnalyzeOptions options;
    options.language = language;
    Analysis result;
    const Status status = analyzer_->Analyze(text, options, &result);
    EXPECT_TRUE(status.ok()) << status.message;
    const int32_t length = static_cast<int32_t>(text.size());
    auto check = [&](const auto& spans, const char* what) {
      int32_t previous_end = 0;
      for (const auto& span : spans) {
        ASSERT_GE(span.start, previous_end) << what;
        ASSERT_LT(span.start, span.end) << what;
        ASSERT_LE(span.end, length) << what;
        previous_end = span.end;
      }
    };
    check(result.paragraphs, "paragraphs");
    check(result.sentences, "sentences");
    check(result.tokens, "tokens");
    return result;
  }

  // Microseconds per code unit.
  double TimePerUnit(const std::u16string& text) {
    const auto start = std::chrono::steady_clock::now();
    Check(text, "de");
    const std::chrono::duration<double, std::micro> elapsed =
        std::chrono::steady_clock::now() - start;
    return elapsed.count() / static_cast<double>(text.size());
  }

  std::unique_ptr<Analyzer> analyzer_;
};

TEST_F(BadInputTest, EmptyAndWhitespace) {
  EXPECT_TRUE(Check(u"", "auto").tokens.empty());
  EXPECT_TRUE(Check(u" \t\n\r\n\u00A0\u3000\u2028\u2029 ", "de").tokens.empty());
}

TEST_F(BadInputTest, SurrogatesNulAndControls) {
  std::u16string text = u"a b c d e.";
  text[1] = 0xD800;              // lone lead
  text[3] = 0xDC00;              // lone trail
  text[5] = 0;                   // NUL
  text += u"\xDC00\xD800\x01\x1B\x7F\x85\x9F z";
  text[10] = 0xDC00;             // reversed pair
  text[11] = 0xD800;
  EXPECT_FALSE(Check(text, "en").tokens.empty());
}

TEST_F(BadInputTest, BinaryJunk) {
  std::u16string text(1 << 20, u'\0');
  uint32_t seed = 12345;
  for (char16_t& c : text) {
    seed = seed * 1103515245u + 12345u;
    c = static_cast<char16_t>(seed >> 16);
  }
  Check(text, "auto");
  Check(text, "fr");
}

TEST_F(BadInputTest, RightToLeftMixedScriptsEmojiAndCombiningMarks) {
  const std::u16string text = testing::U16(
      "שלום עולם. مرحبا! Hello мир 世界。 👨‍👩‍👧‍👦 🏳️‍🌈 🇩🇪 👍🏿 "
      "a\u0301\u0301\u0301\u0301 Z\u0351\u0352\u0353\u0354\u0355.");
  const Analysis result = Check(text, "auto");
  const auto tokens = testing::Slices(text, result.tokens);
  for (const char* whole : {"👨‍👩‍👧‍👦", "🏳️‍🌈", "🇩🇪", "👍🏿", "مرحبا"}) {
    EXPECT_NE(std::find(tokens.begin(), tokens.end(), whole), tokens.end())
        << whole;
  }
}

TEST_F(BadInputTest, CombiningMarksOnly) {
  Check(std::u16string(1 << 20, u'\u0301'), "de");
}

TEST_F(BadInputTest, OneMegabyteWord) {
  std::u16string word(1 << 20, u'x');
  const Analysis result = Check(u"Ein " + word + u" Wort.", "de");
  EXPECT_EQ(result.tokens.size(), 4u);
}

TEST_F(BadInputTest, DeeplyRepeatedPunctuation) {
  std::u16string text;
  for (int i = 0; i < 200000; ++i) text += u"(.?!„“«»-";
  Check(text, "de");
}

TEST_F(BadInputTest, BigInputsStayLinear) {
  const size_t n = BigLength();
  std::u16string prose;
  const std::u16string sentence =
      u"Der Minister sagte am Mittwoch, dass beide Länder zusammenarbeiten. ";
  while (prose.size() < n) prose += sentence;
  prose.resize(n);
  const double prose_cost = TimePerUnit(prose);

  std::u16string one_character(n, u'a');
  std::u16string no_space = prose;
  no_space.erase(std::remove(no_space.begin(), no_space.end(), u' '),
                 no_space.end());
  std::u16string no_sentence_end;
  while (no_sentence_end.size() < n) no_sentence_end += u"wort ";
  for (const std::u16string* text : {&one_character, &no_space, &no_sentence_end}) {
    const double cost = TimePerUnit(*text);
    // Generous bound against noisy machines; the bench reports real ratios.
    EXPECT_LT(cost, 3.0 * prose_cost + 0.05) << text->size();
  }
}

TEST_F(BadInputTest, InputOverTheLimitIsRefusedBeforeWork) {
  analyzer_->set_max_input_length(1000);
  Analysis result;
  const Status status =
      analyzer_->Analyze(std::u16string(1001, u'a'), {}, &result);
  EXPECT_EQ(status.code, StatusCode::kTooLarge);
  EXPECT_TRUE(result.tokens.empty());
}

TEST_F(BadInputTest, TenThousandCallsLeaveTheHeapFlat) {
  if (kSanitized) GTEST_SKIP() << "ASan's allocator has its own accounting";
  const std::u16string text = testing::U16(
      "Dr. Müller kam am 5. Mai nach Berlin. „Wir kommen“, sagte er :-) "
      "https://example.com #tag 👍🏽");
  for (int i = 0; i < 100; ++i) Check(text, i % 2 ? "de" : "en");
  const size_t before = mallinfo2().uordblks;
  for (int i = 0; i < 10000; ++i) Check(text, i % 2 ? "de" : "en");
  const size_t after = mallinfo2().uordblks;
  EXPECT_LT(after, before + 4096) << "heap grew from " << before << " to "
                                  << after;
}

}  // namespace
}  // namespace lesbar
