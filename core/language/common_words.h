// The common words of a language, ranked by frequency, as the language
// identifier's profiles list them (language_profiles.cc: up to 1000 words
// per language, most frequent first, lower-cased). Other stages read them as
// a rough word-familiarity scale.
#ifndef LESBAR_LANGUAGE_COMMON_WORDS_H_
#define LESBAR_LANGUAGE_COMMON_WORDS_H_

#include <string_view>

namespace lesbar {

// How many words the profile of `language` ("de", "en-GB": the base
// language counts) ranks; 0 for a language without a profile.
int CommonWordCount(std::string_view language);

// The 0-based frequency rank of `lowercase_word` among them, or -1 when the
// profile does not list it (or there is no profile).
int CommonWordRank(std::string_view language,
                   std::u16string_view lowercase_word);

}  // namespace lesbar

#endif  // LESBAR_LANGUAGE_COMMON_WORDS_H_
