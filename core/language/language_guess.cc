#include "language/language_guess.h"

#include <cctype>

#include "language/language_identifier.h"

namespace lesbar {

std::string RequestedLanguage(std::string_view requested) {
  std::string tag;
  for (char c : requested) {
    if (c == '-' || c == '_') break;
    tag.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return tag == "auto" ? std::string() : tag;
}

std::string ResolveLanguage(std::string_view requested,
                            std::u16string_view text) {
  std::string tag = RequestedLanguage(requested);
  if (tag.empty()) return LanguageIdentifier::Default().Identify(text).language;
  return tag;
}

}  // namespace lesbar
