// Sums over the words of a stretch of text (a sentence or a whole
// document): everything the formulas and the difficulty model read. Kept as
// sums so that a document's figures are exactly the sum of its sentences'.
#ifndef LESBAR_ANALYSES_READABILITY_TEXT_STATS_H_
#define LESBAR_ANALYSES_READABILITY_TEXT_STATS_H_

#include <cstdint>
#include <string_view>

#include "lesbar/lesbar.h"

namespace lesbar {

struct TextStats {
  int64_t sentences = 0;  // sentences with at least one word
  int64_t words = 0;
  int64_t syllables = 0;
  int64_t letters = 0;  // letters and digits inside words
  int64_t monosyllables = 0;
  int64_t polysyllables = 0;    // 3+ syllables
  int64_t long_words = 0;       // 7+ letters (LIX, RIX, Wiener IW)
  int64_t very_long_words = 0;  // 13+ letters: long compounds
  int64_t nominal_words = 0;    // nominal-style suffixes: -ung, -tion, ...
  int64_t numbers = 0;
  int64_t commas = 0;  // commas, semicolons, colons, dashes, brackets
  int64_t inner_capitalised = 0;    // capitalised words not sentence-first
  int64_t difficult_words = 0;      // English: not on the Dale-Chall list
  int64_t long_syllable_words = 0;  // 4+ syllables
  int64_t subordinators = 0;        // "dass", "weil", "which", "because"
  int64_t foreign_spelled = 0;      // German: c, y, th outside native spelling
  // The longest word's letters, summed over sentences (a sentence's own
  // figure is its longest word).
  int64_t longest_word_letters = 0;
  // Word familiarity from the language's common-word ranks
  // (language/common_words.h); words without letters are left out.
  int64_t ranked_words = 0;       // words the language has a rank list for
  int64_t unlisted_words = 0;     // ... not among its common words
  int64_t outside_top_words = 0;  // ... not among its kTopCommonWords
  double log_rank_sum = 0;        // sum of log(2 + rank); unlisted: 1000

  void Add(const TextStats& other);
};

// What one word form contributes, computed once per distinct form.
struct WordFacts {
  int32_t syllables = 0;
  int32_t letters = 0;  // letters and digits
  bool capitalised = false;
  bool nominal = false;
  bool subordinator = false;
  bool foreign_spelled = false;
  bool difficult = false;
  // Rank among the language's common words: 0 = most frequent, -1 = not
  // listed, kNoRankList = the language has no list or the word no letter.
  int32_t common_rank = -2;
};

inline constexpr int32_t kNoRankList = -2;
// The share of words outside this many most common words is a feature.
inline constexpr int32_t kTopCommonWords = 200;

WordFacts ComputeWordFacts(std::u16string_view word, int syllables,
                           std::string_view language);

// One word's contribution. `first_in_sentence` keeps sentence-initial
// capitals out of the capitalisation share.
void AddWord(const WordFacts& facts, bool is_number, bool first_in_sentence,
             TextStats* stats);

// Clause punctuation between words.
void AddPunctuation(std::u16string_view punct, TextStats* stats);

ReadabilityCounts ToCounts(const TextStats& stats);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_TEXT_STATS_H_
