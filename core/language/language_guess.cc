#include "language/language_guess.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace lesbar {
namespace {

// The window is enough for a stable guess and keeps the cost constant.
constexpr size_t kWindow = 64 * 1024;
constexpr size_t kMaxWordLength = 8;

// Frequent function words that are not also frequent in the other language
// ("in", "so", "was" and "die" are left out for that reason).
constexpr std::array<std::u16string_view, 36> kGermanWords = {
    u"der",    u"und",  u"das",   u"ist",  u"nicht", u"ein", u"eine", u"zu",
    u"den",    u"mit",  u"von",   u"sich", u"des",   u"auf", u"für",  u"im",
    u"dem",    u"auch", u"es",    u"sie",  u"er",    u"ich", u"wir",  u"wurde",
    u"werden", u"hat",  u"haben", u"bei",  u"nach",  u"aus", u"wie",  u"über",
    u"dass",   u"sind", u"oder",  u"einen"};
constexpr std::array<std::u16string_view, 34> kEnglishWords = {
    u"the",   u"and",  u"of",   u"to",    u"is",    u"that", u"it",
    u"for",   u"on",   u"with", u"as",    u"are",   u"be",   u"this",
    u"by",    u"he",   u"she",  u"have",  u"has",   u"not",  u"at",
    u"from",  u"they", u"you",  u"we",    u"an",    u"or",   u"but",
    u"which", u"were", u"been", u"their", u"would", u"there"};

template <size_t N>
bool Contains(const std::array<std::u16string_view, N>& words,
              std::u16string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool IsLetter(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

char16_t Lower(char16_t c) {
  if (c >= u'A' && c <= u'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

}  // namespace

std::string GuessLanguage(std::u16string_view text) {
  text = text.substr(0, kWindow);
  int german = 0, english = 0;
  char16_t word[kMaxWordLength];
  size_t length = 0;
  bool too_long = false;
  auto finish_word = [&]() {
    if (length > 0 && !too_long) {
      std::u16string_view w(word, length);
      if (Contains(kGermanWords, w)) ++german;
      if (Contains(kEnglishWords, w)) ++english;
    }
    length = 0;
    too_long = false;
  };
  for (char16_t c : text) {
    if (IsLetter(c)) {
      if (length < kMaxWordLength) {
        word[length++] = Lower(c);
      } else {
        too_long = true;
      }
      // Umlauts and sharp s are strong German evidence on their own.
      if (c == u'ä' || c == u'ö' || c == u'ü' || c == u'ß' || c == u'Ä' ||
          c == u'Ö' || c == u'Ü') {
        ++german;
      }
    } else {
      finish_word();
    }
  }
  finish_word();
  if (german == 0 && english == 0) return "und";
  return german >= english ? "de" : "en";
}

std::string ResolveLanguage(std::string_view requested,
                            std::u16string_view text) {
  std::string tag;
  for (char c : requested) {
    if (c == '-' || c == '_') break;
    tag.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (tag.empty() || tag == "auto") return GuessLanguage(text);
  return tag;
}

}  // namespace lesbar
