// Running text repeats its words ("die", "the", names), and an editor
// re-analyses the same text after every keystroke: each distinct form is
// counted once (syllables, letters, suffix checks) and then looked up. The
// cache lives as long as its Analyzer, one per language, and is emptied
// between texts once it holds more than kMaxFormsKept forms, so memory
// stays bounded while a single text is never cut short. It also counts the
// distinct lower-cased forms of the current text for `unique_words`.
#ifndef LESBAR_ANALYSES_READABILITY_WORD_FACTS_CACHE_H_
#define LESBAR_ANALYSES_READABILITY_WORD_FACTS_CACHE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/readability/text_stats.h"
#include "features/syllables/syllable_counter.h"

namespace lesbar {

class WordFactsCache {
 public:
  static constexpr size_t kMaxFormsKept = size_t{1} << 17;

  // `language` picks the syllable model and the suffix lists.
  explicit WordFactsCache(std::string_view language);

  // Starts a new text: the distinct-form count restarts.
  void BeginText();

  const WordFacts& Lookup(std::u16string_view word);

  // Distinct word forms of the current text after lower-casing.
  int64_t unique_lowercase_forms() const { return unique_in_text_; }

  size_t forms_kept() const { return entries_.size(); }

  // The counter the cache fills itself from (also serves single words).
  const SyllableCounter& syllables() const { return *syllables_; }

 private:
  // Open addressing over strings kept in an arena; -1 marks an empty slot.
  struct Slot {
    uint32_t hash = 0;
    int32_t entry = -1;
  };
  struct Entry {
    int32_t offset;  // into arena_
    int32_t length;
    WordFacts facts;
    int32_t lowercase;  // index into lowercase_entries_
    uint32_t text_seen;
  };
  struct LowercaseEntry {
    int32_t offset;  // into lowercase_arena_
    int32_t length;
    uint32_t text_seen;
  };

  void Clear();
  int32_t LowercaseIndex(std::u16string_view word);
  // Counts a lower-cased form once per text.
  void MarkSeen(LowercaseEntry* entry);
  static void Grow(std::vector<Slot>* slots);
  // The slot holding `key`, or the empty slot where it belongs.
  template <typename Entries>
  static size_t FindSlot(const std::vector<Slot>& slots, const Entries& entries,
                         std::u16string_view arena, std::u16string_view key,
                         uint32_t hash);

  std::string language_;
  std::unique_ptr<SyllableCounter> syllables_;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::u16string arena_;
  std::vector<Slot> lowercase_slots_;
  std::vector<LowercaseEntry> lowercase_entries_;
  std::u16string lowercase_arena_;
  std::u16string lowercase_scratch_;
  uint32_t text_ = 0;
  int64_t unique_in_text_ = 0;
};

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_WORD_FACTS_CACHE_H_
