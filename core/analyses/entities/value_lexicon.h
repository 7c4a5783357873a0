// The word lists of the value-entity finder, generated from ICU's CLDR data
// into value_lexicon.cc by tests/tools/gen_value_lexicon.cc. Internal.
#ifndef LESBAR_ANALYSES_ENTITIES_VALUE_LEXICON_H_
#define LESBAR_ANALYSES_ENTITIES_VALUE_LEXICON_H_

#include <cstdint>

namespace lesbar {
namespace value_lexicon {

enum class WordKind : uint8_t {
  kMonth = 0,           // "November", "May"; value 1..12
  kMonthAbbrev = 1,     // "Nov.", "Sept."; value 1..12
  kWeekday = 2,         // "Mittwoch", "Monday"; value 1..7, Sunday is 1
  kDayPeriod = 3,       // "a.m.", "PM"; value 0 (am) or 1 (pm)
  kClockWord = 4,       // "Uhr"
  kRelativeDate = 5,    // "gestern", "letzte Woche", "next Monday"
  kCurrencyName = 6,    // "Euro", "US-Dollar", "dollars", "Russischer Rubel"
  kCurrencySymbol = 7,  // "€", "$", "US$", "USD": matched case-sensitively
  kScale = 8,           // "Mio.", "Milliarden", "billion"; value = log10
  kUnit = 9,            // "Kilometer", "km", "tons": QUANTITY
  kDateUnit = 10,       // "Jahre", "weeks": a duration, DATE
  kTimeUnit = 11,       // "Stunden", "minutes": a duration, TIME
  kPercentWord = 12,    // "Prozent", "percent", "%"
  kNumberWord = 13,     // "drei", "twenty"; value = the number
};

// Bit set of the languages a form belongs to.
inline constexpr uint8_t kGerman = 1;
inline constexpr uint8_t kEnglish = 2;

struct Word {
  const char16_t* form;  // as CLDR spells it; spaces stand for any blank
  WordKind kind;
  uint8_t languages;
  int16_t value;
};

extern const Word kWords[];
extern const int kNumWords;

}  // namespace value_lexicon
}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_VALUE_LEXICON_H_
