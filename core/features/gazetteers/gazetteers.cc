#include "features/gazetteers/gazetteers.h"

// Embedded by scripts/embed-file.mjs from core/features/gazetteers/data/.
extern "C" {
extern const unsigned char lesbar_places[];
extern const unsigned long lesbar_places_size;
extern const unsigned char lesbar_first_names[];
extern const unsigned long lesbar_first_names_size;
extern const unsigned char lesbar_surnames[];
extern const unsigned long lesbar_surnames_size;
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

}  // namespace lesbar
