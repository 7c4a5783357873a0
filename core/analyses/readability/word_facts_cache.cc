#include "analyses/readability/word_facts_cache.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace lesbar {
namespace {

// FNV-1a over code units, then MurmurHash3's finaliser: FNV's low bits
// depend only on the low bits of the input, and the table indexes by the
// low bits, so without the finaliser similar words would cluster.
uint32_t Hash(std::u16string_view s) {
  uint32_t hash = 2166136261u;
  for (char16_t c : s) {
    hash ^= c;
    hash *= 16777619u;
  }
  hash ^= hash >> 16;
  hash *= 0x85ebca6bu;
  hash ^= hash >> 13;
  hash *= 0xc2b2ae35u;
  hash ^= hash >> 16;
  return hash;
}

constexpr size_t kInitialSlots = 1024;  // a power of two

}  // namespace

WordFactsCache::WordFactsCache(std::string_view language)
    : language_(language),
      syllables_(SyllableCounter::Create(language)),
      slots_(kInitialSlots),
      lowercase_slots_(kInitialSlots) {}

void WordFactsCache::Clear() {
  slots_.assign(kInitialSlots, Slot());
  entries_.clear();
  arena_.clear();
  lowercase_slots_.assign(kInitialSlots, Slot());
  lowercase_entries_.clear();
  lowercase_arena_.clear();
}

void WordFactsCache::BeginText() {
  if (entries_.size() > kMaxFormsKept) Clear();
  ++text_;
  if (text_ == 0) {  // the stamp wrapped: old stamps could collide
    Clear();
    text_ = 1;
  }
  unique_in_text_ = 0;
}

void WordFactsCache::Grow(std::vector<Slot>* slots) {
  std::vector<Slot> old(slots->size() * 2);
  old.swap(*slots);
  const size_t mask = slots->size() - 1;
  for (const Slot& slot : old) {
    if (slot.entry < 0) continue;
    size_t i = slot.hash & mask;
    while ((*slots)[i].entry >= 0) i = (i + 1) & mask;
    (*slots)[i] = slot;
  }
}

template <typename Entries>
size_t WordFactsCache::FindSlot(const std::vector<Slot>& slots,
                                const Entries& entries,
                                std::u16string_view arena,
                                std::u16string_view key, uint32_t hash) {
  const size_t mask = slots.size() - 1;
  size_t i = hash & mask;
  for (; slots[i].entry >= 0; i = (i + 1) & mask) {
    const auto& entry = entries[slots[i].entry];
    if (slots[i].hash == hash &&
        arena.substr(entry.offset, entry.length) == key) {
      break;
    }
  }
  return i;
}

void WordFactsCache::MarkSeen(LowercaseEntry* entry) {
  if (entry->text_seen == text_) return;
  entry->text_seen = text_;
  ++unique_in_text_;
}

const WordFacts& WordFactsCache::Lookup(std::u16string_view word) {
  const uint32_t hash = Hash(word);
  const size_t i = FindSlot(slots_, entries_, arena_, word, hash);
  if (slots_[i].entry >= 0) {
    Entry& entry = entries_[slots_[i].entry];
    if (entry.text_seen != text_) {
      entry.text_seen = text_;
      MarkSeen(&lowercase_entries_[entry.lowercase]);
    }
    return entry.facts;
  }
  // A new form: count it once, keep a copy of it.
  Entry entry;
  entry.offset = static_cast<int32_t>(arena_.size());
  entry.length = static_cast<int32_t>(word.size());
  entry.facts = ComputeWordFacts(word, syllables_->Count(word), language_);
  entry.lowercase = LowercaseIndex(word);
  entry.text_seen = text_;
  arena_.append(word);
  entries_.push_back(entry);
  slots_[i] = {hash, static_cast<int32_t>(entries_.size() - 1)};
  if (entries_.size() * 2 > slots_.size()) Grow(&slots_);
  return entries_.back().facts;
}

int32_t WordFactsCache::LowercaseIndex(std::u16string_view word) {
  std::u16string& lower = lowercase_scratch_;
  lower.clear();
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    } else {
      c = u_tolower(c);
    }
    if (U_IS_BMP(c)) {
      lower.push_back(static_cast<char16_t>(c));
    } else {
      lower.push_back(U16_LEAD(c));
      lower.push_back(U16_TRAIL(c));
    }
  }
  const uint32_t hash = Hash(lower);
  const size_t i = FindSlot(lowercase_slots_, lowercase_entries_,
                            lowercase_arena_, lower, hash);
  if (lowercase_slots_[i].entry >= 0) {
    MarkSeen(&lowercase_entries_[lowercase_slots_[i].entry]);
    return lowercase_slots_[i].entry;
  }
  lowercase_entries_.push_back({static_cast<int32_t>(lowercase_arena_.size()),
                                static_cast<int32_t>(lower.size()), text_});
  lowercase_arena_ += lower;
  ++unique_in_text_;
  lowercase_slots_[i] = {hash,
                         static_cast<int32_t>(lowercase_entries_.size() - 1)};
  if (lowercase_entries_.size() * 2 > lowercase_slots_.size()) {
    Grow(&lowercase_slots_);
  }
  return static_cast<int32_t>(lowercase_entries_.size() - 1);
}

}  // namespace lesbar
