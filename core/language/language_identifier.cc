#include "language/language_identifier.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "language/language_profiles.h"

namespace lesbar {

using langid_internal::kNumTrigramProfiles;
using langid_internal::kTrigramProfiles;
using langid_internal::Script;

namespace {

constexpr int kNumScripts = static_cast<int>(Script::kCount);

// Long paragraphs are read through a few spread windows: enough trigrams
// for a stable decision, and the work per paragraph stays bounded.
constexpr size_t kWindowLength = 128;
constexpr size_t kWindowsPerParagraph = 4;

// Paragraphs with fewer letters than this take the document's language:
// a lone ":" or a byline says nothing reliable on its own.
constexpr int kMinParagraphLetters = 12;

// Weights are stored as uint8 in units of 1/kWeightScale nats.
constexpr double kWeightScale = 40.0;

// Converts a log-likelihood margin (nats) into a confidence in 0.5..1.
constexpr double kMarginScale = 4.0;

constexpr uint64_t PackTrigram(char32_t a, char32_t b, char32_t c) {
  return (uint64_t{a} << 42) | (uint64_t{b} << 21) | uint64_t{c};
}

// Script of a letter, or kCount for anything that is not a letter of a
// script the identifier knows.
Script ScriptOf(char32_t c) {
  if (c < 0x80) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin
                                                    : Script::kCount;
  }
  if (!u_isUAlphabetic(static_cast<UChar32>(c))) return Script::kCount;
  if (c <= 0x24F || (c >= 0x1E00 && c <= 0x1EFF)) return Script::kLatin;
  if (c >= 0x370 && c <= 0x3FF) return Script::kGreek;
  if (c >= 0x400 && c <= 0x52F) return Script::kCyrillic;
  if (c >= 0x530 && c <= 0x58F) return Script::kArmenian;
  if (c >= 0x590 && c <= 0x5FF) return Script::kHebrew;
  if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) ||
      (c >= 0x8A0 && c <= 0x8FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
      (c >= 0xFE70 && c <= 0xFEFF)) {
    return Script::kArabic;
  }
  if (c >= 0x900 && c <= 0x97F) return Script::kDevanagari;
  if (c >= 0xE00 && c <= 0xE7F) return Script::kThai;
  if (c >= 0x10A0 && c <= 0x10FF) return Script::kGeorgian;
  if (c >= 0x1F00 && c <= 0x1FFF) return Script::kGreek;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
      (c >= 0xAC00 && c <= 0xD7AF)) {
    return Script::kHangul;
  }
  if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
      (c >= 0xFF66 && c <= 0xFF9D)) {
    return Script::kKana;
  }
  if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF)) {
    return Script::kHan;
  }
  return Script::kCount;
}

char32_t DecodeUtf8(const char*& p) {
  const auto byte = [&p]() { return static_cast<unsigned char>(*p++); };
  const unsigned char lead = byte();
  if (lead < 0x80) return lead;
  if (lead < 0xE0) return ((lead & 0x1F) << 6) | (byte() & 0x3F);
  if (lead < 0xF0) {
    char32_t c = (lead & 0x0F) << 12;
    c |= (byte() & 0x3F) << 6;
    return c | (byte() & 0x3F);
  }
  char32_t c = (lead & 0x07) << 18;
  c |= (byte() & 0x3F) << 12;
  c |= (byte() & 0x3F) << 6;
  return c | (byte() & 0x3F);
}

}  // namespace

// An open-addressing table from packed trigram to a dense row of weights,
// one per profile: log P(trigram | language) minus the floor that a
// language gets for a trigram it does not list, in fixed point, so a
// trigram costs one probe and one vectorisable add of a row.
struct LanguageIdentifier::Tables {
  using Row = std::array<uint8_t, kNumTrigramProfiles>;
  // The row sits next to its key: one cache line per lookup.
  struct alignas(32) Slot {
    uint64_t key = 0;  // 0 = empty
    Row row{};
  };
  int bits = 0;  // capacity is 1 << bits
  std::vector<Slot> slots;

  size_t capacity() const { return slots.size(); }
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - bits));
  }
  // The key's row, or nullptr if no profile lists it. The table is kept
  // less than half full, so probes are short.
  const Row* Find(uint64_t key) const {
    const size_t mask = capacity() - 1;
    for (size_t slot = Home(key);; slot = (slot + 1) & mask) {
      if (slots[slot].key == key) return &slots[slot].row;
      if (slots[slot].key == 0) return nullptr;
    }
  }
};

struct LanguageIdentifier::Evidence {
  std::array<int64_t, kNumScripts> letters{};
  std::array<int64_t, kNumTrigramProfiles> scores{};  // fixed point
  int64_t trigrams = 0;  // trigrams found in some profile

  void Add(const Evidence& other) {
    for (int i = 0; i < kNumScripts; ++i) letters[i] += other.letters[i];
    for (int i = 0; i < kNumTrigramProfiles; ++i) scores[i] += other.scores[i];
    trigrams += other.trigrams;
  }
  int64_t total_letters() const {
    int64_t total = 0;
    for (int64_t count : letters) total += count;
    return total;
  }
};

LanguageIdentifier::LanguageIdentifier(const LanguageIdentifierParams& params)
    : tables_(std::make_unique<Tables>()) {
  // Collect (key, language, weight), then lay the entries out per slot.
  struct Listed {
    uint64_t key;
    uint8_t language;
    float weight;
  };
  std::vector<Listed> listed;
  for (int language = 0; language < kNumTrigramProfiles; ++language) {
    std::vector<uint64_t> keys;
    const char* p = kTrigramProfiles[language].trigrams;
    while (*p != '\0') {
      char32_t code_points[3];
      int count = 0;
      while (*p != '\0' && *p != '|') {
        const char32_t c = DecodeUtf8(p);
        if (count < 3) code_points[count] = c;
        ++count;
      }
      if (*p == '|') ++p;
      if (count == 3) {
        keys.push_back(
            PackTrigram(code_points[0], code_points[1], code_points[2]));
      }
    }
    const double size = static_cast<double>(keys.size());
    for (size_t rank = 0; rank < keys.size(); ++rank) {
      // Zipf-shaped probabilities from the rank; a trigram a profile does
      // not list is taken as less likely than its last entry.
      const double weight =
          std::log((size + params.rank_offset) / (rank + params.rank_offset)) +
          params.missing_penalty;
      listed.push_back({keys[rank], static_cast<uint8_t>(language),
                        static_cast<float>(weight)});
    }
  }
  // Sized from the listed count (each trigram is listed by ~2.4 profiles
  // on average), so the table ends up less than half full without a sort.
  Tables& tables = *tables_;
  tables.bits = 4;
  while ((size_t{1} << tables.bits) < listed.size()) ++tables.bits;
  tables.slots.assign(size_t{1} << tables.bits, {});
  const size_t mask = tables.capacity() - 1;
  for (const Listed& item : listed) {
    size_t slot = tables.Home(item.key);
    while (tables.slots[slot].key != 0 && tables.slots[slot].key != item.key) {
      slot = (slot + 1) & mask;
    }
    tables.slots[slot].key = item.key;
    const double fixed = std::round(item.weight * kWeightScale);
    tables.slots[slot].row[item.language] =
        static_cast<uint8_t>(std::clamp(fixed, 1.0, 255.0));
  }
}

LanguageIdentifier::~LanguageIdentifier() = default;

const LanguageIdentifier& LanguageIdentifier::Default() {
  static const LanguageIdentifier* identifier = new LanguageIdentifier();
  return *identifier;
}

void LanguageIdentifier::Accumulate(std::u16string_view text,
                                    Evidence* evidence) const {
  const Tables& tables = *tables_;
  // 32-bit sums vectorise; callers pass windows of at most a few thousand
  // code units, far below overflow (255 per trigram), and they are flushed
  // to the 64-bit evidence at the end.
  std::array<int32_t, kNumTrigramProfiles> sums{};
  int64_t trigrams = 0;
  // Letters are lower-cased, everything else is one word boundary " ", and
  // the text is padded with boundaries, as the profiles were counted.
  char32_t before_previous = 0;
  char32_t previous = u' ';
  const auto push = [&](char32_t c) {
    if (before_previous != 0) {
      const auto* found =
          tables.Find(PackTrigram(before_previous, previous, c));
      if (found != nullptr) {
        ++trigrams;
        // A copy: through a uint8_t pointer the compiler must assume the
        // row aliases the sums and would not vectorise the adds.
        const Tables::Row row = *found;
        for (int i = 0; i < kNumTrigramProfiles; ++i) sums[i] += row[i];
      }
    }
    before_previous = previous;
    previous = c;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() &&
        text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      ++i;
    }
    const Script script = ScriptOf(c);
    if (script == Script::kCount) {
      if (previous != u' ') push(u' ');
      continue;
    }
    ++evidence->letters[static_cast<int>(script)];
    if (c < 0x80) {
      c |= 0x20;
    } else {
      c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    }
    push(c);
  }
  if (previous != u' ') push(u' ');
  for (int i = 0; i < kNumTrigramProfiles; ++i) evidence->scores[i] += sums[i];
  evidence->trigrams += trigrams;
}

LanguageGuess LanguageIdentifier::Decide(const Evidence& evidence) const {
  LanguageGuess guess;
  const int64_t total = evidence.total_letters();
  if (total == 0) return guess;
  const auto count = [&evidence](Script script) {
    return evidence.letters[static_cast<int>(script)];
  };
  int dominant = 0;
  for (int i = 1; i < kNumScripts; ++i) {
    if (evidence.letters[i] > evidence.letters[dominant]) dominant = i;
  }
  const Script script = static_cast<Script>(dominant);
  // Chinese, Japanese and Korean share Han characters: any Hangul worth
  // counting makes Korean, kana makes Japanese, Han alone Chinese.
  const int64_t cjk =
      count(Script::kHan) + count(Script::kKana) + count(Script::kHangul);
  if (script == Script::kHan || script == Script::kKana ||
      script == Script::kHangul) {
    guess.confidence = static_cast<double>(cjk) / total;
    if (count(Script::kHangul) * 5 >= cjk &&
        count(Script::kHangul) >= count(Script::kKana)) {
      guess.language = "ko";
    } else if (count(Script::kKana) * 20 >= cjk) {
      guess.language = "ja";
    } else {
      guess.language = "zh";
    }
    return guess;
  }
  const double share = static_cast<double>(count(script)) / total;
  switch (script) {
    case Script::kGreek:
      return {"el", share};
    case Script::kHebrew:
      return {"he", share};
    case Script::kThai:
      return {"th", share};
    case Script::kDevanagari:
      return {"hi", share};
    case Script::kArmenian:
      return {"hy", share};
    case Script::kGeorgian:
      return {"ka", share};
    default:
      break;
  }
  int best = -1, second = -1;
  for (int i = 0; i < kNumTrigramProfiles; ++i) {
    if (kTrigramProfiles[i].script != script) continue;
    if (best < 0 || evidence.scores[i] > evidence.scores[best]) {
      second = best;
      best = i;
    } else if (second < 0 || evidence.scores[i] > evidence.scores[second]) {
      second = i;
    }
  }
  if (best < 0 || evidence.scores[best] <= 0) return guess;  // no evidence
  const double margin = second < 0
                            ? 1e9
                            : static_cast<double>(evidence.scores[best] -
                                                  evidence.scores[second]) /
                                  kWeightScale;
  guess.language = kTrigramProfiles[best].language;
  guess.confidence = share * (1.0 - 0.5 * std::exp(-margin / kMarginScale));
  return guess;
}

LanguageGuess LanguageIdentifier::Identify(std::u16string_view text) const {
  const std::vector<Span> whole = {
      {0, static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX))}};
  return IdentifyParagraphs(text, whole).document;
}

LanguageIdentification LanguageIdentifier::IdentifyParagraphs(
    std::u16string_view text, const std::vector<Span>& paragraphs) const {
  LanguageIdentification result;
  std::vector<Evidence> evidence(paragraphs.size());
  Evidence document;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const size_t start = std::min<size_t>(paragraphs[i].start, text.size());
    const size_t end =
        std::max(start, std::min<size_t>(paragraphs[i].end, text.size()));
    const size_t length = end - start;
    if (length <= kWindowLength * kWindowsPerParagraph) {
      Accumulate(text.substr(start, length), &evidence[i]);
    } else {
      // Spread windows; each starts after a space so it does not begin
      // mid-word (a partial word would add trigrams no language has).
      for (size_t w = 0; w < kWindowsPerParagraph; ++w) {
        size_t from =
            start + (length - kWindowLength) * w / (kWindowsPerParagraph - 1);
        const size_t limit = std::min(from + 32, end);
        size_t probe = from;
        while (probe < limit && text[probe] != u' ') ++probe;
        if (probe < limit) from = probe;
        Accumulate(text.substr(from, std::min(kWindowLength, end - from)),
                   &evidence[i]);
      }
    }
    document.Add(evidence[i]);
  }
  result.document = Decide(document);
  double run_weight = 0;  // letters behind the current run's confidence
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const int64_t letters = evidence[i].total_letters();
    const LanguageGuess guess =
        letters < kMinParagraphLetters ? result.document : Decide(evidence[i]);
    // The run's confidence is the mean of its paragraphs', by letters.
    const double weight = static_cast<double>(std::max<int64_t>(letters, 1));
    if (!result.runs.empty() && result.runs.back().language == guess.language) {
      LanguageSpan& run = result.runs.back();
      run.span.end = paragraphs[i].end;
      run.confidence =
          (run.confidence * run_weight + guess.confidence * weight) /
          (run_weight + weight);
      run_weight += weight;
    } else {
      result.runs.push_back({{paragraphs[i].start, paragraphs[i].end},
                             guess.language,
                             guess.confidence});
      run_weight = weight;
    }
  }
  return result;
}

}  // namespace lesbar
