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
  // Build a dense trie first (simple), then pack it into sorted edge lists
  // (small: about 9 bytes per node instead of 256).
  std::vector<std::array<int32_t, kAlphabet>> children(1);
  children[0].fill(-1);
  std::vector<std::vector<uint8_t>> node_values(1);
  size_t pos = 0;
  while (pos < coded.size()) {
    size_t end = coded.find('\n', pos);
    if (end == std::string_view::npos) end = coded.size();
    const std::string_view line = coded.substr(pos, end - pos);
    pos = end + 1;
    uint8_t symbols[kMaxPattern];
    uint8_t values[kMaxPattern + 1] = {};
    int length = 0;
    bool valid = !line.empty();
    for (char c : line) {
      if (c >= '0' && c <= '9') {
        values[length] = static_cast<uint8_t>(c - '0');
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
    for (int k = 0; k < length; ++k) {
      int32_t& child = children[node][symbols[k]];
      if (child < 0) {
        child = static_cast<int32_t>(children.size());
        children.emplace_back();
        children.back().fill(-1);
        node_values.emplace_back();
      }
      node = children[node][symbols[k]];
    }
    std::vector<uint8_t>& target = node_values[node];
    target.clear();  // a repeated pattern replaces the earlier one
    for (int k = 0; k <= length; ++k) {
      if (values[k] > 0) {
        target.push_back(static_cast<uint8_t>(k));
        target.push_back(values[k]);
      }
    }
    ++patterns_;
  }
  nodes_.resize(children.size());
  for (size_t n = 0; n < children.size(); ++n) {
    Node& node = nodes_[n];
    node.first_edge = static_cast<uint32_t>(edges_.size());
    for (int s = 0; s < kAlphabet; ++s) {
      if (children[n][s] >= 0) {
        edges_.push_back(
            {static_cast<uint8_t>(s), static_cast<uint32_t>(children[n][s])});
      }
    }
    node.edge_count = static_cast<uint8_t>(edges_.size() - node.first_edge);
    if (node.edge_count >= kDenseFrom) {
      node.dense = static_cast<int32_t>(dense_.size());
      for (int s = 0; s < kAlphabet; ++s) {
        dense_.push_back(
            children[n][s] >= 0 ? static_cast<uint32_t>(children[n][s]) : 0);
      }
    }
    node.first_value = static_cast<uint32_t>(offset_values_.size());
    node.value_count = static_cast<uint8_t>(node_values[n].size() / 2);
    offset_values_.insert(offset_values_.end(), node_values[n].begin(),
                          node_values[n].end());
  }
  children_of_root_.assign(kAlphabet, 0);
  pair_nodes_.assign(kAlphabet * kAlphabet, 0);
  for (int a = 0; a < kAlphabet; ++a) {
    const int32_t child = children[0][a];
    if (child < 0) continue;
    children_of_root_[a] = static_cast<uint32_t>(child);
    for (int b = 0; b < kAlphabet; ++b) {
      if (children[child][b] >= 0) {
        pair_nodes_[a * kAlphabet + b] =
            static_cast<uint32_t>(children[child][b]);
      }
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
