#include "segment/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include "segment/paragraphs.h"

namespace lesbar {
namespace {

using Text = std::u16string_view;

bool IsLineBreak(char16_t c) { return c == u'\n' || c == u'\r'; }

bool StartsUpper(Text text, const Token& token) {
  UChar32 c;
  size_t i = token.start;
  U16_NEXT(text.data(), i, text.size(), c);
  return u_isupper(c) || u_istitle(c);
}

bool StartsLower(Text text, const Token& token) {
  UChar32 c;
  size_t i = token.start;
  U16_NEXT(text.data(), i, text.size(), c);
  return u_islower(c);
}

bool IsClosingQuote(Text s) {
  return s == u"\"" || s == u"'" || s == u"\u201C" || s == u"\u201D" ||
         s == u"\u2019" || s == u"\u00BB" || s == u"\u00AB" || s == u"\u203A";
}

Text TextOf(Text text, const Token& token) {
  return text.substr(token.start, token.end - token.start);
}

bool GapHasLineBreak(Text text, int32_t from, int32_t to) {
  for (int32_t p = from; p < to; ++p) {
    if (IsLineBreak(text[p]) || text[p] == 0x2029) return true;
  }
  return false;
}

// Line breaks followed by a line that starts in lower case continue the
// sentence; ICU would break at every one of them, so they become spaces in
// the copy ICU sees. Returns false (and leaves *copy alone) if there are none.
bool JoinContinuationLines(Text text, std::u16string* copy) {
  bool changed = false;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    if (!IsLineBreak(text[i])) continue;
    size_t line_end = i;
    if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ++i;
    size_t next = i + 1;
    while (next < n && IsHorizontalSpace(text[next])) ++next;
    if (next >= n || IsLineBreak(text[next])) continue;  // blank line
    UChar32 c;
    size_t probe = next;
    U16_NEXT(text.data(), probe, n, c);
    if (!u_islower(c)) continue;
    if (!changed) {
      copy->assign(text.begin(), text.end());
      changed = true;
    }
    for (size_t p = line_end; p <= i; ++p) (*copy)[p] = u' ';
  }
  return changed;
}

bool IsSentenceTerminal(UChar32 c) {
  if (c < 0x80) return c == u'.' || c == u'!' || c == u'?';
  return u_hasBinaryProperty(c, UCHAR_S_TERM);
}

bool IsClosingMark(UChar32 c) {
  if (c < 0x80) {
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'}';
  }
  const int8_t category = u_charType(c);
  return category == U_END_PUNCTUATION || category == U_FINAL_PUNCTUATION ||
         category == U_INITIAL_PUNCTUATION ||
         u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}

UChar32 LastCodePoint(Text text, const Token& token) {
  UChar32 c;
  int32_t end = token.end;
  U16_PREV(text.data(), token.start, end, c);
  return c;
}

// Asks ICU's sentence rules about one gap between tokens at a time, on a
// small window of text around it. ICU can only break after a paragraph
// separator (rule SB4) or after STerm/ATerm, closing marks and spaces
// (SB11), and its decision looks only a few characters back and forward to
// the next letter (SB7, SB8), so a window from the token before the
// terminator to the first word after the gap gives the same answer as a
// pass over the whole text, at a fraction of the cost: most gaps follow no
// terminator and need no ICU call at all. (A full pass measured ~90
// instructions per character; isBoundary() ~10,000 per call.)
class IcuSentenceWindows {
 public:
  IcuSentenceWindows(icu::BreakIterator* iterator, Text view,
                     const std::vector<Token>& tokens)
      : iterator_(iterator), view_(view), tokens_(tokens) {}

  bool BreaksBefore(size_t k, UErrorCode* error) {
    const Token& before = tokens_[k - 1];
    const Token& after = tokens_[k];
    for (int32_t p = before.end; p < after.start; ++p) {
      const char16_t c = view_[p];
      if (c == u'\n' || c == u'\r' || c == 0x2029 || c == 0x85) return true;
    }
    // Find the terminator, looking back over closing marks: „Ja.“ »Nein!«
    constexpr size_t kMaxClosers = 4;
    size_t terminator = k - 1;
    for (size_t steps = 0;; ++steps) {
      const UChar32 last = LastCodePoint(view_, tokens_[terminator]);
      if (IsSentenceTerminal(last)) break;
      if (steps == kMaxClosers || terminator == 0 || !IsClosingMark(last)) {
        return false;
      }
      --terminator;
    }
    constexpr size_t kMaxLookahead = 16;
    size_t ahead = k;
    while (ahead + 1 < tokens_.size() && ahead < k + kMaxLookahead &&
           tokens_[ahead].kind != TokenKind::kWord) {
      ++ahead;
    }
    // SB7 (Upper ATerm × Upper: "U.S. Army") needs the letter right before
    // a terminator; otherwise the window can start at the terminator.
    int32_t window_start = tokens_[terminator].start;
    if (terminator > 0 && tokens_[terminator - 1].end == window_start) {
      window_start = tokens_[terminator - 1].start;
    }
    const int32_t window_end = tokens_[ahead].end;
    UText utext = UTEXT_INITIALIZER;
    utext_openUChars(&utext, view_.data() + window_start,
                     window_end - window_start, error);
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

 private:
  icu::BreakIterator* iterator_;
  Text view_;
  const std::vector<Token>& tokens_;
};

}  // namespace

SentenceSplitter::SentenceSplitter() = default;
SentenceSplitter::~SentenceSplitter() = default;

icu::BreakIterator* SentenceSplitter::IteratorFor(const std::string& language,
                                                  Status* status) {
  auto found = iterators_.find(language);
  if (found != iterators_.end()) return found->second.get();
  UErrorCode error = U_ZERO_ERROR;
  // Not "@ss=standard": ICU's exception list is applied by the tokenizer
  // with whole-word matching (see BuildRulesWithIcuExceptions).
  const std::string locale_id = language == "und" ? "root" : language;
  icu::BreakIterator* iterator = icu::BreakIterator::createSentenceInstance(
      icu::Locale::createFromName(locale_id.c_str()), error);
  if (U_FAILURE(error) || iterator == nullptr) {
    delete iterator;
    *status = {StatusCode::kInternal,
               std::string("ICU sentence break rules unavailable: ") +
                   u_errorName(error)};
    return nullptr;
  }
  iterators_[language].reset(iterator);
  return iterator;
}

Status SentenceSplitter::Split(Text text, const LanguageRules& rules,
                               const TokenizedText& tokenized,
                               const std::vector<Span>& paragraphs,
                               std::vector<Span>* sentences) {
  sentences->clear();
  const std::vector<Token>& tokens = tokenized.tokens;
  if (tokens.empty()) return {};
  Status status;
  icu::BreakIterator* iterator =
      IteratorFor(rules.language.empty() ? "und" : rules.language, &status);
  if (iterator == nullptr) return status;

  std::u16string joined;
  const Text icu_view =
      JoinContinuationLines(text, &joined) ? Text(joined) : text;
  UErrorCode error = U_ZERO_ERROR;
  IcuSentenceWindows icu(iterator, icu_view, tokens);
  size_t paragraph = 0;
  int32_t sentence_start = tokens[0].start;
  for (size_t k = 1; k < tokens.size(); ++k) {
    const Token& before = tokens[k - 1];
    const Token& after = tokens[k];
    bool icu_break = icu.BreaksBefore(k, &error);
    if (U_FAILURE(error)) return {StatusCode::kInternal, u_errorName(error)};

    bool new_paragraph = false;
    while (paragraph < paragraphs.size() &&
           paragraphs[paragraph].end <= before.start) {
      ++paragraph;
    }
    if (paragraph < paragraphs.size() &&
        paragraphs[paragraph].end <= after.start) {
      new_paragraph = true;
    }

    bool split = new_paragraph || icu_break;
    const bool same_line = !GapHasLineBreak(text, before.end, after.start);
    if (split && !new_paragraph && same_line) {
      const PeriodRole role = tokenized.period_roles[k - 1];
      if (role == PeriodRole::kNonFinal ||
          (role == PeriodRole::kMaybeFinal && !StartsUpper(text, after))) {
        split = false;
      }
      // „Hilfe!“ rief er. / a big "Welcome!" to Darin: an exclamation in
      // quotes followed by lower case goes on.
      if (k >= 2 && IsClosingQuote(TextOf(text, before)) &&
          StartsLower(text, after)) {
        const Text mark = TextOf(text, tokens[k - 2]);
        if (!mark.empty() && (mark.back() == u'!' || mark.back() == u'?')) {
          split = false;
        }
      }
    }
    // ICU never ends a sentence before lower case after a full stop, but
    // informal text often starts sentences in lower case ("... party. call
    // me"). The tokenizer has already claimed the periods of abbreviations
    // and ordinals, so a bare "." token is a full stop.
    if (!split && before.end - before.start == 1 &&
        text[before.start] == u'.' && after.start > before.end &&
        tokenized.period_roles[k - 1] == PeriodRole::kNone &&
        StartsLower(text, after) && k >= 2 &&
        tokens[k - 2].kind != TokenKind::kPunct) {
      split = true;
    }
    if (split) {
      sentences->push_back({sentence_start, before.end});
      sentence_start = after.start;
    }
  }
  sentences->push_back({sentence_start, tokens.back().end});
  return {};
}

}  // namespace lesbar
