#include "compat/textstat/textstat_counts.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <unordered_set>

#include "compat/textstat/liang_hyphenator.h"
#include "compat/textstat/textstat_data.h"

namespace lesbar::textstat {
namespace {

bool IsSentenceTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?';
}

// Python's `\b` at `at`: a word character on exactly one side.
bool IsWordBoundary(std::u32string_view text, size_t at) {
  const bool before = at > 0 && IsWordChar(text[at - 1]);
  const bool after = at < text.size() && IsWordChar(text[at]);
  return before != after;
}

// Does a contraction ending ('t 's 'd 've 'll 're) start at `at`? With
// `then_boundary` it must also end the word: the lookahead
// (?![tsd]\b|ve\b|ll\b|re\b) of textstat's remove_punctuation; without, it
// is split_contractions' (?=[tsd]|ve|ll|re).
bool ContractionEndingAt(std::u32string_view text, size_t at,
                         bool then_boundary) {
  auto matches = [&](std::u32string_view ending) {
    if (text.substr(at, ending.size()) != ending) return false;
    return !then_boundary || IsWordBoundary(text, at + ending.size());
  };
  return matches(U"t") || matches(U"s") || matches(U"d") || matches(U"ve") ||
         matches(U"ll") || matches(U"re");
}

std::u16string ToUtf16(std::u32string_view text) {
  std::u16string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c >= 0x10000 && c <= 0x10FFFF) {
      out.push_back(static_cast<char16_t>(U16_LEAD(c)));
      out.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    } else {
      out.push_back(static_cast<char16_t>(c));  // lone surrogates stay
    }
  }
  return out;
}

}  // namespace

bool IsWordChar(char32_t c) {
  if (c == '_') return true;
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  if (c > 0x10FFFF) return false;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      // str.isdecimal/isdigit/isnumeric: any numeric type.
      return u_getIntPropertyValue(static_cast<UChar32>(c),
                                   UCHAR_NUMERIC_TYPE) != U_NT_NONE;
  }
}

bool IsSpaceChar(char32_t c) {
  // CPython's Py_UNICODE_ISSPACE (not ICU's White_Space: no U+180E, and
  // U+001C..U+001F are spaces).
  if (c > 0x20 && c < 0x85) return false;  // the common case first
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

std::u32string ToCodePoints(std::u16string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char16_t unit = text[i];
    if (U16_IS_LEAD(unit) && i + 1 < text.size() && U16_IS_TRAIL(text[i + 1])) {
      out.push_back(
          static_cast<char32_t>(U16_GET_SUPPLEMENTARY(unit, text[i + 1])));
      ++i;
    } else {
      out.push_back(unit);
    }
  }
  return out;
}

std::u32string Lower(std::u32string_view text) {
  const std::u16string source = ToUtf16(text);
  if (source.empty()) return std::u32string();
  // Full case mapping can grow a string (U+0130 -> i + U+0307): retry once
  // with the size ICU asks for.
  std::u16string lowered(source.size() + 16, u'\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = u_strToLower(
      lowered.data(), static_cast<int32_t>(lowered.size()), source.data(),
      static_cast<int32_t>(source.size()), "", &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    lowered.assign(static_cast<size_t>(length), u'\0');
    status = U_ZERO_ERROR;
    length = u_strToLower(lowered.data(), length, source.data(),
                          static_cast<int32_t>(source.size()), "", &status);
  }
  if (U_FAILURE(status)) return std::u32string(text);
  lowered.resize(static_cast<size_t>(length));
  return ToCodePoints(lowered);
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::u32string RemovePunctuation(std::u32string_view text,
                                 bool remove_apostrophes) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (IsWordChar(c) || IsSpaceChar(c)) {
      out.push_back(c);
    } else if (c == '\'' && !remove_apostrophes &&
               ContractionEndingAt(text, i + 1, /*then_boundary=*/true)) {
      out.push_back(c);
    }
  }
  return out;
}

std::u32string WordListText(std::u32string_view text,
                            const WordListOptions& options) {
  std::u32string work(text);
  if (options.split_hyphens) std::replace(work.begin(), work.end(), U'-', U' ');
  if (options.remove_punctuation) {
    work = RemovePunctuation(work, options.remove_apostrophes);
  }
  if (options.lowercase) work = Lower(work);
  if (options.split_contractions) {
    for (size_t i = 0; i < work.size(); ++i) {
      if (work[i] == '\'' &&
          ContractionEndingAt(work, i + 1, /*then_boundary=*/false)) {
        work[i] = ' ';
      }
    }
  }
  return work;
}

std::vector<std::u32string> ListWords(std::u32string_view text,
                                      const WordListOptions& options) {
  std::vector<std::u32string> words;
  ForEachToken(WordListText(text, options), [&words](std::u32string_view word) {
    words.emplace_back(word);
  });
  return words;
}

int64_t CountWords(std::u32string_view text, const WordListOptions& options) {
  int64_t count = 0;
  ForEachToken(WordListText(text, options),
               [&count](std::u32string_view) { ++count; });
  return count;
}

int64_t CountSentences(std::u32string_view text) {
  if (text.empty()) return 0;
  // re.findall(r"\b[^.!?]+[.!?]*", text): from a word boundary, everything
  // up to and including the next run of terminators.
  int64_t matches = 0, ignored = 0;
  size_t at = 0;
  while (at < text.size()) {
    if (IsSentenceTerminator(text[at]) || !IsWordBoundary(text, at)) {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < text.size() && !IsSentenceTerminator(text[end])) ++end;
    while (end < text.size() && IsSentenceTerminator(text[end])) ++end;
    ++matches;
    if (CountWords(text.substr(at, end - at)) <= 2) ++ignored;
    at = end;
  }
  return std::max<int64_t>(1, matches - ignored);
}

int64_t CountChars(std::u32string_view text, bool ignore_spaces) {
  if (!ignore_spaces) return static_cast<int64_t>(text.size());
  return std::count_if(text.begin(), text.end(),
                       [](char32_t c) { return !IsSpaceChar(c); });
}

int64_t CountLetters(std::u32string_view text) {
  return std::count_if(text.begin(), text.end(), IsWordChar);
}

int64_t CountLongWords(std::u32string_view text, int longer_than) {
  const std::u32string cleaned =
      RemovePunctuation(text, /*remove_apostrophes=*/true);
  int64_t count = 0;
  ForEachToken(cleaned, [&](std::u32string_view word) {
    if (word.size() > static_cast<size_t>(longer_than)) ++count;
  });
  return count;
}

SyllableCounter::SyllableCounter(const LiangHyphenator* hyphenator,
                                 const TextstatData* data, bool use_cmudict)
    : hyphenator_(hyphenator), data_(data), use_cmudict_(use_cmudict) {}

int SyllableCounter::CountWord(std::u32string_view lowercase_word) const {
  if (hyphenator_ == nullptr) return 0;
  const std::u32string key(lowercase_word);
  auto cached = cache_.find(key);
  if (cached != cache_.end()) return cached->second;
  int count = -1;
  if (use_cmudict_ && data_ != nullptr) {
    count = data_->CmudictSyllables(ToUtf8(lowercase_word));
  }
  if (count < 0) {
    count = static_cast<int>(hyphenator_->Positions(lowercase_word).size()) + 1;
  }
  cache_.emplace(key, count);
  return count;
}

int64_t SyllableCounter::CountInText(std::u32string_view text) const {
  if (text.empty()) return 0;
  // Monosyllables, polysyllables and difficult words ask token by token, and
  // tokens repeat: remember short ones as they come (before cleaning).
  constexpr size_t kLongestRemembered = 48;
  const bool remember = text.size() <= kLongestRemembered;
  if (remember) {
    auto cached = text_cache_.find(std::u32string(text));
    if (cached != text_cache_.end()) return cached->second;
  }
  WordListOptions options;
  options.lowercase = true;
  int64_t count = 0;
  ForEachToken(WordListText(text, options),
               [&](std::u32string_view word) { count += CountWord(word); });
  if (remember) text_cache_.emplace(std::u32string(text), count);
  return count;
}

int64_t CountMonosyllables(std::u32string_view text,
                           const SyllableCounter& syllables) {
  int64_t count = 0;
  ForEachToken(text, [&](std::u32string_view token) {
    if (syllables.CountInText(token) == 1) ++count;
  });
  return count;
}

int64_t CountPolysyllables(std::u32string_view text,
                           const SyllableCounter& syllables) {
  int64_t count = 0;
  ForEachToken(text, [&](std::u32string_view token) {
    if (syllables.CountInText(token) >= 3) ++count;
  });
  return count;
}

int64_t CountDifficultWords(std::u32string_view text,
                            const SyllableCounter& syllables,
                            int syllable_threshold, bool unique,
                            IsEasyWord is_easy) {
  const std::u32string cleaned =
      RemovePunctuation(Lower(text), /*remove_apostrophes=*/false);
  std::unordered_set<std::u32string_view> seen;
  int64_t count = 0;
  ForEachToken(cleaned, [&](std::u32string_view word) {
    // is_difficult_word: on the list -> easy; else too few syllables (as
    // count_syllables counts the word) -> easy.
    if (is_easy(word)) return;
    if (syllables.CountInText(word) < syllable_threshold) return;
    if (unique && !seen.insert(word).second) return;
    ++count;
  });
  return count;
}

}  // namespace lesbar::textstat
