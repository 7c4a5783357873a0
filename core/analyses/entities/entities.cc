#include "analyses/entities/entities.h"

#include <algorithm>

#include "analyses/entities/abbreviations.h"
#include "analyses/entities/company_names.h"
#include "analyses/entities/coordinated_names.h"
#include "analyses/entities/entity_linker.h"
#include "analyses/entities/media_names.h"
#include "analyses/entities/name_consistency.h"
#include "analyses/entities/name_inflection.h"
#include "analyses/entities/name_tagger.h"
#include "analyses/entities/name_titles.h"
#include "analyses/entities/type_consistency.h"
#include "analyses/entities/value_entities.h"

namespace lesbar {

std::vector<Entity> MergeNamesAndValues(const std::vector<Entity>& names,
                                        const std::vector<Entity>& values) {
  std::vector<Entity> out;
  out.reserve(names.size() + values.size());
  size_t n = 0, v = 0;
  while (n < names.size() || v < values.size()) {
    if (v == values.size() ||
        (n < names.size() && names[n].end <= values[v].start)) {
      out.push_back(names[n++]);
      continue;
    }
    if (n == names.size() || values[v].end <= names[n].start) {
      out.push_back(values[v++]);
      continue;
    }
    // They overlap.
    const Entity& name = names[n];
    const Entity& value = values[v];
    if (value.start <= name.start && name.end <= value.end) {
      ++n;  // the value explains the name's words
    } else {
      ++v;
    }
  }
  return out;
}

void FindEntities(std::u16string_view text, const std::vector<Token>& tokens,
                  const std::vector<Span>& sentences, std::string_view language,
                  std::vector<Entity>* entities,
                  std::vector<EntityCluster>* clusters) {
  const std::vector<Entity> names = TagNames(text, tokens, sentences, language);
  const std::vector<Entity> values =
      FindValueEntities(text, tokens, sentences, language);
  *entities = MergeNamesAndValues(names, values);
  // Titles go first: the passes after it compare names, not roles.
  SeparateTitlesFromNames(text, tokens, entities);
  MakePersonNamesConsistent(text, tokens, entities);
  // German inflection only: in English the same "-s" makes plurals
  // ("Teachers", "Doctors"), and the genitive "'s" is a token of its own.
  if (language == "de") TagInflectedNames(text, tokens, entities);
  // After the person pass: a lone word it made a person may be a company.
  TagCompanyNames(text, tokens, language, entities);
  TagMediaNames(text, tokens, language, entities);
  TypeKnownPlacesAsPlaces(text, entities);
  if (language == "en") TypeInstitutionsAsOrganisations(text, tokens, entities);
  MakeNameTypesConsistent(text, entities);
  TagRepeatedNames(text, tokens, entities);
  // After the types are settled: a list's neighbours must agree.
  TagCoordinatedNames(text, tokens, language, entities);
  // Last before linking: its links are indices into the final entities.
  const std::vector<MentionLink> abbreviations =
      FindAbbreviations(text, tokens, entities);
  LinkEntities(text, language, entities, clusters, abbreviations);
}

void MapEntitiesToOriginal(const OffsetMap& map, std::vector<Entity>* entities,
                           std::vector<EntityCluster>* clusters,
                           std::vector<int32_t>* cluster_ids) {
  if (map.identity()) return;
  OffsetMap::Cursor cursor(map);
  // new_index[i]: where entity i went; kept[i]: it is its own entity still.
  std::vector<int32_t> new_index(entities->size());
  std::vector<bool> kept(entities->size(), false);
  size_t count = 0;
  for (size_t i = 0; i < entities->size(); ++i) {
    Entity entity = (*entities)[i];
    entity.start = cursor.StartToOriginal(entity.start);
    entity.end = cursor.EndToOriginal(entity.end);
    if (count > 0 && entity.start < (*entities)[count - 1].end) {
      Entity& previous = (*entities)[count - 1];
      previous.end = std::max(previous.end, entity.end);
      new_index[i] = static_cast<int32_t>(count - 1);
      continue;
    }
    new_index[i] = static_cast<int32_t>(count);
    kept[i] = true;
    (*entities)[count++] = entity;
  }
  entities->resize(count);
  if (clusters == nullptr) return;
  std::vector<int32_t> new_cluster(clusters->size(), -1);
  size_t cluster_count = 0;
  for (size_t c = 0; c < clusters->size(); ++c) {
    EntityCluster cluster = std::move((*clusters)[c]);
    std::vector<int32_t> mentions;
    for (int32_t mention : cluster.mentions) {
      if (mention >= 0 && static_cast<size_t>(mention) < kept.size() &&
          kept[mention]) {
        mentions.push_back(new_index[mention]);
      }
    }
    if (mentions.empty()) continue;
    new_cluster[c] = static_cast<int32_t>(cluster_count);
    cluster.id = static_cast<int32_t>(cluster_count);
    cluster.mentions = std::move(mentions);
    (*clusters)[cluster_count++] = std::move(cluster);
  }
  clusters->resize(cluster_count);
  if (cluster_ids != nullptr) *cluster_ids = new_cluster;
  for (Entity& entity : *entities) {
    if (entity.cluster >= 0 &&
        static_cast<size_t>(entity.cluster) < new_cluster.size()) {
      entity.cluster = new_cluster[entity.cluster];
    }
  }
}

}  // namespace lesbar
