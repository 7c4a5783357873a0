// Scores the real name tagger (TagNames, with the German rules) on the dev
// slices: strict span+type F1 per corpus and the calibration of `score`.
// Used by lesbar_eval_ner (npm run eval:ner) and by the trainer, which
// fits the calibration with it.
#ifndef LESBAR_TRAIN_NER_NER_EVALUATION_H_
#define LESBAR_TRAIN_NER_NER_EVALUATION_H_

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "analyses/entities/entities.h"
#include "analyses/entities/name_tagger.h"
#include "training_corpus.h"

namespace lesbar {
namespace training {

struct ScoredName {
  float score;
  bool correct;
  float weight = 1;  // its share in a calibration fit
};

struct CorpusScores {
  // Per type (PER, LOC, ORG, MISC): true positives, false positives,
  // false negatives.
  std::array<std::array<size_t, 3>, 4> counts{};
  std::vector<ScoredName> names;
};

inline std::string SpanText(const LabelledSentence& s, const TagSpan& span) {
  static const char* const kTypes[4] = {"PER", "LOC", "ORG", "MISC"};
  std::string text = kTypes[span.type];
  text += ' ';
  for (size_t k = span.begin; k < span.end; ++k) {
    text += (k > span.begin ? " " : "") + s.words[k];
  }
  return text;
}

// What a dev sentence was tagged with: one tag per word and, at a name's
// first word, the name's score.
struct TaggedSentence {
  std::vector<int> tags;
  std::vector<float> scores;
};

// Tag index (PER 0, LOC 1, ORG 2, MISC 3) of a name entity, -1 for values.
inline int NameTypeIndex(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 0;
    case EntityType::kLocation:
      return 1;
    case EntityType::kOrganization:
      return 2;
    case EntityType::kMisc:
      return 3;
    default:
      return -1;
  }
}

// Writes the names among `entities` as tags over the words whose tokens
// are `tokens[first, last)` (entities are ordered and end on token ends).
inline void TagWords(const std::vector<Entity>& entities,
                     const std::vector<Token>& tokens, size_t first,
                     size_t last, TaggedSentence* out) {
  out->tags.assign(last - first, 0);
  out->scores.assign(last - first, 0);
  size_t t = first;
  for (const Entity& entity : entities) {
    const int type = NameTypeIndex(entity.type);
    if (type < 0 || entity.end <= tokens[first].start ||
        entity.start >= tokens[last - 1].end) {
      continue;
    }
    while (t < last && tokens[t].start < entity.start) ++t;
    if (t < last) out->scores[t - first] = entity.score;
    for (size_t k = t; k < last && tokens[k].end <= entity.end; ++k) {
      out->tags[k - first] = 1 + 2 * type + (k == t ? 0 : 1);
    }
  }
}

// The kind the tokenizer would give a gold word, near enough for the passes
// that skip punctuation or read numbers (the tagger itself ignores kinds).
inline TokenKind KindOfWord(std::u16string_view word) {
  bool digits = true, punctuation = true;
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    if (u_isalpha(c)) return TokenKind::kWord;
    digits &= u_isdigit(c) || c == u'.' || c == u',' || c == u':';
    punctuation &= u_ispunct(c) != 0;
  }
  return digits        ? TokenKind::kNumber
         : punctuation ? TokenKind::kPunct
                       : TokenKind::kSymbol;
}

// `sentences` as one text, a line per sentence, with a token per word;
// `sentence_spans` and `first_tokens` get each sentence's span and first token.
inline std::u16string JoinSentences(const LabelledSentence* const* sentences,
                                    size_t count, std::vector<Token>* tokens,
                                    std::vector<Span>* sentence_spans,
                                    std::vector<size_t>* first_tokens) {
  std::u16string text;
  for (size_t s = 0; s < count; ++s) {
    if (s > 0) text += u'\n';
    const int32_t sentence_start = static_cast<int32_t>(text.size());
    first_tokens->push_back(tokens->size());
    for (const std::string& word : sentences[s]->words) {
      if (static_cast<int32_t>(text.size()) > sentence_start) text += u' ';
      const int32_t start = static_cast<int32_t>(text.size());
      text += Utf16(word);
      const std::u16string_view added = std::u16string_view(text).substr(start);
      tokens->push_back(
          {start, static_cast<int32_t>(text.size()), KindOfWord(added)});
    }
    sentence_spans->push_back(
        {sentence_start, static_cast<int32_t>(text.size())});
  }
  first_tokens->push_back(tokens->size());
  return text;
}

// The name tagger alone on each sentence: what the trainer optimises.
inline TaggedSentence TagWithTagger(const LabelledSentence& sentence) {
  std::vector<Token> tokens;
  std::vector<Span> spans;
  std::vector<size_t> first_tokens;
  const LabelledSentence* one = &sentence;
  const std::u16string text =
      JoinSentences(&one, 1, &tokens, &spans, &first_tokens);
  TaggedSentence out;
  TagWords(TagNames(text, tokens, spans, sentence.language), tokens, 0,
           tokens.size(), &out);
  return out;
}

// The whole entity analysis (tagger, rules, whole-text passes) on texts of
// `sentences_per_text` consecutive sentences of one corpus, as a user's
// pasted article would be analysed: the passes that look across sentences
// see neighbours (a slice is consecutive sentences of its corpus).
inline std::vector<TaggedSentence> TagWithPipeline(
    const std::vector<LabelledSentence>& sentences, size_t sentences_per_text) {
  std::vector<TaggedSentence> out(sentences.size());
  std::vector<const LabelledSentence*> group;
  size_t group_start = 0;
  auto flush = [&] {
    if (group.empty()) return;
    std::vector<Token> tokens;
    std::vector<Span> spans;
    std::vector<size_t> first_tokens;
    const std::u16string text = JoinSentences(group.data(), group.size(),
                                              &tokens, &spans, &first_tokens);
    std::vector<Entity> entities;
    std::vector<EntityCluster> clusters;
    FindEntities(text, tokens, spans, group[0]->language, &entities, &clusters);
    for (size_t s = 0; s < group.size(); ++s) {
      TagWords(entities, tokens, first_tokens[s], first_tokens[s + 1],
               &out[group_start + s]);
    }
    group.clear();
  };
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!group.empty() && (group.size() == sentences_per_text ||
                           sentences[i].corpus != group[0]->corpus)) {
      flush();
    }
    if (group.empty()) group_start = i;
    group.push_back(&sentences[i]);
  }
  flush();
  return out;
}

// Scores `tagged` (one per sentence) against the gold tags; `errors` (when
// given) receives one line per wrong or missed name.
inline std::map<std::string, CorpusScores> Score(
    const std::vector<LabelledSentence>& sentences,
    const std::vector<TaggedSentence>& tagged,
    std::vector<std::string>* errors = nullptr) {
  std::map<std::string, CorpusScores> out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const LabelledSentence& sentence = sentences[i];
    CorpusScores& corpus = out[sentence.corpus];
    const std::vector<TagSpan> gold = SpansOf(sentence.tags);
    const std::vector<TagSpan> predicted = SpansOf(tagged[i].tags);
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
      corpus.names.push_back({tagged[i].scores[p.begin], correct});
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

// The name tagger alone, sentence by sentence.
inline std::map<std::string, CorpusScores> Evaluate(
    const std::vector<LabelledSentence>& sentences,
    std::vector<std::string>* errors = nullptr) {
  std::vector<TaggedSentence> tagged;
  tagged.reserve(sentences.size());
  for (const LabelledSentence& s : sentences)
    tagged.push_back(TagWithTagger(s));
  return Score(sentences, tagged, errors);
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
// each name counted by its weight, reduced to at most `max_points` knots of
// a piecewise-linear map.
inline std::vector<std::pair<float, float>> FitCalibration(
    std::vector<ScoredName> names, size_t max_points) {
  std::sort(names.begin(), names.end(),
            [](const ScoredName& a, const ScoredName& b) {
              return a.score < b.score;
            });
  struct Block {
    double score_sum, correct_sum, weight;
  };
  double total_weight = 0;
  std::vector<Block> blocks;
  for (const ScoredName& n : names) {
    total_weight += n.weight;
    blocks.push_back(
        {double(n.score) * n.weight, double(n.correct) * n.weight, n.weight});
    while (blocks.size() > 1) {
      const Block& b = blocks.back();
      const Block& a = blocks[blocks.size() - 2];
      if (a.correct_sum / a.weight < b.correct_sum / b.weight) break;
      Block merged{a.score_sum + b.score_sum, a.correct_sum + b.correct_sum,
                   a.weight + b.weight};
      blocks.pop_back();
      blocks.back() = merged;
    }
  }
  // Merge the smallest neighbours until few knots are left: a handful of
  // names per block would fit noise.
  const double min_weight = total_weight / (2 * max_points);
  std::vector<Block> merged;
  for (const Block& b : blocks) {
    if (!merged.empty() && merged.back().weight < min_weight) {
      merged.back().score_sum += b.score_sum;
      merged.back().correct_sum += b.correct_sum;
      merged.back().weight += b.weight;
    } else {
      merged.push_back(b);
    }
  }
  std::vector<std::pair<float, float>> points;
  for (const Block& b : merged) {
    points.emplace_back(static_cast<float>(b.score_sum / b.weight),
                        static_cast<float>(b.correct_sum / b.weight));
  }
  while (points.size() > max_points) {
    points.erase(points.begin() + points.size() / 2);
  }
  return points;
}

}  // namespace training
}  // namespace lesbar

#endif  // LESBAR_TRAIN_NER_NER_EVALUATION_H_
