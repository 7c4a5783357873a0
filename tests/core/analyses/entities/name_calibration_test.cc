// `score` of a name means the probability that it is right: on a dev slice
// the tagger was not trained on, names scored about s are right about s of
// the time (expected calibration error over 10 bins).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ner_evaluation.h"
#include "test_util.h"

namespace lesbar {
namespace {

// UNER English-EWT dev (web text), PER/LOC/ORG; OTH is no news type.
std::vector<training::LabelledSentence> UnerDev() {
  std::vector<training::LabelledSentence> out;
  std::ifstream in(testing::SharedDataDir() +
                   "/ner/uner-en-ewt/en_ewt-ud-dev.iob2");
  std::string line;
  training::LabelledSentence sentence;
  sentence.corpus = "uner-ewt-en";
  sentence.language = "en";
  auto flush = [&] {
    if (!sentence.words.empty()) out.push_back(sentence);
    sentence.words.clear();
    sentence.tags.clear();
  };
  while (std::getline(in, line)) {
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') continue;
    std::istringstream columns(line);
    std::string index, word, tag;
    std::getline(columns, index, '\t');
    std::getline(columns, word, '\t');
    std::getline(columns, tag, '\t');
    sentence.words.push_back(word);
    sentence.tags.push_back(
        tag.find("OTH") != std::string::npos ? 0 : training::TagIndex(tag));
  }
  flush();
  return out;
}

TEST(NameCalibrationTest, ScoresMeanProbabilityOnUnerDev) {
  const auto sentences = UnerDev();
  ASSERT_GT(sentences.size(), 1500u) << "UNER English-EWT dev missing";
  const auto scores = training::Evaluate(sentences);
  const training::CorpusScores& uner = scores.at("uner-ewt-en");
  ASSERT_GT(uner.names.size(), 500u);
  EXPECT_LE(training::ExpectedCalibrationError(uner.names), 0.05);
  // Scores spread over the range, not all at one value.
  size_t sure = 0, unsure = 0;
  for (const auto& name : uner.names) {
    sure += name.score >= 0.8;
    unsure += name.score < 0.5;
  }
  EXPECT_GT(sure, uner.names.size() / 5);
  EXPECT_GT(unsure, uner.names.size() / 20);
}

}  // namespace
}  // namespace lesbar
