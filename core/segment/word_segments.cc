#include "segment/word_segments.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <array>

namespace lesbar {
namespace {

// Plain characters: below the Hebrew block (Latin, Greek, Cyrillic,
// Armenian) and general punctuation. Their Word_Break values come from
// ICU; combining marks, format characters and emoji among them are not
// plain.
constexpr char16_t kPlainLimit = 0x0590;
constexpr char16_t kPunctuationFirst = 0x2000;
constexpr char16_t kPunctuationLast = 0x206F;

enum Class : uint8_t {
  kComplex = 0,  // ICU decides
  kLetter,       // ALetter
  kDigit,        // Numeric
  kMidLetter,    // MidLetter: between letters
  kMidNum,       // MidNum: between digits
  kMidNumLet,    // MidNumLet and Single_Quote: between letters or digits
  kJoiner,       // ExtendNumLet: "_" joins letters and digits
  kSpace,        // WSegSpace: runs of it are one segment
  kCr,
  kLineEnd,  // LF, Newline
  kOther,    // a segment of its own
};

Class ClassOfCodePoint(UChar32 c) {
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return kComplex;
  // ICU's rules take the colon out of MidLetter: "a:b" is three segments.
  if (c == u':') return kOther;
  // ... and add "@" to ALetter: "user@example", "@handle" are one segment.
  if (c == u'@') return kLetter;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
      return kLetter;
    case U_WB_NUMERIC:
      return kDigit;
    case U_WB_MIDLETTER:
      return kMidLetter;
    case U_WB_MIDNUM:
      return kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
      return kMidNumLet;
    case U_WB_EXTENDNUMLET:
      return kJoiner;
    case U_WB_WSEGSPACE:
      return kSpace;
    case U_WB_CR:
      return kCr;
    case U_WB_LF:
    case U_WB_NEWLINE:
      return kLineEnd;
    case U_WB_OTHER:
      return kOther;
    default:  // Extend, Format, ZWJ, Katakana, Hebrew, regional indicators
      return kComplex;
  }
}

struct ClassTable {
  std::array<uint8_t, kPlainLimit> plain;
  std::array<uint8_t, kPunctuationLast - kPunctuationFirst + 1> punctuation;
  ClassTable() {
    for (char16_t c = 0; c < kPlainLimit; ++c) plain[c] = ClassOfCodePoint(c);
    for (char16_t c = kPunctuationFirst; c <= kPunctuationLast; ++c) {
      punctuation[c - kPunctuationFirst] = ClassOfCodePoint(c);
    }
  }
};

const ClassTable& Classes() {
  static const ClassTable* const table = new ClassTable;
  return *table;
}

Class ClassOf(const ClassTable& table, char16_t c) {
  if (c < kPlainLimit) return static_cast<Class>(table.plain[c]);
  if (c >= kPunctuationFirst && c <= kPunctuationLast) {
    return static_cast<Class>(table.punctuation[c - kPunctuationFirst]);
  }
  return kComplex;
}

bool IsWordPart(Class c) { return c == kLetter || c == kDigit || c == kJoiner; }

}  // namespace

WordSegments::WordSegments(icu::BreakIterator* words, std::u16string_view text)
    : words_(words), text_(text) {}

bool WordSegments::IsPlainAt(int32_t i) const {
  return ClassOf(Classes(), text_[i]) != kComplex;
}

bool WordSegments::NextPlain(int32_t* end, int32_t* status) const {
  const int32_t n = static_cast<int32_t>(text_.size());
  // Asked once: the table's guard is a load and a branch per character in
  // the wasm build otherwise.
  const ClassTable& classes = Classes();
  const auto class_of = [&classes](char16_t c) { return ClassOf(classes, c); };
  // What follows a segment can still join it (a combining mark, a format
  // character): the segment is plain only if the character after it is.
  const auto plain_end = [&](int32_t e) {
    if (e < n && class_of(text_[e]) == kComplex) return false;
    *end = e;
    return true;
  };
  const int32_t i = start_;
  const Class first = class_of(text_[i]);
  switch (first) {
    case kComplex:
      return false;
    case kCr:
      *status = UBRK_WORD_NONE;
      return plain_end(i + 1 < n && text_[i + 1] == u'\n' ? i + 2 : i + 1);
    case kLineEnd:
      // Nothing joins a line end (WB3a, WB3b).
      *status = UBRK_WORD_NONE;
      *end = i + 1;
      return true;
    case kSpace: {
      int32_t e = i + 1;
      while (e < n && class_of(text_[e]) == kSpace) ++e;
      *status = UBRK_WORD_NONE;
      return plain_end(e);
    }
    case kLetter:
    case kDigit:
    case kJoiner:
      break;
    default:
      *status = UBRK_WORD_NONE;
      return plain_end(i + 1);
  }
  Class last = first;
  int32_t e = i + 1;
  while (e < n) {
    const Class next = class_of(text_[e]);
    if (next == kComplex) return false;
    if (IsWordPart(next)) {  // WB5, WB8-WB10, WB13a, WB13b
      last = next;
      ++e;
      continue;
    }
    const bool between_letters = next == kMidLetter || next == kMidNumLet;
    const bool between_digits = next == kMidNum || next == kMidNumLet;
    if ((between_letters && last == kLetter) ||
        (between_digits && last == kDigit)) {
      if (e + 1 >= n) break;
      const Class after = class_of(text_[e + 1]);
      if (after == kComplex) return false;
      if (after == last) {  // WB6/WB7, WB11/WB12
        e += 2;
        continue;
      }
    }
    break;
  }
  // ICU's status is that of the segment's last rule: a word that ends in
  // a digit ("a1", "Formel1") is a number. One ending in "_" goes to ICU.
  if (last == kLetter) {
    *status = UBRK_WORD_LETTER;
  } else if (last == kDigit) {
    *status = UBRK_WORD_NUMBER;
  } else {
    return false;
  }
  return plain_end(e);
}

bool WordSegments::Next(int32_t* end, int32_t* status) {
  const int32_t n = static_cast<int32_t>(text_.size());
  if (start_ >= n) return false;
  // Plain text resumes at a boundary between two plain characters.
  const bool plain_here =
      IsPlainAt(start_) && (start_ == 0 || IsPlainAt(start_ - 1));
  if (plain_here && NextPlain(end, status)) {
    start_ = *end;
    icu_in_step_ = false;
    return true;
  }
  const int32_t next =
      icu_in_step_ ? words_->next() : words_->following(start_);
  if (next == icu::BreakIterator::DONE) return false;
  *end = next;
  *status = words_->getRuleStatus();
  start_ = next;
  icu_in_step_ = true;
  return true;
}

}  // namespace lesbar
