// Language identifier tool for train/langid/eval-langid.mjs.
//   lesbar_langid predict [RANK_OFFSET MISSING_PENALTY [WORD_OFFSET
//   WORD_PENALTY [PRODUCT_PRIOR UNDETERMINED_MARGIN [UNDETERMINED_LETTERS]]]]
//   < lines
//     prints "language\tconfidence\tbest guess" for each UTF-8 input line;
//   lesbar_langid bench FILE [MEGABYTES]
//     times the identifier (document + paragraphs) on FILE repeated.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "language/language_identifier.h"
#include "segment/paragraphs.h"
#include "test_util.h"

namespace {

int Predict(const lesbar::LanguageIdentifier& identifier) {
  std::string line;
  while (std::getline(std::cin, line)) {
    const lesbar::LanguageGuess guess =
        identifier.Identify(lesbar::testing::U16(line));
    std::printf("%s\t%.4f\t%s\n", guess.language.c_str(), guess.confidence,
                guess.best_guess.c_str());
  }
  return 0;
}

int Bench(const char* path, double megabytes) {
  std::ifstream in(path, std::ios::binary);
  std::string utf8((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  if (utf8.empty()) return 1;
  std::string repeated;
  while (repeated.size() < megabytes * 1e6) repeated += utf8 + "\n\n";
  const std::u16string text = lesbar::testing::U16(repeated);
  const std::vector<lesbar::Span> paragraphs = lesbar::SplitParagraphs(text);
  const auto& identifier = lesbar::LanguageIdentifier::Default();
  double best = 1e9;
  std::string language;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const auto result = identifier.IdentifyParagraphs(text, paragraphs);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    best = std::min(best, seconds);
    language = result.document.language;
  }
  // The same text as one paragraph, read in full (no windows): the cost
  // per character of the trigram scorer itself.
  const auto start = std::chrono::steady_clock::now();
  size_t lines = 0;
  for (size_t from = 0; from < text.size();) {
    size_t to = text.find(u'\n', from);
    if (to == std::u16string::npos) to = text.size();
    if (to > from)
      identifier.Identify(std::u16string_view(text).substr(from, to - from));
    from = to + 1;
    ++lines;
  }
  const double full =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::printf(
      "%s: %.1f MB (UTF-8), %zu paragraphs, document '%s'\n"
      "  IdentifyParagraphs (windows): %.0f MB/s\n"
      "  Identify per line (every character): %.0f MB/s\n",
      path, repeated.size() / 1e6, paragraphs.size(), language.c_str(),
      repeated.size() / 1e6 / best, repeated.size() / 1e6 / full);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "predict") {
    lesbar::LanguageIdentifierParams params;
    if (argc > 3) {
      params.rank_offset = std::stod(argv[2]);
      params.missing_penalty = std::stod(argv[3]);
    }
    if (argc > 5) {
      params.word_rank_offset = std::stod(argv[4]);
      params.word_missing_penalty = std::stod(argv[5]);
    }
    if (argc > 7) {
      params.product_language_prior = std::stod(argv[6]);
      params.undetermined_margin = std::stod(argv[7]);
    }
    if (argc > 8) params.undetermined_letters = std::stoi(argv[8]);
    if (argc > 3) {
      lesbar::LanguageIdentifier identifier(params);
      return Predict(identifier);
    }
    return Predict(lesbar::LanguageIdentifier::Default());
  }
  if (mode == "bench" && argc > 2) {
    return Bench(argv[2], argc > 3 ? std::stod(argv[3]) : 20);
  }
  std::fprintf(stderr,
               "usage: %s predict [RANK_OFFSET MISSING_PENALTY [WORD_OFFSET "
               "WORD_PENALTY [PRODUCT_PRIOR UNDETERMINED_MARGIN "
               "[UNDETERMINED_LETTERS]]]] < lines\n"
               "       %s bench FILE [MEGABYTES]\n",
               argv[0], argv[0]);
  return 2;
}
