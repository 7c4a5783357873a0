#include "analyses/entities/name_tagger.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "analyses/entities/german_name_rules.h"
#include "analyses/entities/name_features.h"
#include "analyses/entities/name_model.h"
#include "features/lexicon/noun_lexicon.h"
#include "platform/assets.h"

namespace lesbar {
namespace {

// Tag order of the trainer: O, then B-/I- of PER, LOC, ORG, MISC.
constexpr int kNumTags = kNameTags;
constexpr EntityType kTagTypes[4] = {EntityType::kPerson, EntityType::kLocation,
                                     EntityType::kOrganization,
                                     EntityType::kMisc};
// Guards for bad input, so memory and time stay linear and small: a run of
// tokens without a sentence end is tagged in windows of this many tokens.
constexpr size_t kMaxWindowTokens = 256;
// Bounds of the decoder's table of distinct words (about 400 bytes each).
constexpr size_t kMinCachedWords = 64;
constexpr size_t kMaxCachedWords = 2048;

bool IsBegin(int tag) { return tag % 2 == 1; }
// I-X only continues B-X or I-X.
bool Allowed(int tag, int previous) {
  return tag == 0 || IsBegin(tag) || previous == tag - 1 || previous == tag;
}

struct LoadedModel {
  NameModel model;
  bool ok = false;
  bool tried = false;
};

LoadedModel& Loaded() {
  static LoadedModel* loaded = new LoadedModel();
  // Parsed on the first call after the entity asset is registered: parsing
  // the empty section would cache "no model" for good.
  if (!loaded->ok && !loaded->tried && EntityAssetLoaded()) {
    loaded->tried = true;
    const std::string_view section = AssetSection("ner_model");
    std::string error;
    loaded->ok =
        ParseNameModel(reinterpret_cast<const unsigned char*>(section.data()),
                       section.size(), &loaded->model, &error);
  }
  return *loaded;
}

const NameModel* Model() {
  const LoadedModel& loaded = Loaded();
  return loaded.ok ? &loaded.model : nullptr;
}

// e^x for x <= 0 to about 1e-7 relative, several times cheaper than
// std::exp in wasm; forward-backward takes 81 of them per word.
inline float NegativeExp(float x) {
  if (!(x > -87.0f)) return 0.0f;
  const float t = x * 1.44269504f;  // log2(e)
  const float whole = std::floor(t);
  const float f = t - whole;
  // 2^f on [0, 1): degree-6 polynomial (Taylor of e^(f ln 2), refit).
  float p = 1.535336188e-4f;
  p = p * f + 1.339887440e-3f;
  p = p * f + 9.618437357e-3f;
  p = p * f + 5.550332471e-2f;
  p = p * f + 2.402264791e-1f;
  p = p * f + 6.931472028e-1f;
  p = p * f + 1.0f;
  int32_t bits;
  std::memcpy(&bits, &p, sizeof bits);
  bits += static_cast<int32_t>(whole) * (int32_t{1} << 23);  // exponent field
  float out;
  std::memcpy(&out, &bits, sizeof out);
  return out;
}

// First-order Viterbi over one sentence: a word's score for tag t after
// tag p is the sum of its static feature rows plus the rows of the two
// transition features from p (the trainer's local_scores()).
class Decoder {
 public:
  Decoder(const NameModel& model, std::string_view language, size_t tokens)
      : model_(model), language_(language) {
    // Sized to the text: a short text does not pay for a large table.
    size_t capacity = kMinCachedWords;
    while (capacity < kMaxCachedWords && capacity * 4 < tokens) capacity *= 2;
    word_cache_.resize(capacity);
    // The rows of the previous tag, alone and with the word's class, do
    // not depend on the word itself: add them up once, with -inf for the
    // tags that may not follow the previous one.
    for (int word_class = 0; word_class < kWordClasses; ++word_class) {
      for (int slot = 0; slot < kPreviousTagSlots; ++slot) {
        float* row = previous_tag_rows_[word_class][slot];
        std::fill(row, row + kNumTags, 0.0f);
        for (uint32_t offset : {LanguageOffset(language), kSharedOffset}) {
          AddRow(RowOf(PreviousTagHash(offset, slot - 1)), row);
          AddRow(RowOf(PreviousTagClassHash(offset, word_class, slot - 1)),
                 row);
        }
        for (int t = 0; t < kNumTags; ++t) {
          if (!Allowed(t, slot - 1)) row[t] = -INFINITY;
        }
      }
    }
  }

  uint32_t RowOf(uint32_t hash) const {
    return BucketOf(hash, model_.hash_bits);
  }

  void Prefetch(uint32_t bucket) const {
    __builtin_prefetch(model_.RowAddress(bucket));
  }

  void AddRow(uint32_t bucket, float* scores) const {
    model_.AddRow(bucket, scores);
  }

  // Fills the best tags of the sentence and, per word, the probability of
  // its tag given the tag before it.
  void Decode(const std::vector<std::u16string_view>& word_texts,
              const NameFeatureExtractor& words,
              const std::vector<NameFeature>& features,
              const std::vector<uint32_t>& offsets, std::vector<int>* tags,
              std::vector<float>* probabilities) {
    const std::vector<std::u32string>& lowers = words.lowers();
    const size_t n = lowers.size();
    tags->resize(n);
    probabilities->resize(n);
    if (n == 0) return;
    local_.resize(n * kPreviousTagSlots * kNumTags);
    back_.resize(n * kNumTags);
    float best[kNumTags], next_best[kNumTags];
    for (size_t i = 0; i < n; ++i) {
      // The weight table is larger than the caches: ask for the next
      // word's rows while this word is scored.
      if (i + 1 < n) {
        for (uint32_t f = offsets[i + 1]; f < offsets[i + 2]; ++f) {
          Prefetch(RowOf(features[f].hash));
        }
      }
      const CachedWord& cached =
          WordScores(word_texts[i], lowers[i], words, features, offsets[i], i);
      float static_scores[kNumTags];
      std::copy(cached.own_rows, cached.own_rows + kNumTags, static_scores);
      for (uint32_t f = words.context_start(i); f < offsets[i + 1]; ++f) {
        AddRow(RowOf(features[f].hash), static_scores);
      }
      const auto& class_rows = previous_tag_rows_[words.transition_class(i)];
      // At the start only the slot of "no previous tag" (-1) is possible.
      const int first_slot = i == 0 ? 0 : 1;
      const int last_slot = i == 0 ? 1 : kPreviousTagSlots;
      for (int slot = first_slot; slot < last_slot; ++slot) {
        float* local = Local(i, slot);
        const float* lower_row = cached.lower_rows[slot];
        for (int t = 0; t < kNumTags; ++t) {
          local[t] = static_scores[t] + class_rows[slot][t];
          local[t] += lower_row[t];  // -inf stays -inf
        }
      }
      if (i == 0) {
        std::copy(Local(0, 0), Local(0, 0) + kNumTags, best);
        continue;
      }
      for (int t = 0; t < kNumTags; ++t) {
        int arg = 0;
        float value = -INFINITY;
        for (int p = 0; p < kNumTags; ++p) {
          const float v = best[p] + Local(i, p + 1)[t];
          if (v > value) {
            arg = p;
            value = v;
          }
        }
        next_best[t] = value;
        back_[i * kNumTags + t] = static_cast<uint8_t>(arg);
      }
      std::copy(next_best, next_best + kNumTags, best);
    }
    int tag = static_cast<int>(std::max_element(best, best + kNumTags) - best);
    for (size_t i = n; i-- > 0;) {
      (*tags)[i] = tag;
      if (i > 0) tag = back_[i * kNumTags + tag];
    }
    Marginals(*tags, probabilities);
  }

  // The rows that depend on the word alone, summed once per distinct word
  // of the text: news repeats its words, and every row is a likely cache
  // miss in a table larger than the caches.
  struct CachedWord {
    std::u16string_view text;
    bool filled = false;
    float own_rows[kNumTags];  // the word's own features, summed
    float lower_rows[kPreviousTagSlots][kNumTags];  // previous tag x word
  };

  const CachedWord& WordScores(std::u16string_view text,
                               const std::u32string& lower,
                               const NameFeatureExtractor& words,
                               const std::vector<NameFeature>& features,
                               uint32_t first_feature, size_t i) {
    uint32_t hash = 2166136261u;
    for (char16_t c : text) hash = (hash ^ c) * 16777619u;
    CachedWord& entry = word_cache_[hash & (word_cache_.size() - 1)];
    if (entry.filled && entry.text == text) return entry;
    entry.text = text;
    entry.filled = true;
    std::fill(entry.own_rows, entry.own_rows + kNumTags, 0.0f);
    for (uint32_t f = first_feature; f < words.context_start(i); ++f) {
      AddRow(RowOf(features[f].hash), entry.own_rows);
    }
    uint32_t lower_hashes[kPreviousTagSlots];
    PreviousTagLowerHashes(language_, lower, lower_hashes);
    for (int slot = 0; slot < kPreviousTagSlots; ++slot) {
      std::fill(entry.lower_rows[slot], entry.lower_rows[slot] + kNumTags,
                0.0f);
      AddRow(RowOf(lower_hashes[slot]), entry.lower_rows[slot]);
    }
    return entry;
  }

  // The probability, under softmax(scores / T) over whole tag sequences,
  // that the words [begin, end) are exactly one name of the decoded type
  // (forward-backward with the spans' own path; valid after Decode).
  float SpanProbability(size_t begin, size_t end,
                        const std::vector<int>& tags) const {
    const size_t n = tags.size();
    const int begin_tag = tags[begin];
    const int inside_tag = begin_tag + 1;
    double p = forward_[begin * kNumTags + begin_tag];
    for (size_t k = begin + 1; k < end; ++k) {
      p *= Potential(k, k == begin + 1 ? begin_tag : inside_tag, inside_tag) /
           scale_[k];
    }
    if (end < n) {
      const int last = end - 1 == begin ? begin_tag : inside_tag;
      double rest = 0;
      for (int t = 0; t < kNumTags; ++t) {
        if (t != inside_tag) {
          rest += Potential(end, last, t) * backward_[end * kNumTags + t];
        }
      }
      p *= rest / scale_[end];
    }
    return static_cast<float>(std::min(1.0, std::max(0.0, p)));
  }

 private:
  // exp(score / T) of tag t after tag `previous` at word i, shifted by
  // the word's largest score (the shift cancels in the normalisation).
  double Potential(size_t i, int previous, int t) const {
    return potentials_[(i * kNumTags + previous) * kNumTags + t];
  }

  // Forward-backward with per-word scaling; fills every word's marginal
  // probability of its decoded tag.
  void Marginals(const std::vector<int>& tags,
                 std::vector<float>* probabilities) {
    const size_t n = tags.size();
    bool any_name = false;
    for (int tag : tags) any_name |= tag != 0;
    if (!any_name) {
      std::fill(probabilities->begin(), probabilities->end(), 1.0f);
      return;
    }
    const float beta = model_.inverse_temperature;
    potentials_.resize(n * kNumTags * kNumTags);
    forward_.resize(n * kNumTags);
    backward_.resize(n * kNumTags);
    scale_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      // At the start only the slot of "no previous tag" is used.
      const int first_slot = i == 0 ? 0 : 1;
      const int last_slot = i == 0 ? 1 : kPreviousTagSlots;
      float top = -INFINITY;
      for (int slot = first_slot; slot < last_slot; ++slot) {
        const float* local = Local(i, slot);
        for (int t = 0; t < kNumTags; ++t) top = std::max(top, local[t]);
      }
      for (int p = 0; p < kNumTags; ++p) {
        // At the start every "previous" row is the start row.
        const float* local = Local(i, i == 0 ? 0 : p + 1);
        double* out = &potentials_[(i * kNumTags + p) * kNumTags];
        for (int t = 0; t < kNumTags; ++t) {
          out[t] = local[t] == -INFINITY ? 0.0
                                         : NegativeExp((local[t] - top) * beta);
        }
      }
    }
    double total = 0;
    for (int t = 0; t < kNumTags; ++t) {
      forward_[t] = Potential(0, 0, t);
      total += forward_[t];
    }
    scale_[0] = total;
    for (int t = 0; t < kNumTags; ++t) forward_[t] /= total;
    for (size_t i = 1; i < n; ++i) {
      total = 0;
      for (int t = 0; t < kNumTags; ++t) {
        double sum = 0;
        for (int p = 0; p < kNumTags; ++p) {
          sum += forward_[(i - 1) * kNumTags + p] * Potential(i, p, t);
        }
        forward_[i * kNumTags + t] = sum;
        total += sum;
      }
      scale_[i] = total > 0 ? total : 1;
      for (int t = 0; t < kNumTags; ++t)
        forward_[i * kNumTags + t] /= scale_[i];
    }
    for (int t = 0; t < kNumTags; ++t) backward_[(n - 1) * kNumTags + t] = 1;
    for (size_t i = n - 1; i-- > 0;) {
      for (int p = 0; p < kNumTags; ++p) {
        double sum = 0;
        for (int t = 0; t < kNumTags; ++t) {
          sum += Potential(i + 1, p, t) * backward_[(i + 1) * kNumTags + t];
        }
        backward_[i * kNumTags + p] = sum / scale_[i + 1];
      }
    }
    for (size_t i = 0; i < n; ++i) {
      const int t = tags[i];
      (*probabilities)[i] = static_cast<float>(std::min(
          1.0, forward_[i * kNumTags + t] * backward_[i * kNumTags + t]));
    }
  }

  float* Local(size_t word, int slot) {
    return local_.data() + (word * kPreviousTagSlots + slot) * kNumTags;
  }

  const NameModel& model_;
  std::string_view language_;
  float previous_tag_rows_[kWordClasses][kPreviousTagSlots][kNumTags];
  // Per word and previous-tag slot, the scores of the word's tags.
  std::vector<float> local_;
  std::vector<uint8_t> back_;           // best previous tag per word and tag
  std::vector<CachedWord> word_cache_;  // direct-mapped, a power of two
  std::vector<double> potentials_, forward_, backward_, scale_;
};

// German capitalises every noun, and a tagger trained on little news text
// still calls a few of them persons. A person made only of words the
// lexicon knows as common nouns, none of them in the name lists, is dropped.
// (The same rule for places cost 7 F1 points of GermEval LOC: street and
// landscape names are compounds of common nouns.)
bool OnlyCommonNouns(const NameFeatureExtractor& words, size_t begin,
                     size_t end, EntityType type) {
  for (size_t k = begin; k < end; ++k) {
    const char lexicon = words.lexicon_class(k);
    if (!IsCommonNounClass(lexicon)) return false;
    if (type == EntityType::kPerson && words.in_person_names(k)) return false;
    if (type == EntityType::kLocation && words.in_place_names(k)) return false;
  }
  return true;
}

// Word k is a name's genitive ("Lagardes", not the given name "Julius")
// and word k + 1 a common noun that is no family name ("Kurs", not
// "Streicher").
bool GenitiveBeforeCommonNoun(const NameFeatureExtractor& words, size_t k) {
  const std::u32string& genitive = words.lowers()[k];
  if (genitive.size() < 3 || genitive.back() != U's') return false;
  if (words.in_given_names(k)) return false;
  const char lexicon = words.lexicon_class(k + 1);
  return IsCommonNounClass(lexicon) && !words.in_family_names(k + 1);
}

// A name is written in letters ("3M" and "A6" hold one): a run of only
// numbers and punctuation ("... !!! 123") is never one, whatever the
// weights say of such rare shapes.
bool HasLetter(std::u16string_view text, const std::vector<Token>& tokens,
               size_t begin, size_t end) {
  for (size_t k = begin; k < end; ++k) {
    for (int32_t i = tokens[k].start; i < tokens[k].end;) {
      UChar32 c;
      U16_NEXT(text.data(), i, tokens[k].end, c);
      if (u_isalpha(c)) return true;
    }
  }
  return false;
}

bool IsEdgePunctuation(std::u16string_view text, const Token& token) {
  if (token.end - token.start != 1) return false;
  switch (text[token.start]) {
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'"':
    case u'\'':
    case u'\u201E':
    case u'\u201C':
    case u'\u201D':
    case u'\u201A':
    case u'\u2018':
    case u'\u2019':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2013':
    case u'\u2014':
      return true;
    default:
      return false;
  }
}

void AppendEntities(std::u16string_view text, const std::vector<Token>& tokens,
                    size_t first, const NameFeatureExtractor& words,
                    bool german, const std::vector<int>& tags,
                    const std::vector<int>& decoded, const Decoder& decoder,
                    const NameModel& model,
                    const std::vector<float>& probabilities,
                    std::vector<Entity>* out) {
  const size_t n = tags.size();
  size_t i = 0;
  while (i < n) {
    if (tags[i] == 0) {
      ++i;
      continue;
    }
    // Decoding allows I-X only after B-X or I-X, so a run starts here.
    const int type_index = (tags[i] - 1) / 2;
    size_t end = i + 1;
    while (end < n && tags[end] == tags[i] + (IsBegin(tags[i]) ? 1 : 0)) ++end;
    const EntityType type = kTagTypes[type_index];
    const size_t run_end = end;
    // Quotation marks and sentence punctuation at the edges of a run are
    // the sentence's, not the name's ("„Russlands", "Berg-Karabach .").
    size_t begin = i;
    while (begin < end && IsEdgePunctuation(text, tokens[first + begin])) {
      ++begin;
    }
    while (end > begin && IsEdgePunctuation(text, tokens[first + end - 1])) {
      --end;
    }
    if (begin == end || !HasLetter(text, tokens, first + begin, first + end)) {
      i = run_end;
      continue;
    }
    if (german && type == EntityType::kPerson &&
        OnlyCommonNouns(words, begin, end, type)) {
      i = run_end;
      continue;
    }
    // "Lagardes Kurs", "Putins Krieg": a German person's genitive before
    // the noun it governs; the noun is not part of the name.
    if (german && type == EntityType::kPerson && end - begin >= 2 &&
        GenitiveBeforeCommonNoun(words, end - 2)) {
      --end;
    }
    // The decoder's probability of exactly this name, if the rules left
    // the run as decoded; else the least sure of its words.
    bool as_decoded = IsBegin(decoded[i]) && decoded[i] == tags[i] &&
                      (run_end == n || decoded[run_end] != tags[i] + 1);
    for (size_t k = i + 1; as_decoded && k < run_end; ++k) {
      as_decoded = decoded[k] == tags[k];
    }
    float probability;
    if (as_decoded) {
      probability = decoder.SpanProbability(i, run_end, decoded);
    } else {
      probability = 1;
      for (size_t k = i; k < run_end; ++k) {
        probability = std::min(probability, probabilities[k]);
      }
    }
    Entity entity;
    entity.start = tokens[first + begin].start;
    // A token's own period is an abbreviation's ("Hauptstr."): lesbar's
    // tokenizer splits a sentence's full stop off.
    entity.end = tokens[first + end - 1].end;
    entity.type = type;
    entity.score =
        model.Calibrated(probability, german ? CalibrationLanguage("de")
                                             : CalibrationLanguage("en"));
    out->push_back(entity);
    i = run_end;
  }
}

}  // namespace

bool NameModelLoaded() { return Model() != nullptr; }

bool UseNameModel(std::string bytes, std::string* error) {
  LoadedModel& loaded = Loaded();
  NameModel model;
  if (!ParseNameModel(reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), &model, error)) {
    return false;
  }
  // The model owns its rows, so the bytes need not stay; moving keeps the
  // rows' buffers and so the pointers into them.
  loaded.model = std::move(model);
  loaded.ok = true;
  return true;
}

std::vector<Entity> TagNames(std::u16string_view text,
                             const std::vector<Token>& tokens,
                             const std::vector<Span>& sentences,
                             std::string_view language) {
  std::vector<Entity> entities;
  const NameModel* model = Model();
  if (model == nullptr) return entities;
  Decoder decoder(*model, language, tokens.size());
  NameFeatureExtractor extractor;
  std::vector<std::u16string_view> words;
  std::vector<NameFeature> features;
  std::vector<uint32_t> offsets;
  std::vector<int> tags, decoded;
  std::vector<float> probabilities;
  std::vector<RuleWord> rule_words;
  size_t next = 0;
  for (const Span& sentence : sentences) {
    while (next < tokens.size() && tokens[next].start < sentence.start) ++next;
    while (next < tokens.size() && tokens[next].end <= sentence.end) {
      const size_t first = next;
      words.clear();
      while (next < tokens.size() && tokens[next].end <= sentence.end &&
             words.size() < kMaxWindowTokens) {
        const Token& token = tokens[next];
        const std::u16string_view word =
            text.substr(token.start, token.end - token.start);
        words.push_back(word.substr(0, TaggedWordLength(word)));
        ++next;
      }
      extractor.Extract(words, language, &features, &offsets);
      decoder.Decode(words, extractor, features, offsets, &tags,
                     &probabilities);
      decoded = tags;
      if (language == "de") {
        rule_words.resize(words.size());
        for (size_t k = 0; k < words.size(); ++k) {
          rule_words[k] = {words[k], extractor.lowers()[k],
                           extractor.lexicon_class(k), extractor.place_mark(k),
                           extractor.in_person_names(k)};
        }
        ApplyGermanNameRules(rule_words, &tags, &probabilities);
      }
      AppendEntities(text, tokens, first, extractor, language == "de", tags,
                     decoded, decoder, *model, probabilities, &entities);
    }
  }
  return entities;
}

}  // namespace lesbar
