// Counts the syllables of one word for German and English readability
// formulas.
//
// Why this approach. A word is split into vowel groups (maximal runs of
// vowel letters; "y" before a vowel and "u" after "q" are consonants). Each
// group is silent (English "make", "walked"), one syllable, or a hiatus of
// two ("Museum", "Theater", "idea"). A hashed multiclass perceptron decides
// which, from conjunctions (kTemplates) of the group, its neighbouring letters
// and vowel groups, the consonant runs around it, its position, and the Liang
// hyphenation-pattern values before, inside and after it (Debian hyphen-de
// and hyphen-en-us; LiangPatterns). Hyphenation alone misses edge
// syllables ("A-bend"), hiatus and silent vowels (72 % / 56 % exact), so
// the pattern values are features, not the answer. The dictionaries only
// give counts per word, so the per-group labels are latent during training
// (the best labelling that sums to the count).
// Numbers (exact count; held-out = the fifth of each dev list with
// FNV-1a(word) % 5 == 0, scored with tables trained on the rest; see
// train/syllables/README.md):
//   German (MaryTTS): held-out 96.53 %, full dev (training data) 98.83 %.
//   English (CMUdict): held-out 96.07 %, full dev (training data) 97.93 %.
// No word list is stored: the tables are 2^15 pairs of int8 weights per
// language and the two pattern sets (`npm run train:syllables` rebuilds
// them from features computed by this code, see syllable_features.h); the
// exception lists below have two and 13 entries.
//
// Speed: about 1.5-2.6 M words/s natively (-O2, CPU time, loaded machine;
// a third of the model without patterns) on running German and English text
// (tests/tools/eval_syllables.cc). No heap allocation per call: Count works on
// a fixed stack buffer (parts longer than 64 symbols are counted in 64-symbol
// pieces). The patterns are parsed into a trie on first use of a language (a
// few ms, kept for the process).
//
// Token policy (kept small on purpose):
//   - Hyphens, slashes, periods and other punctuation split a token into
//     parts whose counts are summed ("Berg-Karabach" = 1 + 3).
//   - A one-letter part is a letter name: 1 syllable, except English "w"
//     (double-u, 3) and German "y" (Ypsilon, 3). So "z.B." = 2, "e.g." = 2.
//   - An all-caps part of 2-4 letters is spelled letter by letter when it
//     has 2 letters, no vowel, starts with two consonants that are not a
//     common onset ("AG", "BMW", "NBA"), is a vowel and two consonants
//     ("ARD", "EZB") or is "USA" or "ICE"; otherwise it is read as a word
//     ("NATO", "UNO", "SPOT").
//   - A part without vowels is spelled too ("cdc", "html", "bzw"), except
//     13 interjections that count 1 ("hmm", "psst", "Pfft") and words of
//     other scripts (1); a bare clitic counts 0 ("'s").
//   - English: possessive "'s" adds a syllable after a sibilant ("James's",
//     "judge's"), "Mc" adds one ("McCain"), so do the syllabic n of "n't"
//     after a consonant ("wasn't", not "don't") and the syllabic m of final
//     "thm" ("rhythm") and vowel + "sm" ("tourism", "chasms").
//   - A run of ASCII digits is read as a number: 0-9999 as the spelled-out
//     cardinal (German "dreiundzwanzig" = 4), years 1100-1999 in pairs
//     ("neunzehnhundertneunzig" = 6, "nineteen ninety" = 4; English also
//     2010-2099 "twenty twenty"), longer runs or leading zeros digit by
//     digit.
//   - Any token with a letter or digit counts at least 1; a token with
//     neither counts 0.
//
// Other languages get a plain vowel-group count with the same token policy.
#ifndef LESBAR_FEATURES_SYLLABLES_SYLLABLE_COUNTER_H_
#define LESBAR_FEATURES_SYLLABLES_SYLLABLE_COUNTER_H_

#include <cstdint>
#include <memory>
#include <string_view>

namespace lesbar {
namespace syllables_internal {
class LiangPatterns;
}  // namespace syllables_internal

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

  Language language_;
  const int8_t* weights_;  // null for kOther; see kGermanWeights
  // Hyphenation patterns whose values are features; null when the
  // language's model does not use them. Shared, built once per language.
  const syllables_internal::LiangPatterns* patterns_;
};

}  // namespace lesbar

#endif  // LESBAR_FEATURES_SYLLABLES_SYLLABLE_COUNTER_H_
