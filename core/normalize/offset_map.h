// Maps positions in a normalised text back to the original text. Edits that
// change length are rare in real text, so the map stores only those edits;
// the stretches between them are shifted copies.
//
// An edit says: normalised [n0, n1) stands for original [o0, o1), with
// different lengths (an NFC composition, a deleted soft hyphen with n0 ==
// n1, or a rare NFC expansion). A span that starts or ends inside an edit is
// widened to the whole edit, so a mapped span is never empty; two tokens
// that split one edit between them then overlap, and the caller merges them.
#ifndef LESBAR_NORMALIZE_OFFSET_MAP_H_
#define LESBAR_NORMALIZE_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lesbar {

class OffsetMap {
 public:
  // Edits must be added in increasing, non-overlapping order.
  void AddEdit(int32_t normalized_start, int32_t normalized_end,
               int32_t original_start, int32_t original_end);

  bool identity() const { return edits_.empty(); }

  // Where a span starting (ending) at normalised `position` starts (ends).
  int32_t StartToOriginal(int32_t position) const;
  int32_t EndToOriginal(int32_t position) const;

  // For ascending queries: remembers where the last lookup ended, so a pass
  // over all tokens costs linear time instead of n log n.
  class Cursor {
   public:
    explicit Cursor(const OffsetMap& map) : map_(map) {}
    int32_t StartToOriginal(int32_t position);
    int32_t EndToOriginal(int32_t position);

   private:
    const OffsetMap& map_;
    size_t start_index_ = 0;  // first edit with normalized_end > position
    size_t end_index_ = 0;    // first edit with normalized_end >= position
  };

 private:
  struct Edit {
    int32_t normalized_start;
    int32_t normalized_end;
    int32_t original_start;
    int32_t original_end;
  };
  // `index`: first edit not entirely before `position` (see Cursor).
  int32_t StartAt(size_t index, int32_t position) const;
  int32_t EndAt(size_t index, int32_t position) const;
  int32_t Shifted(size_t index, int32_t position) const;
  std::vector<Edit> edits_;
};

}  // namespace lesbar

#endif  // LESBAR_NORMALIZE_OFFSET_MAP_H_
