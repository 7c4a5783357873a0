// Finds the spans ICU's word rules would tear apart but readers see as one
// thing: URLs, e-mail addresses, #hashtags, @mentions and emoticons.
#ifndef LESBAR_SEGMENT_SPECIAL_SPANS_H_
#define LESBAR_SEGMENT_SPECIAL_SPANS_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Sorted, non-overlapping; kind is one of kUrl, kEmail, kHashtag, kMention,
// or kEmoji for emoticons such as ":-)" after a space.
// Linear in the text length.
std::vector<Token> FindSpecialSpans(std::u16string_view text);

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_SPECIAL_SPANS_H_
