#include "segment/icu_sentence_windows.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>

#include "segment/token_text.h"

namespace lesbar {
namespace {

using Text = std::u16string_view;

bool IsSentenceTerminal(UChar32 c) {
  if (c < 0x80) return c == u'.' || c == u'!' || c == u'?';
  return u_hasBinaryProperty(c, UCHAR_S_TERM);
}

// ICU's sentence class Close: opening and closing brackets and quotes.
bool IsClosingMark(UChar32 c) {
  if (c < 0x80) {
    return c == u'"' || c == u'\'' || c == u'(' || c == u')' || c == u'[' ||
           c == u']' || c == u'{' || c == u'}';
  }
  const int8_t category = u_charType(c);
  return category == U_START_PUNCTUATION || category == U_END_PUNCTUATION ||
         category == U_FINAL_PUNCTUATION || category == U_INITIAL_PUNCTUATION ||
         u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}

}  // namespace

IcuSentenceWindows::IcuSentenceWindows(icu::BreakIterator* iterator,
                                       std::u16string_view text,
                                       const std::vector<Token>& tokens,
                                       const std::vector<int32_t>* spaces)
    : iterator_(iterator), view_(text), spaces_(spaces), tokens_(tokens) {
  // Tokens hold no line ends, so the spaces do not change what is read of
  // them here.
  terminator_of_.resize(tokens.size(), -1);
  for (size_t k = 0; k < tokens.size(); ++k) {
    const UChar32 last = LastCodePoint(TextOf(view_, tokens[k]));
    if (IsSentenceTerminal(last)) {
      terminator_of_[k] = static_cast<int32_t>(k);
    } else if (k > 0 && terminator_of_[k - 1] >= 0 &&
               tokens[k - 1].end == tokens[k].start && IsClosingMark(last)) {
      terminator_of_[k] = terminator_of_[k - 1];
    }
  }
}

bool IcuSentenceWindows::HasLineBreakForIcu(int32_t from, int32_t to) const {
  for (int32_t p = from; p < to; ++p) {
    if (!IsParagraphSeparator(view_[p])) continue;
    if (spaces_ == nullptr ||
        !std::binary_search(spaces_->begin(), spaces_->end(), p)) {
      return true;
    }
  }
  return false;
}

bool IcuSentenceWindows::BreaksBefore(size_t k, UErrorCode* error) {
  const Token& before = tokens_[k - 1];
  const Token& after = tokens_[k];
  if (HasLineBreakForIcu(before.end, after.start)) return true;  // SB4
  const int32_t terminator_index = terminator_of_[k - 1];
  if (terminator_index < 0) return false;
  const size_t terminator = static_cast<size_t>(terminator_index);
  // Inside "SATerm Close*" ICU never breaks before another closing mark or
  // terminator (SB8a, SB9); answering here keeps long runs linear.
  if (before.end == after.start) {
    const UChar32 next = FirstCodePoint(TextOf(view_, after));
    if (IsClosingMark(next) || IsSentenceTerminal(next)) return false;
  }
  // SB8 looks past non-letters for a lower-case letter but stops at the
  // next terminator, so the window ends at a word or at a terminator.
  size_t ahead = k;
  while (ahead + 1 < tokens_.size() &&
         tokens_[ahead].kind != TokenKind::kWord &&
         !IsSentenceTerminal(LastCodePoint(TextOf(view_, tokens_[ahead])))) {
    ++ahead;
  }
  // SB7 (Upper ATerm × Upper: "U.S. Army") needs the letter right before
  // a terminator; otherwise the window can start at the terminator.
  int32_t window_start = tokens_[terminator].start;
  if (terminator > 0 && tokens_[terminator - 1].end == window_start) {
    window_start = tokens_[terminator - 1].start;
  }
  const int32_t window_end = tokens_[ahead].end;
  const char16_t* window = view_.data() + window_start;
  if (spaces_ != nullptr) {
    auto space =
        std::lower_bound(spaces_->begin(), spaces_->end(), window_start);
    if (space != spaces_->end() && *space < window_end) {
      window_.assign(window, window + (window_end - window_start));
      for (; space != spaces_->end() && *space < window_end; ++space) {
        window_[*space - window_start] = u' ';
      }
      window = window_.data();
    }
  }
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, window, window_end - window_start, error);
  iterator_->setText(&utext, *error);
  if (U_FAILURE(*error)) {
    utext_close(&utext);
    return false;
  }
  // Boundaries inside a token (a "?" in a URL) do not count.
  const int32_t gap_start = before.end - window_start;
  const int32_t gap_end = after.start - window_start;
  int32_t boundary = iterator_->first();
  while (boundary != icu::BreakIterator::DONE && boundary < gap_start) {
    boundary = iterator_->next();
  }
  utext_close(&utext);
  return boundary != icu::BreakIterator::DONE && boundary <= gap_end;
}

}  // namespace lesbar
