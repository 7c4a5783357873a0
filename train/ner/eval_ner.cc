// npm run eval:ner: strict span+type F1 per type and overall, and the
// expected calibration error of `score`, on every corpus's dev slice (files
// written by train/ner/corpora.py), twice: the name tagger alone on each
// sentence (what the trainer optimises), then the whole entity analysis on
// texts of consecutive sentences (what a user gets: the rules and the
// passes over the whole text included).
//
//   lesbar_eval_ner [--errors FILE] [--tagger-errors FILE]
//                   [--sentences-per-text N] dev-*.txt
//
// --errors writes the whole analysis's missed and wrong names, one per line
// (slice, missed|wrong, type and text); --tagger-errors the tagger's alone.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "ner_evaluation.h"
#include "test_util.h"

int main(int argc, char** argv) {
  lesbar::testing::LoadEntityAssetOrDie();
  if (!lesbar::NameModelLoaded()) {
    std::cerr << "eval_ner: the name model did not load\n";
    return 1;
  }
  std::vector<lesbar::training::LabelledSentence> dev;
  std::string errors_path, tagger_errors_path;
  // About a news article's length.
  size_t sentences_per_text = 20;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--errors" && i + 1 < argc) {
      errors_path = argv[++i];
      continue;
    }
    if (std::string(argv[i]) == "--tagger-errors" && i + 1 < argc) {
      tagger_errors_path = argv[++i];
      continue;
    }
    if (std::string(argv[i]) == "--sentences-per-text" && i + 1 < argc) {
      sentences_per_text = std::max(1, std::atoi(argv[++i]));
      continue;
    }
    if (!lesbar::training::ReadLabelledSentences(argv[i], &dev)) {
      std::cerr << "eval_ner: cannot read " << argv[i] << "\n";
      return 1;
    }
  }
  if (dev.empty()) {
    std::cerr << "usage: lesbar_eval_ner DEV_FILE...\n";
    return 2;
  }
  std::cout << "The name tagger alone, sentence by sentence:\n";
  std::vector<std::string> tagger_errors;
  lesbar::training::PrintScores(
      lesbar::training::Evaluate(dev, &tagger_errors));
  if (!tagger_errors_path.empty()) {
    std::ofstream out(tagger_errors_path);
    for (const std::string& line : tagger_errors) out << line << '\n';
  }
  std::cout << "\nThe whole entity analysis, texts of " << sentences_per_text
            << " consecutive sentences:\n";
  std::cout.flush();
  std::vector<std::string> errors;
  lesbar::training::PrintScores(lesbar::training::Score(
      dev, lesbar::training::TagWithPipeline(dev, sentences_per_text),
      &errors));
  if (!errors_path.empty()) {
    std::ofstream out(errors_path);
    for (const std::string& line : errors) out << line << '\n';
  }
  return 0;
}
