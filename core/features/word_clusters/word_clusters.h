// Word clusters learned from unlabeled text (train/clusters/, see its
// README): each frequent lower-cased German or English word has a path in a
// binary tree of word classes, and words used alike share long path
// prefixes. The name tagger takes prefixes of a few lengths as features, the
// way Brown-cluster prefixes serve classic NER taggers.
//
// A path is packed into a uint32_t below a leading 1 bit that marks its
// length: path "0110" is 0b1'0110. 0 means no cluster. Packed prefixes of
// different lengths never collide, so they can be hashed as they are.
#ifndef LESBAR_FEATURES_WORD_CLUSTERS_WORD_CLUSTERS_H_
#define LESBAR_FEATURES_WORD_CLUSTERS_WORD_CLUSTERS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lesbar {

// The longest path a packed cluster holds (the leading 1 takes one bit).
inline constexpr int kMaxWordClusterBits = 31;

// The cluster of a lower-cased UTF-8 word ("de" or "en"; any other language,
// an unknown word or bytes that are no word give 0). Fast: one hash and
// usually one probe into a table built on first use; no allocation.
uint32_t WordClusterOf(std::string_view lower_utf8, std::string_view language);
// The same with the word's WordList::Hash already computed (the tagger
// hashes each word once for all its lists).
uint32_t WordClusterOf(std::string_view lower_utf8, size_t word_list_hash,
                       std::string_view language);

// The number of bits in a packed path (0 for no cluster).
inline int WordClusterLength(uint32_t cluster) {
  return cluster == 0 ? 0 : 31 - __builtin_clz(cluster);
}

// The path's first `length` bits, packed the same way; a shorter path is
// returned whole (as Brown-cluster features do), and 0 stays 0.
inline uint32_t WordClusterPrefix(uint32_t cluster, int length) {
  const int have = WordClusterLength(cluster);
  if (length < 0) length = 0;
  if (have <= length) return cluster;
  return cluster >> (have - length);
}

// A word → cluster table over the bytes of one shipped file: lines of
// `word<TAB>bits` (bits a string of 0 and 1). Malformed lines are skipped;
// of a repeated word the first line counts. Holds views into `bytes`, which
// must outlive it (embedded data does).
class WordClusterTable {
 public:
  explicit WordClusterTable(std::string_view bytes);

  uint32_t Find(std::string_view word) const;
  uint32_t Find(std::string_view word, size_t word_list_hash) const;
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint32_t offset = 0;  // of the word in bytes_
    uint32_t length = 0;  // 0: an empty slot (empty words are not stored)
    uint32_t cluster = 0;
    uint32_t hash_check = 0;  // high hash bits: most mismatches skip memcmp
  };
  bool Insert(std::string_view word, size_t hash, uint32_t cluster);

  std::string_view bytes_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// The table of a language, built on first use and kept for the life of the
// process; an empty table for languages without clusters.
const WordClusterTable& WordClustersFor(std::string_view language);

// The raw bytes of a language's shipped file (empty if there is none). The
// only place that knows where the bytes live: today arrays embedded at build
// time, later maybe a separately loaded asset.
std::string_view WordClusterBytes(std::string_view language);

}  // namespace lesbar

#endif  // LESBAR_FEATURES_WORD_CLUSTERS_WORD_CLUSTERS_H_
