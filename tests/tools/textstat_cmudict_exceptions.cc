// Keeps the CMUdict syllable counts the textstat compatibility mode needs:
// textstat counts a word by CMUdict when the word is there and else by its
// hyphenation points + 1, so an entry that equals the hyphenation count
// changes nothing and need not ship. Reads "word<TAB>count" lines (lower
// case, UTF-8) and writes those whose count differs, with the hyphenation
// patterns of a built lesbar-textstat.dat (scripts/textstat/
// gen-cmudict-exceptions.mjs runs it).
//
//   lesbar_textstat_cmudict_exceptions TEXTSTAT_DAT < counts > exceptions
#include <unicode/utf8.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "compat/textstat/textstat_data.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s TEXTSTAT_DAT < counts > exceptions\n",
                 argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string file((std::istreambuf_iterator<char>(in)),
                         std::istreambuf_iterator<char>());
  std::string error;
  const auto data = lesbar::TextstatData::Parse(file, &error);
  const lesbar::LiangHyphenator* hyphenator =
      data ? data->Hyphenator("en") : nullptr;
  if (hyphenator == nullptr) {
    std::fprintf(stderr, "%s: no English hyphenation patterns in %s %s\n",
                 argv[0], argv[1], error.c_str());
    return 1;
  }
  std::string line;
  size_t words = 0, kept = 0;
  while (std::getline(std::cin, line)) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string word = line.substr(0, tab);
    const int count = std::stoi(line.substr(tab + 1));
    std::u32string letters;
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
      UChar32 c;
      U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
      letters.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
    }
    ++words;
    if (count != static_cast<int>(hyphenator->Positions(letters).size()) + 1) {
      ++kept;
      std::cout << word << '\t' << count << '\n';
    }
  }
  std::fprintf(stderr, "%zu of %zu counts differ from the hyphenation count\n",
               kept, words);
  return 0;
}
