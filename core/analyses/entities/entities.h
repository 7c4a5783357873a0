// Entity spotting: names from the learned tagger (name_tagger.h), values
// from rules (value_entities.h), mentions of one real-world entity joined
// into clusters (entity_linker.h).
#ifndef LESBAR_ANALYSES_ENTITIES_ENTITIES_H_
#define LESBAR_ANALYSES_ENTITIES_ENTITIES_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"
#include "normalize/offset_map.h"

namespace lesbar {

// Fills `entities` (ordered, non-overlapping) and `clusters` (id == index,
// every entity in exactly one cluster) for `text` with its segmentation.
void FindEntities(std::u16string_view text, const std::vector<Token>& tokens,
                  const std::vector<Span>& sentences, std::string_view language,
                  std::vector<Entity>* entities,
                  std::vector<EntityCluster>* clusters);

// Names and values in one ordered, non-overlapping list. Where they
// overlap, a value wins over a name lying wholly inside it ("Mittwoch"
// tagged as a name inside the date "Mittwoch, 5. Mai"); otherwise the name
// wins ("Apollo 11" keeps its number).
std::vector<Entity> MergeNamesAndValues(const std::vector<Entity>& names,
                                        const std::vector<Entity>& values);

// Maps entity spans from the normalised to the original text like the
// analyzer's MapToOriginal; entities that come to overlap merge into the
// first, and the clusters' mention indices and ids are renumbered so they
// stay valid (a cluster left without mentions is dropped). If clusters were
// renumbered, `cluster_ids` (when given) maps each old id to its new one or
// -1; it stays empty when ids are unchanged.
void MapEntitiesToOriginal(const OffsetMap& map, std::vector<Entity>* entities,
                           std::vector<EntityCluster>* clusters,
                           std::vector<int32_t>* cluster_ids = nullptr);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_ENTITIES_H_
