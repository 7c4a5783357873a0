// libFuzzer target for the public entry point: any bytes, read as UTF-16
// code units (so lone surrogates and NUL come up often), analysed with every
// language and tokenization option. Checks the output contract, not just
// "no crash": spans inside the text, ordered, non-empty, tokens inside
// sentences.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "lesbar/lesbar.h"
#include "platform/assets.h"

namespace {

lesbar::Analyzer& SharedAnalyzer() {
  static lesbar::Analyzer* analyzer = [] {
#ifdef LESBAR_ENTITY_ASSET_FILE
    // The build's entity asset, so the entity analysis is fuzzed too.
    std::string error;
    if (!lesbar::LoadEntityAssetFile(LESBAR_ENTITY_ASSET_FILE, &error)) abort();
#endif
    lesbar::Status status;
    auto created = lesbar::Analyzer::Create(&status);
    if (!created) abort();
    return created.release();
  }();
  return *analyzer;
}

template <typename SpanLike>
void CheckSpans(const std::vector<SpanLike>& spans, int32_t length) {
  int32_t previous_end = 0;
  for (const auto& span : spans) {
    if (span.start < previous_end || span.start >= span.end ||
        span.end > length) {
      abort();
    }
    previous_end = span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static const char* const kLanguages[] = {"auto", "de", "en", "fr", "ja"};
  const uint8_t selector = data[0];
  std::u16string text((size - 1) / 2, u'\0');
  std::memcpy(text.data(), data + 1, text.size() * 2);

  lesbar::AnalyzeOptions options;
  options.language = kLanguages[selector % 5];
  options.tokenization = (selector & 0x80)
                             ? lesbar::Tokenization::kUniversalDependencies
                             : lesbar::Tokenization::kReader;
  lesbar::Analysis result;
  const lesbar::Status status =
      SharedAnalyzer().Analyze(text, options, &result);
  if (!status.ok()) abort();
  const int32_t length = static_cast<int32_t>(text.size());
  CheckSpans(result.paragraphs, length);
  CheckSpans(result.sentences, length);
  CheckSpans(result.tokens, length);
  // Every token lies inside a sentence, and every sentence holds a token.
  size_t sentence = 0;
  for (const lesbar::Token& token : result.tokens) {
    while (sentence < result.sentences.size() &&
           result.sentences[sentence].end < token.end) {
      ++sentence;
    }
    if (sentence == result.sentences.size() ||
        token.start < result.sentences[sentence].start) {
      abort();
    }
  }
  if (result.tokens.empty() != result.sentences.empty()) abort();
  // Quotes: ordered spans; a cue inside the text; a speaker is a
  // cluster id or -1.
  CheckSpans(result.quotes, length);
  for (const lesbar::Quote& quote : result.quotes) {
    if (quote.cue.start != -1 &&
        (quote.cue.start < 0 || quote.cue.start >= quote.cue.end ||
         quote.cue.end > length)) {
      abort();
    }
    if (quote.speaker < -1 ||
        quote.speaker >= static_cast<int32_t>(result.clusters.size())) {
      abort();
    }
  }
  // Language runs: ordered, inside the text, confidence in 0..1.
  int32_t previous_end = 0;
  for (const lesbar::LanguageSpan& run : result.languages) {
    if (run.span.start < previous_end || run.span.end > length ||
        !(run.confidence >= 0 && run.confidence <= 1) || run.language.empty()) {
      abort();
    }
    previous_end = run.span.end;
  }
  if (!(result.language_confidence >= 0 && result.language_confidence <= 1)) {
    abort();
  }
  return 0;
}
