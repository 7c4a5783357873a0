#include "language/language_identifier.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "language/language_profiles.h"
#include "language/language_units.h"

namespace lesbar {

using langid_internal::kNumPairProfiles;
using langid_internal::kNumTrigramProfiles;
using langid_internal::kPairProfiles;
using langid_internal::kTrigramProfiles;
using langid_internal::Script;
using langid_internal::ScriptOf;

namespace langid_internal {

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

char32_t LowerLetter(char32_t c) {
  return c < 0x80 ? (c | 0x20)
                  : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

}  // namespace langid_internal

namespace {

constexpr int kNumScripts = static_cast<int>(Script::kCount);

// Score columns: one per profile, then two per pair model (the evidence
// for its first and for its second language, as unsigned sums).
constexpr int kNumColumns = kNumTrigramProfiles + 2 * kNumPairProfiles;
constexpr int PairColumn(int pair, bool for_second) {
  return kNumTrigramProfiles + 2 * pair + (for_second ? 1 : 0);
}

// Long paragraphs are read through a few spread windows: enough trigrams
// for a stable decision, and the work per paragraph stays bounded. Two
// windows (at most 256 code units a paragraph) keep every held-out
// paragraph right and read German speeches at ~105 MB/s instead of ~59
// with four (npm run eval:langid, lesbar_langid bench).
constexpr size_t kWindowLength = 128;
constexpr size_t kWindowsPerParagraph = 2;

// Paragraphs with fewer letters than this take the document's language:
// a lone ":" or a byline says nothing reliable on its own.
constexpr int kMinParagraphLetters = 12;

// A paragraph with fewer letters than this is read without its full names:
// in "Angela Merkel besuchte Paris." the names outweigh the one word that
// tells the language, and names are shared by every language.
constexpr int kNameMaskedBelowLetters = 48;
// What must be left of it after the names are taken out for that reading
// to be used.
constexpr int kMinUnmaskedLetters = 4;

// The text with its full names blanked out (each unit becomes a space, so
// offsets stay): in runs of two or more words that begin with a capital,
// such as "Angela Merkel" or "Boris Johnson", the words no profile lists
// (`listed` is false). A single capitalised word stays: in German it is
// mostly a noun, and nouns tell the language; so do listed words in a run
// ("Stellen Sie", "Der Vorgabe").
template <typename Listed>
std::u16string WithoutNames(std::u16string_view text, const Listed& listed) {
  std::u16string out(text);
  struct Word {
    size_t start, end;
    bool capitalised;
  };
  std::vector<Word> words;
  for (size_t i = 0; i < out.size();) {
    // Surrogates count as letters of the word they are in.
    const auto is_letter = [&](size_t k) {
      return U16_IS_SURROGATE(out[k]) || u_isalpha(out[k]);
    };
    if (!is_letter(i)) {
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < out.size() && is_letter(i)) ++i;
    words.push_back(
        {start, i,
         static_cast<bool>(u_isupper(out[start]) || u_istitle(out[start]))});
  }
  for (size_t w = 0; w < words.size();) {
    size_t run_end = w;
    // A run: capitalised words separated by blanks only.
    while (
        run_end < words.size() && words[run_end].capitalised &&
        (run_end == w || std::all_of(out.begin() + words[run_end - 1].end,
                                     out.begin() + words[run_end].start,
                                     [](char16_t c) { return c == u' '; }))) {
      ++run_end;
    }
    if (run_end - w >= 2) {
      for (size_t k = w; k < run_end; ++k) {
        const std::u16string_view word(out.data() + words[k].start,
                                       words[k].end - words[k].start);
        if (listed(word)) continue;
        std::fill(out.begin() + words[k].start, out.begin() + words[k].end,
                  u' ');
      }
    }
    w = std::max(run_end, w + 1);
  }
  return out;
}

// Weights are stored as uint8 in units of 1/kWeightScale nats.
constexpr double kWeightScale = 40.0;

// Converts a log-likelihood margin (nats) into a confidence in 0.5..1.
constexpr double kMarginScale = 4.0;

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

// Sorts distinct integers: least significant digit first, 11 bits a pass,
// passes over digits that all values share skipped. The language tables
// sort ~37,000 packed keys on the first analysis; std::sort took about a
// third of that build in the wasm module.
void RadixSort(std::vector<uint64_t>* values) {
  constexpr int kDigitBits = 11;
  constexpr size_t kBuckets = size_t{1} << kDigitBits;
  std::vector<uint64_t> scratch(values->size());
  std::vector<uint32_t> counts(kBuckets);
  uint64_t all_or = 0, all_and = ~uint64_t{0};
  for (uint64_t v : *values) {
    all_or |= v;
    all_and &= v;
  }
  const uint64_t varying = all_or ^ all_and;
  for (int shift = 0; shift < 64; shift += kDigitBits) {
    if (((varying >> shift) & (kBuckets - 1)) == 0) continue;
    std::fill(counts.begin(), counts.end(), 0);
    for (uint64_t v : *values) ++counts[(v >> shift) & (kBuckets - 1)];
    uint32_t total = 0;
    for (uint32_t& count : counts) {
      const uint32_t here = count;
      count = total;
      total += here;
    }
    for (uint64_t v : *values)
      scratch[counts[(v >> shift) & (kBuckets - 1)]++] = v;
    values->swap(scratch);
  }
}

// The indices 0..n-1 ordered by keys[i], ties in index order. The tables
// radix-sort keys packed with their index instead; this is for lists too
// long to pack, and one function serves both of them (each stable_sort
// instantiation is 2.4 KB of wasm code).
std::vector<uint64_t> IndicesByKey(const std::vector<uint64_t>& keys) {
  std::vector<uint64_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&keys](uint64_t a, uint64_t b) {
    return keys[a] < keys[b];
  });
  return order;
}
}  // namespace

// The scoring tables, laid out so that the hot part stays in the L1/L2
// caches and a trigram costs a few integer operations:
//  - every letter of the profiles gets a small index (0 = word boundary),
//    and a per-code-unit table below U+0800 gives script and lower-cased
//    index in one load (no ICU call on Latin, Cyrillic or Arabic text);
//  - a trigram is the exact integer key of its three indexes, a word a
//    47-bit hash of its indexes with bit 47 set; one open-addressing table
//    of 64-bit slots (key << 16 | row) finds the row of either;
//  - rows hold one uint8 weight per profile, log P(trigram | language)
//    minus the floor of a language that does not list it, in fixed point,
//    packed in 64-bit words that are added as 16-bit lanes (SWAR), so the
//    adds need no vector unit (wasm included). Rows are ordered by their
//    best rank, so the frequent trigrams of every language share lines.
struct LanguageIdentifier::Tables {
  static constexpr int kWordsPerRow = (kNumColumns + 7) / 8;
  static constexpr char32_t kDirectRange = 0x800;
  static constexpr uint16_t kNotLetter = 0xFFFF;
  static constexpr int kScriptShift = 12;
  static constexpr uint16_t kLetterMask = (1 << kScriptShift) - 1;

  int letter_bits = 0;
  uint32_t unknown_letter = 0;     // index of letters no profile lists
  std::vector<char32_t> alphabet;  // sorted lower-case letters, index - 1
  // Script << kScriptShift | letter index, or kNotLetter; for code units
  // below kDirectRange.
  std::array<uint16_t, kDirectRange> direct{};
  int bits = 0;                 // slot count is 1 << bits
  std::vector<uint64_t> slots;  // key << 16 | row, 0 = empty
  std::vector<uint64_t> rows;   // kWordsPerRow words per row
  // Profile indexes of each pair model's first and second language.
  std::array<std::array<int, 2>, kNumPairProfiles> pair_languages{};
  // Per profile, its prior in fixed point (de and en above the rest).
  std::array<int64_t, kNumTrigramProfiles> prior{};
  // Lead in fixed point below which a short text's decision is "und".
  int64_t undetermined_margin = 0;
  int64_t undetermined_letters = 0;

  uint32_t LetterIndex(char32_t lower) const {
    const auto found =
        std::lower_bound(alphabet.begin(), alphabet.end(), lower);
    if (found == alphabet.end() || *found != lower) return unknown_letter;
    return static_cast<uint32_t>(found - alphabet.begin()) + 1;
  }
  // Script and letter index of any code point (the slow path).
  uint16_t Classify(char32_t c) const {
    const Script script = ScriptOf(c);
    if (script == Script::kCount) return kNotLetter;
    return static_cast<uint16_t>((static_cast<int>(script) << kScriptShift) |
                                 LetterIndex(langid_internal::LowerLetter(c)));
  }
  // The code of text[*i] (kNotLetter for anything but a letter); a
  // surrogate pair is read whole and *i left on its second unit.
  uint16_t CodeAt(std::u16string_view text, size_t* i) const {
    const char32_t c = text[*i];
    if (c < kDirectRange) return direct[c];
    return Classify(langid_internal::CodePointAt(text, i));
  }
  uint64_t Key(uint64_t a, uint64_t b, uint64_t c) const {
    return (((a << letter_bits) | b) << letter_bits) | c;
  }
  // Words are hashed letter by letter (FNV-1a over the letter indexes) as
  // they are read; a 47-bit hash that a word of the text shares with a
  // listed word it is not happens about once in 10^10 words.
  static constexpr uint64_t kWordHashStart = 0xCBF29CE484222325ull;
  static uint64_t ExtendWordHash(uint64_t hash, uint32_t letter) {
    return (hash ^ letter) * 0x100000001B3ull;
  }
  static uint64_t WordKey(uint64_t hash) {
    return (hash & ((uint64_t{1} << 47) - 1)) | (uint64_t{1} << 47);
  }
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - bits));
  }
  // The key's row, or nullptr if no profile lists it. The table is kept
  // at most half full, so probes are short.
  const uint64_t* Find(uint64_t key) const {
    const size_t mask = slots.size() - 1;
    for (size_t slot = Home(key);; slot = (slot + 1) & mask) {
      const uint64_t entry = slots[slot];
      if ((entry >> 16) == key) return &rows[(entry & 0xFFFF) * kWordsPerRow];
      if (entry == 0) return nullptr;
    }
  }
};

struct LanguageIdentifier::Evidence {
  std::array<int64_t, kNumScripts> letters{};
  std::array<int64_t, kNumColumns> scores{};  // fixed point
  int64_t trigrams = 0;                       // trigrams found in some profile

  void Add(const Evidence& other) {
    for (int i = 0; i < kNumScripts; ++i) letters[i] += other.letters[i];
    for (int i = 0; i < kNumColumns; ++i) scores[i] += other.scores[i];
    trigrams += other.trigrams;
  }
  int64_t total_letters() const {
    int64_t total = 0;
    for (int64_t count : letters) total += count;
    return total;
  }
};

// Builds the tables from the profiles, in steps that are functions of their
// own. The build runs once, on the first analysis, and its loops are long
// enough for V8 to compile whatever function holds them again with its
// optimising compiler, on a background thread, although it never runs
// again. As one function of 13 KB that compile took 80 ms of a core that
// the first analysis was waiting for on a two-core machine; split up, each
// step is small and cheap to compile. noinline keeps the steps apart:
// called once each, they would be inlined back into one function.
struct LanguageIdentifier::TableBuilder {
  // Each profile's trigrams and common words, decoded, in rank order.
  struct RankedProfiles {
    std::vector<std::vector<std::array<char32_t, 3>>> trigrams =
        std::vector<std::vector<std::array<char32_t, 3>>>(kNumTrigramProfiles);
    std::vector<std::vector<std::u32string>> words =
        std::vector<std::vector<std::u32string>>(kNumTrigramProfiles);
  };
  // One (key, column, weight, order) a profile lists.
  struct ListedItem {
    uint64_t key;
    int column;
    uint8_t weight;
    size_t order;
  };
  // The items of one key merged into a row.
  struct Entry {
    uint64_t key;
    size_t best_rank;
    std::array<uint8_t, kNumColumns> weights;
  };

  // Letter indexes of the profiles' letters: LetterIndex without the binary
  // search below kDirectRange (nearly all of them), where the profiles'
  // ~40,000 entries look up every letter.
  class LetterIndexer {
   public:
    explicit LetterIndexer(const Tables& tables)
        : tables_(tables),
          small_index_(Tables::kDirectRange, tables.unknown_letter) {
      for (size_t k = 0; k < tables.alphabet.size(); ++k) {
        if (tables.alphabet[k] < Tables::kDirectRange) {
          small_index_[tables.alphabet[k]] = static_cast<uint32_t>(k) + 1;
        }
      }
    }
    uint32_t Letter(char32_t c) const {
      return c < Tables::kDirectRange ? small_index_[c]
                                      : tables_.LetterIndex(c);
    }
    uint64_t TrigramKey(char32_t a, char32_t b, char32_t c) const {
      return tables_.Key(Unit(a), Unit(b), Unit(c));
    }
    uint64_t WordKey(std::u32string_view word) const {
      uint64_t hash = Tables::kWordHashStart;
      for (char32_t c : word) hash = Tables::ExtendWordHash(hash, Letter(c));
      return Tables::WordKey(hash);
    }

   private:
    uint32_t Unit(char32_t c) const { return c == u' ' ? 0u : Letter(c); }
    const Tables& tables_;
    std::vector<uint32_t> small_index_;
  };

  [[gnu::noinline]] static RankedProfiles DecodeProfiles() {
    RankedProfiles ranked;
    for (int language = 0; language < kNumTrigramProfiles; ++language) {
      const char* p = kTrigramProfiles[language].trigrams;
      while (*p != '\0') {
        std::array<char32_t, 3> code_points{};
        int count = 0;
        while (*p != '\0' && *p != '|') {
          const char32_t c = DecodeUtf8(p);
          if (count < 3) code_points[count] = c;
          ++count;
        }
        if (*p == '|') ++p;
        if (count == 3) ranked.trigrams[language].push_back(code_points);
      }
      p = kTrigramProfiles[language].words;
      while (*p != '\0') {
        std::u32string word;
        while (*p != '\0' && *p != '|') word.push_back(DecodeUtf8(p));
        if (*p == '|') ++p;
        if (!word.empty()) ranked.words[language].push_back(word);
      }
    }
    return ranked;
  }

  // The alphabet: every letter some profile lists, and the script and
  // letter index of every code unit below kDirectRange.
  [[gnu::noinline]] static void BuildAlphabet(const RankedProfiles& ranked,
                                              Tables* tables) {
    // A bitmap drops repeats first, so only a few hundred letters are
    // sorted.
    std::vector<bool> seen(0x110000, false);
    const auto add_letter = [tables, &seen](char32_t c) {
      if (c < 0x110000 && !seen[c]) {
        seen[c] = true;
        tables->alphabet.push_back(c);
      }
    };
    for (const auto& list : ranked.trigrams) {
      for (const auto& gram : list) {
        for (char32_t c : gram) {
          if (c != u' ') add_letter(c);
        }
      }
    }
    for (const auto& list : ranked.words) {
      for (const auto& word : list) {
        for (char32_t c : word) add_letter(c);
      }
    }
    std::sort(tables->alphabet.begin(), tables->alphabet.end());
    tables->unknown_letter = static_cast<uint32_t>(tables->alphabet.size()) + 1;
    while ((1u << tables->letter_bits) <= tables->unknown_letter) {
      ++tables->letter_bits;
    }
    // Trigram keys must stay below bit 47, where word keys start: true for
    // any alphabet below 32768 letters.
    for (char32_t c = 0; c < Tables::kDirectRange; ++c) {
      tables->direct[c] = tables->Classify(c);
    }
  }

  static uint8_t FixedPoint(double nats) {
    return static_cast<uint8_t>(
        std::clamp(std::round(nats * kWeightScale), 1.0, 255.0));
  }

  // Every trigram and word the profiles list, with its weight.
  [[gnu::noinline]] static void ListProfileItems(
      const RankedProfiles& ranked, const LetterIndexer& letters,
      const LanguageIdentifierParams& params, std::vector<ListedItem>* listed) {
    // The weight depends only on the list's length and the rank, and most
    // profiles list the same number of trigrams: the logarithms of one
    // length serve every profile of that length.
    std::vector<uint8_t> rank_weights;
    size_t rank_weights_length = 0;
    bool rank_weights_valid = false;
    std::vector<uint8_t> word_weights;  // by rank, shared by the profiles
    for (int language = 0; language < kNumTrigramProfiles; ++language) {
      const auto& trigrams = ranked.trigrams[language];
      // Zipf-shaped probabilities from the rank; a trigram or word a
      // profile does not list is taken as less likely than its last entry.
      const double count = static_cast<double>(trigrams.size());
      if (!rank_weights_valid || rank_weights_length != trigrams.size()) {
        rank_weights.resize(trigrams.size());
        for (size_t rank = 0; rank < trigrams.size(); ++rank) {
          rank_weights[rank] =
              FixedPoint(std::log((count + params.rank_offset) /
                                  (rank + params.rank_offset)) +
                         params.missing_penalty);
        }
        rank_weights_length = trigrams.size();
        rank_weights_valid = true;
      }
      for (size_t rank = 0; rank < trigrams.size(); ++rank) {
        const auto& gram = trigrams[rank];
        listed->push_back({letters.TrigramKey(gram[0], gram[1], gram[2]),
                           language, rank_weights[rank], rank});
      }
      // Scored by rank on the full list's scale: a list cut short for size
      // keeps its head's weights, instead of scoring every word lower. So
      // a rank's weight is the same in every profile.
      const auto& ranked_words = ranked.words[language];
      const double words = static_cast<double>(langid_internal::kWordListScale);
      while (word_weights.size() < ranked_words.size()) {
        const double rank = static_cast<double>(word_weights.size());
        word_weights.push_back(
            FixedPoint(std::log((words + params.word_rank_offset) /
                                (rank + params.word_rank_offset)) +
                       params.word_missing_penalty));
      }
      for (size_t rank = 0; rank < ranked_words.size(); ++rank) {
        listed->push_back({letters.WordKey(ranked_words[rank]), language,
                           word_weights[rank], trigrams.size() + rank});
      }
    }
  }

  // The pair models' trigrams and words, with their signed weights.
  [[gnu::noinline]] static void ListPairItems(const LetterIndexer& letters,
                                              std::vector<ListedItem>* listed) {
    for (int pair = 0; pair < kNumPairProfiles; ++pair) {
      const char* p = kPairProfiles[pair].features;
      size_t order = size_t{1} << 30;
      while (*p != '\0') {
        // "t:<trigram>=<weight>" or "w:<word>=<weight>"
        const char kind = *p;
        p += 2;
        std::u32string item;
        while (*p != '\0' && *p != '=') item.push_back(DecodeUtf8(p));
        if (*p == '=') ++p;
        int weight = 0, sign = 1;
        if (*p == '-') {
          sign = -1;
          ++p;
        }
        while (*p >= '0' && *p <= '9') weight = weight * 10 + (*p++ - '0');
        if (*p == '|') ++p;
        if (weight == 0) continue;
        uint64_t key;
        if (kind == 't' && item.size() == 3) {
          key = letters.TrigramKey(item[0], item[1], item[2]);
        } else if (kind == 'w' && !item.empty()) {
          key = letters.WordKey(item);
        } else {
          continue;
        }
        listed->push_back({key, PairColumn(pair, sign < 0),
                           static_cast<uint8_t>(std::min(weight, 255)),
                           order++});
      }
    }
  }

  // An upper bound of the items listed, reserved up front: the list is
  // long, and growing it copied it several times (pair items: at most one
  // per '|', plus one).
  static size_t ExpectedItems(const RankedProfiles& ranked) {
    size_t expected = 0;
    for (int language = 0; language < kNumTrigramProfiles; ++language) {
      expected +=
          ranked.trigrams[language].size() + ranked.words[language].size();
    }
    for (int pair = 0; pair < kNumPairProfiles; ++pair) {
      for (const char* p = kPairProfiles[pair].features; *p != '\0'; ++p) {
        expected += *p == '|';
      }
      ++expected;
    }
    return expected;
  }

  // The items sorted by key (stably) and merged into one entry per key.
  [[gnu::noinline]] static std::vector<Entry> MergeByKey(
      const std::vector<ListedItem>& listed) {
    // A stable sort by key, done as a plain sort of 64-bit integers: keys
    // stay below bit 48 and the listed items are fewer than 2^16, so key
    // and position pack into one integer (a stable sort of the structs
    // cost as much as the rest of the build).
    std::vector<uint64_t> by_key(listed.size());
    const bool packable = listed.size() < (size_t{1} << kIndexBits);
    for (size_t i = 0; i < listed.size() && packable; ++i) {
      by_key[i] = listed[i].key << kIndexBits | i;
    }
    if (packable) {
      RadixSort(&by_key);
    } else {
      std::vector<uint64_t> keys(listed.size());
      for (size_t i = 0; i < listed.size(); ++i) keys[i] = listed[i].key;
      by_key = IndicesByKey(keys);
    }
    const uint64_t index_mask =
        packable ? (uint64_t{1} << kIndexBits) - 1 : ~0ull;
    std::vector<Entry> entries;
    entries.reserve(listed.size());
    for (uint64_t packed : by_key) {
      const ListedItem& item = listed[packed & index_mask];
      if (entries.empty() || entries.back().key != item.key) {
        entries.push_back({item.key, item.order, {}});
      }
      Entry& entry = entries.back();
      entry.best_rank = std::min(entry.best_rank, item.order);
      entry.weights[item.column] = item.weight;
    }
    return entries;
  }

  // The entries as rows ordered by how often their trigram or word is met
  // (its best rank; words after trigrams, pair items last), and the slots
  // that find them.
  [[gnu::noinline]] static void FillRows(const std::vector<Entry>& entries,
                                         Tables* tables) {
    // Stable by best rank, again as integers: ranks stay below 2^40, and
    // rows are numbered in 16 bits anyway (see below).
    std::vector<uint64_t> by_rank(entries.size());
    const bool rank_packable =
        entries.size() < (size_t{1} << kIndexBits) &&
        std::all_of(entries.begin(), entries.end(), [](const Entry& entry) {
          return uint64_t{entry.best_rank} < (uint64_t{1} << 40);
        });
    if (rank_packable) {
      for (size_t i = 0; i < entries.size(); ++i) {
        by_rank[i] = uint64_t{entries[i].best_rank} << kIndexBits | i;
      }
      RadixSort(&by_rank);
      for (uint64_t& packed : by_rank)
        packed &= (uint64_t{1} << kIndexBits) - 1;
    } else {
      std::vector<uint64_t> ranks(entries.size());
      for (size_t i = 0; i < entries.size(); ++i) {
        ranks[i] = entries[i].best_rank;
      }
      by_rank = IndicesByKey(ranks);
    }
    // Row r is entry by_rank[r] (the entries are not moved).
    tables->rows.assign(entries.size() * Tables::kWordsPerRow, 0);
    for (size_t row = 0; row < entries.size(); ++row) {
      const Entry& entry = entries[by_rank[row]];
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      // Column c is byte c % 8 of word c / 8, counted from the low end: on
      // a little-endian machine (wasm, x86, ARM) that is the weights' own
      // order.
      std::memcpy(&tables->rows[row * Tables::kWordsPerRow],
                  entry.weights.data(), kNumColumns);
#else
      for (int column = 0; column < kNumColumns; ++column) {
        tables->rows[row * Tables::kWordsPerRow + column / 8] |=
            uint64_t{entry.weights[column]} << (8 * (column % 8));
      }
#endif
    }
    // Rows are numbered in 16 bits of the slot (the profiles list about
    // 12,000 distinct trigrams).
    tables->bits = 4;
    while ((size_t{1} << tables->bits) < 2 * entries.size()) ++tables->bits;
    tables->slots.assign(size_t{1} << tables->bits, 0);
    const size_t mask = tables->slots.size() - 1;
    for (size_t row = 0; row < entries.size(); ++row) {
      const uint64_t key = entries[by_rank[row]].key;
      size_t slot = tables->Home(key);
      while (tables->slots[slot] != 0) slot = (slot + 1) & mask;
      tables->slots[slot] = (key << 16) | row;
    }
  }

  static constexpr int kIndexBits = 16;
};

LanguageIdentifier::LanguageIdentifier(const LanguageIdentifierParams& params)
    : tables_(std::make_unique<Tables>()) {
  Tables& tables = *tables_;
  const TableBuilder::RankedProfiles ranked = TableBuilder::DecodeProfiles();
  TableBuilder::BuildAlphabet(ranked, &tables);
  std::vector<TableBuilder::ListedItem> listed;
  listed.reserve(TableBuilder::ExpectedItems(ranked));
  {
    const TableBuilder::LetterIndexer letters(tables);
    TableBuilder::ListProfileItems(ranked, letters, params, &listed);
    TableBuilder::ListPairItems(letters, &listed);
  }
  TableBuilder::FillRows(TableBuilder::MergeByKey(listed), &tables);
  for (int language = 0; language < kNumTrigramProfiles; ++language) {
    const std::string_view tag = kTrigramProfiles[language].language;
    if (tag == "de" || tag == "en") {
      tables.prior[language] = static_cast<int64_t>(
          std::round(params.product_language_prior * kWeightScale));
    }
  }
  tables.undetermined_margin = static_cast<int64_t>(
      std::round(params.undetermined_margin * kWeightScale));
  tables.undetermined_letters = params.undetermined_letters;
  for (int pair = 0; pair < kNumPairProfiles; ++pair) {
    for (int language = 0; language < kNumTrigramProfiles; ++language) {
      const std::string_view tag = kTrigramProfiles[language].language;
      if (tag == kPairProfiles[pair].first) {
        tables.pair_languages[pair][0] = language;
      }
      if (tag == kPairProfiles[pair].second) {
        tables.pair_languages[pair][1] = language;
      }
    }
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
  constexpr int kWords = Tables::kWordsPerRow;
  constexpr uint64_t kEvenBytes = 0x00FF00FF00FF00FFull;
  // Row bytes are summed in 16-bit lanes: even bytes in `even`, odd in
  // `odd`. 256 rows of at most 255 fit a lane; then they are flushed.
  std::array<uint64_t, kWords> even{}, odd{};
  std::array<int64_t, kNumColumns> sums{};
  int pending = 0;
  const auto flush = [&]() {
    for (int column = 0; column < kNumColumns; ++column) {
      const int word = column / 8, byte = column % 8;
      const uint64_t lanes = (byte % 2 == 0) ? even[word] : odd[word];
      sums[column] += (lanes >> (16 * (byte / 2))) & 0xFFFF;
    }
    even = {};
    odd = {};
    pending = 0;
  };
  std::array<int64_t, kNumScripts> letters{};
  int64_t trigrams = 0;
  // Read as the profiles were counted (language_units.h), with letters as
  // their indexes (0 is the word boundary).
  uint64_t word_hash = Tables::kWordHashStart;
  const auto add = [&](uint64_t key) {
    const uint64_t* row = tables.Find(key);
    if (row == nullptr) return;
    ++trigrams;
    for (int w = 0; w < kWords; ++w) {
      even[w] += row[w] & kEvenBytes;
      odd[w] += (row[w] >> 8) & kEvenBytes;
    }
    if (++pending == 256) flush();
  };
  langid_internal::ReadUnits(
      text,
      [&tables, &letters](std::u16string_view t, size_t* i) -> uint32_t {
        const uint16_t code = tables.CodeAt(t, i);
        if (code == Tables::kNotLetter) return 0;
        ++letters[code >> Tables::kScriptShift];
        return code & Tables::kLetterMask;
      },
      [&](uint32_t a, uint32_t b, uint32_t c) { add(tables.Key(a, b, c)); },
      [&word_hash](uint32_t letter) {
        word_hash = Tables::ExtendWordHash(word_hash, letter);
      },
      [&]() {
        add(Tables::WordKey(word_hash));
        word_hash = Tables::kWordHashStart;
      });
  flush();
  for (int i = 0; i < kNumScripts; ++i) evidence->letters[i] += letters[i];
  for (int i = 0; i < kNumColumns; ++i) evidence->scores[i] += sums[i];
  evidence->trigrams += trigrams;
}

namespace {

LanguageGuess Decided(std::string_view language, double confidence) {
  return {std::string(language), confidence, std::string(language)};
}

}  // namespace

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
    const double share = static_cast<double>(cjk) / total;
    if (count(Script::kHangul) * 5 >= cjk &&
        count(Script::kHangul) >= count(Script::kKana)) {
      return Decided("ko", share);
    }
    if (count(Script::kKana) * 20 >= cjk) return Decided("ja", share);
    return Decided("zh", share);
  }
  const double share = static_cast<double>(count(script)) / total;
  switch (script) {
    case Script::kGreek:
      return Decided("el", share);
    case Script::kHebrew:
      return Decided("he", share);
    case Script::kThai:
      return Decided("th", share);
    case Script::kDevanagari:
      return Decided("hi", share);
    case Script::kArmenian:
      return Decided("hy", share);
    case Script::kGeorgian:
      return Decided("ka", share);
    default:
      break;
  }
  const Tables& tables = *tables_;
  int64_t strongest = 0;  // evidence alone, without the prior
  std::array<int64_t, kNumTrigramProfiles> scores{};
  int best = -1, second = -1;
  for (int i = 0; i < kNumTrigramProfiles; ++i) {
    if (kTrigramProfiles[i].script != script) continue;
    strongest = std::max(strongest, evidence.scores[i]);
    scores[i] = evidence.scores[i] + tables.prior[i];
    if (best < 0 || scores[i] > scores[best]) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i] > scores[second]) {
      second = i;
    }
  }
  if (best < 0 || strongest <= 0) return guess;  // no evidence
  int64_t lead = second < 0 ? INT64_MAX / 2 : scores[best] - scores[second];
  // Close languages the ranked profiles rank first and second are decided
  // by their pair model's log-likelihood ratio instead.
  for (int pair = 0; pair < kNumPairProfiles && second >= 0; ++pair) {
    const int first_language = tables_->pair_languages[pair][0];
    const int second_language = tables_->pair_languages[pair][1];
    if (std::minmax(best, second) !=
        std::minmax(first_language, second_language)) {
      continue;
    }
    const int64_t ratio = evidence.scores[PairColumn(pair, false)] -
                          evidence.scores[PairColumn(pair, true)];
    best = ratio >= 0 ? first_language : second_language;
    lead = ratio >= 0 ? ratio : -ratio;
    break;
  }
  const double margin = static_cast<double>(lead) / kWeightScale;
  guess.best_guess = kTrigramProfiles[best].language;
  const bool too_close = lead < tables.undetermined_margin &&
                         count(script) < tables.undetermined_letters;
  guess.language = too_close ? "und" : guess.best_guess;
  guess.confidence = share * (1.0 - 0.5 * std::exp(-margin / kMarginScale));
  return guess;
}

bool LanguageIdentifier::IsListedWord(std::u16string_view word) const {
  const Tables& tables = *tables_;
  uint64_t hash = Tables::kWordHashStart;
  for (size_t i = 0; i < word.size(); ++i) {
    const uint16_t code = tables.CodeAt(word, &i);
    if (code == Tables::kNotLetter) return false;
    hash = Tables::ExtendWordHash(hash, code & Tables::kLetterMask);
  }
  return tables.Find(Tables::WordKey(hash)) != nullptr;
}

std::vector<int64_t> LanguageIdentifier::ColumnScores(
    std::u16string_view text) const {
  Evidence evidence;
  Accumulate(text, &evidence);
  return {evidence.scores.begin(), evidence.scores.end()};
}

std::vector<int64_t> LanguageIdentifier::UnitWeights(std::u32string_view unit,
                                                     bool word) const {
  const Tables& tables = *tables_;
  const auto index_of = [&tables](char32_t c) {
    return c == U' ' ? 0u : tables.LetterIndex(c);
  };
  std::vector<int64_t> weights(kNumColumns, 0);
  uint64_t key;
  if (word) {
    uint64_t hash = Tables::kWordHashStart;
    for (char32_t c : unit) hash = Tables::ExtendWordHash(hash, index_of(c));
    key = Tables::WordKey(hash);
  } else if (unit.size() == 3) {
    key = tables.Key(index_of(unit[0]), index_of(unit[1]), index_of(unit[2]));
  } else {
    return weights;
  }
  const uint64_t* row = tables.Find(key);
  if (row == nullptr) return weights;
  for (int column = 0; column < kNumColumns; ++column) {
    weights[column] = (row[column / 8] >> (8 * (column % 8))) & 0xFF;
  }
  return weights;
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
      const std::u16string_view paragraph = text.substr(start, length);
      Accumulate(paragraph, &evidence[i]);
      if (evidence[i].total_letters() < kNameMaskedBelowLetters) {
        Evidence without_names;
        Accumulate(WithoutNames(paragraph,
                                [this](std::u16string_view word) {
                                  return IsListedWord(word);
                                }),
                   &without_names);
        if (without_names.total_letters() >= kMinUnmaskedLetters) {
          evidence[i] = without_names;
        }
      }
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
    // Too few letters, or too close a call, and the document's language
    // (summed over all paragraphs) is the better answer.
    LanguageGuess guess =
        letters < kMinParagraphLetters ? result.document : Decide(evidence[i]);
    if (guess.language == "und") guess = result.document;
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
