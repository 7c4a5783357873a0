// A capitalised word listed between two names of one type is a name of that
// type: "Leipzig, Dresden, Spitzbergen oder der Nordpol", "France, Belgium,
// Luxembourg and Germany". The tagger reads one sentence at a time and may
// miss a rare member of such a list although it found its neighbours.
#ifndef LESBAR_ANALYSES_ENTITIES_COORDINATED_NAMES_H_
#define LESBAR_ANALYSES_ENTITIES_COORDINATED_NAMES_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Tags word X in "A , X , B" and "A , X und|oder|sowie|and|or [article] B",
// where A and B are persons, places or organisations of one type and X is
// one capitalised word no entity covers; in German, X must not be a word
// the lexicon knows as a common noun ("Dresden, Bäcker und Leipzig" stays
// as it is; a compound with a noun head such as "Spitzbergen" may be a
// name). The new name's score is the lower of its neighbours', at most
// 0.75. So is X at a list's end, "A , B und|oder [article] X" and "X , A
// und|oder [article] B", at most 0.5, unless a capitalised word follows it
// (a longer name), it is a familiar English word ("Rock") or, in German, a
// compound of a common noun or after a lower-case adjective ("europäischen
// Hauptstädten, Moskau und Washington"). Linear in the tokens.
void TagCoordinatedNames(std::u16string_view text,
                         const std::vector<Token>& tokens,
                         std::string_view language,
                         std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_COORDINATED_NAMES_H_
