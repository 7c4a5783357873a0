// One name, one kind of entity within a text: a person named in one
// sentence is a person in the next ("Laut Shoigu …" tagged as a place,
// where "Shoigu" is a person elsewhere in the article). The tagger sees one
// sentence at a time; this pass sees the whole text, before linking.
#ifndef LESBAR_ANALYSES_ENTITIES_NAME_CONSISTENCY_H_
#define LESBAR_ANALYSES_ENTITIES_NAME_CONSISTENCY_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// A one-word place, organisation or other name whose text is also a person
// in `entities` (a one-word person or the last word of a full name) becomes
// a person, and so does a word token of that text no entity covers ("Shoigu,
// der am selben Tag …" missed at a sentence start). `entities` stay ordered
// and non-overlapping; `tokens` are ordered. Linear in entities and tokens.
void MakePersonNamesConsistent(std::u16string_view text,
                               const std::vector<Token>& tokens,
                               std::vector<Entity>* entities);

// One sense per text for the other names: a one-word place, organisation
// or other name ("Nato", "Teheran") makes every word token of the same
// text that no entity covers an entity of its type, at the mean score of
// its mentions ("die Nato" tagged once, missed twice). Only surfaces that
// begin with a capital, have a single type in the text (no person, no
// value) and were tagged at least once with a score of 0.5: a common noun
// tagged once by mistake ("Regierung", 0.3) must not spread. Run after the
// types are consistent. `entities` stay ordered and non-overlapping;
// linear in entities and tokens.
void TagRepeatedNames(std::u16string_view text,
                      const std::vector<Token>& tokens,
                      std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_NAME_CONSISTENCY_H_
