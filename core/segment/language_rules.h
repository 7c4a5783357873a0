// Word lists that steer tokenisation and sentence splitting per language:
// abbreviations that keep their period, month names that make "5." an
// ordinal, English hyphen prefixes and clitics. Unknown languages get empty
// lists, which leaves ICU's own rules in charge.
#ifndef LESBAR_SEGMENT_LANGUAGE_RULES_H_
#define LESBAR_SEGMENT_LANGUAGE_RULES_H_

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

namespace lesbar {

struct LanguageRules {
  std::string language;
  // Words written with a period that does not end the sentence: "Dr", "bzw".
  std::unordered_set<std::u16string_view> abbreviations;
  // Abbreviations that often close a sentence ("usw.", "etc.", "Inc."): the
  // period then ends the sentence too when a capitalised word follows.
  std::unordered_set<std::u16string_view> final_abbreviations;
  // Abbreviations that only count as such before a number ("No. 5", "S. 12").
  std::unordered_set<std::u16string_view> numeric_abbreviations;
  // Month names: "5. Mai" makes "5." an ordinal.
  std::unordered_set<std::u16string_view> months;
  // Words before a number that make a following period an ordinal marker
  // ("am 5. Juni", "im 19. Jahrhundert").
  std::unordered_set<std::u16string_view> ordinal_cues;
  // Conjunctions after a truncated compound: "Ein- und Ausreise".
  std::unordered_set<std::u16string_view> truncation_joiners;
  // In Universal Dependencies tokenisation, hyphenated words are split
  // ("SPD - Chef" in GSD, "long - term" in EWT) except after these prefixes
  // ("e-mail", "non-human" in EWT).
  std::unordered_set<std::u16string_view> hyphen_prefixes;
  // UD German GSD splits "!!!" into single marks.
  bool ud_splits_mark_runs = false;
  // Informal spellings of clitic contractions split like their apostrophe
  // forms ("dont" -> "do|nt"), as in UD English EWT.
  std::unordered_set<std::u16string_view> informal_contractions;
  // English clitics split off the word: "do|n't", "John|'s".
  bool split_clitics = false;
  // German puts ordinal periods on numbers: "am 5. Mai".
  bool ordinal_periods = false;
  // Backing store for words loaded at run time (the sets hold views).
  std::shared_ptr<std::deque<std::u16string>> owned_words;
};

// lesbar's own lists for a primary language subtag (empty for languages it
// has no rules for); never null.
const LanguageRules& RulesFor(std::string_view language);

// lesbar's lists plus the abbreviations in ICU's sentence-break exception
// data for the language (brkitr/<lang>.res). ICU applies those itself with
// "@ss=standard", but matches them as suffixes, so "hier." would never end a
// sentence because of the German exception "r."; we match whole tokens.
LanguageRules BuildRulesWithIcuExceptions(std::string_view language);

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_LANGUAGE_RULES_H_
