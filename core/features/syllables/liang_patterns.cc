#include "features/syllables/liang_patterns.h"

#include <algorithm>
#include <array>

namespace lesbar {
namespace syllables_internal {
namespace {

constexpr int kAlphabet = 36;    // LiangPatterns::kAlphabet
constexpr int kDenseFrom = 6;    // children at which a node gets a dense table
constexpr int kMaxPattern = 48;  // longer patterns are skipped
constexpr int kMaxWord = 256;    // longer runs get no pattern values

// Symbol of a coded pattern character, -1 if it is not one.
int CodedSymbol(char c) {
  if (c == '.') return 0;
  if (c >= 'a' && c <= 'z') return c - 'a' + 1;
  if (c >= 'A' && c < 'A' + kAlphabet - 27) return c - 'A' + 27;
  return -1;
}

}  // namespace

LiangPatterns::LiangPatterns(std::string_view coded) {
  // Build a linked trie first (first child / next sibling, so insertion
  // allocates one small record per node), then pack it into sorted edge
  // lists. Construction runs on the first analysis, so it is kept cheap.
  struct Building {
    int32_t first_child = -1;
    int32_t next_sibling = -1;
    int32_t values_at = -1;  // offset into `values` of this node's pairs
    uint8_t symbol = 0;
    uint8_t value_count = 0;
  };
  std::vector<Building> trie(1);
  trie.reserve(coded.size() / 2);
  std::vector<uint8_t> values;  // (offset, value) pairs of every pattern
  values.reserve(coded.size());
  auto child_of = [&trie](int32_t node, uint8_t symbol, bool create) {
    int32_t previous = -1;
    int32_t child = trie[node].first_child;
    while (child >= 0 && trie[child].symbol < symbol) {
      previous = child;
      child = trie[child].next_sibling;
    }
    if (child >= 0 && trie[child].symbol == symbol) return child;
    if (!create) return int32_t{-1};
    const int32_t created = static_cast<int32_t>(trie.size());
    Building record;
    record.symbol = symbol;
    record.next_sibling = child;  // siblings stay sorted by symbol
    trie.push_back(record);
    if (previous < 0) {
      trie[node].first_child = created;
    } else {
      trie[previous].next_sibling = created;
    }
    return created;
  };
  size_t pos = 0;
  while (pos < coded.size()) {
    // A plain scan, not find(): this runs on the first analysis, before
    // the wasm code is optimised, where a library call per line cost more.
    size_t end = pos;
    while (end < coded.size() && coded[end] != '\n') ++end;
    const std::string_view line = coded.substr(pos, end - pos);
    pos = end + 1;
    uint8_t symbols[kMaxPattern];
    uint8_t pattern_values[kMaxPattern + 1] = {};
    int length = 0;
    bool valid = !line.empty();
    for (char c : line) {
      if (c >= '0' && c <= '9') {
        pattern_values[length] = static_cast<uint8_t>(c - '0');
        continue;
      }
      const int symbol = CodedSymbol(c);
      if (symbol < 0 || length == kMaxPattern) {
        valid = false;
        break;
      }
      symbols[length++] = static_cast<uint8_t>(symbol);
    }
    if (!valid || length == 0) continue;
    int32_t node = 0;
    for (int k = 0; k < length; ++k) node = child_of(node, symbols[k], true);
    // A repeated pattern replaces the earlier one.
    trie[node].values_at = static_cast<int32_t>(values.size());
    trie[node].value_count = 0;
    for (int k = 0; k <= length; ++k) {
      if (pattern_values[k] > 0) {
        values.push_back(static_cast<uint8_t>(k));
        values.push_back(pattern_values[k]);
        ++trie[node].value_count;
      }
    }
    ++patterns_;
  }
  nodes_.resize(trie.size());
  edges_.reserve(trie.size());
  for (size_t n = 0; n < trie.size(); ++n) {
    Node& node = nodes_[n];
    node.first_edge = static_cast<uint32_t>(edges_.size());
    for (int32_t c = trie[n].first_child; c >= 0; c = trie[c].next_sibling) {
      edges_.push_back({trie[c].symbol, static_cast<uint32_t>(c)});
    }
    node.edge_count = static_cast<uint8_t>(edges_.size() - node.first_edge);
    if (node.edge_count >= kDenseFrom) {
      node.dense = static_cast<int32_t>(dense_.size());
      dense_.resize(dense_.size() + kAlphabet, 0);
      for (int32_t c = trie[n].first_child; c >= 0; c = trie[c].next_sibling) {
        dense_[node.dense + trie[c].symbol] = static_cast<uint32_t>(c);
      }
    }
    node.first_value = static_cast<uint32_t>(offset_values_.size());
    node.value_count = trie[n].value_count;
    if (trie[n].values_at >= 0) {
      offset_values_.insert(
          offset_values_.end(), values.begin() + trie[n].values_at,
          values.begin() + trie[n].values_at + 2 * trie[n].value_count);
    }
  }
  children_of_root_.assign(kAlphabet, 0);
  pair_nodes_.assign(kAlphabet * kAlphabet, 0);
  for (int32_t a = trie[0].first_child; a >= 0; a = trie[a].next_sibling) {
    children_of_root_[trie[a].symbol] = static_cast<uint32_t>(a);
    for (int32_t b = trie[a].first_child; b >= 0; b = trie[b].next_sibling) {
      pair_nodes_[trie[a].symbol * kAlphabet + trie[b].symbol] =
          static_cast<uint32_t>(b);
    }
  }
}

void LiangPatterns::Match(const uint8_t* word, int length, int start,
                          uint8_t* values) const {
  // Values of a one-symbol pattern, then jump two symbols at once.
  if (word[start] >= kAlphabet) return;
  const uint32_t first = children_of_root_[word[start]];
  if (first == 0) return;
  AddValues(first, start, values);
  if (start + 1 >= length || word[start + 1] >= kAlphabet) return;
  uint32_t node = pair_nodes_[word[start] * kAlphabet + word[start + 1]];
  if (node == 0) return;
  AddValues(node, start, values);
  for (int j = start + 2; j < length; ++j) {
    const Node& current = nodes_[node];
    const uint8_t symbol = word[j];
    if (symbol >= kAlphabet) return;
    if (current.dense >= 0) {
      node = dense_[current.dense + symbol];
      if (node == 0) return;  // the root is nobody's child
    } else {
      const Edge* edge = edges_.data() + current.first_edge;
      const Edge* edges_end = edge + current.edge_count;
      while (edge < edges_end && edge->symbol < symbol) ++edge;
      if (edge == edges_end || edge->symbol != symbol) return;
      node = edge->child;
    }
    AddValues(node, start, values);
  }
}

inline void LiangPatterns::AddValues(uint32_t node, int start,
                                     uint8_t* values) const {
  const Node& matched = nodes_[node];
  const uint8_t* pair = offset_values_.data() + matched.first_value;
  for (int v = 0; v < matched.value_count; ++v, pair += 2) {
    uint8_t& slot = values[start + pair[0]];
    slot = std::max(slot, pair[1]);
  }
}

void LiangPatterns::Values(const uint8_t* symbols, int length,
                           uint8_t* values) const {
  std::fill(values, values + length + 1, 0);
  if (length + 2 > kMaxWord || nodes_.empty()) return;
  uint8_t word[kMaxWord];
  uint8_t breaks[kMaxWord + 1] = {};  // breaks[p]: before word[p]
  word[0] = 0;
  std::copy(symbols, symbols + length, word + 1);
  word[length + 1] = 0;
  const int word_length = length + 2;
  for (int start = 0; start < word_length; ++start) {
    Match(word, word_length, start, breaks);
  }
  std::copy(breaks + 1, breaks + length + 2, values);
}

}  // namespace syllables_internal
}  // namespace lesbar
