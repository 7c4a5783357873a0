// Titles and roles are not part of a person's name. The tagger learned
// from corpora that disagree on this (and from news where "Präsident" sits
// right before every president), so its spans sometimes hold "Iranian
// President Ebrahim Raisi" or "Mizuho analyst Vamil Divan". Clusters, quote
// speakers and the display name want the name alone: "Ebrahim Raisi", with
// "Mizuho" as the organisation it speaks for.
//
// The pass works on the tagger's spans and the tokens only, with small word
// lists (name_titles.cc), so it holds for any model.
#ifndef LESBAR_ANALYSES_ENTITIES_NAME_TITLES_H_
#define LESBAR_ANALYSES_ENTITIES_NAME_TITLES_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// For every person, organisation or other name (not places: "Prince Edward
// Island") in `entities` that holds a title or
// role word ("President", "Verteidigungsminister", "analyst", "Dr."):
// - the words before the title: nationality adjectives and lower-case words
//   ("Iranian", "der russische", "former") are dropped; other capitalised
//   words ("Mizuho", "Russia's", the "EZB" of "EZB-Präsidentin") become an
//   organisation, or a place when the place lists know them;
// - the title words are dropped, and so is an "of"/"des" organisation after
//   them ("Chef des Mossad David Barnea"), which becomes an organisation;
// - the capitalised rest is the person. A span tagged PER keeps it as a
//   person; one tagged otherwise only when the rest looks like a person's
//   name (a known given name, or a person of the text), so "General Motors"
//   stays an organisation.
// A PER, ORG or MISC span of titles alone ("Präsident") is dropped. A
// person span right after "title des"/"title of" loses the organisation
// before its first given name ("Chef des [Mossad David Barnea]").
// Capitalised words after a title that no entity covers and that are no
// common noun or place become a person ("President Raisi" untagged); when
// a person follows them, they join it ("Chief executive Jensen [Huang]").
// An untagged acronym or mixed-case name right before a person's title is
// the organisation (or a listed place) the title belongs to ("WHO
// Director-General", "OpenAI chief executive").
// `entities` are ordered and non-overlapping and stay so; `tokens` are the
// text's, ordered. Linear in entities and tokens.
void SeparateTitlesFromNames(std::u16string_view text,
                             const std::vector<Token>& tokens,
                             std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_NAME_TITLES_H_
