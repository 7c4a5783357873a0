// Name lists for the entity tagger, generated from maintained sources by
// scripts/ner/build_gazetteers.mjs and scripts/ner/build_wiki_gazetteers.py
// and read from the entity asset (see THIRD_PARTY.md): place names from
// ICU/CLDR (countries, regions, exemplar cities in German and English) and
// German cities, first names and surnames of several Latin-script locales,
// names of persons, places and organisations from WikiANN's silver
// annotations of Wikipedia, and the German lexicon's proper names. Entries
// are lower-cased.
//
// Every list is answered by the one table of NameLists() (name_lists.h):
// a lookup tells every list holding a word at once, and no list builds a
// hash set of its own during the first analysis.
#ifndef LESBAR_FEATURES_GAZETTEERS_GAZETTEERS_H_
#define LESBAR_FEATURES_GAZETTEERS_GAZETTEERS_H_

#include <cstdint>
#include <string_view>

namespace lesbar {

enum NameListIndex : int {
  kPlaceList = 0,
  kFirstNameList,
  kSurnameList,
  kGermanProperNameList,
  kWikiPersonList,
  kWikiPlaceList,
  kWikiOrganisationList,
  // First and last words of the Wikipedia persons' names, seen at least
  // twice.
  kWikiGivenNameList,
  kWikiFamilyNameList,
  kNameListCount,
};

// Bit k: list k.
using NameListMask = uint16_t;
constexpr NameListMask NameListBit(NameListIndex list) {
  return static_cast<NameListMask>(1u << list);
}

// The entity asset's section holding the list, one entry per line.
std::string_view NameListSection(NameListIndex list);

// The lists holding `lower` (lower-cased, words joined by single spaces) as
// an entry; none while no entity asset is registered.
NameListMask NameListsHolding(std::string_view lower);
inline bool InNameList(NameListIndex list, std::string_view lower) {
  return (NameListsHolding(lower) & NameListBit(list)) != 0;
}
// Whether any of `lists` holds `lower`: one lookup for all of them.
inline bool InAnyNameList(NameListMask lists, std::string_view lower) {
  return (NameListsHolding(lower) & lists) != 0;
}

// The lists of one kind of name, from the maintained sources and from
// Wikipedia.
inline constexpr NameListMask kPlaceLists =
    NameListBit(kPlaceList) | NameListBit(kWikiPlaceList);
inline constexpr NameListMask kGivenNameLists =
    NameListBit(kFirstNameList) | NameListBit(kWikiGivenNameList);
inline constexpr NameListMask kFamilyNameLists =
    NameListBit(kSurnameList) | NameListBit(kWikiFamilyNameList);

}  // namespace lesbar

#endif  // LESBAR_FEATURES_GAZETTEERS_GAZETTEERS_H_
