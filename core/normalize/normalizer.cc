#include "normalize/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace lesbar {
namespace {

constexpr char16_t kSoftHyphen = 0x00AD;
constexpr char16_t kReplacement = 0xFFFD;

// What a single code unit becomes; 0 means "delete it".
char16_t Substitute(char16_t c) {
  if (c < 0x20) {
    if (c == u'\t' || c == u'\n' || c == u'\r') return c;
    if (c == 0x0B || c == 0x0C) return u'\n';
    return u' ';
  }
  if (c < 0x7F) return c;
  if (c <= 0x9F) return c == 0x85 ? u'\n' : u' ';
  switch (c) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return u' ';
    case 0x2028:
      return u'\n';
    case kSoftHyphen:
      return 0;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return u' ';
  return c;
}

bool NeedsSubstitution(char16_t c) {
  if (c >= 0x20 && c < 0x7F) return false;
  return U16_IS_SURROGATE(c) || Substitute(c) != c;
}

class Builder {
 public:
  Builder(std::u16string_view input, NormalizedText* result)
      : input_(input), result_(result) {}

  // Copies input_[from, to) with substitutions and deletions applied.
  void CopySubstituted(size_t from, size_t to) {
    std::u16string& out = result_->storage;
    for (size_t i = from; i < to; ++i) {
      // Copy runs of characters that need nothing in one go.
      size_t run_end = i;
      while (run_end < to && !NeedsSubstitution(input_[run_end])) ++run_end;
      if (run_end > i) {
        out.append(input_.data() + i, run_end - i);
        i = run_end;
        if (i >= to) break;
      }
      char16_t c = input_[i];
      if (U16_IS_LEAD(c) && i + 1 < input_.size() &&
          U16_IS_TRAIL(input_[i + 1]) && i + 1 < to) {
        out.push_back(c);
        out.push_back(input_[++i]);
        continue;
      }
      if (U16_IS_SURROGATE(c)) {
        out.push_back(kReplacement);
        continue;
      }
      char16_t replacement = Substitute(c);
      if (replacement == 0) {
        const int32_t here = static_cast<int32_t>(out.size());
        result_->to_original.AddEdit(here, here, static_cast<int32_t>(i),
                                     static_cast<int32_t>(i + 1));
        continue;
      }
      out.push_back(replacement);
    }
  }

  // Appends an NFC-normalised chunk that stands for input_[from, to).
  void AppendChunk(const icu::UnicodeString& chunk, size_t from, size_t to) {
    std::u16string& out = result_->storage;
    const size_t out_start = out.size();
    const int32_t length = chunk.length();
    for (int32_t i = 0; i < length; ++i) {
      char16_t c = chunk.charAt(i);
      if (U16_IS_LEAD(c) && i + 1 < length &&
          U16_IS_TRAIL(chunk.charAt(i + 1))) {
        out.push_back(c);
        out.push_back(chunk.charAt(++i));
        continue;
      }
      char16_t replacement = U16_IS_SURROGATE(c) ? kReplacement : Substitute(c);
      // A soft hyphen cannot be part of a composed sequence; should one
      // reach a chunk, a space keeps the chunk's length arithmetic simple.
      out.push_back(replacement == 0 ? u' ' : replacement);
    }
    if (out.size() - out_start != to - from) {
      result_->to_original.AddEdit(
          static_cast<int32_t>(out_start), static_cast<int32_t>(out.size()),
          static_cast<int32_t>(from), static_cast<int32_t>(to));
    }
  }

 private:
  std::u16string_view input_;
  NormalizedText* result_;
};

bool IsNfcYes(UChar32 c) {
  return c < 0x300 ||
         u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

size_t FirstNotNfcYes(std::u16string_view input, size_t from) {
  const size_t n = input.size();
  for (size_t i = from; i < n;) {
    if (input[i] < 0x300) {
      ++i;
      continue;
    }
    const size_t start = i;
    UChar32 c;
    U16_NEXT(input.data(), i, n, c);
    if (!IsNfcYes(c)) return start;
  }
  return n;
}

// True if nothing needs substituting and the text is NFC. Below U+0300
// nothing composes, so only the rarer code units above need ICU's
// quick-check property; this runs on every text, so it is kept cheap.
bool IsCleanNfc(std::u16string_view input) {
  const size_t n = input.size();
  for (size_t i = 0; i < n; ++i) {
    const char16_t c = input[i];
    if (c >= 0x20 && c < 0x7F) continue;
    if (c < 0x300) {
      if (NeedsSubstitution(c)) return false;
      continue;
    }
    UChar32 code_point = c;
    if (U16_IS_SURROGATE(c)) {
      if (!U16_IS_LEAD(c) || i + 1 >= n || !U16_IS_TRAIL(input[i + 1])) {
        return false;
      }
      code_point = U16_GET_SUPPLEMENTARY(c, input[++i]);
    } else if (NeedsSubstitution(c)) {
      return false;
    }
    if (!IsNfcYes(code_point)) return false;
  }
  return true;
}

}  // namespace

Status Normalize(std::u16string_view input, NormalizedText* result) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) {
    return {StatusCode::kInternal,
            std::string("ICU NFC data unavailable: ") + u_errorName(error)};
  }
  *result = NormalizedText();
  // A read-only alias: no copy of the (possibly 64 MiB) input.
  // Fast path: most pasted text needs nothing, and then we keep no copy.
  if (IsCleanNfc(input)) {
    result->text = input;
    return {};
  }

  result->storage.reserve(input.size());
  Builder builder(input, result);
  size_t position = 0;
  while (position < input.size()) {
    // Everything before the next code point that is not NFC-"yes", backed
    // up to the starter it may combine with, is copied as it is.
    size_t normalized_end = FirstNotNfcYes(input, position);
    while (normalized_end > position) {
      UChar32 here;
      size_t probe = normalized_end;
      U16_NEXT(input.data(), probe, input.size(), here);
      if (nfc->hasBoundaryBefore(here)) break;
      U16_BACK_1(input.data(), position, normalized_end);
    }
    builder.CopySubstituted(position, normalized_end);
    if (normalized_end >= input.size()) break;
    // The chunk to normalise runs to the next normalisation boundary.
    size_t chunk_end = normalized_end;
    UChar32 c;
    U16_NEXT(input.data(), chunk_end, input.size(), c);
    while (chunk_end < input.size()) {
      size_t next = chunk_end;
      U16_NEXT(input.data(), next, input.size(), c);
      if (nfc->hasBoundaryBefore(c)) break;
      chunk_end = next;
    }
    const icu::UnicodeString chunk_source(
        false, input.data() + normalized_end,
        static_cast<int32_t>(chunk_end - normalized_end));
    icu::UnicodeString chunk;
    nfc->normalize(chunk_source, chunk, error);
    if (U_FAILURE(error)) return {StatusCode::kInternal, u_errorName(error)};
    builder.AppendChunk(chunk, normalized_end, chunk_end);
    position = chunk_end;
  }
  result->text = result->storage;
  return {};
}

}  // namespace lesbar
