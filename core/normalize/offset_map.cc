#include "normalize/offset_map.h"

#include <algorithm>

namespace lesbar {

void OffsetMap::AddAnchor(int32_t normalized, int32_t original) {
  if (!anchors_.empty() && anchors_.back().normalized == normalized) {
    anchors_.back().original = original;
    return;
  }
  anchors_.push_back({normalized, original});
}

int32_t OffsetMap::FromAnchor(size_t index, int32_t normalized) const {
  // Before the first anchor nothing has moved yet.
  if (index == 0) return normalized;
  const Anchor& anchor = anchors_[index - 1];
  int32_t original = anchor.original + (normalized - anchor.normalized);
  // A position inside a shrunken stretch must not run past the next anchor.
  if (index < anchors_.size()) {
    original = std::min(original, anchors_[index].original);
  }
  return original;
}

int32_t OffsetMap::ToOriginal(int32_t normalized) const {
  // Index of the first anchor strictly after `normalized`.
  auto it = std::upper_bound(
      anchors_.begin(), anchors_.end(), normalized,
      [](int32_t value, const Anchor& a) { return value < a.normalized; });
  return FromAnchor(static_cast<size_t>(it - anchors_.begin()), normalized);
}

int32_t OffsetMap::Cursor::ToOriginal(int32_t normalized) {
  const auto& anchors = map_.anchors_;
  if (next_ > 0 && anchors[next_ - 1].normalized > normalized) {
    return map_.ToOriginal(normalized);  // went backwards: fall back
  }
  while (next_ < anchors.size() && anchors[next_].normalized <= normalized) {
    ++next_;
  }
  return map_.FromAnchor(next_, normalized);
}

}  // namespace lesbar
