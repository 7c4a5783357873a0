// A light statistical check between German and English: counts the most
// frequent function words of each in the first part of the text. A fuller
// detector for more languages can replace it behind the same function.
#ifndef LESBAR_LANGUAGE_LANGUAGE_GUESS_H_
#define LESBAR_LANGUAGE_LANGUAGE_GUESS_H_

#include <string>
#include <string_view>

namespace lesbar {

// Returns "de", "en", or "und" when the text gives no evidence either way.
std::string GuessLanguage(std::u16string_view text);

// "auto" resolved through GuessLanguage; other tags lower-cased to their
// primary language subtag ("de-AT" -> "de").
std::string ResolveLanguage(std::string_view requested,
                            std::u16string_view text);

}  // namespace lesbar

#endif  // LESBAR_LANGUAGE_LANGUAGE_GUESS_H_
