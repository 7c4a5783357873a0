#include "analyses/entities/entity_spans.h"

#include <algorithm>
#include <iterator>

namespace lesbar {

std::u16string_view EntitySurface(std::u16string_view text,
                                  const Entity& entity) {
  if (entity.start < 0 || entity.end < entity.start ||
      static_cast<size_t>(entity.end) > text.size()) {
    return std::u16string_view();
  }
  return text.substr(entity.start, entity.end - entity.start);
}

void AddEntitiesInOrder(const std::vector<Entity>& added,
                        std::vector<Entity>* entities) {
  if (added.empty()) return;
  std::vector<Entity> merged;
  merged.reserve(entities->size() + added.size());
  std::merge(entities->begin(), entities->end(), added.begin(), added.end(),
             std::back_inserter(merged), [](const Entity& a, const Entity& b) {
               return a.start < b.start;
             });
  entities->swap(merged);
}

}  // namespace lesbar
