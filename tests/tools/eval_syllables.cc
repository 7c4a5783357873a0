// Prints the syllable counter's exact-count accuracy on the dev dictionaries
// and its speed, on the dictionary words and on running text.
//   eval_syllables [DATA_DIR]   (default: ../shared/data/syllables)
// Running-text speed uses DATA_DIR/../corpus/{de,en}_*.txt: every
// whitespace-separated token with its edge punctuation stripped, in text
// order (so frequent short words dominate, as in real use).
// A dev line is "word TAB count[,count...][TAB ...]"; any listed count is
// correct. Note the shipped tables were trained on these files: this is
// training accuracy. For a held-out number run
//   python3 scripts/syllables/train_syllables.py --evaluate-split
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "features/syllables/syllable_counter.h"
#include "syllable_dev_data.h"
#include "test_util.h"

namespace {

// Tokens of a running text: split at whitespace, edge punctuation removed.
std::vector<std::u16string> CorpusWords(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::u16string> words;
  std::string token;
  while (in >> token) {
    size_t begin = 0;
    size_t end = token.size();
    auto edge = [](unsigned char c) { return c < 0x80 && !std::isalnum(c); };
    while (begin < end && edge(token[begin])) ++begin;
    while (end > begin && edge(token[end - 1])) --end;
    if (begin < end)
      words.push_back(lesbar::testing::U16(token.substr(begin, end - begin)));
  }
  return words;
}

template <typename List, typename Get>
double WordsPerSecond(const lesbar::SyllableCounter& counter, const List& list,
                      Get get, long long* checksum) {
  long long words = 0;
  const auto start = std::chrono::steady_clock::now();
  double seconds = 0;
  while (seconds < 0.5) {
    for (const auto& item : list) *checksum += counter.Count(get(item));
    words += static_cast<long long>(list.size());
    seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
  }
  return words / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir =
      argc > 1 ? argv[1] : std::string("../shared/data/syllables");
  const struct {
    const char* language;
    const char* file;
  } kSets[] = {{"de", "de-marytts-dev.tsv"}, {"en", "en-cmudict-dev.tsv"}};
  int status = 0;
  for (const auto& set : kSets) {
    const std::vector<lesbar::testing::SyllableDevEntry> entries =
        lesbar::testing::LoadSyllableDev(dir + "/" + set.file);
    if (entries.empty()) {
      std::fprintf(stderr, "%s: cannot read %s/%s\n", set.language, dir.c_str(),
                   set.file);
      status = 1;
      continue;
    }
    auto counter = lesbar::SyllableCounter::Create(set.language);
    const int correct = lesbar::testing::CountCorrect(*counter, entries);
    // Speed: repeat the whole list until about 0.5 s have passed.
    long long checksum = 0;
    const double dictionary_speed = WordsPerSecond(
        *counter, entries,
        [](const lesbar::testing::SyllableDevEntry& entry)
            -> std::u16string_view { return entry.word; },
        &checksum);
    std::printf("%s: %.2f %% exact (%d/%zu) on %s; %.2f M words/s%s\n",
                set.language, 100.0 * correct / entries.size(), correct,
                entries.size(), set.file, dictionary_speed / 1e6,
                checksum < 0 ? "!" : "");
    const char* corpus = std::string(set.language) == "de"
                             ? "de_political_speeches_barbaresi_excerpt.txt"
                             : "en_gum_wikimedia_news_interview_bio_voyage.txt";
    const std::vector<std::u16string> text =
        CorpusWords(dir + "/../corpus/" + corpus);
    if (!text.empty()) {
      const double text_speed = WordsPerSecond(
          *counter, text,
          [](const std::u16string& word) -> std::u16string_view {
            return word;
          },
          &checksum);
      std::printf("%s: running text %s (%zu tokens): %.2f M words/s%s\n",
                  set.language, corpus, text.size(), text_speed / 1e6,
                  checksum < 0 ? "!" : "");
    }
  }
  return status;
}
