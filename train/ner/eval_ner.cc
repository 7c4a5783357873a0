// npm run eval:ner: strict span+type F1 per type and overall, and the
// expected calibration error of `score`, of the real name tagger on every
// corpus's dev slice (files written by train/ner/corpora.py).
//
//   lesbar_eval_ner [--errors FILE] build/ner/dev-*.txt
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
  std::string errors_path;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--errors" && i + 1 < argc) {
      errors_path = argv[++i];
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
  std::vector<std::string> errors;
  lesbar::training::PrintScores(lesbar::training::Evaluate(dev, &errors));
  if (!errors_path.empty()) {
    std::ofstream out(errors_path);
    for (const std::string& line : errors) out << line << '\n';
  }
  return 0;
}
