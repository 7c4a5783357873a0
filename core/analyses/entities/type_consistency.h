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

// An organisation whose whole text is a country, region or city of the place
// lists (ICU's region and city names, in German and English) and no
// organisation of the Wikipedia list is a place: "North Korea", "BOCHUM".
// The European Union and the United Nations stay organisations. Linear in
// the entities.
void TypeKnownPlacesAsPlaces(std::u16string_view text,
                             std::vector<Entity>* entities);

// For English text: a place or person the tagger ended before the
// capitalised words that make it an institution's name is that institution
// ("[London] Stock Exchange" is the organisation "London Stock
// Exchange"), and a place of several words ending in an institution's head
// word is an organisation ("New York City Council", "Paris Club"). The
// heads are those of bodies ("Council", "Ministry", "Exchange", "Party"),
// not of buildings ("Hospital") or areas ("West Bank"). `tokens` are the
// text's, ordered; `entities` stay ordered and non-overlapping. Linear in
// tokens and entities.
void TypeInstitutionsAsOrganisations(std::u16string_view text,
                                     const std::vector<Token>& tokens,
                                     std::vector<Entity>* entities);

// Names (PER, LOC, ORG, MISC) with the same text take the type that most
// of them have, weighted by the tagger's scores, when that type clearly
// wins: at least 1.5 times the weight of all others together, and from at
// least two mentions. A tie ("Washington" once a person, once a place)
// changes nothing, and only identical surfaces vote, so different entities
// that are spelled alike only in part never meet. Values keep their type.
// Linear in the entities.
void MakeNameTypesConsistent(std::u16string_view text,
                             std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_TYPE_CONSISTENCY_H_
