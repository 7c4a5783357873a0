// Liang's hyphenation patterns (as in TeX and libhyphen) over the syllable
// counter's letter symbols. The syllable counter uses the pattern values
// around each vowel group as features: an odd value between two vowel
// groups marks a hyphenation point, so the groups are separate syllables;
// one inside a group ("Mu-se-um") marks a hiatus.
//
// The patterns come from Debian's hyphen-de (hyph_de_DE.dic, last level)
// and hyphen-en-us; the trainer's feature tool codes them in the counter's
// symbols (train/syllables/) and train_syllables.py writes them into
// syllable_tables.cc in that text form (see the constructor). They are
// parsed once into a trie the first time a language needs them.
#ifndef LESBAR_FEATURES_SYLLABLES_LIANG_PATTERNS_H_
#define LESBAR_FEATURES_SYLLABLES_LIANG_PATTERNS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace lesbar {
namespace syllables_internal {

class LiangPatterns {
 public:
  // coded: patterns separated by '\n'. In a pattern, '.' is the word
  // boundary (symbol 0), 'a'..'z' the symbols 1..26, 'A'.. the symbols
  // 27.. (ä ö ü ß é ...), and a digit is the Liang value of the break
  // before the next symbol (or after the last). Malformed patterns are
  // skipped.
  explicit LiangPatterns(std::string_view coded);

  // symbols: one letter run (symbols 1..34, no boundary). Writes length + 1
  // values: values[k] is the largest pattern value for a break before
  // symbols[k] (values[length]: after the last). Word boundaries are added
  // here. Cost: O(length * longest pattern).
  void Values(const uint8_t* symbols, int length, uint8_t* values) const;

  int size() const { return patterns_; }

 private:
  // Symbols 0..kAlphabet-1 can occur in patterns (the boundary and the
  // syllable counter's letter symbols).
  static constexpr int kAlphabet = 36;
  struct Node {
    uint32_t first_edge = 0;
    // Index into dense_ (kAlphabet children, 0 = none) for nodes with many
    // children, so the busy top of the trie is one lookup; else -1.
    int32_t dense = -1;
    uint32_t first_value = 0;
    uint8_t edge_count = 0;
    uint8_t value_count = 0;  // (offset, value) pairs at first_value
  };
  struct Edge {
    uint8_t symbol;
    uint32_t child;
  };

  void Match(const uint8_t* word, int length, int start, uint8_t* values) const;
  void AddValues(uint32_t node, int start, uint8_t* values) const;

  std::vector<Node> nodes_;  // nodes_[0] is the root
  std::vector<Edge> edges_;  // each node's edges contiguous, by symbol
  std::vector<uint32_t> dense_;
  // Node reached by each symbol pair from the root (0 = none), so the first
  // two steps of every match are one lookup in a small table.
  std::vector<uint32_t> pair_nodes_;
  std::vector<uint32_t> children_of_root_;
  std::vector<uint8_t> offset_values_;  // pairs: offset in pattern, value
  int patterns_ = 0;
};

}  // namespace syllables_internal
}  // namespace lesbar

#endif  // LESBAR_FEATURES_SYLLABLES_LIANG_PATTERNS_H_
