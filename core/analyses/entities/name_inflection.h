// German inflected names the tagger left out: "Selenskyjs Berater",
// "Russlands Krieg", "die Grünen". The linker joins "Russlands" to "Russland"
// once both are entities (entity_linker.h); this pass makes the inflected word
// an entity when its base form is a name of the text or of the name lists.
#ifndef LESBAR_ANALYSES_ENTITIES_NAME_INFLECTION_H_
#define LESBAR_ANALYSES_ENTITIES_NAME_INFLECTION_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// A capitalised word token no entity covers, ending in a genitive "-s"
// ("Lagardes", "Putins"), becomes an entity when the word without the "-s"
// - is a one-word name in `entities` or a person's last word: that type;
// - else is in the typed name lists (places, Wikipedia persons, family
//   names and organisations) under exactly one type, while the word itself
//   is no given name or surname and no common noun ("Rats", "Hans" stay)
//   and, where a list holds it too, under the same type.
// A capitalised word ending in "-en" after "die", "der" or "den" ("die
// Grünen") becomes an organisation when the list of organisations alone
// holds it without the "-n" and the lexicon has no common noun of that
// form ("der Familien" stays); so does a capitalised word after those
// articles whose form, with or without the "-n", the list holds with the
// article ("die linke": "Die Linke", "der Linken").
// For German text only (FindEntities runs it for "de").
// `entities` stay ordered and non-overlapping. Linear in tokens and
// entities.
void TagInflectedNames(std::u16string_view text,
                       const std::vector<Token>& tokens,
                       std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_NAME_INFLECTION_H_
