#include "compat/textstat/liang_hyphenator.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <string>

namespace lesbar {
namespace {

constexpr int kLetterBits = 21;  // every code point fits

bool IsLineSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::u32string DecodeUtf8(std::string_view line) {
  std::u32string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const int32_t length = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

}  // namespace

std::unique_ptr<LiangHyphenator> LiangHyphenator::FromPatterns(
    std::string_view patterns) {
  std::unique_ptr<LiangHyphenator> hyphenator(new LiangHyphenator());
  hyphenator->node_pattern_.push_back(-1);  // the root
  // About one trie edge per two bytes of German patterns: reserving once
  // saves the rehashes that otherwise dominate loading.
  hyphenator->edges_.reserve(patterns.size() / 2);
  hyphenator->node_pattern_.reserve(patterns.size() / 2);
  std::vector<uint8_t> values;
  std::u32string letters;
  size_t line_start = 0;
  while (line_start < patterns.size()) {
    size_t line_end = patterns.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = patterns.size();
    std::u32string line =
        DecodeUtf8(patterns.substr(line_start, line_end - line_start));
    line_start = line_end + 1;

    size_t first = 0, last = line.size();
    while (first < last && IsLineSpace(line[first])) ++first;
    while (last > first && IsLineSpace(line[last - 1])) --last;
    if (first == last || line[first] == '#' || line[first] == '%') continue;

    letters.clear();
    values.clear();
    uint8_t pending = 0;
    for (size_t i = first; i < last; ++i) {
      const char32_t c = line[i];
      if (c >= '0' && c <= '9') {
        pending = static_cast<uint8_t>(c - '0');
      } else {
        values.push_back(pending);
        letters.push_back(c);
        pending = 0;
      }
    }
    values.push_back(pending);
    hyphenator->Add(letters, values);
  }
  if (hyphenator->pattern_count_ == 0) return nullptr;
  return hyphenator;
}

bool LiangHyphenator::Add(std::u32string_view letters,
                          const std::vector<uint8_t>& values) {
  size_t start = 0, end = values.size();
  while (start < end && values[start] == 0) ++start;
  if (start == end) return false;  // all zeros: Pyphen skips the line
  while (values[end - 1] == 0) --end;
  if (letters.empty() || start > 255 || end - start > 255) return false;

  int32_t node = 0;
  for (char32_t letter : letters) {
    const uint64_t key = (static_cast<uint64_t>(node) << kLetterBits) |
                         (letter & ((1u << kLetterBits) - 1));
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      const int32_t child = static_cast<int32_t>(node_pattern_.size());
      node_pattern_.push_back(-1);
      it = edges_.emplace(key, child).first;
    }
    node = it->second;
  }
  NodePattern pattern;
  pattern.values_offset = static_cast<uint32_t>(values_.size());
  pattern.start = static_cast<uint8_t>(start);
  pattern.count = static_cast<uint8_t>(end - start);
  values_.insert(values_.end(), values.begin() + start, values.begin() + end);
  // Pyphen keeps the patterns in a dict keyed by their letters: a later
  // pattern with the same letters replaces the earlier one.
  if (node_pattern_[node] < 0) ++pattern_count_;
  node_pattern_[node] = static_cast<int32_t>(patterns_.size());
  patterns_.push_back(pattern);
  return true;
}

int32_t LiangHyphenator::Child(int32_t node, char32_t letter) const {
  if (letter >= (1u << kLetterBits)) return -1;
  auto it = edges_.find((static_cast<uint64_t>(node) << kLetterBits) | letter);
  return it == edges_.end() ? -1 : it->second;
}

std::vector<int32_t> LiangHyphenator::Positions(std::u32string_view word,
                                                int left, int right) const {
  std::u32string pointed;
  pointed.reserve(word.size() + 2);
  pointed.push_back('.');
  pointed.append(word);
  pointed.push_back('.');
  const size_t length = pointed.size();
  std::vector<uint8_t> references(length + 1, 0);
  // As Pyphen: every start but the closing '.', every pattern found there.
  for (size_t i = 0; i + 1 < length; ++i) {
    int32_t node = 0;
    for (size_t j = i; j < length; ++j) {
      node = Child(node, pointed[j]);
      if (node < 0) break;
      const int32_t pattern_index = node_pattern_[node];
      if (pattern_index < 0) continue;
      const NodePattern& pattern = patterns_[pattern_index];
      const uint8_t* values = values_.data() + pattern.values_offset;
      for (size_t k = 0; k < pattern.count; ++k) {
        const size_t at = i + pattern.start + k;
        if (at < references.size()) {
          references[at] = std::max(references[at], values[k]);
        }
      }
    }
  }
  std::vector<int32_t> points;
  const int64_t last_allowed = static_cast<int64_t>(word.size()) - right;
  for (size_t at = 0; at < references.size(); ++at) {
    if ((references[at] & 1) == 0) continue;
    const int64_t point = static_cast<int64_t>(at) - 1;
    if (point >= left && point <= last_allowed) {
      points.push_back(static_cast<int32_t>(point));
    }
  }
  return points;
}

}  // namespace lesbar
