// What the passes after the tagger share about a text's list of entities:
// their spans are ordered and do not overlap, and each names a stretch of
// the text.
#ifndef LESBAR_ANALYSES_ENTITIES_ENTITY_SPANS_H_
#define LESBAR_ANALYSES_ENTITIES_ENTITY_SPANS_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// The entity's text; empty for a span that does not lie in `text`.
std::u16string_view EntitySurface(std::u16string_view text,
                                  const Entity& entity);

// Adds `added` (ordered, overlapping none of `entities` nor each other) to
// the ordered `entities`, keeping them ordered. Linear in both.
void AddEntitiesInOrder(const std::vector<Entity>& added,
                        std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_ENTITY_SPANS_H_
