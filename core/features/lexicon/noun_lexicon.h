// German common nouns and proper names from Debian's hunspell-de-de
// (igerman98), split by scripts/ner/build_gazetteers.mjs: capitalised stems
// with inflection flags are common nouns, those with only the genitive flag
// are proper names. Lets the tagger tell "Verteidigungsminister" (a noun,
// capitalised like every German noun) from "Teheran".
#ifndef LESBAR_FEATURES_LEXICON_NOUN_LEXICON_H_
#define LESBAR_FEATURES_LEXICON_NOUN_LEXICON_H_

#include <string_view>

#include "features/word_list.h"

namespace lesbar {

const WordList& GermanCommonNouns();
const WordList& GermanProperNames();

// What the lexicon says about a capitalised word, given lower-cased as
// UTF-8: 'N' a common noun (stem, or stem plus an inflection ending:
// "Präsidenten"), 'P' a proper name, 'H' a compound whose head is a common
// noun ("Verteidigungsminister" ends in "minister"), 'U' unknown.
char LexiconClass(std::string_view lower);

// Whether a LexiconClass() answer is a common noun or a compound of one
// ('N' or 'H'). The lexicon lists some surnames ("Scholz"), so callers that
// tell names from nouns ask the name lists as well.
inline bool IsCommonNounClass(char lexicon_class) {
  return lexicon_class == 'N' || lexicon_class == 'H';
}

// The same for a word, lower-cased as UTF-8.
inline bool IsGermanCommonNoun(std::string_view lower) {
  return IsCommonNounClass(LexiconClass(lower));
}

}  // namespace lesbar

#endif  // LESBAR_FEATURES_LEXICON_NOUN_LEXICON_H_
