// Lower-casing of words for lookups in the word lists, which hold their
// entries lower-cased (ICU's root locale). Most words of German and English
// text are Latin-1, which lower-case without ICU; ICU's full mapping
// serves the rest, so the result is always what ICU's toLower gives.
#ifndef LESBAR_NORMALIZE_LOWER_CASE_H_
#define LESBAR_NORMALIZE_LOWER_CASE_H_

#include <string>
#include <string_view>

namespace lesbar {

// `word` lower-cased (root locale), as UTF-8.
std::string LowerUtf8(std::u16string_view word);

// `word` lower-cased (root locale), as UTF-16.
std::u16string LowerUtf16(std::u16string_view word);

}  // namespace lesbar

#endif  // LESBAR_NORMALIZE_LOWER_CASE_H_
