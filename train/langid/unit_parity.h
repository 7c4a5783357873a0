// The check that the trainer's units are the identifier's: a text's raw
// evidence in every score column must be the sum, over the units that
// `lesbar_langid features` emits for it, of what the tables give each
// unit. Shared by the parity test and `lesbar_langid parity`.
#ifndef LESBAR_TRAIN_LANGID_UNIT_PARITY_H_
#define LESBAR_TRAIN_LANGID_UNIT_PARITY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_identifier.h"
#include "language/language_units.h"

namespace lesbar::langid_internal {

struct UnitParity {
  std::vector<int64_t> expected;  // summed over the emitted units
  std::vector<int64_t> actual;    // what the identifier accumulated
  size_t units = 0;               // emitted units
  size_t listed_units = 0;        // of them, listed by some profile
  bool ok() const { return expected == actual; }
};

inline UnitParity CheckUnitParity(const LanguageIdentifier& identifier,
                                  std::u16string_view text) {
  UnitParity parity;
  parity.actual = identifier.ColumnScores(text);
  parity.expected.assign(parity.actual.size(), 0);
  const auto add = [&](std::u32string_view unit, bool word) {
    const std::vector<int64_t> weights = identifier.UnitWeights(unit, word);
    bool listed = false;
    for (size_t column = 0; column < weights.size(); ++column) {
      parity.expected[column] += weights[column];
      listed |= weights[column] != 0;
    }
    ++parity.units;
    parity.listed_units += listed ? 1 : 0;
  };
  // Every script kept: the identifier itself reads all of them.
  ForEachUnit(
      text, [](Script) { return true; },
      [&](std::u32string_view gram) { add(gram, false); },
      [&](std::u32string_view word) { add(word, true); });
  return parity;
}

}  // namespace lesbar::langid_internal

#endif  // LESBAR_TRAIN_LANGID_UNIT_PARITY_H_
