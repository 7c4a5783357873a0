// TEMPORARY, to be deleted when branch `link` (the real value_entities.cc
// and entity_linker.cc) is merged: minimal versions of the two functions so
// the ner branch compiles and its pipeline runs. No value entities; a
// cluster per distinct (type, exact text).
#include <map>
#include <string>
#include <utility>

#include "analyses/entities/entity_linker.h"
#include "analyses/entities/value_entities.h"

namespace lesbar {

std::vector<Entity> FindValueEntities(std::u16string_view,
                                      const std::vector<Token>&,
                                      const std::vector<Span>&,
                                      std::string_view) {
  return {};
}

void LinkEntities(std::u16string_view text, std::string_view,
                  std::vector<Entity>* entities,
                  std::vector<EntityCluster>* clusters) {
  clusters->clear();
  std::map<std::pair<EntityType, std::u16string>, int32_t> seen;
  for (size_t i = 0; i < entities->size(); ++i) {
    Entity& entity = (*entities)[i];
    std::u16string name(text.substr(entity.start, entity.end - entity.start));
    auto [it, inserted] = seen.emplace(std::make_pair(entity.type, name),
                                       static_cast<int32_t>(clusters->size()));
    if (inserted) {
      EntityCluster cluster;
      cluster.id = it->second;
      cluster.type = entity.type;
      cluster.name = name;
      clusters->push_back(std::move(cluster));
    }
    entity.cluster = it->second;
    (*clusters)[it->second].mentions.push_back(static_cast<int32_t>(i));
  }
}

}  // namespace lesbar
