#include "analyses/entities/name_tagger.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "analyses/entities/name_features.h"

// Embedded by scripts/embed-file.mjs from core/analyses/entities/data/.
extern "C" {
extern const unsigned char lesbar_ner_model[];
extern const unsigned long lesbar_ner_model_size;
}

namespace lesbar {
namespace {

// Tag order of the trainer: O, then B-/I- of PER, LOC, ORG, MISC.
constexpr int kNumTags = 9;
constexpr EntityType kTagTypes[4] = {EntityType::kPerson, EntityType::kLocation,
                                     EntityType::kOrganization,
                                     EntityType::kMisc};
constexpr uint32_t kModelVersion = 2;
constexpr size_t kHeaderBytes = 20;
constexpr size_t kLevelBytes = 256 * 4;

bool IsBegin(int tag) { return tag % 2 == 1; }
// I-X only continues B-X or I-X.
bool Allowed(int tag, int previous) {
  return tag == 0 || IsBegin(tag) || previous == tag - 1 || previous == tag;
}

struct NameModel {
  int hash_bits = 0;
  float inverse_temperature = 1;  // tag probabilities: softmax(scores / T)
  float levels[256] = {};
  const int8_t* codes = nullptr;
  bool ok = false;
};

uint32_t ReadU32(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 |
         uint32_t{p[3]} << 24;
}

const NameModel& Model() {
  static const NameModel* model = [] {
    auto* m = new NameModel();
    const unsigned char* bytes = lesbar_ner_model;
    const size_t size = lesbar_ner_model_size;
    if (size < kHeaderBytes + kLevelBytes ||
        std::memcmp(bytes, "LNER", 4) != 0 ||
        ReadU32(bytes + 4) != kModelVersion ||
        ReadU32(bytes + 12) != static_cast<uint32_t>(kNumTags)) {
      return m;
    }
    const uint32_t bits = ReadU32(bytes + 8);
    if (bits < 8 || bits > 24 ||
        size != kHeaderBytes + kLevelBytes + (size_t{1} << bits) * kNumTags) {
      return m;
    }
    float temperature;
    const uint32_t raw_temperature = ReadU32(bytes + 16);
    std::memcpy(&temperature, &raw_temperature, sizeof(float));
    if (!(temperature > 0)) return m;
    m->inverse_temperature = 1.0f / temperature;
    for (int i = 0; i < 256; ++i) {
      const uint32_t raw = ReadU32(bytes + kHeaderBytes + 4 * i);
      std::memcpy(&m->levels[i], &raw, sizeof(float));
    }
    m->hash_bits = static_cast<int>(bits);
    m->codes =
        reinterpret_cast<const int8_t*>(bytes + kHeaderBytes + kLevelBytes);
    m->ok = true;
    return m;
  }();
  return *model;
}

class Decoder {
 public:
  explicit Decoder(const NameModel& model) : model_(model) {}

  const int8_t* RowOf(uint32_t hash) const {
    return model_.codes + size_t{BucketOf(hash, model_.hash_bits)} * kNumTags;
  }

  void AddRow(const int8_t* row, float* scores) const {
    for (int t = 0; t < kNumTags; ++t) scores[t] += model_.levels[row[t] + 128];
  }

  // Greedy decoding of one sentence; fills tags and their probabilities.
  void Decode(const std::vector<NameFeature>& features,
              const std::vector<uint32_t>& offsets,
              const std::vector<std::u32string>& lowers, std::vector<int>* tags,
              std::vector<float>* probabilities) const {
    const size_t n = lowers.size();
    tags->resize(n);
    probabilities->resize(n);
    int previous = -1, before_previous = -1;
    for (size_t i = 0; i < n; ++i) {
      // The weight table is larger than the caches: ask for the next
      // word's rows while this word is scored.
      if (i + 1 < n) {
        for (uint32_t f = offsets[i + 1]; f < offsets[i + 2]; ++f) {
          __builtin_prefetch(RowOf(features[f].hash));
        }
      }
      float scores[kNumTags] = {};
      for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
        AddRow(RowOf(features[f].hash), scores);
      }
      for (uint32_t dynamic :
           {kFeaturePrevTag, kFeaturePrevTags, kFeaturePrevTagLower}) {
        AddRow(RowOf(TagFeatureHash(dynamic, previous, before_previous,
                                    lowers[i])),
               scores);
      }
      int best = 0;
      float best_score = -INFINITY;
      for (int t = 0; t < kNumTags; ++t) {
        if (scores[t] > best_score && Allowed(t, previous)) {
          best = t;
          best_score = scores[t];
        }
      }
      // Only name tokens need a probability (for the entity's score).
      float total = best == 0 ? 1 : 0;
      for (int t = 0; t < kNumTags && best != 0; ++t) {
        if (Allowed(t, previous)) {
          total += std::exp((scores[t] - best_score) *
                            model_.inverse_temperature);
        }
      }
      (*tags)[i] = best;
      (*probabilities)[i] = 1.0f / total;
      before_previous = previous;
      previous = best;
    }
  }

 private:
  const NameModel& model_;
};

void AppendEntities(const std::vector<Token>& tokens, size_t first,
                    const std::vector<int>& tags,
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
    float sum = 0;
    for (size_t k = i; k < end; ++k) sum += probabilities[k];
    Entity entity;
    entity.start = tokens[first + i].start;
    entity.end = tokens[first + end - 1].end;
    entity.type = kTagTypes[type_index];
    entity.score = sum / static_cast<float>(end - i);
    out->push_back(entity);
    i = end;
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
  Decoder decoder(model);
  NameFeatureExtractor extractor;
  std::vector<std::u16string_view> words;
  std::vector<NameFeature> features;
  std::vector<uint32_t> offsets;
  std::vector<int> tags;
  std::vector<float> probabilities;
  size_t next = 0;
  for (const Span& sentence : sentences) {
    while (next < tokens.size() && tokens[next].start < sentence.start) ++next;
    const size_t first = next;
    words.clear();
    while (next < tokens.size() && tokens[next].end <= sentence.end) {
      const Token& token = tokens[next];
      words.push_back(text.substr(token.start, token.end - token.start));
      ++next;
    }
    if (words.empty()) continue;
    extractor.Extract(words, language, &features, &offsets);
    decoder.Decode(features, offsets, extractor.lowers(), &tags,
                   &probabilities);
    AppendEntities(tokens, first, tags, probabilities, &entities);
  }
  return entities;
}

}  // namespace lesbar
