#include "features/gazetteers/name_lists.h"

#include <algorithm>
#include <cstring>

#include "platform/assets.h"
#include "platform/byte_count.h"

namespace lesbar {
namespace {

size_t CodePointCount(std::string_view utf8) {
  return static_cast<size_t>(std::count_if(
      utf8.begin(), utf8.end(),
      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

PhraseListTable::PhraseListTable(const std::vector<std::string_view>& lists)
    : list_count_(std::min(lists.size(), kMaxLists)) {
  // Every entry is a key, and so is each of its beginnings that a space
  // follows ("vereinigte", "vereinigte staaten" of "vereinigte staaten von
  // amerika"): a phrase is only extended while some list goes on. Lines
  // and spaces bound the keys (repeated entries and beginnings are fewer).
  size_t keys = 0;
  for (size_t k = 0; k < list_count_; ++k) {
    keys += 1 + CountByte(lists[k], '\n') + CountByte(lists[k], ' ');
  }
  size_t capacity = 16;
  // At most two thirds full even if no key repeats (most beginnings do:
  // "new" of "new york", "new zealand", ...), so probes stay short, and
  // half the room of doubling: the table is built on the first analysis.
  while (capacity < keys + keys / 2) capacity *= 2;
  slots_.assign(capacity, Slot());
  keys_.assign(capacity, Key());
  for (size_t k = 0; k < list_count_; ++k) {
    const ListMask bit = static_cast<ListMask>(1u << k);
    const std::string_view bytes = lists[k];
    // One pass over the list's bytes: a line's beginnings are hashed on
    // the way to the whole line's hash. A plain pointer loop, not a search
    // for the line ends and spaces nor a view per byte: the table is built
    // on the first analysis, before the wasm code is optimised, where each
    // library call and bounds check is paid per byte.
    const char* const begin = bytes.data();
    const char* const end = begin + bytes.size();
    const char* line = begin;
    uint64_t state = kHashStart;
    for (const char* p = begin;; ++p) {
      if (p == end || *p == '\n') {
        if (p > line) {
          const std::string_view entry(line, static_cast<size_t>(p - line));
          if ((Add(entry, Finish(state), bit, 0) & bit) == 0) {
            ++entry_counts_[k];
          }
        }
        if (p == end) break;
        line = p + 1;
        state = kHashStart;
        continue;
      }
      if (*p == ' ') {
        Add(std::string_view(line, static_cast<size_t>(p - line)),
            Finish(state), 0, bit);
      }
      state = ExtendByte(state, *p);
    }
  }
}

PhraseListTable::ListMask PhraseListTable::Add(std::string_view key,
                                               uint64_t hash, ListMask entries,
                                               ListMask continued) {
  const size_t bit = hash & (kFilterBits - 1);
  filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  const size_t mask = slots_.size() - 1;
  size_t i = static_cast<size_t>(hash >> 32) & mask;
  const uint32_t tag = TagOf(hash);
  for (; !slots_[i].empty(); i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.tag == tag && keys_[i].size == key.size() &&
        std::memcmp(keys_[i].bytes, key.data(), key.size()) == 0) {
      const ListMask before = slot.entries;
      slot.entries |= entries;
      slot.continued |= continued;
      return before;
    }
  }
  slots_[i] = {tag, entries, continued};
  keys_[i] = {key.data(), static_cast<uint32_t>(key.size())};
  return 0;
}

PhraseListTable::Found PhraseListTable::Find(std::string_view key,
                                             uint64_t hash) const {
  const size_t bit = hash & (kFilterBits - 1);
  if (((filter_[bit >> 6] >> (bit & 63)) & 1) == 0) return {};
  const size_t mask = slots_.size() - 1;
  const uint32_t tag = TagOf(hash);
  for (size_t i = static_cast<size_t>(hash >> 32) & mask; !slots_[i].empty();
       i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.tag == tag && keys_[i].size == key.size() &&
        std::memcmp(keys_[i].bytes, key.data(), key.size()) == 0) {
      return {slot.entries, slot.continued};
    }
  }
  return {};
}

PhraseListTable::Found PhraseListTable::FindPhrase(
    const std::string_view* words, size_t count, size_t size,
    uint64_t hash) const {
  const size_t bit = hash & (kFilterBits - 1);
  if (((filter_[bit >> 6] >> (bit & 63)) & 1) == 0) return {};
  // Whether a key of `size` bytes is the words joined by single spaces.
  const auto is_phrase = [words, count](const char* key) {
    for (size_t w = 0; w < count; ++w) {
      if (w > 0 && *key++ != ' ') return false;
      if (std::memcmp(key, words[w].data(), words[w].size()) != 0) {
        return false;
      }
      key += words[w].size();
    }
    return true;
  };
  const size_t mask = slots_.size() - 1;
  const uint32_t tag = TagOf(hash);
  for (size_t i = static_cast<size_t>(hash >> 32) & mask; !slots_[i].empty();
       i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.tag == tag && keys_[i].size == size && is_phrase(keys_[i].bytes)) {
      return {slot.entries, slot.continued};
    }
  }
  return {};
}

void PhraseListTable::Match(const std::vector<std::string_view>& lowers,
                            std::vector<char>* const marks[]) const {
  const size_t n = lowers.size();
  // Per word, the lists matching there: by_length[l - 1] those with an
  // entry of l words starting at the word (l == 1 also with a genitive 's'
  // removed), each as MatchPhrases would find it for that list alone.
  struct Starting {
    ListMask by_length[kMaxPhraseWords];
    ListMask any;
  };
  thread_local std::vector<Starting> starting;
  // The words where some list matches, in order: the lists' walks visit
  // only these.
  thread_local std::vector<uint32_t> matching_words;
  matching_words.clear();
  starting.assign(n, Starting{});
  ListMask matched_anywhere = 0;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view word = lowers[i];
    Starting& here = starting[i];
    // The hash of the word without its last byte comes on the way to the
    // word's own.
    const bool genitive =
        !word.empty() && word.back() == 's' && CodePointCount(word) > 3;
    uint64_t state = Extend(kHashStart, word.substr(0, word.size() - genitive));
    if (genitive) {
      here.by_length[0] =
          Find(word.substr(0, word.size() - 1), Finish(state)).entries;
      state = Extend(state, word.substr(word.size() - 1));
    }
    const Found found = Find(word, Finish(state));
    here.by_length[0] |= found.entries;
    // MatchPhrases tries phrases in a list only where the word is the first
    // word of one of its phrases (all before the first space): a word that
    // holds a space starts none.
    const ListMask phrase_lists =
        word.find(' ') == std::string_view::npos ? found.continued : 0;
    ListMask going_on = phrase_lists;
    const size_t longest = std::min<size_t>(kMaxPhraseWords, n - i);
    if (going_on != 0 && longest > 1) {
      // The phrase is never joined: its hash extends word by word, and keys
      // are compared with the words in place.
      size_t phrase_size = word.size();
      for (size_t length = 2; length <= longest && going_on != 0; ++length) {
        const std::string_view next = lowers[i + length - 1];
        phrase_size += 1 + next.size();
        state = Extend(Extend(state, " "), next);
        const Found joined =
            FindPhrase(&lowers[i], length, phrase_size, Finish(state));
        // An entry of `length` words begins with one of length - 1 words
        // that a space follows, so no list outside `going_on` holds it.
        here.by_length[length - 1] = joined.entries & phrase_lists;
        going_on &= joined.continued;
      }
    }
    for (ListMask lists : here.by_length) here.any |= lists;
    if (here.any != 0) matching_words.push_back(static_cast<uint32_t>(i));
    matched_anywhere |= here.any;
  }
  // Each list's own greedy walk: the longest match at a word wins and the
  // walk goes on after it.
  for (size_t k = 0; k < list_count_; ++k) {
    std::vector<char>& out = *marks[k];
    out.assign(n, 0);
    const ListMask bit = static_cast<ListMask>(1u << k);
    if ((matched_anywhere & bit) == 0) continue;
    size_t free_from = 0;  // the first word after this list's last match
    for (const uint32_t i : matching_words) {
      if (i < free_from || (starting[i].any & bit) == 0) continue;
      size_t length = kMaxPhraseWords;
      while ((starting[i].by_length[length - 1] & bit) == 0) --length;
      out[i] = 'B';
      for (size_t j = i + 1; j < i + length; ++j) out[j] = 'I';
      free_from = i + length;
    }
  }
}

const PhraseListTable& NameLists() {
  if (!EntityAssetLoaded()) {
    static const PhraseListTable* empty = new PhraseListTable({});
    return *empty;
  }
  static const PhraseListTable* table = [] {
    std::vector<std::string_view> lists;
    for (int k = 0; k < kNameListCount; ++k) {
      lists.push_back(
          AssetSection(NameListSection(static_cast<NameListIndex>(k))));
    }
    return new PhraseListTable(lists);
  }();
  return *table;
}

}  // namespace lesbar
