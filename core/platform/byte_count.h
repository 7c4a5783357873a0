// Counts one byte value in a buffer, eight bytes at a time. The tables built
// on the first analysis (name lists, word clusters, lexicons) count their
// lines to size themselves; there the code still runs in the wasm engine's
// baseline tier, where std::count or a byte-by-byte loop cost a good part of
// the build.
#ifndef LESBAR_PLATFORM_BYTE_COUNT_H_
#define LESBAR_PLATFORM_BYTE_COUNT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace lesbar {

// The bytes of the eight in `word` that equal `value`. A byte of the
// difference is zero exactly where they are equal, and only a zero byte
// keeps its high bit clear when its low seven bits are added to 0x7F and
// its own high bit is or-ed in.
inline int CountByteInWord(uint64_t word, unsigned char value) {
  const uint64_t difference = word ^ (0x0101010101010101ull * value);
  const uint64_t nonzero =
      ((difference & 0x7F7F7F7F7F7F7F7Full) + 0x7F7F7F7F7F7F7F7Full) |
      difference;
  return __builtin_popcountll(~nonzero & 0x8080808080808080ull);
}

inline size_t CountByte(std::string_view bytes, char value) {
  const unsigned char wanted = static_cast<unsigned char>(value);
  size_t count = 0;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, sizeof word);
    count += static_cast<size_t>(CountByteInWord(word, wanted));
  }
  for (; i < bytes.size(); ++i) count += bytes[i] == value;
  return count;
}

}  // namespace lesbar

#endif  // LESBAR_PLATFORM_BYTE_COUNT_H_
