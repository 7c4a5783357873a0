#include "analyses/entities/name_tagger.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "analyses/entities/german_name_rules.h"
#include "analyses/entities/name_features.h"
#include "platform/assets.h"

namespace lesbar {
namespace {

// Tag order of the trainer: O, then B-/I- of PER, LOC, ORG, MISC.
constexpr int kNumTags = 9;
constexpr EntityType kTagTypes[4] = {EntityType::kPerson, EntityType::kLocation,
                                     EntityType::kOrganization,
                                     EntityType::kMisc};
constexpr uint32_t kModelVersion = 5;
// Guards for bad input, so memory and time stay linear and small: a run of
// tokens without a sentence end is tagged in windows of this many tokens,
// and only the first kMaxWordUnits code units of a token are read (no name
// is that long; a 50 MB "word" would otherwise be copied four times).
constexpr size_t kMaxWindowTokens = 256;
constexpr size_t kMaxWordUnits = 64;
constexpr size_t kHeaderBytes = 20;

bool IsBegin(int tag) { return tag % 2 == 1; }
// I-X only continues B-X or I-X.
bool Allowed(int tag, int previous) {
  return tag == 0 || IsBegin(tag) || previous == tag - 1 || previous == tag;
}

struct NameModel {
  int hash_bits = 0;
  float inverse_temperature = 1;  // tag probabilities: softmax(scores / T)
  // Block floating point (see train_ner.py): the weight of tag t in bucket
  // b is codes[b * kNumTags + t] * 2^exponents[b].
  const int8_t* exponents = nullptr;
  const int16_t* codes = nullptr;
  float powers_of_two[256] = {};  // 2^e at e + 128
  bool ok = false;
};

uint32_t ReadU32(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 |
         uint32_t{p[3]} << 24;
}

const NameModel& Model() {
  // Parsed on the first call after the entity asset is registered: parsing
  // the empty section would cache "no model" for good.
  static const NameModel* no_model = new NameModel();
  if (!EntityAssetLoaded()) return *no_model;
  static const NameModel* model = [] {
    auto* m = new NameModel();
    const std::string_view section = AssetSection("ner_model");
    const auto* bytes = reinterpret_cast<const unsigned char*>(section.data());
    const size_t size = section.size();
    if (size < kHeaderBytes || std::memcmp(bytes, "LNER", 4) != 0 ||
        ReadU32(bytes + 4) != kModelVersion ||
        ReadU32(bytes + 12) != static_cast<uint32_t>(kNumTags)) {
      return m;
    }
    const uint32_t bits = ReadU32(bytes + 8);
    const size_t buckets = size_t{1} << (bits & 31);
    if (bits < 8 || bits > 24 ||
        size != kHeaderBytes + buckets + buckets * kNumTags * 2) {
      return m;
    }
    float temperature;
    const uint32_t raw_temperature = ReadU32(bytes + 16);
    std::memcpy(&temperature, &raw_temperature, sizeof(float));
    if (!(temperature > 0)) return m;
    m->inverse_temperature = 1.0f / temperature;
    for (int e = -128; e < 128; ++e) {
      m->powers_of_two[e + 128] = std::ldexp(1.0f, e);
    }
    m->hash_bits = static_cast<int>(bits);
    m->exponents = reinterpret_cast<const int8_t*>(bytes + kHeaderBytes);
    // Little-endian int16s at an even offset of 16-byte aligned data; wasm
    // and every target lesbar builds for are little-endian.
    m->codes = reinterpret_cast<const int16_t*>(bytes + kHeaderBytes + buckets);
    m->ok = true;
    return m;
  }();
  return *model;
}

// First-order Viterbi over one sentence: a word's score for tag t after
// tag p is the sum of its static feature rows plus the rows of the two
// transition features from p (the trainer's local_scores()).
class Decoder {
 public:
  Decoder(const NameModel& model, std::string_view language)
      : model_(model), language_(language) {
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
    __builtin_prefetch(model_.codes + size_t{bucket} * kNumTags);
  }

  void AddRow(uint32_t bucket, float* scores) const {
    const float unit = model_.powers_of_two[model_.exponents[bucket] + 128];
    const int16_t* row = model_.codes + size_t{bucket} * kNumTags;
    for (int t = 0; t < kNumTags; ++t) scores[t] += row[t] * unit;
  }

  // Fills the best tags of the sentence and, per word, the probability of
  // its tag given the tag before it.
  void Decode(const NameFeatureExtractor& words,
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
    uint32_t lower_hashes[kPreviousTagSlots];
    for (size_t i = 0; i < n; ++i) {
      // The weight table is larger than the caches: ask for the next
      // word's rows while this word is scored.
      if (i + 1 < n) {
        for (uint32_t f = offsets[i + 1]; f < offsets[i + 2]; ++f) {
          Prefetch(RowOf(features[f].hash));
        }
      }
      float static_scores[kNumTags] = {};
      for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
        AddRow(RowOf(features[f].hash), static_scores);
      }
      PreviousTagLowerHashes(language_, lowers[i], lower_hashes);
      const auto& class_rows = previous_tag_rows_[words.transition_class(i)];
      // At the start only the slot of "no previous tag" (-1) is possible.
      const int first_slot = i == 0 ? 0 : 1;
      const int last_slot = i == 0 ? 1 : kPreviousTagSlots;
      for (int slot = first_slot; slot < last_slot; ++slot) {
        float* local = Local(i, slot);
        for (int t = 0; t < kNumTags; ++t) {
          local[t] = static_scores[t] + class_rows[slot][t];
        }
        AddRow(RowOf(lower_hashes[slot]), local);  // -inf stays -inf
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
    for (size_t i = 0; i < n; ++i) {
      const int chosen = (*tags)[i];
      // Only name words need a probability (for the entity's score).
      if (chosen == 0) {
        (*probabilities)[i] = 1;
        continue;
      }
      const float* local = Local(i, i == 0 ? 0 : (*tags)[i - 1] + 1);
      float total = 0;
      for (int t = 0; t < kNumTags; ++t) {
        if (local[t] != -INFINITY) {
          total +=
              std::exp((local[t] - local[chosen]) * model_.inverse_temperature);
        }
      }
      (*probabilities)[i] = 1.0f / total;
    }
  }

 private:
  float* Local(size_t word, int slot) {
    return local_.data() + (word * kPreviousTagSlots + slot) * kNumTags;
  }

  const NameModel& model_;
  std::string_view language_;
  float previous_tag_rows_[kWordClasses][kPreviousTagSlots][kNumTags];
  // Per word and previous-tag slot, the scores of the word's tags.
  std::vector<float> local_;
  std::vector<uint8_t> back_;  // best previous tag per word and tag
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
    if (lexicon != 'N' && lexicon != 'H') return false;
    if (type == EntityType::kPerson && words.in_person_names(k)) return false;
    if (type == EntityType::kLocation && words.in_place_names(k)) return false;
  }
  return true;
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
    if (begin == end) {
      i = run_end;
      continue;
    }
    if (german && type == EntityType::kPerson &&
        OnlyCommonNouns(words, begin, end, type)) {
      i = run_end;
      continue;
    }
    float sum = 0;
    for (size_t k = begin; k < end; ++k) sum += probabilities[k];
    Entity entity;
    entity.start = tokens[first + begin].start;
    // A token's own period is an abbreviation's ("Hauptstr."): lesbar's
    // tokenizer splits a sentence's full stop off.
    entity.end = tokens[first + end - 1].end;
    entity.type = type;
    entity.score = sum / static_cast<float>(end - begin);
    out->push_back(entity);
    i = run_end;
  }
}

}  // namespace

bool NameModelLoaded() { return Model().ok; }

std::vector<Entity> TagNames(std::u16string_view text,
                             const std::vector<Token>& tokens,
                             const std::vector<Span>& sentences,
                             std::string_view language) {
  std::vector<Entity> entities;
  const NameModel& model = Model();
  if (!model.ok) return entities;
  Decoder decoder(model, language);
  NameFeatureExtractor extractor;
  std::vector<std::u16string_view> words;
  std::vector<NameFeature> features;
  std::vector<uint32_t> offsets;
  std::vector<int> tags;
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
        size_t length = static_cast<size_t>(token.end - token.start);
        if (length > kMaxWordUnits) {
          length = kMaxWordUnits;
          if (U16_IS_LEAD(text[token.start + length - 1])) --length;
        }
        words.push_back(text.substr(token.start, length));
        ++next;
      }
      extractor.Extract(words, language, &features, &offsets);
      decoder.Decode(extractor, features, offsets, &tags, &probabilities);
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
                     probabilities, &entities);
    }
  }
  return entities;
}

}  // namespace lesbar
