// Rule-based value entities over lesbar's tokens: DATE, TIME, MONEY, PERCENT
// and QUANTITY in German and English ("am Mittwoch", "5. Mai 2023",
// "14.30 Uhr", "3,5 Mio. Euro", "$3.5 billion", "20 Prozent", "50 km").
//
// Span conventions (the same for both languages):
// - A span covers the value expression only. Prepositions, articles and
//   approximators before it stay outside: "am [Mittwoch]", "im [November
//   2022]", "gegen [8 Uhr]", "rund [20 Prozent]", "on [Monday]", "about
//   [$3.5 billion]". Calendar modifiers are part of it: "[letzte Woche]",
//   "[Anfang November]", "[last week]", "[early 2023]".
// - One expression is one span: a weekday with its date ("[Mittwoch, 5. Mai
//   2023]"), a number with its scale and currency ("[3,5 Mio. Euro]"),
//   a clock time with "Uhr" or "a.m." ("[10:30 a.m.]").
// - Durations follow OntoNotes: days, weeks, months and years are DATE
//   ("[drei Jahre]"), hours, minutes and seconds are TIME.
// - "Pfund"/"pounds" is MONEY (news use); "£" always.
//
// Month and weekday names, currency names and symbols, number scales
// ("Mio.", "billion"), unit names, "Uhr", day periods and relative day
// words come from ICU's CLDR data, generated into value_lexicon.cc by
// tests/tools/gen_value_lexicon.cc (see the README).
#ifndef LESBAR_ANALYSES_ENTITIES_VALUE_ENTITIES_H_
#define LESBAR_ANALYSES_ENTITIES_VALUE_ENTITIES_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Where the rules are tried. kEveryToken is the plain scan, kept as the
// reference the faster one is tested against: both give the same entities.
enum class ValueScan {
  kPossibleStarts,  // only at tokens some pattern can begin at
  kEveryToken,
};

// Returns the value entities of `text`, ordered and non-overlapping, each with
// cluster -1 and a fixed confidence per pattern in 0..1. `tokens` and
// `sentences` are lesbar's segmentation of `text` (reader or UD tokens);
// no entity crosses a sentence boundary. `language` "de" or "en" selects the
// word lists; any other tag uses both. Linear in the number of tokens.
std::vector<Entity> FindValueEntities(
    std::u16string_view text, const std::vector<Token>& tokens,
    const std::vector<Span>& sentences, std::string_view language,
    ValueScan scan = ValueScan::kPossibleStarts);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_VALUE_ENTITIES_H_
