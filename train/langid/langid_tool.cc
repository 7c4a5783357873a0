// Language identifier tool for the trainer and the eval in train/langid/.
//   lesbar_langid predict [RANK_OFFSET MISSING_PENALTY [WORD_OFFSET
//   WORD_PENALTY [PRODUCT_PRIOR UNDETERMINED_MARGIN [UNDETERMINED_LETTERS]]]]
//   < lines
//     prints "language\tconfidence\tbest guess" for each UTF-8 input line;
//   lesbar_langid features latin|cyrillic|arabic < lines
//     the units the identifier counts (language_units.h), each line read as
//     one text, those with a letter of another script left out: one line
//     "t\t<trigram>\t<count>" or "w\t<word>\t<count>" per distinct unit,
//     in the order of first occurrence (train-profiles.mjs counts nothing
//     itself);
//   lesbar_langid parity < lines
//     checks each line's evidence against the sum over its units (see
//     unit_parity.h); prints the lines that differ, exits 1 if any does;
//   lesbar_langid bench FILE [MEGABYTES]
//     times the identifier (document + paragraphs) on FILE repeated.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "language/language_identifier.h"
#include "language/language_units.h"
#include "segment/paragraphs.h"
#include "test_util.h"
#include "unit_parity.h"

namespace {

using lesbar::langid_internal::Script;

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

int Features(Script script) {
  // "t\t<trigram>" or "w\t<word>" -> index into `counted`, which keeps the
  // order of first occurrence (the trainer's ties and sums follow it).
  std::unordered_map<std::string, size_t> index;
  std::vector<std::pair<std::string, int64_t>> counted;
  std::string key;
  const auto count = [&](char kind, std::u32string_view unit) {
    key.assign({kind, '\t'});
    for (char32_t c : unit) AppendUtf8(c, &key);
    const auto [at, added] = index.emplace(key, counted.size());
    if (added) counted.emplace_back(key, 0);
    ++counted[at->second].second;
  };
  std::string line;
  while (std::getline(std::cin, line)) {
    lesbar::langid_internal::ForEachUnit(
        lesbar::testing::U16(line),
        [script](Script letter_script) { return letter_script == script; },
        [&](std::u32string_view gram) { count('t', gram); },
        [&](std::u32string_view word) { count('w', word); });
  }
  for (const auto& [unit, n] : counted) {
    std::printf("%s\t%lld\n", unit.c_str(), static_cast<long long>(n));
  }
  return 0;
}

int Parity() {
  const auto& identifier = lesbar::LanguageIdentifier::Default();
  std::string line;
  size_t lines = 0, units = 0, listed = 0, differing = 0;
  while (std::getline(std::cin, line)) {
    const auto parity = lesbar::langid_internal::CheckUnitParity(
        identifier, lesbar::testing::U16(line));
    ++lines;
    units += parity.units;
    listed += parity.listed_units;
    if (!parity.ok()) {
      ++differing;
      if (differing <= 10) std::printf("differs: %s\n", line.c_str());
    }
  }
  std::printf("%zu lines, %zu units (%zu listed), %zu lines differ\n", lines,
              units, listed, differing);
  return differing == 0 ? 0 : 1;
}

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
  if (mode == "features" && argc > 2) {
    const std::string name = argv[2];
    if (name == "latin") return Features(Script::kLatin);
    if (name == "cyrillic") return Features(Script::kCyrillic);
    if (name == "arabic") return Features(Script::kArabic);
  }
  if (mode == "parity") return Parity();
  if (mode == "bench" && argc > 2) {
    return Bench(argv[2], argc > 3 ? std::stod(argv[3]) : 20);
  }
  std::fprintf(stderr,
               "usage: %s predict [RANK_OFFSET MISSING_PENALTY [WORD_OFFSET "
               "WORD_PENALTY [PRODUCT_PRIOR UNDETERMINED_MARGIN "
               "[UNDETERMINED_LETTERS]]]] < lines\n"
               "       %s features latin|cyrillic|arabic < lines\n"
               "       %s parity < lines\n"
               "       %s bench FILE [MEGABYTES]\n",
               argv[0], argv[0], argv[0], argv[0]);
  return 2;
}
