#include "platform/assets.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>

#ifndef __EMSCRIPTEN__
#include <fstream>
#include <iterator>
#endif

namespace lesbar {
namespace {

// The layout of docs/assets.md; scripts/build-assets.mjs writes the same.
constexpr char kMagic[8] = {'L', 'S', 'B', 'R', 'P', 'A', 'C', 'K'};
constexpr uint32_t kFormatVersion = 2;
constexpr size_t kHeaderBytes = 24;
constexpr size_t kEntryBytes = 48;
constexpr size_t kNameBytes = 32;

// How a section is stored (CODINGS in scripts/build-assets.mjs).
enum class SectionCoding : uint32_t {
  kRaw = 0,
  // Lines as [bytes shared with the line before][the rest]\n.
  kFrontCoded = 1,
  // "key\tvalue" lines, each run with one value as "value\tkey\tkey…\n".
  kGroupedByValue = 2,
};
constexpr size_t kAlignment = 16;
// Far above any real asset; bounds the table before anything is allocated.
constexpr uint32_t kMaxSections = 4096;

// What the entity readers ask for (the names of assets/lesbar-entities.manifest
// that core/ reads): checked when the asset is registered, so a stale or
// foreign file is refused with a name instead of tagging nothing.
constexpr std::string_view kEntitySections[] = {
    "ner_model",         "name_inner_words",   "places",
    "first_names",       "surnames",           "wiki_persons",
    "wiki_places",       "wiki_organisations", "wiki_given_names",
    "wiki_family_names", "de_nouns",           "de_proper_names",
    "word_clusters_de",  "word_clusters_en"};

uint32_t ReadU32(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return uint32_t{b[0]} | uint32_t{b[1]} << 8 | uint32_t{b[2]} << 16 |
         uint32_t{b[3]} << 24;
}

bool ValidName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '_' || c == '.' ||
                    c == '/' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool Fail(std::string message, std::string* error) {
  if (error != nullptr) *error = std::move(message);
  return false;
}

// Both decoders walk the bytes in plain loops, sized in a first pass and
// written through a pointer: on the first analysis the wasm module runs
// them before its code is optimised, and a library call per line (find,
// memcpy; the lines are about ten bytes) cost more than the copying.
bool DecodeFrontCoded(std::string_view coded, std::string* out) {
  const unsigned char* bytes =
      reinterpret_cast<const unsigned char*>(coded.data());
  const size_t size = coded.size();
  // A line is its shared-prefix byte, the rest of it, then '\n'; the byte
  // after '\n' is the next line's prefix count whatever its value.
  size_t decoded_size = 0;
  size_t previous_size = 0;
  for (size_t at = 0; at < size;) {
    const size_t shared = bytes[at];
    size_t end = at + 1;
    while (end < size && bytes[end] != '\n') ++end;
    if (end == size || shared > previous_size) return false;
    previous_size = shared + (end - at - 1);
    decoded_size += previous_size + 1;
    at = end + 1;
  }
  const size_t first = out->size();
  out->resize(first + decoded_size);
  char* write = out->data() + first;
  const char* previous = write;
  for (size_t at = 0; at < size;) {
    const size_t shared = bytes[at++];
    char* line = write;
    // The previous line ends before this one starts, so the copies do not
    // overlap.
    for (size_t k = 0; k < shared; ++k) *write++ = previous[k];
    while (bytes[at] != '\n') *write++ = static_cast<char>(bytes[at++]);
    *write++ = '\n';
    ++at;
    previous = line;
  }
  return true;
}

// Calls write_pair(key, value) for every pair of the coded lines
// ("value\tkey\tkey...\n"); false if they are malformed.
template <typename WritePair>
bool ForEachGroupedPair(std::string_view coded, WritePair write_pair) {
  const char* bytes = coded.data();
  const size_t size = coded.size();
  size_t at = 0;
  while (at < size) {
    size_t value_end = at;
    while (value_end < size && bytes[value_end] != '\t' &&
           bytes[value_end] != '\n') {
      ++value_end;
    }
    if (value_end == size || bytes[value_end] != '\t') return false;
    const std::string_view value(bytes + at, value_end - at);
    size_t key_start = value_end + 1;
    while (true) {
      size_t key_end = key_start;
      while (key_end < size && bytes[key_end] != '\t' &&
             bytes[key_end] != '\n') {
        ++key_end;
      }
      if (key_end == size) return false;  // no final '\n'
      if (key_end == key_start) return false;
      write_pair(std::string_view(bytes + key_start, key_end - key_start),
                 value);
      if (bytes[key_end] == '\n') {
        at = key_end + 1;
        break;
      }
      key_start = key_end + 1;
    }
  }
  return true;
}

// Sized in a first pass and written through a pointer, as DecodeFrontCoded.
bool DecodeGroupedByValue(std::string_view coded, std::string* out) {
  size_t decoded_size = 0;
  if (!ForEachGroupedPair(coded,
                          [&](std::string_view key, std::string_view value) {
                            decoded_size += key.size() + value.size() + 2;
                          })) {
    return false;
  }
  const size_t first = out->size();
  out->resize(first + decoded_size);
  char* write = out->data() + first;
  ForEachGroupedPair(coded, [&](std::string_view key, std::string_view value) {
    std::memcpy(write, key.data(), key.size());
    write += key.size();
    *write++ = '\t';
    std::memcpy(write, value.data(), value.size());
    write += value.size();
    *write++ = '\n';
  });
  return true;
}

struct EntityAsset {
  std::mutex mutex;  // guards registration; readers only see `loaded`
  std::atomic<bool> loaded{false};
  std::string bytes;
  std::deque<std::string> decoded;  // coded sections as their files' bytes
  std::vector<AssetSectionView> sections;
};

EntityAsset& Registered() {
  static EntityAsset* asset = new EntityAsset();
  return *asset;
}

}  // namespace

bool ParseAssetContainer(std::string_view container,
                         std::vector<AssetSectionView>* sections,
                         std::string* error) {
  sections->clear();
  if (container.size() < kHeaderBytes) {
    return Fail("truncated: " + std::to_string(container.size()) +
                    " bytes, shorter than the header",
                error);
  }
  if (std::memcmp(container.data(), kMagic, sizeof(kMagic)) != 0) {
    return Fail("not a lesbar asset file (bad magic)", error);
  }
  const uint32_t version = ReadU32(container.data() + 8);
  if (version != kFormatVersion) {
    return Fail("asset format version " + std::to_string(version) +
                    ", this build reads version " +
                    std::to_string(kFormatVersion),
                error);
  }
  const uint32_t count = ReadU32(container.data() + 12);
  const uint32_t declared_size = ReadU32(container.data() + 16);
  if (declared_size != container.size()) {
    return Fail(std::string(declared_size > container.size() ? "truncated"
                                                             : "corrupt") +
                    ": the header declares " + std::to_string(declared_size) +
                    " bytes, got " + std::to_string(container.size()),
                error);
  }
  if (count > kMaxSections ||
      kHeaderBytes + size_t{count} * kEntryBytes > container.size()) {
    return Fail(
        "corrupt: " + std::to_string(count) + " sections do not fit the file",
        error);
  }
  const size_t table_end = kHeaderBytes + size_t{count} * kEntryBytes;
  sections->reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    const char* entry = container.data() + kHeaderBytes + i * kEntryBytes;
    const void* nul = std::memchr(entry, '\0', kNameBytes);
    const std::string_view name(
        entry,
        nul == nullptr ? kNameBytes : static_cast<const char*>(nul) - entry);
    if (nul == nullptr || !ValidName(name)) {
      return Fail("corrupt: section " + std::to_string(i) + " has a bad name",
                  error);
    }
    const uint32_t coding = ReadU32(entry + kNameBytes);
    if (coding > static_cast<uint32_t>(SectionCoding::kGroupedByValue)) {
      return Fail("corrupt: section " + std::string(name) +
                      " has an unknown coding " + std::to_string(coding),
                  error);
    }
    const uint64_t offset = ReadU32(entry + kNameBytes + 8);
    const uint64_t size = ReadU32(entry + kNameBytes + 12);
    if (offset < table_end || offset + size > container.size()) {
      return Fail("corrupt: section " + std::string(name) +
                      " lies outside the file's data",
                  error);
    }
    if (offset % kAlignment != 0) {
      return Fail(
          "corrupt: section " + std::string(name) + " is not 16-byte aligned",
          error);
    }
    sections->push_back({name, container.substr(offset, size), coding});
  }
  // A container has a dozen sections: insertion sort, where std::sort's
  // instantiation took 4 KB of wasm code.
  std::vector<AssetSectionView> by_offset = *sections;
  for (size_t i = 1; i < by_offset.size(); ++i) {
    for (size_t j = i;
         j > 0 && by_offset[j].bytes.data() < by_offset[j - 1].bytes.data();
         --j) {
      std::swap(by_offset[j], by_offset[j - 1]);
    }
  }
  for (size_t i = 1; i < by_offset.size(); ++i) {
    const AssetSectionView& previous = by_offset[i - 1];
    if (previous.bytes.data() + previous.bytes.size() >
        by_offset[i].bytes.data()) {
      return Fail("corrupt: sections " + std::string(previous.name) + " and " +
                      std::string(by_offset[i].name) + " overlap",
                  error);
    }
  }
  for (size_t i = 0; i < sections->size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if ((*sections)[i].name == (*sections)[j].name) {
        return Fail("corrupt: section " + std::string((*sections)[i].name) +
                        " appears twice",
                    error);
      }
    }
  }
  return true;
}

bool DecodeAssetSection(const AssetSectionView& section, std::string* decoded,
                        std::string* error) {
  decoded->clear();
  bool ok = true;
  switch (static_cast<SectionCoding>(section.coding)) {
    case SectionCoding::kRaw:
      decoded->assign(section.bytes);
      break;
    case SectionCoding::kFrontCoded:
      ok = DecodeFrontCoded(section.bytes, decoded);
      break;
    case SectionCoding::kGroupedByValue:
      ok = DecodeGroupedByValue(section.bytes, decoded);
      break;
    default:
      ok = false;
  }
  if (!ok) {
    return Fail(
        "corrupt: section " + std::string(section.name) + " does not decode",
        error);
  }
  return true;
}

bool LoadEntityAsset(std::string bytes, std::string* error) {
  std::vector<AssetSectionView> sections;
  if (!ParseAssetContainer(bytes, &sections, error)) return false;
  for (std::string_view needed : kEntitySections) {
    const bool present = std::any_of(
        sections.begin(), sections.end(),
        [&](const AssetSectionView& s) { return s.name == needed; });
    if (!present) {
      return Fail("the asset has no section " + std::string(needed) +
                      " (not a lesbar-entities.dat of this version)",
                  error);
    }
  }
  EntityAsset& asset = Registered();
  std::lock_guard<std::mutex> lock(asset.mutex);
  if (asset.loaded.load(std::memory_order_acquire)) {
    if (bytes == asset.bytes) return true;
    return Fail(
        "a different entity asset is already loaded; it cannot be replaced "
        "while the process runs",
        error);
  }
  // Coded sections are decoded first, so a corrupt one refuses the file
  // before anything is registered.
  std::deque<std::string> decoded;
  for (AssetSectionView& section : sections) {
    if (section.coding == static_cast<uint32_t>(SectionCoding::kRaw)) continue;
    if (!DecodeAssetSection(section, &decoded.emplace_back(), error)) {
      return false;
    }
  }
  asset.bytes = std::move(bytes);
  asset.decoded = std::move(decoded);
  // The views are taken again on the stored buffer (only the table is read);
  // a coded section's view is its decoded text (a deque keeps them in place).
  ParseAssetContainer(asset.bytes, &asset.sections, nullptr);
  size_t next_decoded = 0;
  for (AssetSectionView& section : asset.sections) {
    if (section.coding == static_cast<uint32_t>(SectionCoding::kRaw)) continue;
    section.bytes = asset.decoded[next_decoded++];
    section.coding = static_cast<uint32_t>(SectionCoding::kRaw);
  }
  asset.loaded.store(true, std::memory_order_release);
  return true;
}

bool EntityAssetLoaded() {
  return Registered().loaded.load(std::memory_order_acquire);
}

std::string_view AssetSection(std::string_view name) {
  const EntityAsset& asset = Registered();
  if (!asset.loaded.load(std::memory_order_acquire)) return {};
  for (const AssetSectionView& section : asset.sections) {
    if (section.name == name) return section.bytes;
  }
  return {};
}

#ifndef __EMSCRIPTEN__
bool LoadEntityAssetFile(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail("cannot read " + path, error);
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  if (!LoadEntityAsset(std::move(bytes), error)) {
    if (error != nullptr) *error = path + ": " + *error;
    return false;
  }
  return true;
}
#endif

}  // namespace lesbar
