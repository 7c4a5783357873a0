// The name tagger's model file: hashed feature rows of tag weights in block
// floating point, plus the two numbers that turn scores into calibrated
// probabilities. Written by train/ner/train_ner.cc, read by name_tagger.cc;
// this header is the one place that knows the layout.
//
// Layout (little-endian): "LNER", u32 format version, u32 hash bits, u32
// tags, u32 code bytes (1 or 2), f32 temperature, two calibration maps
// (German text, then every other language) each as u32 points K and K pairs
// of f32 (raw probability, calibrated probability), u32 number of stored
// rows S, a bitmap of (1 << hash bits) bits (bit b of byte b / 8: row b is
// stored), int8 exponents[S], the stored rows' tag masks (bit t: the code
// of tag t is not zero) as u8 low bytes[S] and a bitmap of their ninth bits
// ((S + 7) / 8 bytes), then the non-zero codes, row by row in tag order:
// code_bytes-wide signed integers. Pruning leaves half the rows empty and
// most stored rows with one or two of nine tags, so only non-zero codes
// are stored: the file is 30 % smaller, 8 % once compressed. The weight of
// tag t in row b is code * 2^exponents[b] once the rows are expanded.
#ifndef LESBAR_ANALYSES_ENTITIES_NAME_MODEL_H_
#define LESBAR_ANALYSES_ENTITIES_NAME_MODEL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lesbar {

inline constexpr uint32_t kNameModelVersion = 9;
inline constexpr int kNameTags = 9;
static_assert(kNameTags <= 9, "a row's tag mask has nine bits");
// One calibration map for German and one for the other languages (which
// the English weights tag): on the dev slices the German names were right
// more often than one shared map said, the English ones less often.
inline constexpr int kCalibrationLanguages = 2;
inline int CalibrationLanguage(std::string_view language) {
  return language == "de" ? 0 : 1;
}
using CalibrationMap = std::vector<std::pair<float, float>>;

struct NameModel {
  int hash_bits = 0;
  int code_bytes = 2;
  float temperature = 1;          // tag probabilities: softmax(scores / T)
  float inverse_temperature = 1;  // 1 / T
  // Per CalibrationLanguage(), a piecewise-linear map from the decoder's
  // span probability to the share of such spans that are right on the dev
  // slices of that language (empty: identity).
  std::array<CalibrationMap, kCalibrationLanguages> calibration;
  // Every row, expanded from the file: a row is one lookup away.
  std::vector<int8_t> exponent_storage;
  std::vector<int8_t> code8_storage;
  std::vector<int16_t> code16_storage;
  const int8_t* exponents = nullptr;
  const int8_t* codes8 = nullptr;
  const int16_t* codes16 = nullptr;
  float powers_of_two[256] = {};  // 2^e at e + 128

  float Unit(uint32_t row) const { return powers_of_two[exponents[row] + 128]; }
  // scores[t] += weight of tag t in `row`.
  void AddRow(uint32_t row, float* scores) const {
    const float unit = Unit(row);
    if (codes8 != nullptr) {
      const int8_t* codes = codes8 + size_t{row} * kNameTags;
      for (int t = 0; t < kNameTags; ++t) scores[t] += codes[t] * unit;
    } else {
      const int16_t* codes = codes16 + size_t{row} * kNameTags;
      for (int t = 0; t < kNameTags; ++t) scores[t] += codes[t] * unit;
    }
  }
  const void* RowAddress(uint32_t row) const {
    return codes8 != nullptr
               ? static_cast<const void*>(codes8 + size_t{row} * kNameTags)
               : static_cast<const void*>(codes16 + size_t{row} * kNameTags);
  }
  float Calibrated(float probability, int calibration_language) const;
};

// Parses `bytes` into `model`, which owns its rows afterwards (a model may
// be moved but not copied: its pointers point into its own vectors); false
// with `error` set if they are not a model of this version.
bool ParseNameModel(const unsigned char* bytes, size_t size, NameModel* model,
                    std::string* error);

// Quantises float weights into the file layout.
class NameModelWriter {
 public:
  NameModelWriter(int hash_bits, int code_bytes);
  void SetWeights(const std::vector<float>& weights);
  // The weights exactly as the core will compute them from the file.
  std::vector<float> DequantisedWeights() const;
  void set_temperature(float temperature) { temperature_ = temperature; }
  void set_calibration(int calibration_language, CalibrationMap points) {
    calibration_[calibration_language] = std::move(points);
  }
  std::string Serialize() const;

 private:
  int hash_bits_;
  int code_bytes_;
  float temperature_ = 1;
  std::array<CalibrationMap, kCalibrationLanguages> calibration_;
  std::vector<int8_t> exponents_;
  std::vector<int32_t> codes_;
};

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_NAME_MODEL_H_
