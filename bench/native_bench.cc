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
  lesbar::testing::LoadEntityAssetOrDie();
  auto analyzer = lesbar::Analyzer::Create(&status);
  if (!analyzer) return 1;
  lesbar::AnalyzeOptions options;
  options.language = language;
  lesbar::Analysis result;
  // Interleaved runs with and without readability, so machine noise hits
  // both alike; the best of each is reported.
  double best[2] = {1e9, 1e9};
  for (int run = 0; run < 10; ++run) {
    options.readability = run % 2 == 0;
    const auto start = std::chrono::steady_clock::now();
    analyzer->Analyze(text, options, &result);
    const std::chrono::duration<double> elapsed =
        std::chrono::steady_clock::now() - start;
    best[run % 2] = std::min(best[run % 2], elapsed.count());
  }
  const double megabytes_read = repeated.size() / 1e6;
  std::printf(
      "native %s: %.1f MB in %.1f ms = %.1f MB/s, %zu tokens, %zu sentences\n",
      language.c_str(), megabytes_read, best[0] * 1e3, megabytes_read / best[0],
      result.tokens.size(), result.sentences.size());
  std::printf(
      "native %s without readability: %.1f ms = %.1f MB/s; readability adds "
      "%.1f %%\n",
      language.c_str(), best[1] * 1e3, megabytes_read / best[1],
      100.0 * (best[0] - best[1]) / best[1]);
  return 0;
}
