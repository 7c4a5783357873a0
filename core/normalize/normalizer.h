// First stage of the pipeline: turns pasted text into something the
// segmenters can trust, without losing the way back to the original offsets.
//
// - NFC, so "Mu\u0308ller" and "Müller" look alike to later stages;
// - soft hyphens (U+00AD) removed, so "Verteidi\u00ADgung" is one plain word;
// - odd spaces (no-break, thin, ideographic, ...) become U+0020, control
//   characters and NUL become U+0020 (vertical tab, form feed and NEL become
//   U+000A), and lone surrogates become U+FFFD.
#ifndef LESBAR_NORMALIZE_NORMALIZER_H_
#define LESBAR_NORMALIZE_NORMALIZER_H_

#include <string>
#include <string_view>

#include "lesbar/lesbar.h"
#include "normalize/offset_map.h"

namespace lesbar {

struct NormalizedText {
  // Views `storage` when normalisation changed something, else the input.
  std::u16string_view text;
  std::u16string storage;
  OffsetMap to_original;
};

// `input` must outlive the result (the result may view it).
Status Normalize(std::u16string_view input, NormalizedText* result);

}  // namespace lesbar

#endif  // LESBAR_NORMALIZE_NORMALIZER_H_
