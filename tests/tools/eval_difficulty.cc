// Scores lesbar's difficulty against human judgments on the dev halves in
// ../shared/data/readability/human/, next to Flesch Reading Ease:
//   German (TextComplexityDE): Pearson r with learners' 1-7 ratings;
//   English (OneStopEnglish): share of same-article pairs ordered by level;
//   English sentence pairs (OneStopEnglish Sentence-Aligned): share of
//   teachers' pairs of one sentence at two levels ordered right, a tie
//   counting half.
// Usage:
//   eval_difficulty [HUMAN_DIR]              prints the figures
//   eval_difficulty --score LANG TEXT        each sentence's difficulty and
//       the document's
//   eval_difficulty --features [HUMAN_DIR]   one TSV row of difficulty
//       features per item (two per sentence pair), for
//       train/difficulty/fit_difficulty.py
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
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

std::vector<std::vector<std::string>> ReadRowsOrExit(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  if (!lesbar::testing::ReadTsvRows(path, &rows)) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(2);
  }
  return rows;
}

// "#" comment lines, a header row, then id, lang, human_score, group, text.
// Paragraph breaks in the text are written as a literal backslash-n.
std::vector<Item> ReadItems(const std::string& path) {
  std::vector<Item> items;
  for (const std::vector<std::string>& columns : ReadRowsOrExit(path)) {
    if (columns.size() < 5) continue;
    Item item{columns[1], columns[3], std::stod(columns[2]), columns[4]};
    for (size_t p = 0; (p = item.text.find("\\n", p)) != std::string::npos;) {
      item.text.replace(p, 2, "\n");
    }
    items.push_back(item);
  }
  return items;
}

struct SentencePair {
  std::string harder;
  std::string easier;
  std::string levels;
};

// "#" comment lines, a header row, then harder, easier, levels.
std::vector<SentencePair> ReadPairs(const std::string& path) {
  std::vector<SentencePair> pairs;
  for (const std::vector<std::string>& columns : ReadRowsOrExit(path)) {
    if (columns.size() < 3) continue;
    pairs.push_back({columns[0], columns[1], columns[2]});
  }
  return pairs;
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

// One side of a sentence pair, read as one unit (a side the segmenter
// splits in two is still one item).
Scored ScoreSentence(lesbar::Analyzer& analyzer, const Item& item) {
  Scored scored = Score(analyzer, item);
  scored.difficulty = lesbar::PredictSentenceDifficulty(scored.stats, "en");
  return scored;
}

// The article (OneStopEnglish group) a sentence comes from, so that the
// fitter's cross-validation keeps an article's sentences and versions on
// one side; "pair<i>" when no version contains it.
std::string ArticleOf(const std::vector<Item>& articles,
                      const std::string& sentence, size_t pair) {
  for (const Item& article : articles) {
    if (article.text.find(sentence) != std::string::npos) return article.group;
  }
  return "pair" + std::to_string(pair);
}

void PrintFeatureRow(const char* set, const Scored& s, const std::string& group,
                     int pair) {
  std::printf("%s\t%s\t%s\t%d\t%g\t%lld", set, s.item->language.c_str(),
              group.c_str(), pair, s.item->human_score,
              static_cast<long long>(s.stats.words));
  for (double f : lesbar::ComputeDifficultyFeatures(s.stats)) {
    std::printf("\t%.9g", f);
  }
  std::printf("\n");
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
  if (argc == 4 && std::string(argv[1]) == "--score") {
    const std::u16string text = lesbar::testing::U16(argv[3]);
    lesbar::AnalyzeOptions options;
    options.language = argv[2];
    lesbar::Analysis analysis;
    if (!analyzer->Analyze(text, options, &analysis).ok()) return 1;
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
      const lesbar::Span& span = analysis.sentences[i];
      std::printf("%.2f  %s\n", analysis.sentence_readability[i].difficulty,
                  lesbar::testing::U8(std::u16string_view(text).substr(
                                          span.start, span.end - span.start))
                      .c_str());
    }
    std::printf("%.2f  (document)\n", analysis.readability.difficulty);
    return 0;
  }
  const std::vector<Item> german =
      ReadItems(dir + "/textcomplexityde-de-dev.tsv");
  const std::vector<Item> english =
      ReadItems(dir + "/onestopenglish-en-dev.tsv");
  std::vector<Scored> german_scored, english_scored;
  for (const Item& item : german)
    german_scored.push_back(Score(*analyzer, item));
  for (const Item& item : english)
    english_scored.push_back(Score(*analyzer, item));
  const std::vector<SentencePair> sentence_pairs =
      ReadPairs(dir + "/onestopenglish-sentpairs-en-dev.tsv");
  // Sides as items: human_score 1 = the harder side, 0 = the easier one.
  std::vector<Item> sides;
  sides.reserve(2 * sentence_pairs.size());
  for (size_t i = 0; i < sentence_pairs.size(); ++i) {
    const std::string group = ArticleOf(english, sentence_pairs[i].harder, i);
    sides.push_back({"en", group, 1, sentence_pairs[i].harder});
    sides.push_back({"en", group, 0, sentence_pairs[i].easier});
  }
  std::vector<Scored> sides_scored;
  for (const Item& item : sides)
    sides_scored.push_back(ScoreSentence(*analyzer, item));

  if (features) {
    // set: tcde (human_score 1-7), ose (1-3 within group = article),
    // pair (1 harder / 0 easier side of sentence pair `pair`); words for
    // the length shrinkage.
    std::printf("set\tlanguage\tgroup\tpair\thuman_score\twords");
    for (const char* name : lesbar::kDifficultyFeatureNames)
      std::printf("\t%s", name);
    std::printf("\n");
    for (const Scored& s : german_scored)
      PrintFeatureRow("tcde", s, s.item->group, -1);
    for (const Scored& s : english_scored)
      PrintFeatureRow("ose", s, s.item->group, -1);
    for (size_t i = 0; i < sides_scored.size(); ++i) {
      const Scored& s = sides_scored[i];
      PrintFeatureRow("pair", s, s.item->group, static_cast<int>(i / 2));
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
  std::printf("  lesbar difficulty     %.3f   (target >= 0.85)\n",
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
  std::printf("  lesbar difficulty     %.1f %%   (target >= 99.5 %%)\n", ours);
  std::printf("  Flesch Reading Ease   %.1f %%\n", theirs);

  // A pair counts 1 when the harder side scores higher, 1/2 on a tie.
  const auto pair_accuracy = [&sides_scored](double (*harder)(const Scored&)) {
    double right = 0;
    for (size_t i = 0; i + 1 < sides_scored.size(); i += 2) {
      const double a = harder(sides_scored[i]);
      const double b = harder(sides_scored[i + 1]);
      right += a > b ? 1.0 : a == b ? 0.5 : 0.0;
    }
    return 100.0 * right / (sides_scored.size() / 2);
  };
  std::printf(
      "English, OneStopEnglish sentence pairs dev (%zu pairs of one sentence "
      "at two levels), pairs ordered, ties half:\n",
      sentence_pairs.size());
  std::printf("  lesbar difficulty     %.1f %%   (target >= 80 %%)\n",
              pair_accuracy([](const Scored& s) { return s.difficulty; }));
  std::printf("  Flesch Reading Ease   %.1f %%\n",
              pair_accuracy([](const Scored& s) { return -s.flesch; }));
  std::printf("  word count            %.1f %%\n",
              pair_accuracy([](const Scored& s) {
                return static_cast<double>(s.stats.words);
              }));
  const auto shown = [&analyzer](const char* text) {
    const Item item{"en", "", 0, text};
    std::printf("  \"%s\" %.2f\n", text,
                ScoreSentence(*analyzer, item).difficulty);
  };
  std::printf("Short English sentences (1-7, 4 = middle):\n");
  shown("Analysts were divided.");
  shown("We believe these medicines can reach patients by 2027.");
  return 0;
}
