// Scores lesbar's difficulty against human judgments on the dev halves in
// ../shared/data/readability/human/, next to Flesch Reading Ease:
//   German (TextComplexityDE): Pearson r with learners' 1-7 ratings;
//   English (OneStopEnglish): share of same-article pairs ordered by level.
// Usage:
//   eval_difficulty [HUMAN_DIR]              prints the figures
//   eval_difficulty --features [HUMAN_DIR]   one TSV row of difficulty
//       features per item, for scripts/readability/fit_difficulty.py
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "analyses/readability/difficulty.h"
#include "analyses/readability/formulas.h"
#include "analyses/readability/readability.h"
#include "lesbar/lesbar.h"
#include "test_util.h"

namespace {

struct Item {
  std::string language;
  std::string group;
  double human_score = 0;
  std::string text;
};

// "#" comment lines, a header row, then id, lang, human_score, group, text.
// Paragraph breaks in the text are written as a literal backslash-n.
std::vector<Item> ReadItems(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::vector<Item> items;
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    std::vector<std::string> columns;
    std::stringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '\t')) columns.push_back(field);
    if (columns.size() < 5) continue;
    Item item{columns[1], columns[3], std::stod(columns[2]), columns[4]};
    for (size_t p = 0; (p = item.text.find("\\n", p)) != std::string::npos;) {
      item.text.replace(p, 2, "\n");
    }
    items.push_back(item);
  }
  return items;
}

struct Scored {
  const Item* item;
  lesbar::TextStats stats;
  double difficulty;
  double flesch;
};

Scored Score(lesbar::Analyzer& analyzer, const Item& item) {
  const std::u16string text = lesbar::testing::U16(item.text);
  lesbar::AnalyzeOptions options;
  options.language = item.language;
  lesbar::Analysis analysis;
  if (!analyzer.Analyze(text, options, &analysis).ok()) std::exit(1);
  Scored scored{&item,
                {},
                analysis.readability.difficulty,
                analysis.readability.scores.flesch_reading_ease};
  lesbar::WordFactsCache word_facts(item.language);
  std::vector<int32_t> syllables;
  std::vector<lesbar::TextStats> sentences;
  lesbar::CollectTextStats(text, analysis.tokens, analysis.sentences,
                           &word_facts, &syllables, &sentences);
  for (const lesbar::TextStats& s : sentences) scored.stats.Add(s);
  return scored;
}

double Pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

// Pairs of versions of one article at different levels, and how many a
// score orders like the levels (higher score = harder).
double PairwiseOrdered(const std::vector<Scored>& scored,
                       double (*harder)(const Scored&), int* pairs) {
  std::map<std::string, std::vector<const Scored*>> groups;
  for (const Scored& s : scored) groups[s.item->group].push_back(&s);
  int ordered = 0;
  *pairs = 0;
  for (const auto& [group, versions] : groups) {
    for (const Scored* a : versions) {
      for (const Scored* b : versions) {
        if (a->item->human_score >= b->item->human_score) continue;
        ++*pairs;
        if (harder(*a) < harder(*b)) ++ordered;
      }
    }
  }
  return 100.0 * ordered / *pairs;
}

}  // namespace

int main(int argc, char** argv) {
  bool features = false;
  std::string dir = "../shared/data/readability/human";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--features") {
      features = true;
    } else {
      dir = arg;
    }
  }
  lesbar::Status status;
  lesbar::testing::LoadEntityAssetOrDie();
  auto analyzer = lesbar::Analyzer::Create(&status);
  if (!analyzer) return 1;
  const std::vector<Item> german =
      ReadItems(dir + "/textcomplexityde-de-dev.tsv");
  const std::vector<Item> english =
      ReadItems(dir + "/onestopenglish-en-dev.tsv");
  std::vector<Scored> german_scored, english_scored;
  for (const Item& item : german)
    german_scored.push_back(Score(*analyzer, item));
  for (const Item& item : english)
    english_scored.push_back(Score(*analyzer, item));

  if (features) {
    std::printf("language\tgroup\thuman_score");
    for (const char* name : lesbar::kDifficultyFeatureNames)
      std::printf("\t%s", name);
    std::printf("\n");
    for (const auto* set : {&german_scored, &english_scored}) {
      for (const Scored& s : *set) {
        std::printf("%s\t%s\t%g", s.item->language.c_str(),
                    s.item->group.c_str(), s.item->human_score);
        for (double f : lesbar::ComputeDifficultyFeatures(s.stats)) {
          std::printf("\t%.9g", f);
        }
        std::printf("\n");
      }
    }
    return 0;
  }

  std::vector<double> human, difficulty, flesch, length;
  for (const Scored& s : german_scored) {
    human.push_back(s.item->human_score);
    difficulty.push_back(s.difficulty);
    flesch.push_back(-s.flesch);
    length.push_back(static_cast<double>(s.stats.words) /
                     std::max<int64_t>(1, s.stats.sentences));
  }
  std::printf(
      "German, TextComplexityDE dev (%zu sentences), Pearson r with "
      "human ratings:\n",
      german_scored.size());
  std::printf("  lesbar difficulty     %.3f   (target >= 0.82)\n",
              Pearson(difficulty, human));
  std::printf("  Flesch (Amstad), neg. %.3f\n", Pearson(flesch, human));
  std::printf("  words per sentence    %.3f\n", Pearson(length, human));
  int pairs = 0;
  const double ours = PairwiseOrdered(
      english_scored, [](const Scored& s) { return s.difficulty; }, &pairs);
  const double theirs = PairwiseOrdered(
      english_scored, [](const Scored& s) { return -s.flesch; }, &pairs);
  std::printf(
      "English, OneStopEnglish dev (%zu texts, %d same-article pairs), "
      "pairs ordered by level:\n",
      english_scored.size(), pairs);
  std::printf("  lesbar difficulty     %.1f %%   (target >= 99 %%)\n", ours);
  std::printf("  Flesch Reading Ease   %.1f %%\n", theirs);
  return 0;
}
