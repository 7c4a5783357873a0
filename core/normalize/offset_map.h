// Maps positions in a normalised text back to the original text. Edits that
// change length are rare in real text, so the map stores only anchors where
// the shift changes; everything between two anchors moves by the same amount.
#ifndef LESBAR_NORMALIZE_OFFSET_MAP_H_
#define LESBAR_NORMALIZE_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lesbar {

class OffsetMap {
 public:
  // Records that normalised position `normalized` corresponds to original
  // position `original`. Anchors must be added in increasing order.
  void AddAnchor(int32_t normalized, int32_t original);

  bool identity() const { return anchors_.empty(); }
  int32_t ToOriginal(int32_t normalized) const;

  // For ascending queries: remembers where the last lookup ended so a pass
  // over all tokens costs linear time instead of n log n.
  class Cursor {
   public:
    explicit Cursor(const OffsetMap& map) : map_(map) {}
    int32_t ToOriginal(int32_t normalized);

   private:
    const OffsetMap& map_;
    size_t next_ = 0;
  };

 private:
  struct Anchor {
    int32_t normalized;
    int32_t original;
  };
  int32_t FromAnchor(size_t index, int32_t normalized) const;
  std::vector<Anchor> anchors_;
};

}  // namespace lesbar

#endif  // LESBAR_NORMALIZE_OFFSET_MAP_H_
