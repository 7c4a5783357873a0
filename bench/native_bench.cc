// Times Analyzer::Analyze natively on a UTF-8 file, repeated to a target
// size, so the core's own speed can be told apart from the wasm and JS costs.
//   lesbar_native_bench FILE [LANGUAGE] [MEGABYTES]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "lesbar/lesbar.h"
#include "test_util.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE [LANGUAGE] [MEGABYTES]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string utf8((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  const std::string language = argc > 2 ? argv[2] : "auto";
  const double megabytes = argc > 3 ? std::stod(argv[3]) : 5.0;
  std::string repeated;
  while (repeated.size() < megabytes * 1e6) repeated += utf8 + "\n\n";
  const std::u16string text = lesbar::testing::U16(repeated);

  lesbar::Status status;
  auto analyzer = lesbar::Analyzer::Create(&status);
  if (!analyzer) return 1;
  lesbar::AnalyzeOptions options;
  options.language = language;
  lesbar::Analysis result;
  double best = 1e9;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    analyzer->Analyze(text, options, &result);
    const std::chrono::duration<double> elapsed =
        std::chrono::steady_clock::now() - start;
    best = std::min(best, elapsed.count());
  }
  std::printf(
      "native %s: %.1f MB in %.1f ms = %.1f MB/s, %zu tokens, %zu sentences\n",
      language.c_str(), repeated.size() / 1e6, best * 1e3,
      repeated.size() / 1e6 / best, result.tokens.size(),
      result.sentences.size());
  return 0;
}
