// Newspapers, magazines, broadcasters and news agencies, which news cites
// in nearly every article: "sagte dem „Spiegel“", "die Wochenzeitung Die
// Zeit", "die Nachrichtenagentur Reuters", "Laut „Bild“". The tagger sees a
// quoted title as any quoted words, and a title that is a common noun
// ("Zeit", "Welt", "Bild") as that noun; the words around it say what it is.
#ifndef LESBAR_ANALYSES_ENTITIES_MEDIA_NAMES_H_
#define LESBAR_ANALYSES_ENTITIES_MEDIA_NAMES_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// The score of a media name this pass tags or retypes.
inline constexpr float kMediaNameScore = 0.75f;

// For German text (`language` "de"), an organisation is
// - a quoted title (up to six words, the first capitalised) right after a
//   media noun ("Zeitung", "Wochenzeitung", "Magazin", "Nachrichtenagentur",
//   "Sender", … with their inflections), after "laut", or after a
//   reporting verb and an article ("sagte dem „Spiegel“", "schrieb die
//   „taz“"), or between an article and "berichtet"/"schreibt"/"meldet"/
//   "zufolge" ("wie die „FAZ“ berichtet");
// - the capitalised words right after a media noun, either a title opened
//   by a capitalised article ("die Wochenzeitung Die Zeit") or words the
//   lexicon does not know as common nouns ("Nachrichtenagentur Reuters"),
//   or an agency that writes its name in lower case ("Nachrichtenagentur
//   dpa", "epd", "kna").
// For English text (`language` "en"), the capitalised words after
// "newspaper", "magazine", "broadcaster", "tabloid" or "news agency".
// In either language, the agencies of a dateline at the start of a line:
// "Berlin (dpa) -", "WASHINGTON (Reuters) –", "Hamburg (dpa/lno) -" (not a
// place in the brackets: "Paris (Frankreich) -").
// Entities inside such a title give way to it; an entity reaching beyond it
// leaves it untagged. `entities` stay ordered and non-overlapping. Linear
// in tokens and entities.
void TagMediaNames(std::u16string_view text, const std::vector<Token>& tokens,
                   std::string_view language, std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_MEDIA_NAMES_H_
