#include "segment/paragraphs.h"

namespace lesbar {

bool IsHorizontalSpace(char16_t c) {
  return c == u' ' || c == u'\t' || c == 0xFEFF || c == 0x200B;
}

namespace {

bool IsLineEnd(char16_t c) { return c == u'\n' || c == u'\r'; }

}  // namespace

std::vector<Span> SplitParagraphs(std::u16string_view text) {
  std::vector<Span> paragraphs;
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t start = -1;           // first non-space of the open paragraph
  int32_t end = -1;             // one past its last non-space
  int32_t newlines_in_gap = 0;  // line ends since the last non-space
  auto close = [&]() {
    if (start >= 0) paragraphs.push_back({start, end});
    start = -1;
  };
  for (int32_t i = 0; i < n; ++i) {
    const char16_t c = text[i];
    // Fast path for the common case: a run of visible characters or
    // spaces inside a line.
    if (c >= u' ' && c < 0x2000 && newlines_in_gap < 2) {
      int32_t j = i;
      while (j < n && text[j] >= u' ' && text[j] < 0x2000) {
        if (text[j] != u' ') {
          if (start < 0) start = j;
          end = j + 1;
        }
        ++j;
      }
      if (end > i) newlines_in_gap = 0;
      i = j - 1;
      continue;
    }
    if (c == 0x2029) {
      close();
      continue;
    }
    if (IsLineEnd(c)) {
      // CR LF counts once.
      if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ++i;
      ++newlines_in_gap;
      continue;
    }
    if (IsHorizontalSpace(c)) continue;
    if (newlines_in_gap >= 2) close();
    newlines_in_gap = 0;
    if (start < 0) start = i;
    end = i + 1;
  }
  close();
  return paragraphs;
}

}  // namespace lesbar
