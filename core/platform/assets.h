// Data files kept out of the module and handed over at run time, packed into
// one asset container (format: docs/assets.md; built from a manifest by
// scripts/build-assets.mjs). lesbar-entities.dat holds what the entity
// analysis reads (the name tagger's model, the name lists): users who never
// ask for entities never download it, and browsers fetch it while the wasm
// compiles.
#ifndef LESBAR_PLATFORM_ASSETS_H_
#define LESBAR_PLATFORM_ASSETS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lesbar {

struct AssetSectionView {
  std::string_view name;
  std::string_view bytes;  // a view into the container
  uint32_t coding = 0;     // 0: stored as is (docs/assets.md lists the rest)
};

// Checks `container` (magic, format version, declared size, every section
// inside the file, 16-byte aligned, not overlapping, uniquely named) and
// lists its sections. Returns false with a readable `*error` on anything
// else, including truncated or empty input; never reads out of bounds.
bool ParseAssetContainer(std::string_view container,
                         std::vector<AssetSectionView>* sections,
                         std::string* error);

// The bytes a section stands for: its file's, whatever the coding. False
// with `*error` naming the section if the coded bytes are corrupt.
bool DecodeAssetSection(const AssetSectionView& section, std::string* decoded,
                        std::string* error);

// Registers lesbar-entities.dat for the whole process. Takes the bytes over
// (moved, not copied: the model alone is 2.5 MB) and keeps them for the life
// of the process, since the readers hold views into them. Besides the
// container checks, every section the entity readers need must be there.
// Loading the same bytes again succeeds; different bytes are refused once an
// asset is registered, because lists built from the first would dangle.
bool LoadEntityAsset(std::string bytes, std::string* error);

// True once LoadEntityAsset succeeded. The entity analysis needs it
// (Analyzer::Analyze reports an error instead of finding no entities).
bool EntityAssetLoaded();

// The bytes of one section of the registered entity asset, decoded if the
// container codes it: the bytes of the file the manifest names. Empty before
// it is registered or if there is no such section. Stored sections start
// 16-byte aligned within the container, whose buffer has malloc's alignment;
// decoded ones have malloc's alignment.
std::string_view AssetSection(std::string_view name);

#ifndef __EMSCRIPTEN__
// For native tests and tools: reads `path` and registers it as above.
bool LoadEntityAssetFile(const std::string& path, std::string* error);
#endif

}  // namespace lesbar

#endif  // LESBAR_PLATFORM_ASSETS_H_
