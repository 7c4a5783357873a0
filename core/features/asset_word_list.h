// Word lists read from a section of the entity asset (platform/assets.h)
// rather than from bytes linked into the module. The accessors build their
// list on the first call after the asset is registered, never before: a list
// built from the empty section would otherwise stay empty for the life of
// the process.
#ifndef LESBAR_FEATURES_ASSET_WORD_LIST_H_
#define LESBAR_FEATURES_ASSET_WORD_LIST_H_

#include <string_view>

#include "features/word_list.h"
#include "platform/assets.h"

namespace lesbar {

// What an accessor returns while no asset is registered (and not cached).
inline const WordList& EmptyWordList() {
  static const WordList* empty = new WordList(nullptr, 0);
  return *empty;
}

// A list holding views into the registered asset, which lives as long as
// the process; call only once EntityAssetLoaded().
inline const WordList* NewWordListFromAsset(std::string_view section) {
  const std::string_view bytes = AssetSection(section);
  return new WordList(reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size());
}

}  // namespace lesbar

#endif  // LESBAR_FEATURES_ASSET_WORD_LIST_H_
