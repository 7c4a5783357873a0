#include "normalize/normalizer.h"

#include <unicode/normalizer2.h>
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
        result_->to_original.AddAnchor(static_cast<int32_t>(out.size()),
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
      if (U16_IS_LEAD(c) && i + 1 < length && U16_IS_TRAIL(chunk.charAt(i + 1))) {
        out.push_back(c);
        out.push_back(chunk.charAt(++i));
        continue;
      }
      char16_t replacement = U16_IS_SURROGATE(c) ? kReplacement : Substitute(c);
      // Deleting inside a chunk would need an anchor of its own; a soft
      // hyphen cannot be part of a composed sequence, so a space is safe.
      out.push_back(replacement == 0 ? u' ' : replacement);
    }
    if (out.size() - out_start != to - from) {
      result_->to_original.AddAnchor(static_cast<int32_t>(out_start),
                                     static_cast<int32_t>(from));
      result_->to_original.AddAnchor(static_cast<int32_t>(out.size()),
                                     static_cast<int32_t>(to));
    }
  }

 private:
  std::u16string_view input_;
  NormalizedText* result_;
};

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
  const icu::UnicodeString alias(false, input.data(),
                                 static_cast<int32_t>(input.size()));

  // Fast path: most pasted text needs nothing, and then we keep no copy.
  const int32_t nfc_prefix = nfc->spanQuickCheckYes(alias, error);
  if (U_FAILURE(error)) return {StatusCode::kInternal, u_errorName(error)};
  bool clean = static_cast<size_t>(nfc_prefix) == input.size();
  for (size_t i = 0; clean && i < input.size(); ++i) {
    char16_t c = input[i];
    if (!NeedsSubstitution(c)) continue;
    if (U16_IS_LEAD(c) && i + 1 < input.size() && U16_IS_TRAIL(input[i + 1])) {
      ++i;
      continue;
    }
    clean = false;
  }
  if (clean) {
    result->text = input;
    return {};
  }

  result->storage.reserve(input.size());
  Builder builder(input, result);
  size_t position = 0;
  while (position < input.size()) {
    const icu::UnicodeString rest(false, input.data() + position,
                                  static_cast<int32_t>(input.size() - position));
    const size_t normalized_end =
        position + static_cast<size_t>(nfc->spanQuickCheckYes(rest, error));
    if (U_FAILURE(error)) return {StatusCode::kInternal, u_errorName(error)};
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
