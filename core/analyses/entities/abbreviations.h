// Abbreviations defined in the text: "Europäische Zentralbank (EZB)",
// "Gewerkschaft der Lokführer (GDL)", "World Health Organization (WHO)".
// The long form and every mention of the abbreviation are one entity; their
// spellings share no key the linker could find, so this pass finds the
// definitions and hands the linker their links.
#ifndef LESBAR_ANALYSES_ENTITIES_ABBREVIATIONS_H_
#define LESBAR_ANALYSES_ENTITIES_ABBREVIATIONS_H_

#include <string_view>
#include <vector>

#include "analyses/entities/entity_linker.h"
#include "lesbar/lesbar.h"

namespace lesbar {

// A definition is words followed by "(" ABBR ")" where ABBR (two to eight
// capital letters) spells the words' initials: every capitalised word gives
// its initial and may give later letters of itself in order (German
// compounds: "Zentral|bank" gives Z and B); lower-case words ("der", "of",
// "für") give their initial or nothing. The nearest such words before the
// bracket are the long form.
// - The long form becomes one entity: the tagger's, widened over the
//   matched words (merging tagged pieces of it), or a new organisation.
// - Every word token spelled exactly ABBR, before or after, becomes an
//   entity of the long form's type (a tagged one is retyped).
// Returns one link per abbreviation mention to its long form, as indices
// into the updated `entities` (ordered, non-overlapping). Linear in tokens
// and entities.
std::vector<MentionLink> FindAbbreviations(std::u16string_view text,
                                           const std::vector<Token>& tokens,
                                           std::vector<Entity>* entities);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_ABBREVIATIONS_H_
