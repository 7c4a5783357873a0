// Reads the syllable dev lists (../shared/data/syllables/*-dev.tsv): one
// "word TAB count[,count...][TAB ...]" a line, any listed count correct.
// Shared by the GoogleTest suite and tests/tools/eval_syllables.cc.
#ifndef LESBAR_TESTS_SYLLABLE_DEV_DATA_H_
#define LESBAR_TESTS_SYLLABLE_DEV_DATA_H_

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "features/syllables/syllable_counter.h"
#include "test_util.h"

namespace lesbar::testing {

struct SyllableDevEntry {
  std::u16string word;
  std::vector<int> counts;
};

// Empty if the file cannot be read.
inline std::vector<SyllableDevEntry> LoadSyllableDev(const std::string& path) {
  std::vector<SyllableDevEntry> entries;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string word, counts, count;
    if (!std::getline(fields, word, '\t') ||
        !std::getline(fields, counts, '\t')) {
      continue;
    }
    SyllableDevEntry entry{U16(word), {}};
    std::istringstream variants(counts);
    while (std::getline(variants, count, ',')) {
      entry.counts.push_back(std::stoi(count));
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

// The reproducible held-out fifth of a dev list: FNV-1a (32 bit) of the
// word's UTF-8 bytes % 5 == 0. Mirrors is_held_out() in
// train/syllables/train_syllables.py.
inline bool IsHeldOut(const std::u16string& word) {
  uint32_t hash = 0x811C9DC5u;
  auto mix = [&hash](uint32_t byte) { hash = (hash ^ byte) * 0x01000193u; };
  for (size_t k = 0; k < word.size(); ++k) {
    uint32_t c = word[k];
    if (c >= 0xD800 && c < 0xDC00 && k + 1 < word.size() &&
        word[k + 1] >= 0xDC00 && word[k + 1] < 0xE000) {
      c = 0x10000 + ((c - 0xD800) << 10) + (word[k + 1] - 0xDC00);
      ++k;
    }
    if (c < 0x80) {
      mix(c);
    } else if (c < 0x800) {
      mix(0xC0 | (c >> 6));
      mix(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      mix(0xE0 | (c >> 12));
      mix(0x80 | ((c >> 6) & 0x3F));
      mix(0x80 | (c & 0x3F));
    } else {
      mix(0xF0 | (c >> 18));
      mix(0x80 | ((c >> 12) & 0x3F));
      mix(0x80 | ((c >> 6) & 0x3F));
      mix(0x80 | (c & 0x3F));
    }
  }
  return hash % 5 == 0;
}

// Number of entries whose count the counter gets exactly right.
inline int CountCorrect(const SyllableCounter& counter,
                        const std::vector<SyllableDevEntry>& entries) {
  int correct = 0;
  for (const SyllableDevEntry& entry : entries) {
    const int predicted = counter.Count(entry.word);
    if (std::find(entry.counts.begin(), entry.counts.end(), predicted) !=
        entry.counts.end()) {
      ++correct;
    }
  }
  return correct;
}

}  // namespace lesbar::testing

#endif  // LESBAR_TESTS_SYLLABLE_DEV_DATA_H_
