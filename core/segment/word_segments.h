// ICU's word segments (UAX #29 as ICU's root rules apply it) with their
// rule status, found without ICU where the text is plain: letters, digits
// and punctuation of Latin script and general punctuation, whose segments
// follow from a handful of the standard's rules. Everything else (combining
// marks, format characters, emoji, other scripts, dictionary languages)
// goes to ICU's iterator, which then carries on until the text is plain
// again. The boundaries and statuses are ICU's exactly
// (tests/core/segment/word_segments_test.cc compares them on real text and
// on random mixtures); ICU's iterator was a fifth of segmentation's time.
#ifndef LESBAR_SEGMENT_WORD_SEGMENTS_H_
#define LESBAR_SEGMENT_WORD_SEGMENTS_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>

namespace lesbar {

class WordSegments {
 public:
  // `words` is a word-break iterator whose text is already `text`; both
  // must outlive this object.
  WordSegments(icu::BreakIterator* words, std::u16string_view text);

  // The next segment's end and ICU rule status (UBRK_WORD_*); false at the
  // end of the text.
  bool Next(int32_t* end, int32_t* status);

 private:
  // The plain segment starting at start_, or false when ICU must decide.
  bool NextPlain(int32_t* end, int32_t* status) const;
  bool IsPlainAt(int32_t i) const;

  icu::BreakIterator* words_;
  std::u16string_view text_;
  int32_t start_ = 0;
  // Whether ICU's iterator stands at start_ (it follows the text once a
  // segment was not plain, until the text is plain again).
  bool icu_in_step_ = false;
};

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_WORD_SEGMENTS_H_
