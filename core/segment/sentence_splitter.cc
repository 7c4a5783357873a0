#include "segment/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include "segment/icu_sentence_windows.h"
#include "segment/paragraphs.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

using Text = std::u16string_view;

// Line ends that can be joined when the next line continues in lower case.
bool IsLineEnd(char16_t c) { return c == u'\n' || c == u'\r'; }

bool IsClosingQuote(Text s) {
  return s == u"\"" || s == u"'" || s == u"\u201C" || s == u"\u201D" ||
         s == u"\u2019" || s == u"\u00BB" || s == u"\u00AB" || s == u"\u203A";
}

// Line breaks followed by a line that starts in lower case continue the
// sentence; ICU would break at every one of them, so ICU reads them as
// spaces. Returns their positions, in order (a copy of the text with them
// replaced cost two bytes per input unit at the peak of a large call).
std::vector<int32_t> ContinuationLineEnds(Text text) {
  std::vector<int32_t> joined;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    if (!IsLineEnd(text[i])) continue;
    size_t line_end = i;
    if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ++i;
    size_t next = i + 1;
    while (next < n && IsHorizontalSpace(text[next])) ++next;
    if (next >= n || IsLineEnd(text[next])) continue;  // blank line
    if (!StartsLower(text.substr(next))) continue;
    for (size_t p = line_end; p <= i; ++p) {
      joined.push_back(static_cast<int32_t>(p));
    }
  }
  return joined;
}

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

  const std::vector<int32_t> joined = ContinuationLineEnds(text);
  UErrorCode error = U_ZERO_ERROR;
  IcuSentenceWindows icu(iterator, text, tokens, &joined);
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
    const bool same_line = !HasLineBreak(text, before.end, after.start);
    if (split && !new_paragraph && same_line) {
      const PeriodRole role = tokenized.period_roles[k - 1];
      if (role == PeriodRole::kNonFinal ||
          (role == PeriodRole::kMaybeFinal &&
           !StartsUpper(TextOf(text, after)))) {
        split = false;
      }
      // „Hilfe!“ rief er. / a big "Welcome!" to Darin: an exclamation in
      // quotes followed by lower case goes on.
      if (k >= 2 && IsClosingQuote(TextOf(text, before)) &&
          StartsLower(TextOf(text, after))) {
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
        StartsLower(TextOf(text, after)) && k >= 2 &&
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
