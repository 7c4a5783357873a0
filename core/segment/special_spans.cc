#include "segment/special_spans.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <array>

namespace lesbar {
namespace {

bool IsAsciiAlnum(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
         (c >= u'0' && c <= u'9');
}

bool IsWordCodeUnit(char16_t c) {
  if (IsAsciiAlnum(c) || c == u'_') return true;
  if (c < 0x80 || U16_IS_SURROGATE(c)) return false;
  return u_isalnum(c) || u_getCombiningClass(c) != 0;
}

bool IsUrlCodeUnit(char16_t c) {
  if (IsAsciiAlnum(c)) return true;
  switch (c) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u':':
    case u'/':
    case u'?':
    case u'#':
    case u'[':
    case u']':
    case u'@':
    case u'!':
    case u'$':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u';':
    case u'=':
    case u'%':
      return true;
    default:
      // Internationalised paths and domains.
      return c >= 0x80 && !U16_IS_SURROGATE(c) && u_isalnum(c);
  }
}

bool IsEmailLocalUnit(char16_t c) {
  return IsAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' ||
         c == u'-';
}

bool IsDomainUnit(char16_t c) {
  return IsAsciiAlnum(c) || c == u'-' || c == u'.' ||
         (c >= 0x80 && !U16_IS_SURROGATE(c) && u_isalnum(c));
}

bool StartsWithIgnoreCase(std::u16string_view text, size_t at,
                          std::u16string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char16_t c = text[at + i];
    if (c >= u'A' && c <= u'Z') c += 32;
    if (c != prefix[i]) return false;
  }
  return true;
}

// Trailing punctuation belongs to the sentence, not the URL, except for a
// closing parenthesis that closes one opened inside the URL.
size_t TrimUrlEnd(std::u16string_view text, size_t start, size_t end) {
  while (end > start) {
    const char16_t last = text[end - 1];
    if (last == u'.' || last == u',' || last == u';' || last == u':' ||
        last == u'!' || last == u'?' || last == u'\'' || last == u'*') {
      --end;
      continue;
    }
    if (last == u')' || last == u']') {
      const char16_t open = last == u')' ? u'(' : u'[';
      int balance = 0;
      for (size_t i = start; i < end; ++i) {
        if (text[i] == open) ++balance;
        if (text[i] == last) --balance;
      }
      if (balance < 0) {
        --end;
        continue;
      }
    }
    break;
  }
  return end;
}

// The local part starts after any character outside the allowed set.
size_t EmailLocalStart(std::u16string_view text, size_t at, size_t floor) {
  size_t start = at;
  while (start > floor && IsEmailLocalUnit(text[start - 1])) --start;
  while (start < at && text[start] == u'.') ++start;
  return start;
}

// Returns the end of a domain name with at least one dot and a top-level
// label of two or more letters, or `from` when there is none.
size_t DomainEnd(std::u16string_view text, size_t from) {
  size_t end = from;
  while (end < text.size() && IsDomainUnit(text[end])) ++end;
  while (end > from && (text[end - 1] == u'.' || text[end - 1] == u'-')) --end;
  size_t last_dot = end;
  for (size_t i = from; i < end; ++i) {
    if (text[i] == u'.') last_dot = i;
  }
  if (last_dot == end || last_dot == from) return from;
  size_t letters = 0;
  for (size_t i = last_dot + 1; i < end; ++i) {
    if (!u_isalpha(text[i])) return from;
    ++letters;
  }
  return letters >= 2 ? end : from;
}

// Western emoticons: eyes, an optional nose, a mouth (":-)", ";)", ":D",
// "<3"). Returns the length, or 0. Letters as mouths must not run on into a
// word (":Daten").
size_t EmoticonLength(std::u16string_view text, size_t at) {
  const size_t n = text.size();
  if (text[at] == u'<' && at + 1 < n && text[at + 1] == u'3') {
    return at + 2 < n && IsAsciiAlnum(text[at + 2]) ? 0 : 2;
  }
  if (text[at] != u':' && text[at] != u';' && text[at] != u'=') return 0;
  size_t i = at + 1;
  if (i < n && (text[i] == u'-' || text[i] == u'\'')) ++i;
  if (i >= n) return 0;
  switch (text[i]) {
    case u')':
    case u'(':
    case u']':
    case u'[':
    case u'|':
    case u'*':
    case u'/':
    case u'\\':
    case u'@':
      break;
    case u'D':
    case u'P':
    case u'p':
    case u'O':
    case u'o':
      if (i + 1 < n && IsWordCodeUnit(text[i + 1])) return 0;
      break;
    default:
      return 0;
  }
  // "10:)" or "a=(b" are not faces.
  if (text[at] == u'=' && i == at + 1) return 0;
  return i + 1 - at;
}

// Characters at which a special span can be recognised, as a table: this
// test runs once per code unit of every text.
constexpr std::array<bool, 128> MakeTriggerTable() {
  std::array<bool, 128> table{};
  for (char c : {':', 'w', 'W', '@', '#', ';', '=', '<'}) {
    table[static_cast<unsigned char>(c)] = true;
  }
  return table;
}
constexpr std::array<bool, 128> kTriggers = MakeTriggerTable();

bool IsTrigger(char16_t c) { return c < 128 && kTriggers[c]; }

}  // namespace

std::vector<Token> FindSpecialSpans(std::u16string_view text) {
  std::vector<Token> spans;
  const size_t n = text.size();
  size_t floor = 0;  // nothing before this may join a new span
  auto emit = [&](size_t start, size_t end, TokenKind kind) {
    spans.push_back(
        {static_cast<int32_t>(start), static_cast<int32_t>(end), kind});
    floor = end;
  };
  size_t i = 0;
  while (i < n) {
    // Most code units start nothing special: skip them cheaply.
    while (i < n && !IsTrigger(text[i])) ++i;
    if (i >= n) break;
    const char16_t c = text[i];
    const bool at_word_start = i == 0 || !IsWordCodeUnit(text[i - 1]);
    // URLs with a scheme, or starting with "www.".
    if (c == u':' && i + 2 < n && text[i + 1] == u'/' && text[i + 2] == u'/') {
      size_t start = i;
      while (start > floor && IsAsciiAlnum(text[start - 1])) --start;
      if (start < i && u_isalpha(text[start])) {
        size_t end = i + 3;
        while (end < n && IsUrlCodeUnit(text[end])) ++end;
        end = TrimUrlEnd(text, start, end);
        if (end > i + 3) {
          emit(start, end, TokenKind::kUrl);
          i = end;
          continue;
        }
      }
    }
    if ((c == u'w' || c == u'W') && at_word_start && i >= floor &&
        StartsWithIgnoreCase(text, i, u"www.")) {
      if (DomainEnd(text, i) > i + 4) {
        size_t end = i;
        while (end < n && IsUrlCodeUnit(text[end])) ++end;
        end = TrimUrlEnd(text, i, end);
        emit(i, end, TokenKind::kUrl);
        i = end;
        continue;
      }
    }
    if (c == u'@') {
      const size_t local_start = EmailLocalStart(text, i, floor);
      if (local_start < i) {
        const size_t end = DomainEnd(text, i + 1);
        if (end > i + 1) {
          emit(local_start, end, TokenKind::kEmail);
          i = end;
          continue;
        }
      } else if (at_word_start && i + 1 < n && IsWordCodeUnit(text[i + 1])) {
        size_t end = i + 1;
        while (end < n && IsWordCodeUnit(text[end])) ++end;
        emit(i, end, TokenKind::kMention);
        i = end;
        continue;
      }
    }
    if ((c == u':' || c == u';' || c == u'=' || c == u'<') &&
        (i == 0 || text[i - 1] == u' ' || text[i - 1] == u'\n' ||
         text[i - 1] == u'\t')) {
      if (const size_t length = EmoticonLength(text, i)) {
        emit(i, i + length, TokenKind::kEmoji);
        i += length;
        continue;
      }
    }
    // A hashtag needs a letter: "#1" is a number sign, not a tag.
    if (c == u'#' && at_word_start && i + 1 < n) {
      size_t end = i + 1;
      bool has_letter = false;
      while (end < n && IsWordCodeUnit(text[end])) {
        if (!(text[end] >= u'0' && text[end] <= u'9')) has_letter = true;
        ++end;
      }
      if (has_letter) {
        emit(i, end, TokenKind::kHashtag);
        i = end;
        continue;
      }
    }
    ++i;
  }
  return spans;
}

}  // namespace lesbar
