#include "features/gazetteers/gazetteers.h"

#include "features/asset_word_list.h"

namespace lesbar {

const WordList& PlaceNames() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("places");
  return *list;
}

const WordList& FirstNames() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("first_names");
  return *list;
}

const WordList& Surnames() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("surnames");
  return *list;
}

const WordList& WikiPersons() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("wiki_persons");
  return *list;
}

const WordList& WikiPlaces() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("wiki_places");
  return *list;
}

const WordList& WikiOrganisations() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("wiki_organisations");
  return *list;
}

const WordList& WikiGivenNames() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("wiki_given_names");
  return *list;
}

const WordList& WikiFamilyNames() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("wiki_family_names");
  return *list;
}

}  // namespace lesbar
