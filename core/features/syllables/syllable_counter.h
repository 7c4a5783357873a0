// Counts the syllables of one word for German and English readability
// formulas.
//
// Why this approach. A word is split into vowel groups (maximal runs of
// vowel letters; "y" before a vowel and "u" after "q" are consonants). Each
// group is silent (English "make", "walked"), one syllable, or a hiatus of
// two ("Museum", "Theater", "idea"). A hashed multiclass perceptron decides
// which, from ~27 conjunctions of the letters and consonant runs around the
// group. The dictionaries only give counts per word, so the per-group labels
// are latent during training (the best labelling that sums to the count).
// Measured alternatives (dev files, exact count):
//   - Debian hyphenation patterns: en-us points give 51 %, German syllable
//     patterns (hyphenopoly) 94.0 % and still need the hiatus/edge rules.
//   - One decision tree on the same features: 94.5 % de / 92.6 % en on a
//     held-out 20 %; it fragments the data, the perceptron does not.
//   - This perceptron: see scripts/syllables/README.md for the current
//     numbers (held-out 20 % split and full dev).
// No word list is stored: the tables are 2 x 64 K int8 weights per language
// (scripts/syllables/train_syllables.py rebuilds them), so the counter
// generalises from spelling like the held-out numbers say. There is no
// exception list.
//
// Token policy (kept small on purpose):
//   - Hyphens, slashes, periods and other punctuation split a token into
//     parts whose counts are summed ("Berg-Karabach" = 1 + 3).
//   - A one-letter part is a letter name: 1 syllable, except English "w"
//     (double-u, 3) and German "y" (Ypsilon, 3). So "z.B." = 2, "e.g." = 2.
//   - An all-caps part of 2-4 letters is spelled letter by letter when it
//     has 2 letters, no vowel, or starts with two consonants that are not a
//     common onset ("AG", "BMW", "NBA"); otherwise it is read as a word
//     ("NATO", "UNO", "SPOT").
//   - A part without vowels counts 1 ("hmm", "Pfft"), a bare clitic 0 ("'s").
//   - English: possessive "'s" adds a syllable after a sibilant ("James's",
//     "judge's"), "Mc" adds one ("McCain"), final "thm" one ("rhythm").
//   - A run of ASCII digits is read as a number: 0-9999 as the spelled-out
//     cardinal (German "dreiundzwanzig" = 4), years 1100-1999 in pairs
//     ("neunzehnhundertneunzig" = 6, "nineteen ninety" = 4; English also
//     2010-2099 "twenty twenty"), longer runs or leading zeros digit by
//     digit.
//   - Any token with a letter or digit counts at least 1; a token with
//     neither counts 0.
//
// Other languages get a plain vowel-group count with the same token policy.
//
// Speed: no heap allocation; Count works on a fixed stack buffer (parts
// longer than 64 symbols are counted in 64-symbol pieces).
#ifndef LESBAR_FEATURES_SYLLABLES_SYLLABLE_COUNTER_H_
#define LESBAR_FEATURES_SYLLABLES_SYLLABLE_COUNTER_H_

#include <cstdint>
#include <memory>
#include <string_view>

namespace lesbar {

class SyllableCounter {
 public:
  // language: "de" or "en" (a region suffix such as "de-AT" is ignored);
  // any other language gets the vowel-group estimate. Never returns null.
  static std::unique_ptr<SyllableCounter> Create(std::string_view language);

  // word: one token as UTF-16 (may contain uppercase, umlauts, apostrophes,
  // hyphens). Returns >= 1 for any word with a letter or digit, else 0.
  int Count(std::u16string_view word) const;

 private:
  enum class Language : uint8_t { kGerman, kEnglish, kOther };

  explicit SyllableCounter(Language language);

  // One run of letter symbols (no hyphens, digits or periods inside).
  int CountRun(uint8_t* symbols, int length, int letters, int uppercase) const;
  // Sum of the per-vowel-group predictions for a run that has a vowel.
  int CountVowelGroups(const uint8_t* symbols, int length) const;
  int CountDigits(const char16_t* digits, int length) const;
  int LetterNameSyllables(uint8_t symbol) const;

  Language language_;
  const int8_t* silent_weights_;  // null for kOther
  const int8_t* hiatus_weights_;
};

}  // namespace lesbar

#endif  // LESBAR_FEATURES_SYLLABLES_SYLLABLE_COUNTER_H_
