// The name tagger's features: the same at training and at run time, and the
// transition features' dependencies.
#include "analyses/entities/name_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lesbar/lesbar.h"
#include "test_util.h"
#include "training_corpus.h"

namespace lesbar {
namespace {

using testing::U16;

// Reads the first `limit` sentences of GermEval 2014 dev (token column).
std::vector<training::LabelledSentence> GermEvalSentences(size_t limit) {
  std::vector<training::LabelledSentence> out;
  std::ifstream in(testing::SharedDataDir() + "/ner/germeval2014-de-dev.tsv");
  std::string line;
  training::LabelledSentence sentence;
  sentence.language = "de";
  while (std::getline(in, line) && out.size() < limit) {
    if (line.empty()) {
      if (!sentence.words.empty()) out.push_back(sentence);
      sentence.words.clear();
      continue;
    }
    if (line[0] == '#') continue;
    std::istringstream columns(line);
    std::string index, word;
    std::getline(columns, index, '\t');
    std::getline(columns, word, '\t');
    sentence.words.push_back(word);
  }
  return out;
}

std::vector<std::string> FeatureStrings(
    const NameFeatureExtractor& extractor,
    const std::vector<NameFeature>& features,
    const std::vector<uint32_t>& offsets) {
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < offsets.size(); ++i) {
    std::string word = std::to_string(extractor.transition_class(i)) + ":";
    for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
      word += std::to_string(features[f].feature_template) + "/" +
              std::to_string(features[f].hash) + " ";
    }
    out.push_back(word);
  }
  return out;
}

// The trainer (train/ner/train_ner.cc) extracts features from a corpus's
// own tokens; at run time the tagger reads the analyzer's tokens of the
// normalised text. On real news sentences both must give the same features,
// or the model learns features it never sees.
TEST(NameFeaturesTest, TrainingAndRunTimeFeaturesAgreeOnRealNews) {
  const auto sentences = GermEvalSentences(300);
  ASSERT_EQ(sentences.size(), 300u) << "GermEval dev missing";
  Status status;
  auto analyzer = Analyzer::Create(&status);
  ASSERT_TRUE(analyzer) << status.message;
  NameFeatureExtractor training_side, run_time_side;
  std::vector<NameFeature> training_features, run_time_features;
  std::vector<uint32_t> training_offsets, run_time_offsets;
  size_t same_tokens = 0;
  for (const training::LabelledSentence& sentence : sentences) {
    const std::vector<std::u16string> words = training::TrainingWords(sentence);
    std::vector<std::u16string_view> views(words.begin(), words.end());
    training_side.Extract(views, "de", &training_features, &training_offsets);

    std::u16string text;
    for (const std::u16string& w : words) {
      if (!text.empty()) text += u' ';
      text += w;
    }
    AnalyzeOptions options;
    options.language = "de";
    Analysis analysis;
    ASSERT_TRUE(analyzer->Analyze(text, options, &analysis).ok());
    std::vector<std::u16string_view> tokens;
    for (const Token& token : analysis.tokens) {
      const std::u16string_view t = std::u16string_view(text).substr(
          token.start, token.end - token.start);
      tokens.push_back(t.substr(0, TaggedWordLength(t)));
    }
    // The corpus and lesbar's tokenizer split a few sentences differently
    // ("z. B.", URLs); those cannot be compared word by word.
    if (tokens != views) continue;
    ++same_tokens;
    run_time_side.Extract(tokens, "de", &run_time_features, &run_time_offsets);
    EXPECT_EQ(
        FeatureStrings(training_side, training_features, training_offsets),
        FeatureStrings(run_time_side, run_time_features, run_time_offsets))
        << "sentence " << same_tokens;
  }
  // Most sentences must be comparable, or this test proves little.
  EXPECT_GE(same_tokens, 240u);
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
