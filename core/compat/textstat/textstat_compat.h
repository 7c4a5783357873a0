// Readability the way textstat 0.7.11 computes it, so that its numbers can
// be reproduced: AnalyzeOptions::readability_compat = kTextstat.
//
// Counting is textstat's (textstat_counts.h), the formulas are its formulas
// with its constants, its per-language Flesch variants and its edge cases
// (0.0 for empty text, textstat's division guards, no rounding). Where
// textstat raises instead (a language config without the key, Wiener
// Sachtextformel of a text without words) the score is NaN.
//
// Syllables need the compat data (Analyzer::SetTextstatData): until it is
// handed over, or for a language it has no patterns for (de en es fr hu it
// nl ru are in it), syllables, monosyllables and polysyllables are 0 and the
// scores built on them (Flesch, Flesch-Kincaid, SMOG, Gunning fog, Wiener
// Sachtextformel) NaN.
//
// Like textstat: Dale-Chall and Gunning fog use the English easy-word list
// for every language but Spanish, which textstat has a list of its own for
// (not shipped here: NaN). level is left empty and difficulty NaN: both are
// lesbar's own readings, not textstat's.
#ifndef LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_COMPAT_H_
#define LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_COMPAT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "lesbar/lesbar.h"

namespace lesbar {

class TextstatData;

// `language`: lesbar's tag ("de", "en", "de-AT", ...); textstat's own tags
// ("de_DE") work too.
Readability ReadabilityLikeTextstat(std::u16string_view text,
                                    std::string_view language);

namespace textstat {

// textstat's LANG_CONFIGS entry; NaN / -1 where the entry has no such key
// (textstat raises then). Languages without an entry get English's.
struct LanguageConfig {
  double fre_base;
  double fre_sentence_length;
  double fre_syllables_per_word;
  int syllable_threshold;  // of a "difficult" word for Gunning fog
  bool has_easy_words;     // false: textstat has a list we do not ship
};
std::string LanguageRoot(std::string_view language);  // "de-AT" -> "de"
LanguageConfig ConfigFor(std::string_view language_root);

// What the formulas are computed from.
struct Measures {
  bool empty_text = true;
  bool has_syllables = false;  // patterns for the language were available
  int64_t words = 0;           // count_words(text)
  int64_t words_with_punctuation = 0;  // count_words(text, False)
  int64_t sentences = 0;
  int64_t syllables = 0;
  int64_t letters = 0;
  int64_t characters = 0;  // count_chars(text, ignore_spaces=True)
  int64_t long_words = 0;  // more than 6 letters
  int64_t monosyllables = 0;
  int64_t polysyllables = 0;
  int64_t unique_words = 0;            // distinct lower-cased words
  int64_t fog_difficult_words = -1;    // at Gunning fog's threshold; -1: n/a
  int64_t dale_chall_hard_words = -1;  // not on the list; -1: n/a

  double WordsPerSentence() const;
  double SyllablesPerWord() const;
  double CharsPerWord() const;
  double LettersPerWord() const;
  double SentencesPerWord() const;
};

// data may be null (no syllables then).
Measures Measure(std::u16string_view text, std::string_view language_root,
                 const TextstatData* data);
ReadabilityScores Scores(const Measures& measures,
                         const LanguageConfig& config);

// textstat's English easy-word list (its easy_words.txt is the Dale-Chall
// list; lesbar's copy comes from npm dale-chall).
bool IsEnglishEasyWord(std::u32string_view lowercase_word);

// textstat's reading_time(text, ms_per_char) in seconds.
double ReadingTimeSeconds(std::u16string_view text, double ms_per_char);
constexpr double kDefaultMsPerChar = 14.69;

}  // namespace textstat
}  // namespace lesbar

#endif  // LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_COMPAT_H_
