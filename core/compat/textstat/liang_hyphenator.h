// Liang's hyphenation (TeX, libhyphen, Pyphen) over a set of patterns such
// as the LibreOffice hyph_*.dic files, giving the same points Pyphen 0.17
// gives: that is what textstat counts syllables with (points + 1).
//
// Patterns come in Liang notation, one per line ("a1b", ".ab3c", "4ch."),
// already normalised the way Pyphen reads a .dic file
// (scripts/textstat/build-compat-data.mjs does that: decoding, "^^hh"
// escapes, directives, nonstandard "/..." tails, and "the last pattern with
// the same letters wins"). Lines starting with '#' or '%' and empty lines
// are skipped here too, so a plain .dic body also loads.
//
// Why a trie: Pyphen looks up every substring of ".word." in a dict, which
// costs O(n * maxlen^2) per word; walking a trie from every start is
// O(n * maxlen) with no string building, and stays linear on a word of a
// million letters.
#ifndef LESBAR_COMPAT_TEXTSTAT_LIANG_HYPHENATOR_H_
#define LESBAR_COMPAT_TEXTSTAT_LIANG_HYPHENATOR_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lesbar {

class LiangHyphenator {
 public:
  // patterns: UTF-8, one pattern per line. Returns nullptr when no line
  // holds a pattern with a non-zero value.
  static std::unique_ptr<LiangHyphenator> FromPatterns(
      std::string_view patterns);

  // Hyphenation points of `word` as code point offsets (a point p splits
  // before word[p]), ascending, each in [left, word.size() - right], as
  // Pyphen(left=2, right=2).positions(word) returns them. `word` must
  // already be lower-cased (Pyphen lower-cases; textstat lower-cases first).
  std::vector<int32_t> Positions(std::u32string_view word, int left = 2,
                                 int right = 2) const;

  int32_t pattern_count() const { return pattern_count_; }

 private:
  LiangHyphenator() = default;
  bool Add(std::u32string_view letters, const std::vector<uint8_t>& values);
  int32_t Child(int32_t node, char32_t letter) const;

  // A node's pattern: its values (after leading zeros) start `start` places
  // after the pattern's first letter position.
  struct NodePattern {
    uint32_t values_offset = 0;
    uint8_t start = 0;
    uint8_t count = 0;
  };
  // Edges keyed by (node << 21) | code point; node 0 is the root.
  std::unordered_map<uint64_t, int32_t> edges_;
  std::vector<int32_t> node_pattern_;  // per node: index into patterns_, -1
  std::vector<NodePattern> patterns_;
  std::vector<uint8_t> values_;
  int32_t pattern_count_ = 0;
};

}  // namespace lesbar

#endif  // LESBAR_COMPAT_TEXTSTAT_LIANG_HYPHENATOR_H_
