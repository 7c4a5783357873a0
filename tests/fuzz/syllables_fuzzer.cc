// libFuzzer target for SyllableCounter::Count: any UTF-16 word in any of
// the supported languages. Checks the contract: 0 exactly when the word has
// no letter or digit, otherwise at least 1, and no more than a loose bound
// (digits read aloud take several syllables each). Apostrophe-like marks,
// U+02BC MODIFIER LETTER APOSTROPHE among them, are not letters here: the
// counter treats them as apostrophes ("'s" alone counts 0).
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "features/syllables/syllable_counter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static const char* const kLanguages[] = {"de", "en", "fr", "und"};
  static std::unique_ptr<lesbar::SyllableCounter> counters[] = {
      lesbar::SyllableCounter::Create(kLanguages[0]),
      lesbar::SyllableCounter::Create(kLanguages[1]),
      lesbar::SyllableCounter::Create(kLanguages[2]),
      lesbar::SyllableCounter::Create(kLanguages[3])};
  const lesbar::SyllableCounter* counter = counters[data[0] % 4].get();
  if (counter == nullptr) abort();
  std::u16string word((size - 1) / 2, u'\0');
  std::memcpy(word.data(), data + 1, word.size() * 2);

  bool has_letter_or_digit = false;
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    const bool apostrophe = c == 0x27 || c == 0x60 || c == 0xB4 ||
                            c == 0x2BC || c == 0x2018 || c == 0x2019;
    if (u_isalnum(c) && !apostrophe) has_letter_or_digit = true;
  }
  const int count = counter->Count(word);
  if (count < 0) abort();
  if (has_letter_or_digit != (count > 0)) abort();
  // Digits read aloud can take up to ~7 syllables each ("sieben-und-...").
  if (static_cast<size_t>(count) > 8 * word.size() + 8) abort();
  return 0;
}
