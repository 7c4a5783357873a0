// Native twin of `lesbar analyze` for debugging and evaluation: reads UTF-8
// from stdin, prints sentences, tokens and entities, one per line.
#include <iostream>
#include <string>

#include "lesbar/lesbar.h"
#include "test_util.h"
#include "tools/tool_util.h"

int main(int argc, char** argv) {
  const std::string language = argc > 1 ? argv[1] : "auto";
  std::u16string text;
  lesbar::Analysis result;
  if (!lesbar::testing::AnalyzeStdin(language, &text, &result)) return 1;
  std::cout << "language " << result.language << "\n";
  for (const auto& s : lesbar::testing::Slices(text, result.sentences)) {
    std::cout << "S\t" << s << "\n";
  }
  for (const auto& t : result.tokens) {
    std::cout << "T\t" << lesbar::TokenKindName(t.kind) << "\t"
              << lesbar::testing::U8(text.substr(t.start, t.end - t.start))
              << "\n";
  }
  // Entities with their cluster and score, then each cluster's name.
  for (const auto& e : result.entities) {
    std::cout << "E\t" << lesbar::EntityTypeName(e.type) << "\t"
              << lesbar::testing::U8(text.substr(e.start, e.end - e.start))
              << "\t" << e.cluster << "\t" << e.score << "\n";
  }
  for (const auto& c : result.clusters) {
    std::cout << "C\t" << c.id << "\t" << lesbar::EntityTypeName(c.type)
              << "\t" << lesbar::testing::U8(c.name) << "\t"
              << c.mentions.size() << "\n";
  }
  return 0;
}
