// Companies in business news. The tagger sees one sentence at a
// time, and a lone capitalised word it has never seen ("Pfizer",
// "Arvinas") looks to it like a surname or a town. The text as a whole
// tells otherwise: news introduces a person with a full name before it
// uses the surname alone, while a company goes by one word from the start
// and appears where only companies do ("shares of Pfizer", "Arvinas jumped
// 30%", "Pfizer said in a statement"). This pass reads that evidence over
// the whole text, before the types are made consistent and linked.
#ifndef LESBAR_ANALYSES_ENTITIES_COMPANY_NAMES_H_
#define LESBAR_ANALYSES_ENTITIES_COMPANY_NAMES_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Whether the word token at `index` stands where English puts a company:
// before "Inc."/"Corp."/"Ltd.", "'s shares"/"'s revenue", "shares"/
// "analyst"/"spokesman", "rose/fell … N%", ", the maker of …", ", based
// in …", "said in a statement"; after "shares of"/"stake in"/"CEO of"/
// "analysts at", also as the second of two ("shares of BP and Shell").
// `tokens` are the text's tokens in order.
bool IsCompanyContext(std::u16string_view text,
                      const std::vector<Token>& tokens, size_t index);

// Whether a word, as written, is a company's legal form: "Inc.", "Corp",
// "Ltd", "AG", "GmbH", "SE" (in their usual case, a final period optional).
bool IsCompanyLegalForm(std::u16string_view word);

// Whether a name ending in this word is a company's: a legal form or a
// corporate noun ("Meta Platforms", "Palantir Technologies", "Airbus
// Group").
bool EndsCompanyName(std::u16string_view word);

// For English text (`language` "en"): a one-word capitalised surface that
// stands in a company context at least once becomes an organisation in all
// its one-word mentions the tagger typed as a person or place, unless the
// text gives it a person's evidence (a full name of the text ends or
// starts with it) or the name lists know it as a given name, surname or
// place. A word token no entity covers becomes an organisation only where
// it stands in a company context itself, not right after another
// capitalised word (the last word of a longer name), and at a sentence
// start only when it is not a familiar English word ("Bank shares"). New
// entities get score 0.5 (no model probability). In both languages a name
// of several words ending in a legal form or corporate noun is an
// organisation ("Jet Airways", "Meta Platforms Inc."), in English also one
// after "shares of", "analysts at" and the like ("analysts at JPMorgan
// Chase"), and its first word is evidence too: its person and place mentions
// after that name become the organisation ("Meta said"), unless it stood alone
// before the full name ("Trump … Trump Organization Inc.").
// For German text (`language` "de"): a person or other name right after a
// noun of a company's trade ("Spielzeughersteller Mattel", "des
// Technologie-Konzerns Kyocera") is an organisation, the noun left out of
// it where the tagger took it in; persons with a known given name ("beim
// Zulieferer Hans Müller") and places stay. And as in English, a one-word
// surface the text shows to be a company ("Lufthansa-Chef",
// "Lufthansa-Aktie", "Aktien der Lufthansa", "Covestro meldete einen
// Verlust") is an organisation in its person and place mentions and in the
// mentions no entity covers, unless the lexicon knows it as a common noun
// ("Bahn-Chefin"; a spelling with a capital inside, "AfD", is none) or it
// stands beside another name-like word ("Lufthansa Cargo"). `entities` stay
// ordered and non-overlapping; linear in entities and tokens.
void TagCompanyNames(std::u16string_view text, const std::vector<Token>& tokens,
                     std::string_view language, std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_COMPANY_NAMES_H_
