// Prints the syllable counter's exact-count accuracy on the dev dictionaries
// and its speed, on the dictionary words and on running text.
//   eval_syllables [DATA_DIR]   (default: ../shared/data/syllables)
// Running-text speed uses DATA_DIR/../corpus/{de,en}_*.txt: every
// whitespace-separated token with its edge punctuation stripped, in text
// order (so frequent short words dominate, as in real use).
// A dev line is "word TAB count[,count...][TAB ...]"; any listed count is
// correct. Accuracy is printed for the held-out fifth of each list (words
// with FNV-1a(word) % 5 == 0, see IsHeldOut) and for the whole list. The
// held-out number is honest only for tables trained with
//   python3 train/syllables/train_syllables.py --exclude-held-out
// (npm run eval:syllables trains those into the build tree and links them
// into lesbar_eval_syllables_held_out; the shipped tables are trained on the
// whole list, so for them "all" is mostly training accuracy; see
// train/syllables/README.md).
#include <cctype>
#include <cstdio>
#include <ctime>
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

// Words per second of CPU time (std::clock: this process only), so the
// figure does not depend on what else runs on a shared machine.
template <typename List, typename Get>
double WordsPerSecond(const lesbar::SyllableCounter& counter, const List& list,
                      Get get, long long* checksum) {
  long long words = 0;
  const std::clock_t start = std::clock();
  double seconds = 0;
  while (seconds < 0.5) {
    for (const auto& item : list) *checksum += counter.Count(get(item));
    words += static_cast<long long>(list.size());
    seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  }
  return words / seconds;
}

}  // namespace

#ifdef LESBAR_SYLLABLES_HELD_OUT_MODEL
constexpr char kModel[] =
    "held-out model (build/native/syllables/syllable_tables_held_out.cc, "
    "trained without the held-out fifth)";
#else
constexpr char kModel[] =
    "shipped model (trained on all dev words: held-out = training words)";
#endif

int main(int argc, char** argv) {
  std::printf("%s\n", kModel);
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
    std::vector<lesbar::testing::SyllableDevEntry> held_out;
    for (const auto& entry : entries) {
      if (lesbar::testing::IsHeldOut(entry.word)) held_out.push_back(entry);
    }
    const int held_out_correct =
        lesbar::testing::CountCorrect(*counter, held_out);
    std::printf("%s: held-out %.2f %% exact (%d/%zu, FNV-1a %% 5 == 0)\n",
                set.language, 100.0 * held_out_correct / held_out.size(),
                held_out_correct, held_out.size());
    const int correct = lesbar::testing::CountCorrect(*counter, entries);
    // Speed: repeat the whole list until about 0.5 s have passed.
    long long checksum = 0;
    const double dictionary_speed = WordsPerSecond(
        *counter, entries,
        [](const lesbar::testing::SyllableDevEntry& entry)
            -> std::u16string_view { return entry.word; },
        &checksum);
    std::printf("%s: all %.2f %% exact (%d/%zu) on %s; %.2f M words/s%s\n",
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
