// Name lists for the entity tagger, generated from maintained sources by
// scripts/ner/build_gazetteers.mjs and embedded at build time (see
// THIRD_PARTY.md): place names from ICU/CLDR (countries, regions, exemplar
// cities in German and English) and German cities, first names and surnames
// of several Latin-script locales. Entries are lower-cased.
#ifndef LESBAR_FEATURES_GAZETTEERS_GAZETTEERS_H_
#define LESBAR_FEATURES_GAZETTEERS_GAZETTEERS_H_

#include "features/word_list.h"

namespace lesbar {

// Loaded on first use and kept for the life of the process.
const WordList& PlaceNames();
const WordList& FirstNames();
const WordList& Surnames();

}  // namespace lesbar

#endif  // LESBAR_FEATURES_GAZETTEERS_GAZETTEERS_H_
