// How the language identifier reads a text into the units it counts:
// letters lower-cased, every run of anything else one word boundary, the
// text padded with boundaries; the units are the trigrams of consecutive
// letters and boundaries and the words between two boundaries.
//
// One definition for two readers: the identifier (letters as indexes into
// its alphabet, hashed as they come) and the profiles' trainer (letters as
// code points, through `lesbar_langid features`), so the trainer counts
// exactly what the identifier looks up. Internal to the language
// identifier, its tools and tests.
#ifndef LESBAR_LANGUAGE_LANGUAGE_UNITS_H_
#define LESBAR_LANGUAGE_LANGUAGE_UNITS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "language/language_profiles.h"

namespace lesbar {
namespace langid_internal {

// Script of a letter, or Script::kCount for anything that is not a letter
// of a script the identifier knows.
Script ScriptOf(char32_t c);

// A letter as the identifier counts it (ICU's simple lower-case mapping,
// so one letter stays one letter: "İ" is read as "i").
char32_t LowerLetter(char32_t c);

// The code point at text[*i]; a surrogate pair is read whole and *i left on
// its second unit, a lone surrogate is returned as it is (not a letter).
inline char32_t CodePointAt(std::u16string_view text, size_t* i) {
  const char32_t c = text[*i];
  if (c >= 0xD800 && c <= 0xDBFF && *i + 1 < text.size() &&
      text[*i + 1] >= 0xDC00 && text[*i + 1] <= 0xDFFF) {
    ++*i;
    return 0x10000 + ((c - 0xD800) << 10) + (text[*i] - 0xDC00);
  }
  return c;
}

// Reads `text` as the identifier does. `letter_at(text, &i)` returns the
// letter at text[i] as a nonzero value, or 0 for anything else (it may move
// i onto the second unit of a surrogate pair). Then
//   on_trigram(a, b, c)   for every three consecutive values (0 = boundary),
//   on_word_letter(x)     for every letter, in order,
//   on_word_end()         at the boundary after each word.
// A template, so the identifier's hot loop compiles to what it was.
template <typename LetterAt, typename OnTrigram, typename OnWordLetter,
          typename OnWordEnd>
inline void ReadUnits(std::u16string_view text, LetterAt&& letter_at,
                      OnTrigram&& on_trigram, OnWordLetter&& on_word_letter,
                      OnWordEnd&& on_word_end) {
  constexpr uint32_t kStart = 0xFFFFFFFF;
  uint32_t before_previous = kStart;
  uint32_t previous = 0;
  const auto push = [&](uint32_t letter) {
    if (before_previous != kStart)
      on_trigram(before_previous, previous, letter);
    if (letter == 0) {
      on_word_end();
    } else {
      on_word_letter(letter);
    }
    before_previous = previous;
    previous = letter;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const uint32_t letter = letter_at(text, &i);
    if (letter == 0) {
      if (previous != 0) push(0);
      continue;
    }
    push(letter);
  }
  if (previous != 0) push(0);
}

// The units of `text` as strings of code points, as the profiles list
// them: on_trigram(std::u32string_view), ' ' standing for a boundary, and
// on_word(std::u32string_view). A unit with a letter of a script for which
// `keep(script)` is false is skipped (the trainer counts a language's units
// of its own script only; the identifier reads all of them).
template <typename Keep, typename OnTrigram, typename OnWord>
inline void ForEachUnit(std::u16string_view text, Keep&& keep,
                        OnTrigram&& on_trigram, OnWord&& on_word) {
  // A letter travels as its lower-case code point (21 bits) with a flag
  // above it when its script is not kept.
  constexpr uint32_t kForeign = uint32_t{1} << 24;
  constexpr uint32_t kCodePoint = kForeign - 1;
  std::u32string word;
  bool foreign_word = false;
  ReadUnits(
      text,
      [&keep](std::u16string_view t, size_t* i) -> uint32_t {
        const char32_t c = CodePointAt(t, i);
        const Script script = ScriptOf(c);
        if (script == Script::kCount) return 0;
        return static_cast<uint32_t>(LowerLetter(c)) |
               (keep(script) ? 0 : kForeign);
      },
      [&on_trigram](uint32_t a, uint32_t b, uint32_t c) {
        if (((a | b | c) & kForeign) != 0) return;
        const char32_t gram[3] = {a == 0 ? U' ' : a & kCodePoint,
                                  b == 0 ? U' ' : b & kCodePoint,
                                  c == 0 ? U' ' : c & kCodePoint};
        on_trigram(std::u32string_view(gram, 3));
      },
      [&word, &foreign_word](uint32_t letter) {
        foreign_word |= (letter & kForeign) != 0;
        word.push_back(letter & kCodePoint);
      },
      [&word, &foreign_word, &on_word]() {
        if (!foreign_word) on_word(std::u32string_view(word));
        word.clear();
        foreign_word = false;
      });
}

}  // namespace langid_internal
}  // namespace lesbar

#endif  // LESBAR_LANGUAGE_LANGUAGE_UNITS_H_
