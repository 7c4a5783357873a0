// Scores the real name tagger (TagNames, with the German rules) on the dev
// slices: strict span+type F1 per corpus and the calibration of `score`.
// Used by lesbar_eval_ner (npm run eval:ner) and by the trainer, which
// fits the calibration with it.
#ifndef LESBAR_TRAIN_NER_NER_EVALUATION_H_
#define LESBAR_TRAIN_NER_NER_EVALUATION_H_

#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "analyses/entities/name_tagger.h"
#include "training_corpus.h"

namespace lesbar {
namespace training {

struct ScoredName {
  float score;
  bool correct;
};

struct CorpusScores {
  // Per type (PER, LOC, ORG, MISC): true positives, false positives,
  // false negatives.
  std::array<std::array<size_t, 3>, 4> counts{};
  std::vector<ScoredName> names;
};

// The tags TagNames gives the sentence's words, joined by spaces into one
// text as the analyzer would see them; the entities' scores go to `scores`
// (indexed by the name's first word).
inline std::vector<int> TagSentence(const LabelledSentence& sentence,
                                    std::vector<float>* scores) {
  std::u16string text;
  std::vector<Token> tokens;
  for (const std::string& word : sentence.words) {
    if (!text.empty()) text += u' ';
    const int32_t start = static_cast<int32_t>(text.size());
    text += Utf16(word);
    tokens.push_back(
        {start, static_cast<int32_t>(text.size()), TokenKind::kWord});
  }
  const std::vector<Span> sentences = {{0, static_cast<int32_t>(text.size())}};
  std::vector<int> tags(tokens.size(), 0);
  scores->assign(tokens.size(), 0);
  size_t t = 0;
  for (const Entity& entity :
       TagNames(text, tokens, sentences, sentence.language)) {
    while (t < tokens.size() && tokens[t].start < entity.start) ++t;
    const int type = entity.type == EntityType::kPerson         ? 0
                     : entity.type == EntityType::kLocation     ? 1
                     : entity.type == EntityType::kOrganization ? 2
                                                                : 3;
    if (t < tokens.size()) (*scores)[t] = entity.score;
    for (size_t k = t; k < tokens.size() && tokens[k].end <= entity.end; ++k) {
      tags[k] = 1 + 2 * type + (k == t ? 0 : 1);
    }
  }
  return tags;
}

inline std::string SpanText(const LabelledSentence& s, const TagSpan& span) {
  static const char* const kTypes[4] = {"PER", "LOC", "ORG", "MISC"};
  std::string text = kTypes[span.type];
  text += ' ';
  for (size_t k = span.begin; k < span.end; ++k) {
    text += (k > span.begin ? " " : "") + s.words[k];
  }
  return text;
}

// `errors` (when given) receives one line per wrong or missed name.
inline std::map<std::string, CorpusScores> Evaluate(
    const std::vector<LabelledSentence>& sentences,
    std::vector<std::string>* errors = nullptr) {
  std::map<std::string, CorpusScores> out;
  std::vector<float> scores;
  for (const LabelledSentence& sentence : sentences) {
    CorpusScores& corpus = out[sentence.corpus];
    const std::vector<int> predicted_tags = TagSentence(sentence, &scores);
    const std::vector<TagSpan> gold = SpansOf(sentence.tags);
    const std::vector<TagSpan> predicted = SpansOf(predicted_tags);
    for (const TagSpan& p : predicted) {
      // A corpus that does not annotate MISC names cannot say whether a
      // MISC name is right.
      if (p.type == 3 && !sentence.has_misc) continue;
      const bool correct = std::find(gold.begin(), gold.end(), p) != gold.end();
      ++corpus.counts[p.type][correct ? 0 : 1];
      if (errors && !correct) {
        errors->push_back(sentence.corpus + "\twrong\t" +
                          SpanText(sentence, p));
      }
      corpus.names.push_back({scores[p.begin], correct});
    }
    for (const TagSpan& g : gold) {
      if (std::find(predicted.begin(), predicted.end(), g) == predicted.end()) {
        ++corpus.counts[g.type][2];
        if (errors) {
          errors->push_back(sentence.corpus + "\tmissed\t" +
                            SpanText(sentence, g));
        }
      }
    }
  }
  return out;
}

// Expected calibration error over 10 equal-width bins of score: the
// names' weighted mean gap between score and share correct.
inline double ExpectedCalibrationError(const std::vector<ScoredName>& names) {
  constexpr int kBins = 10;
  double sum_score[kBins] = {}, sum_correct[kBins] = {};
  size_t count[kBins] = {};
  for (const ScoredName& n : names) {
    const int bin = std::min(kBins - 1, static_cast<int>(n.score * kBins));
    sum_score[bin] += n.score;
    sum_correct[bin] += n.correct;
    ++count[bin];
  }
  double error = 0;
  for (int b = 0; b < kBins; ++b) {
    if (count[b]) error += std::fabs(sum_score[b] - sum_correct[b]);
  }
  return names.empty() ? 0 : error / names.size();
}

inline double F1(size_t tp, size_t fp, size_t fn) {
  const double p = tp + fp ? double(tp) / (tp + fp) : 0;
  const double r = tp + fn ? double(tp) / (tp + fn) : 0;
  return p + r ? 2 * p * r / (p + r) : 0;
}

inline void PrintScores(const std::map<std::string, CorpusScores>& scores) {
  std::printf("%-14s %6s %6s %6s %6s | %6s %6s %6s | %5s %6s\n", "dev slice",
              "PER", "LOC", "ORG", "MISC", "P", "R", "F1", "ECE", "names");
  for (const auto& [corpus, s] : scores) {
    std::printf("%-14s", corpus.c_str());
    std::array<size_t, 3> total{};
    for (int type = 0; type < 4; ++type) {
      const auto& c = s.counts[type];
      if (c[0] + c[2] == 0) {
        std::printf(" %6s", "-");
      } else {
        std::printf(" %6.1f", 100 * F1(c[0], c[1], c[2]));
      }
      for (int k = 0; k < 3; ++k) total[k] += c[k];
    }
    const double p =
        total[0] + total[1] ? double(total[0]) / (total[0] + total[1]) : 0;
    const double r =
        total[0] + total[2] ? double(total[0]) / (total[0] + total[2]) : 0;
    std::printf(" | %6.1f %6.1f %6.1f | %5.3f %6zu\n", 100 * p, 100 * r,
                100 * F1(total[0], total[1], total[2]),
                ExpectedCalibrationError(s.names), s.names.size());
  }
}

// Isotonic regression (pool adjacent violators) of correctness on score,
// reduced to at most `max_points` knots of a piecewise-linear map.
inline std::vector<std::pair<float, float>> FitCalibration(
    std::vector<ScoredName> names, size_t max_points) {
  std::sort(names.begin(), names.end(),
            [](const ScoredName& a, const ScoredName& b) {
              return a.score < b.score;
            });
  struct Block {
    double score_sum, correct_sum;
    size_t count;
  };
  std::vector<Block> blocks;
  for (const ScoredName& n : names) {
    blocks.push_back({n.score, double(n.correct), 1});
    while (blocks.size() > 1) {
      const Block& b = blocks.back();
      const Block& a = blocks[blocks.size() - 2];
      if (a.correct_sum / a.count < b.correct_sum / b.count) break;
      Block merged{a.score_sum + b.score_sum, a.correct_sum + b.correct_sum,
                   a.count + b.count};
      blocks.pop_back();
      blocks.back() = merged;
    }
  }
  // Merge the smallest neighbours until few knots are left: a handful of
  // names per block would fit noise.
  const size_t min_count = std::max<size_t>(names.size() / (2 * max_points), 1);
  std::vector<Block> merged;
  for (const Block& b : blocks) {
    if (!merged.empty() && merged.back().count < min_count) {
      merged.back().score_sum += b.score_sum;
      merged.back().correct_sum += b.correct_sum;
      merged.back().count += b.count;
    } else {
      merged.push_back(b);
    }
  }
  std::vector<std::pair<float, float>> points;
  for (const Block& b : merged) {
    points.emplace_back(static_cast<float>(b.score_sum / b.count),
                        static_cast<float>(b.correct_sum / b.count));
  }
  while (points.size() > max_points) {
    points.erase(points.begin() + points.size() / 2);
  }
  return points;
}

}  // namespace training
}  // namespace lesbar

#endif  // LESBAR_TRAIN_NER_NER_EVALUATION_H_
