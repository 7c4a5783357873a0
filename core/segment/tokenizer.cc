#include "segment/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>

#include "segment/special_spans.h"
#include "segment/token_text.h"
#include "segment/word_segments.h"

namespace lesbar {
namespace {

using Text = std::u16string_view;

bool IsDigits(Text s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

bool IsHyphen(Text s) { return s == u"-" || s == u"\u2011" || s == u"\u2010"; }

bool IsWordLike(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
}

bool IsSingleLetter(Text s) {
  if (s.empty()) return false;
  size_t i = 0;
  UChar32 c;
  U16_NEXT(s.data(), i, s.size(), c);
  return i == s.size() && u_isalpha(c);
}

bool IsEmojiSegment(Text s) {
  // ASCII marks are never emoji on their own (keycaps carry U+20E3).
  if (s.size() == 1 && s[0] < 0x80) return false;
  const UChar32 first = FirstCodePoint(s);
  if (u_hasBinaryProperty(first, UCHAR_REGIONAL_INDICATOR) ||
      u_hasBinaryProperty(first, UCHAR_EMOJI_PRESENTATION)) {
    return true;
  }
  const bool has_variation_or_keycap =
      s.find(u'\uFE0F') != Text::npos || s.find(u'\u20E3') != Text::npos;
  return has_variation_or_keycap &&
         (u_hasBinaryProperty(first, UCHAR_EXTENDED_PICTOGRAPHIC) ||
          s.find(u'\u20E3') != Text::npos);
}

TokenKind KindOfSegment(Text s, int32_t status) {
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
    // A keycap ("1️⃣") is digit + VS16 + U+20E3 and looks like a number to
    // ICU.
    return s.back() == u'\u20E3' ? TokenKind::kEmoji : TokenKind::kNumber;
  }
  if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_IDEO_LIMIT) {
    return TokenKind::kWord;
  }
  if (IsEmojiSegment(s)) return TokenKind::kEmoji;
  if (s.size() == 1 && s[0] < 0x80) {
    const char16_t c = s[0];
    // ASCII symbols: $ + < = > ^ ` | ~ ; the rest of ASCII's marks are
    // punctuation.
    const bool symbol = c == u'$' || c == u'+' || c == u'<' || c == u'=' ||
                        c == u'>' || c == u'^' || c == u'`' || c == u'|' ||
                        c == u'~';
    if (c > u' ' && c < 0x7F && !(c >= u'0' && c <= u'9') &&
        !((c | 0x20) >= u'a' && (c | 0x20) <= u'z')) {
      return symbol ? TokenKind::kSymbol : TokenKind::kPunct;
    }
  }
  const UChar32 first = FirstCodePoint(s);
  if (u_ispunct(first)) return TokenKind::kPunct;
  if (u_isalpha(first)) return TokenKind::kWord;
  if (u_isdigit(first)) return TokenKind::kNumber;
  return TokenKind::kSymbol;
}

bool IsWhitespaceSegment(Text s) {
  // ASCII answers without a property lookup; this runs for every space.
  if (s[0] < 0x80) {
    const char16_t c = s[0];
    if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r') return false;
  }
  for (size_t i = 0; i < s.size();) {
    if (s[i] == u' ') {
      ++i;
      continue;
    }
    UChar32 c;
    U16_NEXT(s.data(), i, s.size(), c);
    // Format characters (ZWSP, BOM) carry no text of their own.
    if (!u_isUWhiteSpace(c) && u_charType(c) != U_FORMAT_CHAR) return false;
  }
  return true;
}

// English clitics split the UD way: "do|n't", "John|'s", "ca|n't".
// Returns the length of the part that stays with the host word, or 0.
size_t CliticSplit(Text word, const LanguageRules& rules, bool ud) {
  auto lower_equals = [](Text s, Text expected) {
    if (s.size() != expected.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
      char16_t c = s[i];
      if (c >= u'A' && c <= u'Z') c += 32;
      if (c == u'\u2019') c = u'\'';
      if (c != expected[i]) return false;
    }
    return true;
  };
  static constexpr Text kSuffixes[] = {u"n't", u"'s", u"'re", u"'ve",
                                       u"'ll", u"'d", u"'m"};
  const bool has_apostrophe =
      word.size() >= 2 &&
      (word.find(u'\'', word.size() >= 4 ? word.size() - 4 : 0) != Text::npos ||
       word.find(u'\u2019', word.size() >= 4 ? word.size() - 4 : 0) !=
           Text::npos);
  for (Text suffix : kSuffixes) {
    if (!has_apostrophe) break;
    if (word.size() > suffix.size() &&
        lower_equals(word.substr(word.size() - suffix.size()), suffix)) {
      return word.size() - suffix.size();
    }
  }
  static constexpr Text kFused[][2] = {{u"cannot", u"can"},
                                       {u"gonna", u"gon"},
                                       {u"wanna", u"wan"},
                                       {u"gotta", u"got"}};
  if (word.size() == 5 || word.size() == 6) {
    for (const auto& fused : kFused) {
      if (lower_equals(word, fused[0])) return fused[1].size();
    }
  }
  if (ud && rules.informal_contractions.count(word) > 0) {
    // "dont" -> "do|nt", "im" -> "i|m", "youre" -> "you|re", "thats" ->
    // "that|s", "alot" -> "a|lot".
    auto ends_with = [&](Text suffix) {
      return word.size() > suffix.size() &&
             lower_equals(word.substr(word.size() - suffix.size()), suffix);
    };
    if (ends_with(u"nt") || ends_with(u"re")) return word.size() - 2;
    if (ends_with(u"ve") || ends_with(u"m") || ends_with(u"lot")) return 1;
    if (ends_with(u"s")) return word.size() - 1;
  }
  return 0;
}

// Marks that repeat into one token: "...", "--", "***", "``", "!!!".
bool JoinsRun(char16_t c) {
  switch (c) {
    case u'.':
    case u'-':
    case u'*':
    case u'=':
    case u'_':
    case u'~':
    case u'#':
    case u'+':
    case u'<':
    case u'>':
    case u'`':
    case u'\'':
    case u'!':
    case u'?':
    case u'$':
    case u'/':
    case u'\\':
    case u'|':
    case u':':
    case u';':
    case u',':
    case u'^':
      return true;
    default:
      return false;
  }
}

// Merges in place: the tokens it keeps are written over the raw ones
// (a second array of tokens was a sixth of the peak memory of segmenting a
// large text). That is safe because each step reads the raw token at its
// position and those after it, writes at most one token and consumes at
// least one, so the write position never passes the read position.
class Merger {
 public:
  Merger(Text text, const LanguageRules& rules, bool ud,
         std::vector<Token>* tokens, std::vector<PeriodRole>* period_roles)
      : text_(text),
        rules_(rules),
        ud_(ud),
        in_(*tokens),
        period_roles_(period_roles) {}

  // Leaves the merged tokens in the vector (and their period roles).
  void Run() {
    // Each rule returns how many input tokens it consumed (0: not its case).
    for (size_t i = 0; i < in_.size();) {
      // Every rule below starts at a one-unit mark ("-", "/", ":", "." ...).
      if (in_[i].end - in_[i].start != 1 ||
          (in_[i].kind != TokenKind::kPunct &&
           in_[i].kind != TokenKind::kSymbol)) {
        Push(in_[i], PeriodRole::kNone);
        ++i;
        continue;
      }
      size_t used = TryExtendPunctuationRun(in_[i]);
      if (used == 0) used = TryHyphenCompound(i);
      if (used == 0) used = TrySlashNumber(i);
      if (used == 0) used = TryClockTime(i);
      if (used == 0) used = TryKeepPeriod(i);
      if (used == 0) used = TryTruncatedCompound(i);
      if (used == 0) {
        Push(in_[i], PeriodRole::kNone);
        used = 1;
      }
      i += used;
    }
    in_.resize(kept_);
  }

 private:
  Text Str(const Token& t) const { return TextOf(text_, t); }
  Token& Last() { return in_[kept_ - 1]; }
  const Token& Last() const { return in_[kept_ - 1]; }
  bool HasLast() const { return kept_ > 0; }
  void Push(const Token& t, PeriodRole role) {
    const Token copy = t;  // t may be the slot written
    in_[kept_++] = copy;
    period_roles_->push_back(role);
  }
  const Token* Next(size_t i) const {
    return i + 1 < in_.size() ? &in_[i + 1] : nullptr;
  }

  // "...", "--", "?!", "***" are one token each.
  size_t TryExtendPunctuationRun(const Token& token) {
    const bool mark =
        token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol;
    if (!HasLast() || !mark || token.end - token.start != 1) return 0;
    Token& last = Last();
    if (last.kind != token.kind || last.end != token.start ||
        period_roles_->back() != PeriodRole::kNone) {
      return 0;
    }
    const char16_t a = text_[last.end - 1], b = text_[token.start];
    const bool exclamation =
        (a == u'!' || a == u'?') && (b == u'!' || b == u'?');
    if (exclamation && ud_ && rules_.ud_splits_mark_runs) return 0;
    const bool same_run = (a == b && JoinsRun(a)) || exclamation;
    if (!same_run || (!exclamation && text_[last.start] != a)) return 0;
    last.end = token.end;
    return 1;
  }

  // "Berg-Karabach", "COVID-19", "5-jährige"; in English only after a prefix.
  size_t TryHyphenCompound(size_t i) {
    const Token& hyphen = in_[i];
    const Token* next = Next(i);
    if (!HasLast() || next == nullptr || !IsHyphen(Str(hyphen))) return 0;
    Token& last = Last();
    if (!IsWordLike(last) || !IsWordLike(*next) || last.end != hyphen.start ||
        hyphen.end != next->start) {
      return 0;
    }
    if (ud_ && rules_.hyphen_prefixes.count(Str(last)) == 0) return 0;
    const bool both_numbers =
        last.kind == TokenKind::kNumber && next->kind == TokenKind::kNumber;
    last.end = next->end;
    last.kind = both_numbers ? TokenKind::kNumber : TokenKind::kWord;
    return 2;
  }

  // Joins the last token, the one-unit `separator` at i and the token after
  // it into one, when the three touch and `joins(last, next)` holds.
  template <typename Joins>
  size_t TryJoinAcross(size_t i, Text separator, Joins joins) {
    const Token& mark = in_[i];
    const Token* next = Next(i);
    if (!HasLast() || next == nullptr || Str(mark) != separator) return 0;
    Token& last = Last();
    if (last.end != mark.start || mark.end != next->start ||
        !joins(last, *next)) {
      return 0;
    }
    last.end = next->end;
    return 2;
  }

  // "2001/2002", "24/7", and letter shorthands "b/c", "w/o".
  size_t TrySlashNumber(size_t i) {
    return TryJoinAcross(i, u"/", [this](const Token& last, const Token& next) {
      const bool numbers =
          last.kind == TokenKind::kNumber && next.kind == TokenKind::kNumber;
      return numbers ||
             (IsSingleLetter(Str(last)) && IsSingleLetter(Str(next)));
    });
  }

  // "14:30", "03:14:14".
  size_t TryClockTime(size_t i) {
    return TryJoinAcross(i, u":", [this](const Token& last, const Token& next) {
      return last.kind == TokenKind::kNumber &&
             next.kind == TokenKind::kNumber && IsDigits(Str(next)) &&
             next.end - next.start == 2;
    });
  }

  // "Ein- und Ausreise": the hyphen stays on the truncated word.
  size_t TryTruncatedCompound(size_t i) {
    if (ud_ || rules_.truncation_joiners.empty()) return 0;
    const Token& hyphen = in_[i];
    const Token* next = Next(i);
    if (!HasLast() || next == nullptr || !IsHyphen(Str(hyphen))) return 0;
    Token& last = Last();
    if (last.kind != TokenKind::kWord || last.end != hyphen.start ||
        next->start == hyphen.end ||
        rules_.truncation_joiners.count(Str(*next)) == 0) {
      return 0;
    }
    last.end = hyphen.end;
    return 1;
  }

  // Decides whether a period belongs to the word before it.
  size_t TryKeepPeriod(size_t i) {
    const Token& period = in_[i];
    if (!HasLast() || Str(period) != u"." || Last().end != period.start) {
      return 0;
    }
    if (period_roles_->back() != PeriodRole::kNone) return 0;
    Token& last = Last();
    const Text word = Str(last);
    const Token* next = Next(i);
    const bool next_is_number =
        next != nullptr && next->kind == TokenKind::kNumber;
    PeriodRole role = PeriodRole::kNone;
    if (last.kind == TokenKind::kWord) {
      if (rules_.final_abbreviations.count(word) > 0) {
        role = PeriodRole::kMaybeFinal;
      } else if (rules_.abbreviations.count(word) > 0 || IsSingleLetter(word) ||
                 word.find(u'.') != Text::npos ||
                 (next_is_number &&
                  rules_.numeric_abbreviations.count(word) > 0)) {
        role = PeriodRole::kNonFinal;
      }
    } else if (last.kind == TokenKind::kNumber && IsOrdinal(i)) {
      role = PeriodRole::kNonFinal;
    }
    if (role == PeriodRole::kNone) return 0;
    last.end = period.end;
    period_roles_->back() = role;
    return 1;
  }

  // "am 5. Mai", "im 19. Jahrhundert", and list numbers at a line start.
  bool IsOrdinal(size_t period_index) const {
    const Token& number = Last();
    const Text digits = Str(number);
    if (!IsDigits(digits) || digits.size() > 3) return false;
    const Token* next = Next(period_index);
    if (next == nullptr ||
        HasLineBreak(text_, in_[period_index].end, next->start)) {
      return false;
    }
    const Text after = Str(*next);
    const Token* before = kept_ >= 2 ? &in_[kept_ - 2] : nullptr;
    const bool at_line_start =
        before == nullptr || HasLineBreak(text_, before->end, number.start);
    if (at_line_start && next->kind == TokenKind::kWord) return true;
    if (!rules_.ordinal_periods) return false;
    if (rules_.months.count(after) > 0) return true;
    if (next->kind != TokenKind::kWord) return false;
    if (StartsLower(after)) return true;
    return before != nullptr && rules_.ordinal_cues.count(Str(*before)) > 0 &&
           StartsUpper(after);
  }

  Text text_;
  const LanguageRules& rules_;
  const bool ud_;
  std::vector<Token>& in_;
  std::vector<PeriodRole>* period_roles_;
  size_t kept_ = 0;  // tokens written, all at positions before the read one
};

}  // namespace

Tokenizer::Tokenizer(icu::BreakIterator* words) : words_(words) {}
Tokenizer::~Tokenizer() = default;

std::unique_ptr<Tokenizer> Tokenizer::Create(Status* status) {
  UErrorCode error = U_ZERO_ERROR;
  icu::BreakIterator* words =
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), error);
  if (U_FAILURE(error) || words == nullptr) {
    delete words;
    *status = {
        StatusCode::kInternal,
        std::string("ICU word break rules unavailable: ") + u_errorName(error)};
    return nullptr;
  }
  return std::unique_ptr<Tokenizer>(new Tokenizer(words));
}

Status Tokenizer::Tokenize(Text text, const LanguageRules& rules,
                           Tokenization tokenization, TokenizedText* result) {
  const bool ud = tokenization == Tokenization::kUniversalDependencies;
  result->tokens.clear();
  result->period_roles.clear();
  const std::vector<Token> special = FindSpecialSpans(text);

  UErrorCode error = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, text.data(), static_cast<int64_t>(text.size()),
                   &error);
  words_->setText(&utext, error);
  if (U_FAILURE(error)) {
    utext_close(&utext);
    return {StatusCode::kInternal, u_errorName(error)};
  }

  std::vector<Token> raw;
  raw.reserve(text.size() / 5 + 16);
  size_t next_special = 0;
  words_->first();
  WordSegments segments(words_.get(), text);
  int32_t start = 0, end = 0, status = 0;
  for (; segments.Next(&end, &status); start = end) {
    // Special spans replace the ICU segments they cover; a segment that
    // straddles a special span's edge keeps only its part outside.
    int32_t piece_start = start;
    while (piece_start < end) {
      while (next_special < special.size() &&
             special[next_special].end <= piece_start) {
        ++next_special;
      }
      int32_t piece_end = end;
      if (next_special < special.size()) {
        const Token& s = special[next_special];
        if (s.start <= piece_start) {
          if (raw.empty() || raw.back().start != s.start) raw.push_back(s);
          piece_start = std::min(end, s.end);
          continue;
        }
        piece_end = std::min(end, s.start);
      }
      const Text piece = text.substr(piece_start, piece_end - piece_start);
      // Words and numbers never hold whitespace; only "none" segments can.
      if (status >= UBRK_WORD_NONE_LIMIT || !IsWhitespaceSegment(piece)) {
        const TokenKind kind = KindOfSegment(piece, status);
        const size_t host = rules.split_clitics && kind == TokenKind::kWord
                                ? CliticSplit(piece, rules, ud)
                                : 0;
        if (host > 0) {
          const int32_t split = piece_start + static_cast<int32_t>(host);
          raw.push_back({piece_start, split, TokenKind::kWord});
          raw.push_back({split, piece_end, TokenKind::kWord});
        } else {
          raw.push_back({piece_start, piece_end, kind});
        }
      }
      piece_start = piece_end;
    }
  }
  utext_close(&utext);

  result->period_roles.reserve(raw.size());
  Merger merger(text, rules, ud, &raw, &result->period_roles);
  merger.Run();
  result->tokens.swap(raw);
  return {};
}

}  // namespace lesbar
