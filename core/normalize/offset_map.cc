#include "normalize/offset_map.h"

#include <algorithm>

namespace lesbar {

void OffsetMap::AddEdit(int32_t normalized_start, int32_t normalized_end,
                        int32_t original_start, int32_t original_end) {
  edits_.push_back(
      {normalized_start, normalized_end, original_start, original_end});
}

// Position in the unedited stretch after edits_[index - 1].
int32_t OffsetMap::Shifted(size_t index, int32_t position) const {
  if (index == 0) return position;
  const Edit& before = edits_[index - 1];
  return before.original_end + (position - before.normalized_end);
}

int32_t OffsetMap::StartAt(size_t index, int32_t position) const {
  if (index < edits_.size() && edits_[index].normalized_start <= position) {
    return edits_[index].original_start;  // inside an edit
  }
  return Shifted(index, position);
}

int32_t OffsetMap::EndAt(size_t index, int32_t position) const {
  if (index < edits_.size() && edits_[index].normalized_start < position) {
    return edits_[index].original_end;  // inside an edit, or at its end
  }
  return Shifted(index, position);
}

int32_t OffsetMap::StartToOriginal(int32_t position) const {
  const auto it = std::upper_bound(
      edits_.begin(), edits_.end(), position,
      [](int32_t value, const Edit& e) { return value < e.normalized_end; });
  return StartAt(static_cast<size_t>(it - edits_.begin()), position);
}

int32_t OffsetMap::EndToOriginal(int32_t position) const {
  const auto it = std::lower_bound(
      edits_.begin(), edits_.end(), position,
      [](const Edit& e, int32_t value) { return e.normalized_end < value; });
  return EndAt(static_cast<size_t>(it - edits_.begin()), position);
}

int32_t OffsetMap::Cursor::StartToOriginal(int32_t position) {
  const auto& edits = map_.edits_;
  if (start_index_ > 0 &&
      edits[start_index_ - 1].normalized_end > position) {
    return map_.StartToOriginal(position);  // went backwards
  }
  while (start_index_ < edits.size() &&
         edits[start_index_].normalized_end <= position) {
    ++start_index_;
  }
  return map_.StartAt(start_index_, position);
}

int32_t OffsetMap::Cursor::EndToOriginal(int32_t position) {
  const auto& edits = map_.edits_;
  if (end_index_ > 0 && edits[end_index_ - 1].normalized_end >= position) {
    return map_.EndToOriginal(position);  // went backwards
  }
  while (end_index_ < edits.size() &&
         edits[end_index_].normalized_end < position) {
    ++end_index_;
  }
  return map_.EndAt(end_index_, position);
}

}  // namespace lesbar
