// The name lists the entity tagger reads, in one table: one lookup per word
// tells which lists hold it and in which lists a phrase starts there, where
// matching each list on its own (MatchPhrases) took nine lookups per word
// and joined the same phrases nine times.
#ifndef LESBAR_FEATURES_GAZETTEERS_NAME_LISTS_H_
#define LESBAR_FEATURES_GAZETTEERS_NAME_LISTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "features/gazetteers/gazetteers.h"
#include "features/word_list.h"

namespace lesbar {

// Several word lists as one hash table from a lower-cased word or phrase
// to two bitmasks over the lists (bit k: list k): the lists holding it as
// an entry, and the lists holding an entry that goes on after it with a
// space.
class PhraseListTable {
 public:
  static constexpr size_t kMaxLists = 16;
  using ListMask = uint16_t;

  // Each list is UTF-8 bytes with one entry per line (empty lines are
  // none), as WordList reads them; the bytes must outlive the table (its
  // keys are views into them). At most kMaxLists: lists after those get no
  // bit and are not matched.
  explicit PhraseListTable(const std::vector<std::string_view>& lists);

  // For each list k, sets *marks[k] to exactly what MatchPhrases(WordList
  // of list k, lowers, marks[k]) sets: each list keeps its own greedy
  // longest match, only the lookups are shared. `marks` holds one vector
  // per list.
  void Match(const std::vector<std::string_view>& lowers,
             std::vector<char>* const marks[]) const;

  // The lists holding `entry` exactly (WordList::Contains of each).
  ListMask ListsHolding(std::string_view entry) const {
    return Find(entry, Finish(Extend(kHashStart, entry))).entries;
  }
  // The number of distinct entries of list k.
  size_t entry_count(size_t k) const { return entry_counts_[k]; }

  size_t list_count() const { return list_count_; }

 private:
  struct Found {
    ListMask entries = 0;
    ListMask continued = 0;  // lists with a longer entry starting so
  };
  // FNV-1a, kept open so that a phrase's hash extends word by word.
  static constexpr uint64_t kHashStart = 0xCBF29CE484222325ull;
  static uint64_t ExtendByte(uint64_t state, char c) {
    return (state ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  }
  static uint64_t Extend(uint64_t state, std::string_view bytes) {
    for (char c : bytes) state = ExtendByte(state, c);
    return state;
  }
  static uint64_t Finish(uint64_t state) {
    state ^= state >> 33;
    state *= 0xFF51AFD7ED558CCDull;
    state ^= state >> 33;
    return state;
  }
  // `hash` is Finish(Extend(kHashStart, key)).
  // Returns the key's entries before.
  ListMask Add(std::string_view key, uint64_t hash, ListMask entries,
               ListMask continued);
  Found Find(std::string_view key, uint64_t hash) const;
  // Find for `count` words joined by spaces (`size` bytes in all).
  Found FindPhrase(const std::string_view* words, size_t count, size_t size,
                   uint64_t hash) const;

  // The probes read only the slots (8 bytes each, a megabyte in all); a
  // key's bytes are looked at once its slot's hash bits match. Built during
  // the first analysis, where nearly every insert missed the cache while
  // the slots held the keys too.
  struct Slot {
    uint32_t tag = 0;  // hash bits the slot's position does not use
    ListMask entries = 0;
    ListMask continued = 0;  // entries == continued == 0: empty
    bool empty() const { return (entries | continued) == 0; }
  };
  struct Key {
    const char* bytes = nullptr;
    uint32_t size = 0;
  };
  static uint32_t TagOf(uint64_t hash) { return static_cast<uint32_t>(hash); }
  std::vector<Slot> slots_;
  std::vector<Key> keys_;  // per slot
  // One bit per hash: most words are in no list, and this answers them
  // without touching the (megabytes of) slots.
  static constexpr size_t kFilterBits = size_t{1} << 20;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64);
  size_t list_count_ = 0;
  size_t entry_counts_[kMaxLists] = {};
};

// The lists of gazetteers.h in NameListIndex order, built on the first use
// after the entity asset is registered and kept for the life of the
// process (empty before).
const PhraseListTable& NameLists();

}  // namespace lesbar

#endif  // LESBAR_FEATURES_GAZETTEERS_NAME_LISTS_H_
