// Running text repeats its words ("die", "the", names): each distinct form
// is counted once (syllables, letters, suffix checks) and then looked up,
// which keeps readability a small fraction of analyze() time. The table
// stores offsets into the text, not copies, so it allocates only when it
// grows. It also counts distinct lower-cased forms for `unique_words`.
#ifndef LESBAR_ANALYSES_READABILITY_WORD_FACTS_CACHE_H_
#define LESBAR_ANALYSES_READABILITY_WORD_FACTS_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/readability/text_stats.h"
#include "features/syllables/syllable_counter.h"

namespace lesbar {

class WordFactsCache {
 public:
  // `text` must outlive the cache; words are views into it.
  WordFactsCache(std::u16string_view text, std::string_view language,
                 const SyllableCounter& syllables);

  const WordFacts& Lookup(int32_t start, int32_t end);

  // Distinct word forms after lower-casing ("Die" = "die").
  int64_t unique_lowercase_forms() const { return lowercase_count_; }

 private:
  struct Slot {
    uint32_t hash = 0;
    int32_t start = -1;  // -1: empty
    int32_t length = 0;
    int32_t facts = 0;  // index into facts_
  };
  struct LowercaseSlot {
    uint32_t hash = 0;
    int32_t offset = -1;  // into lowercase_arena_; -1: empty
    int32_t length = 0;
  };

  void Grow();
  void CountLowercase(std::u16string_view word);
  void GrowLowercase();

  std::u16string_view text_;
  std::string language_;
  const SyllableCounter& syllables_;
  std::vector<Slot> slots_;
  std::vector<WordFacts> facts_;
  std::vector<LowercaseSlot> lowercase_slots_;
  std::u16string lowercase_arena_;
  std::u16string lowercase_scratch_;
  int64_t lowercase_count_ = 0;
};

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_WORD_FACTS_CACHE_H_
