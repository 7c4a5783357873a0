// What the debugging tools share: read stdin and analyze it.
#ifndef LESBAR_TESTS_TOOLS_TOOL_UTIL_H_
#define LESBAR_TESTS_TOOLS_TOOL_UTIL_H_

#include <iostream>
#include <iterator>
#include <string>

#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar::testing {

// Reads UTF-8 from stdin into `text` and analyzes it in `language`; prints
// the error on stderr and returns false when that fails.
inline bool AnalyzeStdin(const std::string& language, std::u16string* text,
                         Analysis* analysis) {
  const std::string input((std::istreambuf_iterator<char>(std::cin)),
                          std::istreambuf_iterator<char>());
  *text = U16(input);
#ifdef LESBAR_ENTITY_ASSET_FILE
  LoadEntityAssetOrDie();
#endif
  Status status;
  auto analyzer = Analyzer::Create(&status);
  if (analyzer) {
    AnalyzeOptions options;
    options.language = language;
    status = analyzer->Analyze(*text, options, analysis);
  }
  if (!status.ok()) {
    std::cerr << status.message << "\n";
    return false;
  }
  return true;
}

}  // namespace lesbar::testing

#endif  // LESBAR_TESTS_TOOLS_TOOL_UTIL_H_
