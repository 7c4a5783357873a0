// The C++ features must be the trainer's, bit for bit: the fixture holds the
// hashes scripts/ner/train_ner.py --write-fixtures computed in Python.
#include "analyses/entities/name_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::U16;

struct FixtureSentence {
  std::string language;
  std::vector<std::string> words;
  std::vector<std::string> hashes;  // per word, "template:hash" sorted, joined
};

std::vector<FixtureSentence> ReadFixture() {
  std::ifstream in(LESBAR_NER_FIXTURE_FILE);
  std::vector<FixtureSentence> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, first, rest;
    std::getline(fields, kind, '\t');
    std::getline(fields, first, '\t');
    std::getline(fields, rest);
    if (kind == "S") {
      out.push_back({first, {}, {}});
    } else if (kind == "T" && !out.empty()) {
      out.back().words.push_back(first);
      out.back().hashes.push_back(rest);
    }
  }
  return out;
}

TEST(NameFeaturesTest, MatchTheTrainersFixtures) {
  const std::vector<FixtureSentence> sentences = ReadFixture();
  ASSERT_EQ(sentences.size(), 4u) << "missing " << LESBAR_NER_FIXTURE_FILE;
  NameFeatureExtractor extractor;
  for (const FixtureSentence& sentence : sentences) {
    std::vector<std::u16string> storage;
    for (const std::string& w : sentence.words) storage.push_back(U16(w));
    std::vector<std::u16string_view> words(storage.begin(), storage.end());
    std::vector<NameFeature> features;
    std::vector<uint32_t> offsets;
    extractor.Extract(words, sentence.language, &features, &offsets);
    ASSERT_EQ(offsets.size(), words.size() + 1);
    for (size_t i = 0; i < words.size(); ++i) {
      std::vector<std::string> got;
      for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
        got.push_back(std::to_string(features[f].feature_template) + ":" +
                      std::to_string(features[f].hash));
      }
      std::sort(got.begin(), got.end());
      std::string joined;
      for (const std::string& g : got)
        joined += (joined.empty() ? "" : " ") + g;
      EXPECT_EQ(joined, sentence.hashes[i]) << "word " << sentence.words[i];
    }
  }
}

TEST(NameFeaturesTest, TagFeaturesDependOnTheHistory) {
  EXPECT_NE(TagFeatureHash(kFeaturePrevTag, "de", -1, -1, U"x"),
            TagFeatureHash(kFeaturePrevTag, "de", 0, -1, U"x"));
  EXPECT_NE(TagFeatureHash(kFeaturePrevTagLower, "de", 1, -1, U"putin"),
            TagFeatureHash(kFeaturePrevTagLower, "de", 1, -1, U"raisi"));
  EXPECT_EQ(TagFeatureHash(kFeaturePrevTag, "de", 3, 1, U"a"),
            TagFeatureHash(kFeaturePrevTag, "de", 3, 2, U"b"));
  // Separate weights per language; every non-German tag counts as English.
  EXPECT_NE(TagFeatureHash(kFeaturePrevTag, "de", 3, 1, U"a"),
            TagFeatureHash(kFeaturePrevTag, "en", 3, 1, U"a"));
  EXPECT_EQ(TagFeatureHash(kFeaturePrevTag, "fr", 3, 1, U"a"),
            TagFeatureHash(kFeaturePrevTag, "en", 3, 1, U"a"));
}

}  // namespace
}  // namespace lesbar
