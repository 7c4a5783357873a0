// Trains lesbar's name tagger: a structured averaged perceptron (Collins
// 2002) with first-order Viterbi decoding over the features of the core
// itself (core/analyses/entities/name_features.h), so training and run time
// cannot disagree about a feature. Reads the files of train/ner/corpora.py,
// writes the model and the list of words names hold inside.
//
//   lesbar_train_ner --train build/ner/train.txt --dev build/ner/dev-X.txt
//       [--dev ...] --model core/analyses/entities/data/ner_model.bin
//       --inner-words core/analyses/entities/data/name_inner_words.txt
//
// train/ner/README.md has the measurements and the one command that runs
// the whole training (npm run train:ner).

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "analyses/entities/name_features.h"
#include "analyses/entities/name_model.h"
#include "analyses/entities/name_tagger.h"
#include "features/word_list.h"
#include "ner_evaluation.h"
#include "test_util.h"
#include "training_corpus.h"

namespace lesbar {
namespace {

using training::kNumTags;
using training::LabelledSentence;

// Lower-case words the training names hold inside at least this often
// ("Bank of England", "Ursula von der Leyen") keep their word class in the
// transition features; the others get a class of their own, which stops
// English names running on through verbs ("… Sergei Shoigu met Iranian
// President …" as one organisation).
constexpr int kMinInnerWordCount = 2;
constexpr int kLowerCaseOutsideNamesClass = 5;

bool Allowed(int tag, int previous) {
  return tag == 0 || tag % 2 == 1 || previous == tag - 1 || previous == tag;
}

// What the decoder reads of one sentence, as weight-row indices.
struct EncodedSentence {
  std::vector<uint32_t> static_rows;  // of word i: [offsets[i], offsets[i+1])
  std::vector<uint32_t> offsets;
  std::vector<uint8_t> word_classes;
  std::vector<uint32_t> lower_rows;  // kPreviousTagSlots per word
  std::vector<int> gold;
  float weight = 1;
  bool german = false;
};

class Encoder {
 public:
  explicit Encoder(int hash_bits) : hash_bits_(hash_bits) {}

  void set_inner_words(const WordList* list) {
    extractor_.set_inner_words(list);
  }

  // Runs the core's extractor on the sentence's words as TagNames reads
  // them.
  void Extract(const LabelledSentence& sentence) {
    words16_ = training::TrainingWords(sentence);
    views_.assign(words16_.begin(), words16_.end());
    extractor_.Extract(views_, sentence.language, &features_, &offsets_);
  }

  EncodedSentence Encode(const LabelledSentence& sentence) {
    Extract(sentence);
    EncodedSentence out;
    out.weight = sentence.weight;
    out.german = sentence.language == "de";
    out.gold = sentence.tags;
    out.offsets = offsets_;
    out.static_rows.reserve(features_.size());
    for (const NameFeature& f : features_) {
      out.static_rows.push_back(BucketOf(f.hash, hash_bits_));
    }
    const size_t n = views_.size();
    out.word_classes.resize(n);
    out.lower_rows.resize(n * kPreviousTagSlots);
    uint32_t hashes[kPreviousTagSlots];
    for (size_t i = 0; i < n; ++i) {
      out.word_classes[i] =
          static_cast<uint8_t>(extractor_.transition_class(i));
      PreviousTagLowerHashes(sentence.language, extractor_.lowers()[i], hashes);
      for (int s = 0; s < kPreviousTagSlots; ++s) {
        out.lower_rows[i * kPreviousTagSlots + s] =
            BucketOf(hashes[s], hash_bits_);
      }
    }
    return out;
  }

  const NameFeatureExtractor& extractor() const { return extractor_; }
  int hash_bits() const { return hash_bits_; }

 private:
  int hash_bits_;
  NameFeatureExtractor extractor_;
  std::vector<std::u16string> words16_;
  std::vector<std::u16string_view> views_;
  std::vector<NameFeature> features_;
  std::vector<uint32_t> offsets_;
};

// The rows of the previous-tag features, which depend only on the
// language, the word's class and the previous tag.
struct TransitionRows {
  // [german][class][slot]: four rows (own and shared offset, tag alone and
  // with the class).
  uint32_t rows[2][kWordClasses][kPreviousTagSlots][4];
  explicit TransitionRows(int hash_bits) {
    for (int german = 0; german < 2; ++german) {
      const uint32_t own = LanguageOffset(german ? "de" : "en");
      for (int c = 0; c < kWordClasses; ++c) {
        for (int s = 0; s < kPreviousTagSlots; ++s) {
          uint32_t* r = rows[german][c][s];
          r[0] = BucketOf(PreviousTagHash(own, s - 1), hash_bits);
          r[1] = BucketOf(PreviousTagClassHash(own, c, s - 1), hash_bits);
          r[2] = BucketOf(PreviousTagHash(kSharedOffset, s - 1), hash_bits);
          r[3] = BucketOf(PreviousTagClassHash(kSharedOffset, c, s - 1),
                          hash_bits);
        }
      }
    }
  }
};

class Perceptron {
 public:
  Perceptron(int hash_bits)
      : rows_(size_t{1} << hash_bits),
        weights_(rows_ * kNumTags, 0.0f),
        totals_(rows_ * kNumTags, 0.0),
        transitions_(hash_bits) {}

  // Local scores: per word and previous-tag slot the scores of its tags.
  void Score(const EncodedSentence& s, const std::vector<float>& w,
             std::vector<float>* local) const {
    const size_t n = s.gold.size();
    local->assign(n * kPreviousTagSlots * kNumTags, -INFINITY);
    for (size_t i = 0; i < n; ++i) {
      float fixed[kNumTags] = {};
      for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
        const float* row = &w[size_t{s.static_rows[f]} * kNumTags];
        for (int t = 0; t < kNumTags; ++t) fixed[t] += row[t];
      }
      const int first = i == 0 ? 0 : 1, last = i == 0 ? 1 : kPreviousTagSlots;
      for (int slot = first; slot < last; ++slot) {
        float* out = &(*local)[(i * kPreviousTagSlots + slot) * kNumTags];
        float sum[kNumTags];
        std::copy(fixed, fixed + kNumTags, sum);
        for (uint32_t r : TransitionRowsOf(s, i, slot)) {
          const float* row = &w[size_t{r} * kNumTags];
          for (int t = 0; t < kNumTags; ++t) sum[t] += row[t];
        }
        for (int t = 0; t < kNumTags; ++t) {
          out[t] = Allowed(t, slot - 1) ? sum[t] : -INFINITY;
        }
      }
    }
  }

  std::vector<int> Viterbi(const EncodedSentence& s,
                           const std::vector<float>& local) const {
    const size_t n = s.gold.size();
    std::vector<int> tags(n);
    if (n == 0) return tags;
    std::vector<uint8_t> back(n * kNumTags);
    float best[kNumTags], next[kNumTags];
    std::copy(&local[0], &local[kNumTags], best);
    for (size_t i = 1; i < n; ++i) {
      for (int t = 0; t < kNumTags; ++t) {
        int arg = 0;
        float value = -INFINITY;
        for (int p = 0; p < kNumTags; ++p) {
          const float v =
              best[p] + local[(i * kPreviousTagSlots + p + 1) * kNumTags + t];
          if (v > value) {
            value = v;
            arg = p;
          }
        }
        next[t] = value;
        back[i * kNumTags + t] = static_cast<uint8_t>(arg);
      }
      std::copy(next, next + kNumTags, best);
    }
    int tag = static_cast<int>(std::max_element(best, best + kNumTags) - best);
    for (size_t i = n; i-- > 0;) {
      tags[i] = tag;
      if (i > 0) tag = back[i * kNumTags + tag];
    }
    return tags;
  }

  void Train(const std::vector<EncodedSentence>& data, int epochs,
             uint32_t seed) {
    // A corpus weighted w >= 1 is seen round(w) times per epoch at full
    // strength (scaling the updates instead cost 1-2 F1 on GermEval); a
    // lighter one once, with updates scaled by w.
    std::vector<size_t> order;
    for (size_t i = 0; i < data.size(); ++i) {
      const int copies =
          std::max(1, static_cast<int>(std::lround(data[i].weight)));
      for (int c = 0; c < copies; ++c) order.push_back(i);
    }
    std::mt19937 random(seed);
    std::vector<float> local;
    for (int epoch = 0; epoch < epochs; ++epoch) {
      const auto started = std::chrono::steady_clock::now();
      // Fisher-Yates with the engine's raw output: the same order with
      // every standard library.
      for (size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[random() % i]);
      }
      size_t errors = 0, tokens = 0;
      for (size_t index : order) {
        const EncodedSentence& s = data[index];
        Score(s, weights_, &local);
        const std::vector<int> predicted = Viterbi(s, local);
        tokens += s.gold.size();
        if (predicted != s.gold) errors += Update(s, predicted);
        ++step_;
      }
      const double seconds = std::chrono::duration<double>(
                                 std::chrono::steady_clock::now() - started)
                                 .count();
      std::fprintf(stderr, "epoch %d: %.2f%% token errors, %.0f s\n", epoch + 1,
                   100.0 * errors / tokens, seconds);
    }
  }

  // The averaged weights.
  std::vector<float> Averaged() const {
    std::vector<float> out(weights_.size());
    for (size_t i = 0; i < out.size(); ++i) {
      out[i] = static_cast<float>(weights_[i] - totals_[i] / step_);
    }
    return out;
  }

 private:
  std::array<uint32_t, 5> TransitionRowsOf(const EncodedSentence& s, size_t i,
                                           int slot) const {
    const uint32_t* r = transitions_.rows[s.german][s.word_classes[i]][slot];
    return {r[0], r[1], r[2], r[3], s.lower_rows[i * kPreviousTagSlots + slot]};
  }

  void Add(uint32_t row, int tag, float delta) {
    const size_t k = size_t{row} * kNumTags + tag;
    weights_[k] += delta;
    totals_[k] += static_cast<double>(delta) * step_;
  }

  size_t Update(const EncodedSentence& s, const std::vector<int>& predicted) {
    size_t errors = 0;
    const float weight = std::min(1.0f, s.weight);
    int previous_gold = -1, previous_predicted = -1;
    for (size_t i = 0; i < s.gold.size(); ++i) {
      const int g = s.gold[i], p = predicted[i];
      if (g != p) {
        ++errors;
        for (uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
          Add(s.static_rows[f], g, weight);
          Add(s.static_rows[f], p, -weight);
        }
      }
      if (g != p || previous_gold != previous_predicted) {
        for (uint32_t r : TransitionRowsOf(s, i, previous_gold + 1)) {
          Add(r, g, weight);
        }
        for (uint32_t r : TransitionRowsOf(s, i, previous_predicted + 1)) {
          Add(r, p, -weight);
        }
      }
      previous_gold = g;
      previous_predicted = p;
    }
    return errors;
  }

  size_t rows_;
  std::vector<float> weights_;
  std::vector<double> totals_;  // sum of step * update, for averaging
  TransitionRows transitions_;
  double step_ = 1;
};

// The words inside the training names that are written in lower case.
std::string InnerWords(const std::vector<LabelledSentence>& sentences,
                       Encoder* encoder) {
  const std::string nothing;
  WordList empty(reinterpret_cast<const unsigned char*>(nothing.data()), 0);
  encoder->set_inner_words(&empty);
  std::map<std::string, int> counts;
  std::string lower;
  for (const LabelledSentence& s : sentences) {
    bool has_name = false;
    for (int t : s.tags) has_name |= t != 0;
    if (!has_name) continue;
    encoder->Extract(s);
    for (const training::TagSpan& span : training::SpansOf(s.tags)) {
      for (size_t k = span.begin + 1; k < span.end; ++k) {
        if (encoder->extractor().transition_class(k) !=
            kLowerCaseOutsideNamesClass) {
          continue;
        }
        lower = encoder->extractor().lower_utf8(k);
        ++counts[lower];
      }
    }
  }
  std::string out;
  for (const auto& [word, count] : counts) {  // std::map: byte order
    if (count >= kMinInnerWordCount) out += word + "\n";
  }
  return out;
}

struct Options {
  std::string train;
  std::vector<std::string> dev;
  std::string model;
  std::string inner_words;
  // A model whose weights and temperature are kept: only the calibration
  // maps are fitted anew (no training data needed).
  std::string recalibrate;
  int hash_bits = 17;
  int epochs = 6;
  uint32_t seed = 20261202;
  // Perceptrons trained on differently shuffled data, their averaged
  // weights averaged again: one run's weights move with the order it saw.
  int seeds = 1;
  float prune_below = 1.0f;
  int code_bytes = 2;
};

bool ParseOptions(int argc, char** argv, Options* options) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--train") {
      options->train = value;
    } else if (key == "--dev") {
      options->dev.push_back(value);
    } else if (key == "--model") {
      options->model = value;
    } else if (key == "--inner-words") {
      options->inner_words = value;
    } else if (key == "--hash-bits") {
      options->hash_bits = std::stoi(value);
    } else if (key == "--epochs") {
      options->epochs = std::stoi(value);
    } else if (key == "--seed") {
      options->seed = static_cast<uint32_t>(std::stoul(value));
    } else if (key == "--seeds") {
      options->seeds = std::max(1, std::stoi(value));
    } else if (key == "--code-bytes") {
      options->code_bytes = std::stoi(value);
    } else if (key == "--prune-below") {
      options->prune_below = std::stof(value);
    } else if (key == "--recalibrate") {
      options->recalibrate = value;
    } else {
      std::cerr << "train_ner: unknown option " << key << "\n";
      return false;
    }
  }
  if (!options->recalibrate.empty()) {
    return !options->model.empty() && !options->dev.empty();
  }
  return !options->train.empty() && !options->model.empty() &&
         !options->inner_words.empty();
}

// The calibration maps come from the real tagger's names on the dev slices,
// one map per CalibrationLanguage(): fitted on every second name, each is
// scored on the others (the honest ECE printed), then refitted on all of
// them for the model. Every gold dev slice weighs the same within its
// language. `writer` holds the weights and temperature, no calibration.
bool FitCalibrationMaps(const std::vector<LabelledSentence>& dev,
                        NameModelWriter* writer) {
  std::string error;
  if (!UseNameModel(writer->Serialize(), &error)) {
    std::cerr << "train_ner: " << error << "\n";
    return false;
  }
  std::map<std::string, std::string> language_of_corpus;
  for (const LabelledSentence& s : dev)
    language_of_corpus[s.corpus] = s.language;
  using Names = std::vector<training::ScoredName>;
  std::array<Names, kCalibrationLanguages> pooled, fit_half, check_half;
  for (const auto& [corpus, scores] : training::Evaluate(dev)) {
    // WikiANN's tags are silver, made by a program from Wikipedia links:
    // how often they agree with a name is no measure of being right.
    if (corpus.rfind("wikiann", 0) == 0) continue;
    const int language = CalibrationLanguage(language_of_corpus[corpus]);
    const size_t count = scores.names.size();
    for (size_t k = 0; k < count; ++k) {
      training::ScoredName name = scores.names[k];
      name.weight = 1.0f / static_cast<float>(count);
      pooled[language].push_back(name);
      name.weight = 1.0f / static_cast<float>((count + 1) / 2);
      (k % 2 ? check_half : fit_half)[language].push_back(name);
    }
  }
  constexpr size_t kCalibrationPoints = 16;
  NameModel probe;
  Names checked;
  for (int language = 0; language < kCalibrationLanguages; ++language) {
    probe.calibration[language] =
        training::FitCalibration(fit_half[language], kCalibrationPoints);
    for (training::ScoredName name : check_half[language]) {
      name.score = probe.Calibrated(name.score, language);
      checked.push_back(name);
    }
    writer->set_calibration(
        language,
        training::FitCalibration(pooled[language], kCalibrationPoints));
  }
  std::fprintf(stderr,
               "calibration: ECE %.3f on the held-back half of %zu dev names\n",
               training::ExpectedCalibrationError(checked), checked.size());
  return true;
}

bool WriteModel(const NameModelWriter& writer, const std::string& path,
                const std::vector<LabelledSentence>& dev) {
  const std::string bytes = writer.Serialize();
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    if (!out) {
      std::cerr << "train_ner: cannot write " << path << "\n";
      return false;
    }
  }
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", path.c_str(), bytes.size());
  std::string error;
  UseNameModel(bytes, &error);
  training::PrintScores(training::Evaluate(dev));
  return true;
}

// Refits the calibration of the model in `path`, its weights and
// temperature unchanged.
int Recalibrate(const std::string& path, const std::string& out_path,
                const std::vector<LabelledSentence>& dev) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)),
                          std::istreambuf_iterator<char>());
  NameModel model;
  std::string error;
  if (!ParseNameModel(reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), &model, &error)) {
    std::cerr << "train_ner: " << path << ": " << error << "\n";
    return 1;
  }
  const size_t rows = size_t{1} << model.hash_bits;
  std::vector<float> weights(rows * kNameTags, 0.0f);
  for (size_t row = 0; row < rows; ++row) {
    model.AddRow(static_cast<uint32_t>(row), &weights[row * kNameTags]);
  }
  NameModelWriter writer(model.hash_bits, model.code_bytes);
  writer.SetWeights(weights);
  // Quantising rows that are already quantised gives them back unchanged;
  // anything else would change the tagger, not just its calibration.
  if (writer.DequantisedWeights() != weights) {
    std::cerr << "train_ner: the weights of " << path
              << " do not survive quantisation\n";
    return 1;
  }
  writer.set_temperature(model.temperature);
  if (!FitCalibrationMaps(dev, &writer)) return 1;
  return WriteModel(writer, out_path, dev) ? 0 : 1;
}

int Main(int argc, char** argv) {
  testing::LoadEntityAssetOrDie();
  Options options;
  if (!ParseOptions(argc, argv, &options)) {
    std::cerr << "usage: lesbar_train_ner --train FILE --model FILE "
                 "--inner-words FILE [--dev FILE ...] [--epochs N] "
                 "[--hash-bits N] [--seed N] [--seeds N] [--prune-below W]\n"
                 "       lesbar_train_ner --recalibrate MODEL --model FILE "
                 "--dev FILE ...\n";
    return 2;
  }
  std::vector<LabelledSentence> dev;
  for (const std::string& path : options.dev) {
    if (!training::ReadLabelledSentences(path, &dev)) {
      std::cerr << "train_ner: cannot read " << path << "\n";
      return 1;
    }
  }
  if (!options.recalibrate.empty()) {
    return Recalibrate(options.recalibrate, options.model, dev);
  }
  std::vector<LabelledSentence> sentences;
  if (!training::ReadLabelledSentences(options.train, &sentences)) {
    std::cerr << "train_ner: cannot read " << options.train << "\n";
    return 1;
  }
  Encoder encoder(options.hash_bits);
  const std::string inner_words = InnerWords(sentences, &encoder);
  {
    std::ofstream out(options.inner_words, std::ios::binary);
    out << inner_words;
  }
  WordList inner_list(
      reinterpret_cast<const unsigned char*>(inner_words.data()),
      inner_words.size());
  encoder.set_inner_words(&inner_list);

  const auto started = std::chrono::steady_clock::now();
  std::vector<EncodedSentence> data;
  data.reserve(sentences.size());
  for (const LabelledSentence& s : sentences) data.push_back(encoder.Encode(s));
  std::vector<EncodedSentence> dev_data;
  for (const LabelledSentence& s : dev) dev_data.push_back(encoder.Encode(s));
  std::fprintf(
      stderr, "%zu training sentences encoded in %.0f s\n", data.size(),
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
          .count());
  sentences.clear();
  sentences.shrink_to_fit();

  std::vector<float> weights;
  for (int run = 0; run < options.seeds; ++run) {
    Perceptron trained(options.hash_bits);
    trained.Train(data, options.epochs, options.seed + run);
    const std::vector<float> averaged = trained.Averaged();
    if (weights.empty()) weights.assign(averaged.size(), 0.0f);
    for (size_t k = 0; k < weights.size(); ++k) {
      weights[k] += averaged[k] / static_cast<float>(options.seeds);
    }
  }
  size_t pruned = 0;
  for (float& w : weights) {
    if (w != 0 && std::fabs(w) < options.prune_below) {
      w = 0;
      ++pruned;
    }
  }
  std::fprintf(stderr, "pruned %zu of %zu weights (|w| < %g)\n", pruned,
               weights.size(), options.prune_below);

  NameModelWriter writer(options.hash_bits, options.code_bytes);
  writer.SetWeights(weights);
  // Tag probabilities are softmax(scores / T): T by likelihood of the dev
  // slices' gold tags, given the decoded previous tag.
  std::vector<std::pair<std::vector<float>, int>> samples;
  std::vector<float> local;
  const std::vector<float> quantised = writer.DequantisedWeights();
  // Only its decoder is used here, on the quantised weights.
  const Perceptron perceptron(options.hash_bits);
  for (const EncodedSentence& s : dev_data) {
    perceptron.Score(s, quantised, &local);
    const std::vector<int> tags = perceptron.Viterbi(s, local);
    for (size_t i = 0; i < tags.size(); ++i) {
      const float* row =
          &local[(i * kPreviousTagSlots + (i ? tags[i - 1] + 1 : 0)) *
                 kNumTags];
      if (row[s.gold[i]] == -INFINITY) continue;
      samples.emplace_back(std::vector<float>(row, row + kNumTags), s.gold[i]);
    }
  }
  double best_temperature = 1, best_loss = INFINITY;
  for (int k = 0; k <= 60; ++k) {
    const double temperature = std::pow(10.0, -1 + k * 0.075);
    double loss = 0;
    for (const auto& [row, gold] : samples) {
      const float top = *std::max_element(row.begin(), row.end());
      double z = 0;
      for (float v : row) {
        if (v != -INFINITY) z += std::exp((v - top) / temperature);
      }
      loss += std::log(z) + (top - row[gold]) / temperature;
    }
    if (loss < best_loss) {
      best_loss = loss;
      best_temperature = temperature;
    }
  }
  writer.set_temperature(static_cast<float>(best_temperature));
  std::fprintf(stderr, "temperature %.3f\n", best_temperature);

  if (!FitCalibrationMaps(dev, &writer)) return 1;
  return WriteModel(writer, options.model, dev) ? 0 : 1;
}

}  // namespace
}  // namespace lesbar

int main(int argc, char** argv) { return lesbar::Main(argc, argv); }
