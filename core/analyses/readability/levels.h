// A human reading of the main score in the text's own language: Flesch's
// seven bands ("sehr schwer" ... "sehr leicht"), or for LIX its five bands.
#ifndef LESBAR_ANALYSES_READABILITY_LEVELS_H_
#define LESBAR_ANALYSES_READABILITY_LEVELS_H_

#include <string_view>

#include "lesbar/lesbar.h"

namespace lesbar {

// An empty label for NaN (no words to score).
ReadabilityLevel LevelFor(double main_score, std::string_view language);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_LEVELS_H_
