// Runs the real name tagger on pre-tokenised sentences, for
// scripts/ner/eval_ner.py. Input on stdin: a "#lang XX" line, then one token
// per line, a blank line after each sentence. Output: one BIO tag per token
// line ("B-PER", "I-LOC", "O"), a blank line after each sentence.
// The tokens of a block are joined with spaces into one text, one sentence
// per line, so offsets and features are those the analyzer would see.
#include <iostream>
#include <string>
#include <vector>

#include "analyses/entities/name_tagger.h"
#include "test_util.h"

namespace {

using lesbar::testing::U16;

struct Block {
  std::string language = "de";
  std::vector<std::vector<std::string>> sentences;
};

void Run(const Block& block) {
  std::u16string text;
  std::vector<lesbar::Token> tokens;
  std::vector<lesbar::Span> sentences;
  for (const auto& words : block.sentences) {
    lesbar::Span sentence{static_cast<int32_t>(text.size()), 0};
    for (const std::string& word : words) {
      if (text.size() > static_cast<size_t>(sentence.start)) text += u' ';
      const int32_t start = static_cast<int32_t>(text.size());
      text += U16(word);
      tokens.push_back(
          {start, static_cast<int32_t>(text.size()), lesbar::TokenKind::kWord});
    }
    sentence.end = static_cast<int32_t>(text.size());
    sentences.push_back(sentence);
    text += u'\n';
  }
  const std::vector<lesbar::Entity> entities =
      lesbar::TagNames(text, tokens, sentences, block.language);
  std::vector<std::string> tags(tokens.size(), "O");
  size_t t = 0;
  for (const lesbar::Entity& entity : entities) {
    while (t < tokens.size() && tokens[t].start < entity.start) ++t;
    const std::string type = lesbar::EntityTypeName(entity.type);
    for (size_t k = t; k < tokens.size() && tokens[k].end <= entity.end; ++k) {
      tags[k] = (k == t ? "B-" : "I-") + type;
    }
  }
  size_t index = 0;
  for (const auto& words : block.sentences) {
    for (size_t i = 0; i < words.size(); ++i)
      std::cout << tags[index++] << '\n';
    std::cout << '\n';
  }
}

}  // namespace

int main() {
  lesbar::testing::LoadEntityAssetOrDie();
  if (!lesbar::NameModelLoaded()) {
    std::cerr << "eval_ner: the embedded name model did not load\n";
    return 1;
  }
  std::ios::sync_with_stdio(false);
  Block block;
  std::vector<std::string> words;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.rfind("#lang ", 0) == 0) {
      if (!block.sentences.empty()) Run(block);
      block = Block();
      block.language = line.substr(6);
    } else if (line.empty()) {
      if (!words.empty()) block.sentences.push_back(words);
      words.clear();
    } else {
      words.push_back(line);
    }
  }
  if (!words.empty()) block.sentences.push_back(words);
  if (!block.sentences.empty()) Run(block);
  return 0;
}
