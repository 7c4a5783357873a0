// Reads the syllable dev lists (../shared/data/syllables/*-dev.tsv): one
// "word TAB count[,count...][TAB ...]" a line, any listed count correct.
// Shared by the GoogleTest suite and tests/tools/eval_syllables.cc.
#ifndef LESBAR_TESTS_SYLLABLE_DEV_DATA_H_
#define LESBAR_TESTS_SYLLABLE_DEV_DATA_H_

#include <algorithm>
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
