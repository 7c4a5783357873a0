// textstat 0.7.11's counting, reproduced: the regular expressions it runs
// (Python `re` on str: `\w` is a letter, a number or '_', `\s` Python's
// whitespace, `\b` between the two) and the order it runs them in. Works on
// code points, because Python's len() and slicing do.
//
//   words      remove_punctuation: an apostrophe is dropped unless a
//              contraction ending follows ('t 's 'd 've 'll 're, then a
//              word boundary; case-sensitive), then every character that is
//              neither \w, \s nor an apostrophe ("3,5" -> "35",
//              "russisch-iranischen" one word); split on whitespace.
//   sentences  findall(r"\b[^.!?]+[.!?]*"), minus the matches of <= 2
//              words (their words still count), at least 1 unless empty.
//   syllables  per lower-cased word: English CMUdict (first pronunciation)
//              if listed, else Pyphen (left=2, right=2) points + 1.
//   long words more than 6 characters after all punctuation is removed.
//   difficult  lower-cased, punctuation removed but contraction apostrophes
//              kept, not on the easy-word list, >= threshold syllables.
#ifndef LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_COUNTS_H_
#define LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_COUNTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lesbar {

class LiangHyphenator;
class TextstatData;

namespace textstat {

// Python str semantics on code points.
bool IsWordChar(char32_t c);                            // re `\w`
bool IsSpaceChar(char32_t c);                           // re `\s`, str.split()
std::u32string ToCodePoints(std::u16string_view text);  // lone surrogates kept
std::u32string Lower(std::u32string_view text);         // str.lower()
std::string ToUtf8(std::u32string_view text);
// str.split(): calls visit(token) for every run of non-space characters,
// without building a list (texts can be 50 MB).
template <typename Visit>
void ForEachToken(std::u32string_view text, Visit visit) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpaceChar(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && !IsSpaceChar(text[i])) ++i;
    if (i > start) visit(text.substr(start, i - start));
  }
}

std::u32string RemovePunctuation(std::u32string_view text,
                                 bool remove_apostrophes);

struct WordListOptions {
  bool remove_punctuation = true;
  bool remove_apostrophes = false;
  bool lowercase = false;
  bool split_contractions = false;
  bool split_hyphens = false;
};
// list_words(text, ...) is ForEachToken over this text.
std::u32string WordListText(std::u32string_view text,
                            const WordListOptions& options = {});
std::vector<std::u32string> ListWords(std::u32string_view text,
                                      const WordListOptions& options = {});
int64_t CountWords(std::u32string_view text,
                   const WordListOptions& options = {});
int64_t CountSentences(std::u32string_view text);
int64_t CountChars(std::u32string_view text, bool ignore_spaces);
int64_t CountLetters(std::u32string_view text);
int64_t CountLongWords(std::u32string_view text, int longer_than = 6);

// Syllables of one language: Pyphen patterns, plus CMUdict for English.
// Remembers the count of every word it has seen.
class SyllableCounter {
 public:
  // hyphenator may be null (then nothing can be counted: can_count() is
  // false); data may be null or without CMUdict.
  SyllableCounter(const LiangHyphenator* hyphenator, const TextstatData* data,
                  bool use_cmudict);
  bool can_count() const { return hyphenator_ != nullptr; }

  // textstat's count_syllables(text): over list_words(text, lowercase).
  int64_t CountInText(std::u32string_view text) const;
  // One word already lower-cased and without punctuation.
  int CountWord(std::u32string_view lowercase_word) const;

 private:
  const LiangHyphenator* hyphenator_;
  const TextstatData* data_;
  bool use_cmudict_;
  mutable std::unordered_map<std::u32string, int> cache_;  // cleaned words
  mutable std::unordered_map<std::u32string, int64_t> text_cache_;  // tokens
};

// Whitespace-separated raw tokens whose count_syllables is 1 / >= 3.
int64_t CountMonosyllables(std::u32string_view text,
                           const SyllableCounter& syllables);
int64_t CountPolysyllables(std::u32string_view text,
                           const SyllableCounter& syllables);

// is_easy(lower-cased word) says whether a word is on the easy-word list.
using IsEasyWord = bool (*)(std::u32string_view lowercase_word);
int64_t CountDifficultWords(std::u32string_view text,
                            const SyllableCounter& syllables,
                            int syllable_threshold, bool unique,
                            IsEasyWord is_easy);

}  // namespace textstat
}  // namespace lesbar

#endif  // LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_COUNTS_H_
