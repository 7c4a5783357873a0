// Prints the value entities of UTF-8 text from stdin, one "TYPE<TAB>text"
// per line, and the time the finder and the linker took on stderr. For
// reading the rules' output on the dev corpus:
//   build/native/lesbar_dump_value_entities de < ../shared/data/corpus/...
#include <chrono>
#include <iostream>
#include <map>
#include <string>

#include "analyses/entities/entity_linker.h"
#include "analyses/entities/value_entities.h"
#include "lesbar/lesbar.h"
#include "test_util.h"
#include "tools/tool_util.h"

int main(int argc, char** argv) {
  const std::string language = argc > 1 ? argv[1] : "de";
  std::u16string text;
  lesbar::Analysis analysis;
  if (!lesbar::testing::AnalyzeStdin(language, &text, &analysis)) return 1;
  const auto start = std::chrono::steady_clock::now();
  std::vector<lesbar::Entity> entities = lesbar::FindValueEntities(
      text, analysis.tokens, analysis.sentences, language);
  const auto found = std::chrono::steady_clock::now();
  std::vector<lesbar::EntityCluster> clusters;
  lesbar::LinkEntities(text, language, &entities, &clusters);
  const auto linked = std::chrono::steady_clock::now();
  std::map<std::string, int> counts;
  for (const lesbar::Entity& e : entities) {
    std::cout << lesbar::EntityTypeName(e.type) << "\t"
              << lesbar::testing::U8(text.substr(e.start, e.end - e.start))
              << "\n";
    ++counts[lesbar::EntityTypeName(e.type)];
  }
  const double mb = lesbar::testing::U8(text).size() / 1e6;  // UTF-8 MB
  const double find_s = std::chrono::duration<double>(found - start).count();
  const double link_s = std::chrono::duration<double>(linked - found).count();
  for (const auto& [type, count] : counts) {
    std::cerr << type << " " << count << "\n";
  }
  std::cerr << "values: " << mb / find_s << " MB/s, linking: " << mb / link_s
            << " MB/s, " << clusters.size() << " clusters\n";
  return 0;
}
