// Resolves the language option: "auto" asks the language identifier
// (language_identifier.h), any other tag is taken as given.
#ifndef LESBAR_LANGUAGE_LANGUAGE_GUESS_H_
#define LESBAR_LANGUAGE_LANGUAGE_GUESS_H_

#include <string>
#include <string_view>

namespace lesbar {

// The requested tag lower-cased to its primary language subtag ("de-AT" ->
// "de"), or "" for "auto" (and for an empty request).
std::string RequestedLanguage(std::string_view requested);

// "auto" resolved through the language identifier ("und" when the text has
// no letters or too few to tell); other tags as RequestedLanguage.
std::string ResolveLanguage(std::string_view requested,
                            std::u16string_view text);

}  // namespace lesbar

#endif  // LESBAR_LANGUAGE_LANGUAGE_GUESS_H_
