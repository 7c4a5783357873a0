#include "analyses/entities/name_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lesbar {
namespace {

constexpr int kBits = 8;
constexpr size_t kRows = size_t{1} << kBits;

// Weights with most rows empty, as pruning leaves them.
std::vector<float> SparseWeights() {
  std::vector<float> weights(kRows * kNameTags, 0.0f);
  for (size_t row = 3; row < kRows; row += 7) {
    for (int t = 0; t < kNameTags; ++t) {
      weights[row * kNameTags + t] = static_cast<float>(row % 11) - 5.5f + t;
    }
  }
  return weights;
}

void Parse(const std::string& bytes, NameModel* model) {
  std::string error;
  ASSERT_TRUE(
      ParseNameModel(reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size(), model, &error))
      << error;
}

// Every row of `model` holds the weights `writer` says it wrote.
void ExpectRowsAsWritten(const NameModel& model,
                         const NameModelWriter& writer) {
  const std::vector<float> expected = writer.DequantisedWeights();
  for (size_t row = 0; row < kRows; ++row) {
    float scores[kNameTags] = {};
    model.AddRow(static_cast<uint32_t>(row), scores);
    for (int t = 0; t < kNameTags; ++t) {
      EXPECT_EQ(scores[t], expected[row * kNameTags + t])
          << "row " << row << " tag " << t << " code bytes "
          << model.code_bytes;
    }
  }
}

TEST(NameModelTest, WrittenRowsReadBackAsTheWriterDequantisedThem) {
  for (int code_bytes : {1, 2}) {
    NameModelWriter writer(kBits, code_bytes);
    writer.SetWeights(SparseWeights());
    writer.set_temperature(2.0f);
    writer.set_calibration(CalibrationLanguage("de"),
                           {{0.0f, 0.1f}, {1.0f, 0.9f}});
    writer.set_calibration(CalibrationLanguage("en"),
                           {{0.0f, 0.0f}, {0.5f, 0.25f}, {1.0f, 0.5f}});
    NameModel model;
    ASSERT_NO_FATAL_FAILURE(Parse(writer.Serialize(), &model));
    ExpectRowsAsWritten(model, writer);
    EXPECT_FLOAT_EQ(model.inverse_temperature, 0.5f);
    EXPECT_FLOAT_EQ(model.Calibrated(0.5f, CalibrationLanguage("de")), 0.5f);
    EXPECT_FLOAT_EQ(model.Calibrated(0.25f, CalibrationLanguage("en")), 0.125f);
    EXPECT_FLOAT_EQ(model.Calibrated(0.75f, CalibrationLanguage("fr")), 0.375f);
  }
}

TEST(NameModelTest, EmptyRowsAreNotStored) {
  NameModelWriter dense(kBits, 1), sparse(kBits, 1);
  std::vector<float> all(kRows * kNameTags, 1.0f);
  dense.SetWeights(all);
  sparse.SetWeights(SparseWeights());
  // A stored row costs its exponent, its mask's low byte and its codes,
  // plus a bit of the masks' ninth bits; the bitmap of rows is fixed.
  const size_t stored = (kRows - 3 + 6) / 7;
  const auto row_bytes = [](size_t rows) {
    return rows * (1 + 1 + kNameTags) + (rows + 7) / 8;
  };
  EXPECT_EQ(dense.Serialize().size() - sparse.Serialize().size(),
            row_bytes(kRows) - row_bytes(stored));
}

TEST(NameModelTest, OnlyTheNonZeroCodesOfARowAreStored) {
  std::vector<float> weights(kRows * kNameTags, 0.0f);
  // Row 5 has one weight (the last tag's, whose mask bit is the ninth),
  // row 9 two.
  weights[5 * kNameTags + kNameTags - 1] = 3.0f;
  weights[9 * kNameTags + 0] = -2.0f;
  weights[9 * kNameTags + 4] = 1.0f;
  NameModelWriter writer(kBits, 2);
  writer.SetWeights(weights);
  const std::string bytes = writer.Serialize();
  NameModelWriter empty(kBits, 2);
  empty.SetWeights(std::vector<float>(kRows * kNameTags, 0.0f));
  // Two exponents, two mask bytes, one byte of ninth bits, three codes.
  EXPECT_EQ(bytes.size() - empty.Serialize().size(), 2u + 2u + 1u + 3u * 2u);
  NameModel model;
  ASSERT_NO_FATAL_FAILURE(Parse(bytes, &model));
  ExpectRowsAsWritten(model, writer);
}

TEST(NameModelTest, TruncatedOrInconsistentFilesAreRefused) {
  NameModelWriter writer(kBits, 1);
  writer.SetWeights(SparseWeights());
  const std::string good = writer.Serialize();
  NameModel model;
  std::string error;
  for (size_t cut : {size_t{0}, size_t{10}, size_t{40}, good.size() - 1}) {
    EXPECT_FALSE(
        ParseNameModel(reinterpret_cast<const unsigned char*>(good.data()), cut,
                       &model, &error))
        << cut;
  }
  std::string bad = good;
  bad[4] = 6;  // an older format
  EXPECT_FALSE(
      ParseNameModel(reinterpret_cast<const unsigned char*>(bad.data()),
                     bad.size(), &model, &error));
  EXPECT_NE(error.find("format 6"), std::string::npos) << error;
  bad = good;
  bad[32] ^= 1;  // the bitmap no longer matches the number of stored rows
  EXPECT_FALSE(
      ParseNameModel(reinterpret_cast<const unsigned char*>(bad.data()),
                     bad.size(), &model, &error));
}

}  // namespace
}  // namespace lesbar
