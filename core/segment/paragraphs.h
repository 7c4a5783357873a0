// Paragraphs are blocks of text separated by blank lines (a line holding only
// whitespace) or by U+2029 PARAGRAPH SEPARATOR.
#ifndef LESBAR_SEGMENT_PARAGRAPHS_H_
#define LESBAR_SEGMENT_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// Spans are trimmed of surrounding whitespace; whitespace-only text yields
// no paragraph.
std::vector<Span> SplitParagraphs(std::u16string_view text);

bool IsHorizontalSpace(char16_t c);

}  // namespace lesbar

#endif  // LESBAR_SEGMENT_PARAGRAPHS_H_
