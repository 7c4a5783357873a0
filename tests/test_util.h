#ifndef LESBAR_TESTS_TEST_UTIL_H_
#define LESBAR_TESTS_TEST_UTIL_H_

#include <unicode/unistr.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"
#include "platform/assets.h"

namespace lesbar::testing {

// The whole file as bytes, or "" if it cannot be read.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

#ifdef LESBAR_SHARED_DATA_DIR
// The shared dev data: $LESBAR_SHARED_DATA (scripts/test.mjs sets it, also
// for a clone made away from the shared folder), else next to the checkout.
inline std::string SharedDataDir() {
  const char* configured = std::getenv("LESBAR_SHARED_DATA");
  return configured != nullptr && *configured != '\0' ? configured
                                                      : LESBAR_SHARED_DATA_DIR;
}
#endif

#ifdef LESBAR_ENTITY_ASSET_FILE
// Registers the build's lesbar-entities.dat (CMake passes its path), which
// every analysis with entities needs; exits with the reason if it cannot.
inline void LoadEntityAssetOrDie() {
  std::string error;
  if (!LoadEntityAssetFile(LESBAR_ENTITY_ASSET_FILE, &error)) {
    std::fprintf(stderr, "entity asset: %s\n", error.c_str());
    std::exit(1);
  }
}
#endif

inline std::u16string U16(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  return std::u16string(s.getBuffer(), s.length());
}

inline std::string U8(std::u16string_view utf16) {
  std::string out;
  icu::UnicodeString(false, utf16.data(), static_cast<int32_t>(utf16.size()))
      .toUTF8String(out);
  return out;
}

template <typename SpanLike>
std::vector<std::string> Slices(std::u16string_view text,
                                const std::vector<SpanLike>& spans) {
  std::vector<std::string> out;
  for (const auto& s : spans) {
    out.push_back(U8(text.substr(s.start, s.end - s.start)));
  }
  return out;
}

// "TYPE surface" of every entity of `text`, in order.
inline std::vector<std::string> DescribeEntities(
    std::u16string_view text, const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    out.push_back(std::string(EntityTypeName(e.type)) + " " +
                  U8(text.substr(e.start, e.end - e.start)));
  }
  return out;
}

// An entity of `type` over the first occurrence of `mention` in `text` at
// or after `from`, for tests of the passes over a text's entities.
inline Entity EntityAt(std::u16string_view text, std::u16string_view mention,
                       EntityType type, float score = 0.9f, size_t from = 0) {
  Entity e;
  e.start = static_cast<int32_t>(text.find(mention, from));
  e.end = e.start + static_cast<int32_t>(mention.size());
  e.type = type;
  e.score = score;
  return e;
}

// The analyzer's own tokens of `text` (its other results are not used),
// for tests of the passes that need real tokenization: quotation marks,
// hyphenated compounds, abbreviations.
inline std::vector<Token> AnalyzerTokens(const std::u16string& text,
                                         const std::string& language) {
  Status status;
  auto analyzer = Analyzer::Create(&status);
  if (!status.ok()) return {};
  AnalyzeOptions options;
  options.language = language;
  Analysis analysis;
  if (!analyzer->Analyze(text, options, &analysis).ok()) return {};
  return analysis.tokens;
}

// Tokens as the tokenizer makes them of simple test sentences: words split
// at spaces, and ',', '.', '(' and ')' tokens of their own.
inline std::vector<Token> SimpleTokens(std::u16string_view text) {
  std::vector<Token> tokens;
  const auto is_punct = [](char16_t c) {
    return c == u',' || c == u'.' || c == u'(' || c == u')';
  };
  size_t k = 0;
  while (k < text.size()) {
    if (text[k] == u' ') {
      ++k;
      continue;
    }
    const size_t start = k;
    if (is_punct(text[k])) {
      ++k;
    } else {
      while (k < text.size() && text[k] != u' ' && !is_punct(text[k])) ++k;
    }
    tokens.push_back(
        {static_cast<int32_t>(start), static_cast<int32_t>(k),
         is_punct(text[start]) ? TokenKind::kPunct : TokenKind::kWord});
  }
  return tokens;
}

// The rows of a tab-separated file after its "#" comment lines, empty lines
// and one header row, each split at its tabs; false if the file cannot be
// read.
inline bool ReadTsvRows(const std::string& path,
                        std::vector<std::vector<std::string>>* rows) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    std::vector<std::string>& columns = rows->emplace_back();
    std::stringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '\t')) columns.push_back(field);
  }
  return true;
}

// A section of an asset container built by PackAssetContainer.
struct PackedSection {
  std::string name;
  std::string bytes;  // already coded
  uint32_t coding = 0;
};

// The container layout of docs/assets.md, as scripts/build-assets.mjs
// writes it.
inline std::string PackAssetContainer(
    const std::vector<PackedSection>& sections) {
  const auto put_u32 = [](uint32_t value, std::string* out, size_t at) {
    for (int i = 0; i < 4; ++i)
      (*out)[at + i] = static_cast<char>(value >> (8 * i));
  };
  const auto align = [](size_t n) { return (n + 15) / 16 * 16; };
  std::vector<size_t> offsets;
  size_t offset = align(24 + 48 * sections.size());
  size_t total = 24;
  for (const PackedSection& section : sections) {
    offsets.push_back(offset);
    total = offset + section.bytes.size();
    offset = align(total);
  }
  std::string out(total, '\0');
  out.replace(0, 8, "LSBRPACK");
  put_u32(2, &out, 8);
  put_u32(static_cast<uint32_t>(sections.size()), &out, 12);
  put_u32(static_cast<uint32_t>(total), &out, 16);
  for (size_t i = 0; i < sections.size(); ++i) {
    const size_t entry = 24 + 48 * i;
    out.replace(entry, sections[i].name.size(), sections[i].name);
    put_u32(sections[i].coding, &out, entry + 32);
    put_u32(static_cast<uint32_t>(offsets[i]), &out, entry + 40);
    put_u32(static_cast<uint32_t>(sections[i].bytes.size()), &out, entry + 44);
    out.replace(offsets[i], sections[i].bytes.size(), sections[i].bytes);
  }
  return out;
}

}  // namespace lesbar::testing

#endif  // LESBAR_TESTS_TEST_UTIL_H_
