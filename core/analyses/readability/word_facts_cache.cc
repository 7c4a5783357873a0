#include "analyses/readability/word_facts_cache.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>

namespace lesbar {
namespace {

// FNV-1a over code units: short words, good enough spread, no dependencies.
uint32_t Hash(std::u16string_view s) {
  uint32_t hash = 2166136261u;
  for (char16_t c : s) {
    hash ^= c;
    hash *= 16777619u;
  }
  return hash;
}

constexpr size_t kInitialSlots = 1024;  // a power of two

}  // namespace

WordFactsCache::WordFactsCache(std::u16string_view text,
                               std::string_view language,
                               const SyllableCounter& syllables)
    : text_(text),
      language_(language),
      syllables_(syllables),
      slots_(kInitialSlots),
      lowercase_slots_(kInitialSlots) {}

const WordFacts& WordFactsCache::Lookup(int32_t start, int32_t end) {
  const std::u16string_view word = text_.substr(start, end - start);
  const uint32_t hash = Hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.start < 0) break;
    if (slot.hash == hash && slot.length == end - start &&
        text_.substr(slot.start, slot.length) == word) {
      return facts_[slot.facts];
    }
  }
  // A new form: count it once, remember where it is.
  facts_.push_back(ComputeWordFacts(word, syllables_.Count(word), language_));
  CountLowercase(word);
  if ((facts_.size() + 1) * 2 > slots_.size()) Grow();
  const size_t grown_mask = slots_.size() - 1;
  size_t i = hash & grown_mask;
  while (slots_[i].start >= 0) i = (i + 1) & grown_mask;
  slots_[i] = {hash, start, end - start,
               static_cast<int32_t>(facts_.size() - 1)};
  return facts_.back();
}

void WordFactsCache::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.start < 0) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].start >= 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void WordFactsCache::CountLowercase(std::u16string_view word) {
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
  const size_t mask = lowercase_slots_.size() - 1;
  size_t i = hash & mask;
  for (;; i = (i + 1) & mask) {
    const LowercaseSlot& slot = lowercase_slots_[i];
    if (slot.offset < 0) break;
    if (slot.hash == hash &&
        slot.length == static_cast<int32_t>(lower.size()) &&
        std::u16string_view(lowercase_arena_)
                .substr(slot.offset, slot.length) == lower) {
      return;
    }
  }
  lowercase_slots_[i] = {hash, static_cast<int32_t>(lowercase_arena_.size()),
                         static_cast<int32_t>(lower.size())};
  lowercase_arena_ += lower;
  ++lowercase_count_;
  if (static_cast<size_t>(lowercase_count_ + 1) * 2 > lowercase_slots_.size()) {
    GrowLowercase();
  }
}

void WordFactsCache::GrowLowercase() {
  std::vector<LowercaseSlot> old(lowercase_slots_.size() * 2);
  old.swap(lowercase_slots_);
  const size_t mask = lowercase_slots_.size() - 1;
  for (const LowercaseSlot& slot : old) {
    if (slot.offset < 0) continue;
    size_t i = slot.hash & mask;
    while (lowercase_slots_[i].offset >= 0) i = (i + 1) & mask;
    lowercase_slots_[i] = slot;
  }
}

}  // namespace lesbar
