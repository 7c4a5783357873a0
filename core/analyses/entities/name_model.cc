#include "analyses/entities/name_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace lesbar {
namespace {

// Up to the temperature; the calibration maps follow.
constexpr size_t kFixedHeaderBytes = 24;
constexpr size_t kMaxCalibrationPoints = 64;

uint32_t ReadU32(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 |
         uint32_t{p[3]} << 24;
}

float ReadF32(const unsigned char* p) {
  const uint32_t bits = ReadU32(p);
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

void AppendU32(uint32_t v, std::string* out) {
  for (int k = 0; k < 4; ++k) out->push_back(static_cast<char>(v >> (8 * k)));
}

void AppendF32(float value, std::string* out) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  AppendU32(bits, out);
}

int CodeLimit(int code_bytes) { return code_bytes == 1 ? 127 : 4095; }

}  // namespace

float NameModel::Calibrated(float p, int calibration_language) const {
  const CalibrationMap& calibration = this->calibration[calibration_language];
  if (calibration.empty()) return p;
  if (p <= calibration.front().first) return calibration.front().second;
  for (size_t k = 1; k < calibration.size(); ++k) {
    const auto& [x1, y1] = calibration[k];
    if (p <= x1) {
      const auto& [x0, y0] = calibration[k - 1];
      return x1 > x0 ? y0 + (y1 - y0) * (p - x0) / (x1 - x0) : y1;
    }
  }
  return calibration.back().second;
}

bool ParseNameModel(const unsigned char* bytes, size_t size, NameModel* model,
                    std::string* error) {
  *model = NameModel();
  if (size < kFixedHeaderBytes || std::memcmp(bytes, "LNER", 4) != 0) {
    *error = "not a name model";
    return false;
  }
  if (ReadU32(bytes + 4) != kNameModelVersion) {
    *error = "name model format " + std::to_string(ReadU32(bytes + 4)) +
             ", expected " + std::to_string(kNameModelVersion);
    return false;
  }
  const uint32_t bits = ReadU32(bytes + 8);
  const uint32_t tags = ReadU32(bytes + 12);
  const uint32_t code_bytes = ReadU32(bytes + 16);
  const float temperature = ReadF32(bytes + 20);
  if (bits < 8 || bits > 24 || tags != kNameTags ||
      (code_bytes != 1 && code_bytes != 2) || !(temperature > 0)) {
    *error = "name model header out of range";
    return false;
  }
  size_t calibration_end = kFixedHeaderBytes;
  for (CalibrationMap& calibration : model->calibration) {
    if (size < calibration_end + 4) {
      *error = "name model size does not match its header";
      return false;
    }
    const uint32_t points = ReadU32(bytes + calibration_end);
    calibration_end += 4;
    if (points > kMaxCalibrationPoints ||
        size < calibration_end + 8 * size_t{points}) {
      *error = "name model calibration out of range";
      return false;
    }
    for (uint32_t k = 0; k < points; ++k) {
      const float x = ReadF32(bytes + calibration_end);
      const float y = ReadF32(bytes + calibration_end + 4);
      calibration_end += 8;
      if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
        *error = "name model calibration out of range";
        return false;
      }
      calibration.emplace_back(x, y);
    }
  }
  const size_t rows = size_t{1} << bits;
  const size_t bitmap_bytes = rows / 8;
  if (size < calibration_end + 4 + bitmap_bytes) {
    *error = "name model size does not match its header";
    return false;
  }
  const uint32_t stored = ReadU32(bytes + calibration_end);
  const unsigned char* bitmap = bytes + calibration_end + 4;
  size_t marked = 0;
  for (size_t k = 0; k < bitmap_bytes; ++k) {
    marked += static_cast<size_t>(__builtin_popcount(bitmap[k]));
  }
  const size_t masks_end = calibration_end + 4 + bitmap_bytes +
                           2 * size_t{stored} + (size_t{stored} + 7) / 8;
  if (marked != stored || size < masks_end) {
    *error = "name model size does not match its header";
    return false;
  }
  const int8_t* stored_exponents =
      reinterpret_cast<const int8_t*>(bitmap + bitmap_bytes);
  const unsigned char* mask_low = bitmap + bitmap_bytes + stored;
  const unsigned char* mask_high = mask_low + stored;
  auto mask_of = [&](size_t k) {
    return mask_low[k] | ((mask_high[k / 8] >> (k % 8) & 1) << 8);
  };
  size_t nonzero_codes = 0;
  for (size_t k = 0; k < stored; ++k) {
    nonzero_codes += static_cast<size_t>(__builtin_popcount(mask_of(k)));
  }
  if (size != masks_end + nonzero_codes * code_bytes) {
    *error = "name model size does not match its header";
    return false;
  }
  for (int e = -128; e < 128; ++e) {
    model->powers_of_two[e + 128] = std::ldexp(1.0f, e);
  }
  model->hash_bits = static_cast<int>(bits);
  model->code_bytes = static_cast<int>(code_bytes);
  model->temperature = temperature;
  model->inverse_temperature = 1.0f / temperature;
  const unsigned char* codes = bytes + masks_end;
  model->exponent_storage.assign(rows, 0);
  if (code_bytes == 1) {
    model->code8_storage.assign(rows * kNameTags, 0);
  } else {
    model->code16_storage.assign(rows * kNameTags, 0);
  }
  // Visits only the stored rows and, in each, only its non-zero codes: the
  // model is parsed on the first analysis with entities, where a test of
  // every row and tag was a tenth of the cold start's instructions.
  size_t next = 0;
  for (size_t byte = 0; byte < bitmap_bytes; ++byte) {
    for (unsigned bits = bitmap[byte]; bits != 0; bits &= bits - 1) {
      const size_t row = byte * 8 + static_cast<size_t>(__builtin_ctz(bits));
      model->exponent_storage[row] = stored_exponents[next];
      for (unsigned mask = mask_of(next); mask != 0; mask &= mask - 1) {
        const size_t code =
            row * kNameTags + static_cast<size_t>(__builtin_ctz(mask));
        if (code_bytes == 1) {
          model->code8_storage[code] = static_cast<int8_t>(codes[0]);
        } else {
          model->code16_storage[code] =
              static_cast<int16_t>(codes[0] | (uint16_t{codes[1]} << 8));
        }
        codes += code_bytes;
      }
      ++next;
    }
  }
  model->exponents = model->exponent_storage.data();
  if (code_bytes == 1) {
    model->codes8 = model->code8_storage.data();
  } else {
    model->codes16 = model->code16_storage.data();
  }
  return true;
}

NameModelWriter::NameModelWriter(int hash_bits, int code_bytes)
    : hash_bits_(hash_bits),
      code_bytes_(code_bytes),
      exponents_(size_t{1} << hash_bits, 0),
      codes_((size_t{1} << hash_bits) * kNameTags, 0) {}

void NameModelWriter::SetWeights(const std::vector<float>& weights) {
  const int limit = CodeLimit(code_bytes_);
  for (size_t row = 0; row < exponents_.size(); ++row) {
    const float* w = &weights[row * kNameTags];
    float largest = 0;
    for (int t = 0; t < kNameTags; ++t) {
      largest = std::max(largest, std::fabs(w[t]));
    }
    exponents_[row] = 0;
    for (int t = 0; t < kNameTags; ++t) codes_[row * kNameTags + t] = 0;
    if (largest == 0) continue;
    // The smallest power of two that fits the row's largest weight.
    const int e = std::clamp(
        static_cast<int>(std::ceil(std::log2(largest / limit))), -100, 100);
    exponents_[row] = static_cast<int8_t>(e);
    const double unit = std::ldexp(1.0, e);
    for (int t = 0; t < kNameTags; ++t) {
      const long code = std::lround(w[t] / unit);
      codes_[row * kNameTags + t] =
          static_cast<int32_t>(std::clamp<long>(code, -limit, limit));
    }
  }
}

std::vector<float> NameModelWriter::DequantisedWeights() const {
  std::vector<float> out(codes_.size());
  for (size_t i = 0; i < out.size(); ++i) {
    out[i] = codes_[i] * std::ldexp(1.0f, exponents_[i / kNameTags]);
  }
  return out;
}

std::string NameModelWriter::Serialize() const {
  std::string out = "LNER";
  AppendU32(kNameModelVersion, &out);
  AppendU32(static_cast<uint32_t>(hash_bits_), &out);
  AppendU32(kNameTags, &out);
  AppendU32(static_cast<uint32_t>(code_bytes_), &out);
  AppendF32(temperature_, &out);
  for (const CalibrationMap& calibration : calibration_) {
    AppendU32(static_cast<uint32_t>(calibration.size()), &out);
    for (const auto& [x, y] : calibration) {
      AppendF32(x, &out);
      AppendF32(y, &out);
    }
  }
  // The rows with a non-zero code, decided once for the bitmap, the
  // exponents and the codes.
  const size_t rows = exponents_.size();
  std::vector<size_t> stored_rows;
  std::string bitmap(rows / 8, '\0');
  for (size_t row = 0; row < rows; ++row) {
    const auto codes = codes_.begin() + row * kNameTags;
    if (std::all_of(codes, codes + kNameTags,
                    [](int32_t code) { return code == 0; })) {
      continue;
    }
    bitmap[row / 8] = static_cast<char>(bitmap[row / 8] | (1 << (row % 8)));
    stored_rows.push_back(row);
  }
  AppendU32(static_cast<uint32_t>(stored_rows.size()), &out);
  out += bitmap;
  for (size_t row : stored_rows) {
    out.push_back(static_cast<char>(exponents_[row]));
  }
  std::string mask_low, mask_high((stored_rows.size() + 7) / 8, '\0');
  for (size_t k = 0; k < stored_rows.size(); ++k) {
    unsigned mask = 0;
    for (int t = 0; t < kNameTags; ++t) {
      if (codes_[stored_rows[k] * kNameTags + t] != 0) mask |= 1u << t;
    }
    mask_low.push_back(static_cast<char>(mask & 0xFF));
    if (mask >> 8 & 1) {
      mask_high[k / 8] = static_cast<char>(mask_high[k / 8] | (1 << (k % 8)));
    }
  }
  out += mask_low;
  out += mask_high;
  for (size_t row : stored_rows) {
    for (int t = 0; t < kNameTags; ++t) {
      const int32_t code = codes_[row * kNameTags + t];
      if (code == 0) continue;
      out.push_back(static_cast<char>(code & 0xFF));
      if (code_bytes_ == 2) {
        out.push_back(static_cast<char>((code >> 8) & 0xFF));
      }
    }
  }
  return out;
}

}  // namespace lesbar
