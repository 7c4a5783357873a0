// The syllable trainer's view of the counter (train_syllables.py runs it):
// everything that defines the features comes from the core's own code, so
// the trainer only learns weights.
//
//   lesbar_syllable_features model
//       the template rows, feature count and hash bits the counter uses
//   lesbar_syllable_features symbols
//       kLatinSymbols: the symbol of each code point U+00C0..U+017F
//   lesbar_syllable_features patterns FILE.dic
//       the Liang patterns of FILE coded in the counter's symbols, sorted
//   lesbar_syllable_features words de|en [FILE.dic]  < words
//       per input line (the word is the text up to the first tab) one line
//       "fixed TAB has_letter TAB hint:bucket,...;hint:bucket,..." (see
//       FeatureLine); the Liang features use the patterns of FILE (as the
//       trainer writes them into the tables), or none without FILE
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "features/syllables/liang_patterns.h"
#include "features/syllables/syllable_features.h"
#include "features/syllables/syllable_tables.h"
#include "syllable_training_data.h"
#include "test_util.h"

namespace {

namespace internal = lesbar::syllables_internal;
namespace training = lesbar::syllables_training;

int Usage() {
  std::fprintf(stderr,
               "usage: lesbar_syllable_features model | symbols | patterns "
               "FILE.dic | words de|en [FILE.dic] < words\n");
  return 2;
}

int PrintModel() {
  std::printf("templates");
  for (const auto& row : internal::kTemplates) {
    std::printf(" ");
    for (int k = 1; k <= row[0]; ++k) {
      std::printf("%s%d", k > 1 ? "," : "", row[k]);
    }
  }
  std::printf("\nfeatures %d\nhash_bits %d\n", internal::kNumGroupFeatures,
              internal::kHashBits);
  return 0;
}

int PrintWords(const std::string& language, const std::string& pattern_file) {
  std::unique_ptr<internal::LiangPatterns> patterns;
  if (!pattern_file.empty()) {
    const std::vector<std::string> coded =
        training::CodedHyphenPatterns(pattern_file);
    if (coded.empty()) {
      std::fprintf(stderr, "cannot read patterns from %s\n",
                   pattern_file.c_str());
      return 1;
    }
    patterns = std::make_unique<internal::LiangPatterns>(
        training::JoinPatterns(coded));
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  std::string out;
  while (std::getline(std::cin, line)) {
    const std::u16string word =
        lesbar::testing::U16(line.substr(0, line.find('\t')));
    out += training::FeatureLine(language, internal::ExtractWordFeatures(
                                               language, patterns.get(), word));
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  const std::string command = argv[1];
  if (command == "model" && argc == 2) return PrintModel();
  if (command == "symbols" && argc == 2) {
    for (uint8_t symbol : training::LatinSymbolTable()) {
      std::printf("%d\n", symbol);
    }
    return 0;
  }
  if (command == "patterns" && argc == 3) {
    const std::vector<std::string> coded =
        training::CodedHyphenPatterns(argv[2]);
    if (coded.empty()) {
      std::fprintf(stderr, "cannot read patterns from %s\n", argv[2]);
      return 1;
    }
    for (const std::string& pattern : coded)
      std::printf("%s\n", pattern.c_str());
    return 0;
  }
  if (command == "words" && (argc == 3 || argc == 4)) {
    const std::string language = argv[2];
    if (language != "de" && language != "en") return Usage();
    return PrintWords(language, argc == 4 ? argv[3] : "");
  }
  return Usage();
}
