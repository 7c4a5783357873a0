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
  // Per word, "template:hash" of the transition features for previous tags
  // -1..8, in that order.
  std::vector<std::string> transitions;
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
    } else if (kind == "R" && !out.empty()) {
      out.back().transitions.push_back(rest);
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
      uint32_t lower_hashes[kPreviousTagSlots];
      PreviousTagLowerHashes(sentence.language, extractor.lowers()[i],
                             lower_hashes);
      const uint32_t offset = LanguageOffset(sentence.language);
      std::string transitions;
      const int word_class = extractor.transition_class(i);
      auto item = [](uint32_t feature_template, uint32_t hash) {
        return std::to_string(feature_template) + ":" + std::to_string(hash);
      };
      for (int slot = 0; slot < kPreviousTagSlots; ++slot) {
        for (const std::string& part :
             {item(kFeaturePrevTag + offset, PreviousTagHash(offset, slot - 1)),
              item(kFeaturePrevTagClass + offset,
                   PreviousTagClassHash(offset, word_class, slot - 1)),
              item(kFeaturePrevTagLower + offset, lower_hashes[slot]),
              item(kFeaturePrevTag + kSharedOffset,
                   PreviousTagHash(kSharedOffset, slot - 1)),
              item(
                  kFeaturePrevTagClass + kSharedOffset,
                  PreviousTagClassHash(kSharedOffset, word_class, slot - 1))}) {
          transitions += (transitions.empty() ? "" : " ") + part;
        }
      }
      ASSERT_LT(i, sentence.transitions.size());
      EXPECT_EQ(transitions, sentence.transitions[i])
          << "word " << sentence.words[i];
    }
  }
}

TEST(NameFeaturesTest, TransitionClassSeparatesWordsNamesHoldInside) {
  const WordList& inside = NameInnerWords();
  ASSERT_TRUE(inside.Contains("of"));
  ASSERT_TRUE(inside.Contains("von"));
  ASSERT_FALSE(inside.Contains("met"));
  EXPECT_EQ(kWordClassNames[TransitionClassOf(U"xx", "of", inside)], U'x');
  EXPECT_EQ(kWordClassNames[TransitionClassOf(U"xx", "met", inside)], U'y');
  EXPECT_EQ(kWordClassNames[TransitionClassOf(U"Xxx", "moskau", inside)], U'X');
  EXPECT_EQ(kWordClassNames[TransitionClassOf(U"dd", "42", inside)], U'd');
  EXPECT_EQ(kWordClassNames[TransitionClassOf(U",", ",", inside)], U'p');
  EXPECT_EQ(kWordClassNames[TransitionClassOf(U"", "", inside)], U'p');
}

TEST(NameFeaturesTest, TransitionFeaturesDependOnTagWordAndLanguage) {
  EXPECT_NE(PreviousTagHash(0, -1), PreviousTagHash(0, 0));
  uint32_t putin[kPreviousTagSlots], raisi[kPreviousTagSlots];
  PreviousTagLowerHashes("de", U"putin", putin);
  PreviousTagLowerHashes("de", U"raisi", raisi);
  EXPECT_NE(putin[2], raisi[2]);
  EXPECT_NE(putin[1], putin[2]);
  // Separate weights per language; every non-German tag counts as English.
  EXPECT_NE(PreviousTagHash(LanguageOffset("de"), 3),
            PreviousTagHash(LanguageOffset("en"), 3));
  EXPECT_EQ(LanguageOffset("fr"), LanguageOffset("en"));
  EXPECT_NE(PreviousTagHash(kSharedOffset, 3),
            PreviousTagHash(LanguageOffset("en"), 3));
}

}  // namespace
}  // namespace lesbar
