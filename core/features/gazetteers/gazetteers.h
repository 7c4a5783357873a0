// Name lists for the entity tagger, generated from maintained sources by
// scripts/ner/build_gazetteers.mjs and read from the entity asset (see
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
// Names of persons, places and organisations from WikiANN's silver
// annotations of Wikipedia (scripts/ner/build_wiki_gazetteers.py).
const WordList& WikiPersons();
const WordList& WikiPlaces();
const WordList& WikiOrganisations();
// First and last words of those persons' names, seen at least twice.
const WordList& WikiGivenNames();
const WordList& WikiFamilyNames();

}  // namespace lesbar

#endif  // LESBAR_FEATURES_GAZETTEERS_GAZETTEERS_H_
