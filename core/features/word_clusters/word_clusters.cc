#include "features/word_clusters/word_clusters.h"

#include <cstring>

#include "features/word_list.h"
#include "platform/assets.h"
#include "platform/byte_count.h"

namespace lesbar {
namespace {

// Slot index and check bits come from different parts of the hash, so
// words that collide in one rarely collide in the other.
size_t SlotIndex(size_t hash, size_t mask) {
  return (hash ^ (hash >> 31)) & mask;
}
uint32_t HashCheck(size_t hash) {
  return static_cast<uint32_t>(static_cast<uint64_t>(hash) >> 32) ^
         static_cast<uint32_t>(hash);
}

// "0110" → 0b1'0110; 0 for anything but 1 to kMaxWordClusterBits of 0 and 1.
uint32_t PackPath(std::string_view bits) {
  if (bits.empty() || bits.size() > static_cast<size_t>(kMaxWordClusterBits)) {
    return 0;
  }
  uint32_t packed = 1;
  for (char bit : bits) {
    if (bit != '0' && bit != '1') return 0;
    packed = (packed << 1) | static_cast<uint32_t>(bit == '1');
  }
  return packed;
}

}  // namespace

WordClusterTable::WordClusterTable(std::string_view bytes) : bytes_(bytes) {
  // Offsets and lengths are 32-bit; the shipped files are far smaller.
  if (bytes_.size() > UINT32_MAX) bytes_ = std::string_view();
  const size_t lines = CountByte(bytes_, '\n');
  size_t capacity = 16;
  while (capacity < (lines + 1) * 2) capacity *= 2;
  slots_.assign(capacity, Slot());

  // Lines are split in one plain loop, not by searching for the tab and
  // the newline: built on the first analysis, before the wasm code is
  // optimised, a library call per line cost more than the scan.
  const char* data = bytes_.data();
  const size_t size = bytes_.size();
  size_t line_start = 0;
  while (line_start < size) {
    size_t tab = std::string_view::npos;
    size_t line_end = line_start;
    for (; line_end < size && data[line_end] != '\n'; ++line_end) {
      if (data[line_end] == '\t' && tab == std::string_view::npos) {
        tab = line_end - line_start;
      }
    }
    std::string_view line = bytes_.substr(line_start, line_end - line_start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (tab != std::string_view::npos && tab > 0) {
      const std::string_view word = line.substr(0, tab);
      const uint32_t cluster = PackPath(line.substr(tab + 1));
      if (cluster != 0) Insert(word, WordList::Hash(word), cluster);
    }
    line_start = line_end + 1;
  }
}

bool WordClusterTable::Insert(std::string_view word, size_t hash,
                              uint32_t cluster) {
  const size_t mask = slots_.size() - 1;
  const uint32_t check = HashCheck(hash);
  size_t i = SlotIndex(hash, mask);
  for (; slots_[i].length != 0; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash_check == check &&
        bytes_.substr(slot.offset, slot.length) == word) {
      return false;
    }
  }
  Slot& slot = slots_[i];
  slot.offset = static_cast<uint32_t>(word.data() - bytes_.data());
  slot.length = static_cast<uint32_t>(word.size());
  slot.cluster = cluster;
  slot.hash_check = check;
  ++size_;
  return true;
}

uint32_t WordClusterTable::Find(std::string_view word) const {
  return Find(word, WordList::Hash(word));
}

uint32_t WordClusterTable::Find(std::string_view word,
                                size_t word_list_hash) const {
  if (word.empty() || size_ == 0) return 0;
  const size_t mask = slots_.size() - 1;
  const uint32_t check = HashCheck(word_list_hash);
  for (size_t i = SlotIndex(word_list_hash, mask); slots_[i].length != 0;
       i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash_check == check && slot.length == word.size() &&
        std::memcmp(bytes_.data() + slot.offset, word.data(), word.size()) ==
            0) {
      return slot.cluster;
    }
  }
  return 0;
}

std::string_view WordClusterBytes(std::string_view language) {
  // The files are sections of the entity asset
  // (assets/lesbar-entities.manifest).
  if (language == "de") return AssetSection("word_clusters_de");
  if (language == "en") return AssetSection("word_clusters_en");
  return std::string_view();
}

const WordClusterTable& WordClustersFor(std::string_view language) {
  static const WordClusterTable* none =
      new WordClusterTable(std::string_view());
  // Each table is built when its language is first asked for after the
  // asset is registered (built before, it would stay empty).
  if (!EntityAssetLoaded()) return *none;
  if (language == "de") {
    static const WordClusterTable* german =
        new WordClusterTable(WordClusterBytes("de"));
    return *german;
  }
  if (language == "en") {
    static const WordClusterTable* english =
        new WordClusterTable(WordClusterBytes("en"));
    return *english;
  }
  return *none;
}

uint32_t WordClusterOf(std::string_view lower_utf8, std::string_view language) {
  return WordClustersFor(language).Find(lower_utf8);
}

uint32_t WordClusterOf(std::string_view lower_utf8, size_t word_list_hash,
                       std::string_view language) {
  return WordClustersFor(language).Find(lower_utf8, word_list_hash);
}

}  // namespace lesbar
