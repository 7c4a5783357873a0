// One surface, one type within a text: the tagger sees one sentence at a
// time and may call "Teheran" an organisation once beside five places. The
// linker joins only mentions of one type, so such a stray type would also
// split the cluster. This pass sees the whole text, before linking.
#ifndef LESBAR_ANALYSES_ENTITIES_TYPE_CONSISTENCY_H_
#define LESBAR_ANALYSES_ENTITIES_TYPE_CONSISTENCY_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Names (PER, LOC, ORG, MISC) with the same text take the type that most
// of them have, weighted by the tagger's scores, when that type clearly
// wins: at least 1.5 times the weight of all others together, and from at
// least two mentions. A tie ("Washington" once a person, once a place)
// changes nothing, and only identical surfaces vote, so different entities
// that are spelled alike only in part never meet. Values keep their type.
// Linear in the entities.
// An organisation whose whole text is a country, region or city of the place
// lists (ICU's region and city names, in German and English) and no
// organisation of the Wikipedia list is a place: "North Korea", "BOCHUM".
// The European Union and the United Nations stay organisations. Linear in
// the entities.
void TypeKnownPlacesAsPlaces(std::u16string_view text,
                             std::vector<Entity>* entities);

void MakeNameTypesConsistent(std::u16string_view text,
                             std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_TYPE_CONSISTENCY_H_
