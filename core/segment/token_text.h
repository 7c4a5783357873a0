// Small reads of token text shared by the segmenters: a token's characters,
// its first and last code point, its case, its ending, whether it is one of
// a few words, and whether the gap between two tokens is one space or holds
// a line break.
#ifndef LESBAR_SEGMENT_TOKEN_TEXT_H_
#define LESBAR_SEGMENT_TOKEN_TEXT_H_

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "lesbar/lesbar.h"

namespace lesbar {

inline std::u16string_view TextOf(std::u16string_view text,
                                  const Token& token) {
  return text.substr(token.start, token.end - token.start);
}

// `s` must not be empty.
inline UChar32 FirstCodePoint(std::u16string_view s) {
  UChar32 c;
  size_t i = 0;
  U16_NEXT(s.data(), i, s.size(), c);
  return c;
}

// `s` must not be empty.
inline UChar32 LastCodePoint(std::u16string_view s) {
  UChar32 c;
  size_t end = s.size();
  U16_PREV(s.data(), 0, end, c);
  return c;
}

inline bool EndsWith(std::u16string_view s, std::u16string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

inline bool StartsLower(std::u16string_view s) {
  return !s.empty() && u_islower(FirstCodePoint(s));
}

inline bool StartsUpper(std::u16string_view s) {
  if (s.empty()) return false;
  const UChar32 c = FirstCodePoint(s);
  return u_isupper(c) || u_istitle(c);
}

// ICU's sentence class ParaSep: after one of these a sentence always ends.
inline bool IsParagraphSeparator(char16_t c) {
  return c == u'\n' || c == u'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Whether `word` is exactly one of `words`. Out of line: inlined, every
// call site unrolled its list into one comparison per word (kilobytes of
// wasm code).
bool IsOneOf(std::u16string_view word,
             std::initializer_list<std::u16string_view> words);

// Whether exactly one space separates two tokens of `text`: the words of
// one name ("Jensen Huang"), not across a comma or a line.
inline bool OneSpaceBetween(std::u16string_view text, const Token& before,
                            const Token& after) {
  return after.start == before.end + 1 && text[before.end] == u' ';
}

// Whether text[from, to) (the gap between two tokens) holds a line break.
inline bool HasLineBreak(std::u16string_view text, int32_t from, int32_t to) {
  for (int32_t p = from; p < to; ++p) {
    if (IsParagraphSeparator(text[p])) return true;
  }
  return false;
}

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_TOKEN_TEXT_H_
