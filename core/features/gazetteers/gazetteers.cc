#include "features/gazetteers/gazetteers.h"

// Embedded by scripts/embed-file.mjs from core/features/gazetteers/data/.
extern "C" {
extern const unsigned char lesbar_places[];
extern const unsigned long lesbar_places_size;
extern const unsigned char lesbar_first_names[];
extern const unsigned long lesbar_first_names_size;
extern const unsigned char lesbar_surnames[];
extern const unsigned long lesbar_surnames_size;
extern const unsigned char lesbar_wiki_persons[];
extern const unsigned long lesbar_wiki_persons_size;
extern const unsigned char lesbar_wiki_places[];
extern const unsigned long lesbar_wiki_places_size;
extern const unsigned char lesbar_wiki_organisations[];
extern const unsigned long lesbar_wiki_organisations_size;
extern const unsigned char lesbar_wiki_given_names[];
extern const unsigned long lesbar_wiki_given_names_size;
extern const unsigned char lesbar_wiki_family_names[];
extern const unsigned long lesbar_wiki_family_names_size;
}

namespace lesbar {

const WordList& PlaceNames() {
  static const WordList* list = new WordList(lesbar_places, lesbar_places_size);
  return *list;
}

const WordList& FirstNames() {
  static const WordList* list =
      new WordList(lesbar_first_names, lesbar_first_names_size);
  return *list;
}

const WordList& Surnames() {
  static const WordList* list =
      new WordList(lesbar_surnames, lesbar_surnames_size);
  return *list;
}

const WordList& WikiPersons() {
  static const WordList* list =
      new WordList(lesbar_wiki_persons, lesbar_wiki_persons_size);
  return *list;
}

const WordList& WikiPlaces() {
  static const WordList* list =
      new WordList(lesbar_wiki_places, lesbar_wiki_places_size);
  return *list;
}

const WordList& WikiOrganisations() {
  static const WordList* list =
      new WordList(lesbar_wiki_organisations, lesbar_wiki_organisations_size);
  return *list;
}

const WordList& WikiGivenNames() {
  static const WordList* list =
      new WordList(lesbar_wiki_given_names, lesbar_wiki_given_names_size);
  return *list;
}

const WordList& WikiFamilyNames() {
  static const WordList* list =
      new WordList(lesbar_wiki_family_names, lesbar_wiki_family_names_size);
  return *list;
}

}  // namespace lesbar
