#include "normalize/lower_case.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace lesbar {
namespace {

// Latin-1 lower-cases one to one and without context: A-Z and À-Þ but ×
// move up by 0x20, everything else (ß, µ, ÿ included) stays.
char16_t LowerLatin1(char16_t c) {
  if ((c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) {
    return static_cast<char16_t>(c + 0x20);
  }
  return c;
}

bool IsLatin1(std::u16string_view word) {
  for (char16_t c : word) {
    if (c > 0xFF) return false;
  }
  return true;
}

icu::UnicodeString IcuLower(std::u16string_view word) {
  icu::UnicodeString s(word.data(), static_cast<int32_t>(word.size()));
  s.toLower(icu::Locale::getRoot());
  return s;
}

}  // namespace

std::string LowerUtf8(std::u16string_view word) {
  std::string out;
  if (!IsLatin1(word)) {
    IcuLower(word).toUTF8String(out);
    return out;
  }
  out.reserve(word.size() * 2);
  for (char16_t c : word) {
    const char16_t lower = LowerLatin1(c);
    if (lower < 0x80) {
      out.push_back(static_cast<char>(lower));
    } else {
      out.push_back(static_cast<char>(0xC0 | (lower >> 6)));
      out.push_back(static_cast<char>(0x80 | (lower & 0x3F)));
    }
  }
  return out;
}

std::u16string LowerUtf16(std::u16string_view word) {
  if (!IsLatin1(word)) {
    const icu::UnicodeString s = IcuLower(word);
    return std::u16string(s.getBuffer(), s.getBuffer() + s.length());
  }
  std::u16string out(word);
  for (char16_t& c : out) c = LowerLatin1(c);
  return out;
}

}  // namespace lesbar
