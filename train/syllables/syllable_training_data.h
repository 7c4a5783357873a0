// What the syllable trainer (train_syllables.py) reads from the counter: the
// symbol table, the Liang patterns coded in the counter's symbols, and per
// word the bucket ids of each vowel group, all computed by the core's own
// code (syllable_features.h). Shared by lesbar_syllable_features and the
// parity test, so the test checks the very lines the trainer reads.
#ifndef LESBAR_TRAIN_SYLLABLES_SYLLABLE_TRAINING_DATA_H_
#define LESBAR_TRAIN_SYLLABLES_SYLLABLE_TRAINING_DATA_H_

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "features/syllables/syllable_features.h"
#include "features/syllables/syllable_tables.h"

namespace lesbar::syllables_training {

using syllables_internal::kSymbolApostrophe;
using syllables_internal::kSymbolIgnored;

inline constexpr uint8_t Sym(char letter) {
  return static_cast<uint8_t>(letter - 'a' + syllables_internal::kSymbolA);
}

// The symbol of each case-folded code point U+00C0..U+017F, from the rules
// the counter's symbols follow (the trainer writes this table into
// syllable_tables.cc as kLatinSymbols): umlauts and ß have their own
// symbols, accented e is a sounded e, æ œ ĳ are other vowels, a few letters
// stand for their look-alike, any other lower-case letter is its base
// letter (or "other letter" when that is not a-z), and upper-case letters
// and non-letters are ignored (the counter folds case before the lookup).
inline std::vector<uint8_t> LatinSymbolTable() {
  using syllables_internal::kLatinTableEnd;
  using syllables_internal::kLatinTableFirst;
  using syllables_internal::kSymbolEAccent;
  using syllables_internal::kSymbolOtherLetter;
  using syllables_internal::kSymbolOtherVowel;
  using syllables_internal::kSymbolSharpS;
  using syllables_internal::kSymbolUmlautA;
  using syllables_internal::kSymbolUmlautO;
  using syllables_internal::kSymbolUmlautU;
  const std::map<char32_t, uint8_t> special = {
      {U'ä', kSymbolUmlautA},    {U'ö', kSymbolUmlautO},
      {U'ü', kSymbolUmlautU},    {U'ß', kSymbolSharpS},
      {U'æ', kSymbolOtherVowel}, {U'œ', kSymbolOtherVowel},
      {U'ĳ', kSymbolOtherVowel}, {U'ø', kSymbolUmlautO},
      {U'ð', Sym('d')},          {U'þ', Sym('t')},
      {U'ł', Sym('l')},          {U'đ', Sym('d')},
      {U'ħ', Sym('h')},          {U'ı', Sym('i')},
      {U'ĸ', Sym('k')},          {U'ŀ', Sym('l')},
      {U'ŉ', Sym('n')},          {U'ŋ', Sym('n')},
      {U'ſ', Sym('s')}};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::vector<uint8_t> table;
  for (char32_t c = kLatinTableFirst; c < kLatinTableEnd; ++c) {
    const auto found = special.find(c);
    if (found != special.end()) {
      table.push_back(found->second);
      continue;
    }
    const UChar32 code = static_cast<UChar32>(c);
    if (!u_isalpha(code) || u_tolower(code) != code) {
      table.push_back(kSymbolIgnored);
      continue;
    }
    icu::UnicodeString decomposition;
    UChar32 base = code;
    if (U_SUCCESS(status) && nfd->getDecomposition(code, decomposition)) {
      base = decomposition.char32At(0);
    }
    if (base == 'e') {
      table.push_back(kSymbolEAccent);
    } else if (base >= 'a' && base <= 'z') {
      table.push_back(Sym(static_cast<char>(base)));
    } else {
      table.push_back(kSymbolOtherLetter);
    }
  }
  return table;
}

// Liang patterns of a libhyphen .dic file (Debian hyphen-de, hyphen-en-us)
// in the coded text form LiangPatterns parses, sorted. Only the last level
// is read: hyph_de_DE.dic's first level is a 69,000-entry compound word
// list, its second the dehyphn patterns. Patterns with a letter the counter
// has no symbol for are dropped; patterns that become equal after the
// symbol mapping keep the larger value at each position. Empty when the
// file cannot be read.
inline std::vector<std::string> CodedHyphenPatterns(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string raw = buffer.str();
  if (raw.empty()) return {};
  // The first line names the charset: ISO8859-1 or UTF-8.
  std::string charset = raw.substr(0, raw.find('\n'));
  charset.erase(0, charset.find_first_not_of(" \t\r"));
  for (char& c : charset) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  const bool latin1 = charset.rfind("ISO8859", 0) == 0;
  // Decoded lines, whitespace trimmed, without the charset line.
  std::vector<std::u32string> lines;
  std::u32string line;
  bool first_line = true;
  auto finish_line = [&]() {
    size_t begin = 0;
    size_t end = line.size();
    auto space = [](char32_t c) {
      return u_isspace(static_cast<UChar32>(c)) || (c >= 0x1C && c <= 0x1F);
    };
    while (begin < end && space(line[begin])) ++begin;
    while (end > begin && space(line[end - 1])) --end;
    if (!first_line) lines.push_back(line.substr(begin, end - begin));
    first_line = false;
    line.clear();
  };
  for (size_t i = 0; i < raw.size();) {
    UChar32 c;
    if (latin1) {
      c = static_cast<unsigned char>(raw[i++]);
    } else {
      const int32_t length = static_cast<int32_t>(raw.size());
      int32_t at = static_cast<int32_t>(i);
      U8_NEXT(raw.data(), at, length, c);
      i = static_cast<size_t>(at);
      if (c < 0) c = 0xFFFD;
    }
    if (c == '\n') {
      finish_line();
    } else {
      line.push_back(static_cast<char32_t>(c));
    }
  }
  finish_line();
  for (size_t k = lines.size(); k-- > 0;) {
    if (lines[k] == U"NEXTLEVEL") {
      lines.erase(lines.begin(), lines.begin() + static_cast<long>(k) + 1);
      break;
    }
  }
  std::map<std::vector<uint8_t>, std::vector<int>> patterns;
  for (const std::u32string& text : lines) {
    if (text.empty() || text[0] == '#' || text[0] == '%' ||
        u_isupper(static_cast<UChar32>(text[0])) ||
        text.find_first_of(U"/ ") != std::u32string::npos) {
      continue;
    }
    std::vector<uint8_t> symbols;
    std::vector<int> values(1, 0);
    bool usable = true;
    for (char32_t c : text) {
      if (c >= '0' && c <= '9') {
        values.back() = static_cast<int>(c - '0');
        continue;
      }
      const uint8_t symbol = c == '.' ? 0 : syllables_internal::SymbolOf(c);
      if (symbol == kSymbolIgnored || symbol == kSymbolApostrophe) {
        usable = false;
        break;
      }
      symbols.push_back(symbol);
      values.push_back(0);
    }
    if (!usable) continue;
    auto [slot, inserted] = patterns.emplace(symbols, values);
    if (!inserted) {
      for (size_t k = 0; k < values.size(); ++k) {
        slot->second[k] = std::max(slot->second[k], values[k]);
      }
    }
  }
  std::vector<std::string> coded;
  for (const auto& [symbols, values] : patterns) {
    std::string text;
    for (size_t k = 0; k < symbols.size(); ++k) {
      if (values[k] != 0) text += static_cast<char>('0' + values[k]);
      const uint8_t s = symbols[k];
      text +=
          s == 0 ? '.'
          : s <= 26
              ? static_cast<char>('a' + s - 1)
              : static_cast<char>('A' + s - syllables_internal::kSymbolUmlautA);
    }
    if (values[symbols.size()] != 0) {
      text += static_cast<char>('0' + values[symbols.size()]);
    }
    coded.push_back(text);
  }
  std::sort(coded.begin(), coded.end());
  return coded;
}

// The coded patterns as one text, as in the generated tables.
inline std::string JoinPatterns(const std::vector<std::string>& coded) {
  std::string text;
  for (const std::string& pattern : coded) text += pattern + "\n";
  return text;
}

// A weak hand prior for the trainer, only to break ties while the group
// labels are latent: 0 = an English final "e" before nothing, "s" or "d"
// (likely silent: "make", "makes", "made"), 1 = a group of two or more
// different vowels (maybe a hiatus: "idea"), 2 = any other group.
inline int PriorHint(std::string_view language,
                     const syllables_internal::VowelGroupFeatures& group) {
  const uint32_t vowels = group.features[0];  // 6 bits per symbol, + 1
  const uint32_t after = group.features[8];   // consonants after, boundary 0
  const bool last = (group.features[11] & 2) != 0;
  const uint32_t boundary = 1;
  if (language == "en" && vowels == Sym('e') + 1u && last &&
      (after == boundary || after == (Sym('s') + 1u) * 64 + boundary ||
       after == (Sym('d') + 1u) * 64 + boundary)) {
    return 0;
  }
  uint32_t seen[4];
  int distinct = 0;
  for (int shift = 0; shift < 24; shift += 6) {
    const uint32_t symbol = (vowels >> shift) & 63;
    if (symbol != 0 &&
        std::find(seen, seen + distinct, symbol) == seen + distinct) {
      seen[distinct++] = symbol;
    }
  }
  return distinct >= 2 ? 1 : 2;
}

// One line of `lesbar_syllable_features words`: the token policy's fixed
// count, 1 if the word has a letter or digit, then per vowel group its
// prior hint and bucket ids ("hint:b0,b1,...", groups separated by ';').
inline std::string FeatureLine(std::string_view language,
                               const syllables_internal::WordFeatures& word) {
  std::string line =
      std::to_string(word.fixed) + '\t' + (word.has_letter ? "1" : "0") + '\t';
  for (size_t g = 0; g < word.groups.size(); ++g) {
    if (g > 0) line += ';';
    line += std::to_string(PriorHint(language, word.groups[g])) + ':';
    for (int t = 0; t < syllables_internal::kNumTemplates; ++t) {
      if (t > 0) line += ',';
      line += std::to_string(word.groups[g].buckets[t]);
    }
  }
  return line;
}

}  // namespace lesbar::syllables_training

#endif  // LESBAR_TRAIN_SYLLABLES_SYLLABLE_TRAINING_DATA_H_
