#include "features/syllables/syllable_counter.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "features/syllables/liang_patterns.h"
#include "features/syllables/syllable_features.h"
#include "features/syllables/syllable_tables.h"

namespace lesbar {
namespace {

using namespace syllables_internal;  // NOLINT(build/namespaces)

// Parts longer than this are counted in pieces (no real word gets close).
constexpr int kMaxRunSymbols = 64;
constexpr int kMaxGroups = kMaxRunSymbols;

constexpr uint8_t Sym(char letter) { return letter - 'a' + kSymbolA; }

bool IsApostrophe(UChar32 c) {
  return c == 0x27 || c == 0x60 || c == 0xB4 || c == 0x2BC || c == 0x2018 ||
         c == 0x2019;
}

// Maps a case-folded code point to its symbol.
uint8_t SymbolOfFolded(UChar32 c) {
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return Sym(static_cast<char>(c));
    return IsApostrophe(c) ? kSymbolApostrophe : kSymbolIgnored;
  }
  if (c >= static_cast<UChar32>(kLatinTableFirst) &&
      c < static_cast<UChar32>(kLatinTableEnd)) {
    return kLatinSymbols[c - kLatinTableFirst];
  }
  if (IsApostrophe(c)) return kSymbolApostrophe;
  return u_isalpha(c) ? kSymbolOtherLetter : kSymbolIgnored;
}

// Case folding without ICU for ASCII and Latin-1 letters, the common case.
inline UChar32 Fold(UChar32 c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
  // Simple case folding leaves dotted capital I (Turkish "İ") unfolded.
  if (c == 0x130) return 'i';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // À..Þ
  if (c > 0xDE && c <= 0xFF && c != 0xF7) return c;          // ß..ÿ
  return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

constexpr uint64_t Bit(int symbol) { return uint64_t{1} << symbol; }
constexpr uint64_t kVowelMask =
    Bit(Sym('a')) | Bit(Sym('e')) | Bit(Sym('i')) | Bit(Sym('o')) |
    Bit(Sym('u')) | Bit(Sym('y')) | Bit(kSymbolUmlautA) | Bit(kSymbolUmlautO) |
    Bit(kSymbolUmlautU) | Bit(kSymbolEAccent) | Bit(kSymbolOtherVowel);

inline bool IsVowelSymbol(uint8_t s) {
  return s < 64 && ((kVowelMask >> s) & 1) != 0;
}

// "y" before a vowel ("yes", "Bayern") and "u" after "q" are consonants.
inline bool IsVowelAt(const uint8_t* symbols, int length, int k) {
  const uint8_t s = symbols[k];
  if (!IsVowelSymbol(s)) return false;
  if (s == Sym('y') && k + 1 < length && IsVowelSymbol(symbols[k + 1]) &&
      symbols[k + 1] != Sym('y')) {
    return false;
  }
  if (s == Sym('u') && k > 0 && symbols[k - 1] == Sym('q')) return false;
  return true;
}

// Packs up to `cap` symbols in 6 bits each (symbol + 1); 63 marks a cut.
uint32_t Pack(const uint8_t* symbols, int length, int cap) {
  uint32_t value = 0;
  const int used = std::min(length, cap);
  for (int k = 0; k < used; ++k) value = value * 64 + symbols[k] + 1;
  if (length > cap) value = value * 64 + 63;
  return value;
}

// Hash of template T's feature conjunction, unrolled at compile time (the
// trainer gets the same buckets from ExtractWordFeatures): the features
// times per-slot odd constants, summed, then one multiply-xorshift
// finaliser. The compiler shares the products that several templates use.
constexpr uint32_t kSlotMultipliers[3] = {0x9E3779B1u, 0x85EBCA6Bu,
                                          0xC2B2AE35u};

template <int T>
inline uint32_t TemplateHash(const uint32_t* features) {
  constexpr int kLength = kTemplates[T][0];
  static_assert(kLength >= 1 && kLength <= 3, "template length");
  uint32_t h = static_cast<uint32_t>(T + 1) * 0x27D4EB2Fu;
  h += features[kTemplates[T][1]] * kSlotMultipliers[0];
  if constexpr (kLength >= 2) {
    h += features[kTemplates[T][2]] * kSlotMultipliers[1];
  }
  if constexpr (kLength >= 3) {
    h += features[kTemplates[T][3]] * kSlotMultipliers[2];
  }
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 12;
  return h;
}

template <int... T>
inline void ScoreGroup(const int8_t* weights, const uint32_t* features,
                       std::integer_sequence<int, T...>, int* silent,
                       int* hiatus) {
  constexpr uint32_t kMask = (1u << kHashBits) - 1;
  const int8_t* pairs[] = {weights +
                           2 * (TemplateHash<T>(features) & kMask)...};
  int s = 0;
  int h = 0;
  for (const int8_t* pair : pairs) {
    s += pair[0];
    h += pair[1];
  }
  *silent = s;
  *hiatus = h;
}

bool IsSpelledVowel(uint8_t s) {  // "y" does not make an acronym a word
  return s == Sym('a') || s == Sym('e') || s == Sym('i') || s == Sym('o') ||
         s == Sym('u') || s == kSymbolUmlautA || s == kSymbolUmlautO ||
         s == kSymbolUmlautU;
}

bool IsCommonOnset(uint8_t first, uint8_t second) {
  static constexpr char kOnsets[][3] = {
      "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gn", "gr",
      "kl", "kn", "kr", "pf", "ph", "pl", "pr", "sc", "sh", "sk", "sl",
      "sm", "sn", "sp", "st", "sw", "th", "tr", "wr", "zw"};
  for (const char* onset : kOnsets) {
    if (Sym(onset[0]) == first && Sym(onset[1]) == second) return true;
  }
  return false;
}

// An all-caps part of 2-4 letters: read letter by letter ("BMW", "AG")?
bool SpelledAsLetters(const uint8_t* letters, int count) {
  if (count == 2) return true;
  bool has_vowel = false;
  for (int k = 0; k < count; ++k) has_vowel |= IsSpelledVowel(letters[k]);
  if (!has_vowel) return true;
  // Acronyms spelled although they look like words.
  static constexpr char kSpelledWordlike[][4] = {"usa", "ice"};
  for (const char* word : kSpelledWordlike) {
    int k = 0;
    while (k < count && word[k] != '\0' && Sym(word[k]) == letters[k]) ++k;
    if (k == count && word[k] == '\0') return true;
  }
  // A vowel and two consonants: "ARD", "EZB", "IWF" (but "UNO", "IPA").
  if (count == 3 && IsSpelledVowel(letters[0]) && !IsSpelledVowel(letters[1]) &&
      !IsSpelledVowel(letters[2])) {
    return true;
  }
  return !IsSpelledVowel(letters[0]) && !IsSpelledVowel(letters[1]) &&
         !IsCommonOnset(letters[0], letters[1]);
}

bool IsSibilantEnding(const uint8_t* symbols, int length) {
  if (length < 1) return false;
  const uint8_t last = symbols[length - 1];
  if (last == Sym('s') || last == Sym('x') || last == Sym('z')) return true;
  if (length < 2) return false;
  const uint8_t before = symbols[length - 2];
  return (before == Sym('c') && last == Sym('h')) ||
         (before == Sym('s') && last == Sym('h')) ||
         (last == Sym('e') && (before == Sym('c') || before == Sym('s') ||
                               before == Sym('z') || before == Sym('g')));
}

// Vowelless words said as one syllable rather than spelled.
bool IsInterjection(const uint8_t* symbols, int length) {
  static constexpr const char* kInterjections[] = {
      "hm",   "hmm", "mhm", "pst", "psst", "sh", "shh",
      "pfft", "brr", "grr", "tsk", "nth",  "zzz"};
  for (const char* word : kInterjections) {
    int k = 0;
    while (k < length && word[k] != '\0' && Sym(word[k]) == symbols[k]) ++k;
    if (k == length && word[k] == '\0') return true;
  }
  return false;
}

// Spelled-out number syllables.
constexpr uint8_t kGermanUnits[10] = {1, 1, 1, 1, 1, 1, 1, 2, 1, 1};
constexpr uint8_t kGermanTeens[10] = {1, 1, 1, 2, 2, 2, 2, 2, 2, 2};
constexpr uint8_t kEnglishUnits[10] = {2, 1, 1, 1, 1, 1, 1, 2, 1, 1};
constexpr uint8_t kEnglishTeens[10] = {1, 3, 1, 2, 2, 2, 2, 3, 2, 2};
constexpr uint8_t kEnglishTens[10] = {0, 0, 2, 2, 2, 2, 2, 3, 2, 2};

int BelowHundred(int n, bool german) {
  if (german) {
    if (n < 10) return kGermanUnits[n];
    if (n < 20) return kGermanTeens[n - 10];
    const int unit = n % 10;
    return 2 + (unit ? kGermanUnits[unit] + 1 : 0);  // [x-und-]zwanzig
  }
  if (n < 10) return kEnglishUnits[n];
  if (n < 20) return kEnglishTeens[n - 10];
  const int unit = n % 10;
  return kEnglishTens[n / 10] + (unit ? kEnglishUnits[unit] : 0);
}

int Cardinal(int n, bool german) {
  if (n < 100) return BelowHundred(n, german);
  int count = 0;
  if (n >= 1000) count += 2 + BelowHundred(n / 1000, german);  // tausend
  if ((n / 100) % 10) count += 2 + BelowHundred((n / 100) % 10, german);
  if (n % 100) count += BelowHundred(n % 100, german);
  return count;
}

// Parsed once per language on first use and kept for the process (a
// function-local static: thread-safe, never destroyed). Null when the
// generated tables hold no patterns for the language.
const LiangPatterns* NewPatterns(const char* coded) {
  if (coded[0] == '\0') return nullptr;
  return new LiangPatterns(coded);
}

const LiangPatterns* GermanPatterns() {
  static const LiangPatterns* german = NewPatterns(kGermanPatterns);
  return german;
}

const LiangPatterns* EnglishPatterns() {
  static const LiangPatterns* english = NewPatterns(kEnglishPatterns);
  return english;
}

// What becomes of each vowel group's features. The counting rules are one
// template over this, so the features the trainer sees (RecordingSink) are
// those the counter scores (ScoringSink), and the scoring path has no
// indirection.
class ScoringSink {
 public:
  explicit ScoringSink(const int8_t* weights) : weights_(weights) {}
  // False for a language without a model: every group is one syllable.
  bool has_model() const { return weights_ != nullptr; }
  int Group(const uint32_t* features) const {
    int silent = 0;
    int hiatus = 0;
    ScoreGroup(weights_, features,
               std::make_integer_sequence<int, kNumTemplates>(), &silent,
               &hiatus);
    return LabelOfScores(silent, hiatus);
  }

 private:
  const int8_t* weights_;
};

template <int... T>
inline void Buckets(const uint32_t* features, uint32_t* buckets,
                    std::integer_sequence<int, T...>) {
  constexpr uint32_t kMask = (1u << kHashBits) - 1;
  ((buckets[T] = TemplateHash<T>(features) & kMask), ...);
}

// Keeps every group's features and buckets and counts the group as 0, so
// the count is the token policy's part alone.
class RecordingSink {
 public:
  explicit RecordingSink(std::vector<VowelGroupFeatures>* groups)
      : groups_(groups) {}
  bool has_model() const { return true; }
  int Group(const uint32_t* features) const {
    VowelGroupFeatures& group = groups_->emplace_back();
    std::copy(features, features + kNumGroupFeatures, group.features);
    Buckets(features, group.buckets,
            std::make_integer_sequence<int, kNumTemplates>());
    return 0;
  }

 private:
  std::vector<VowelGroupFeatures>* groups_;
};

// The token policy and the vowel-group features of SyllableCounter::Count
// (see syllable_counter.h); each group's features go to the sink, which
// returns the group's syllables.
template <typename Sink>
class WordCounter {
 public:
  WordCounter(bool german, bool english, const LiangPatterns* patterns,
              const Sink* sink)
      : german_(german), english_(english), patterns_(patterns), sink_(sink) {}

  // The count before the "a word counts at least 1" rule; sets *has_letter
  // when the word has a letter or digit.
  int Count(std::u16string_view word, bool* has_letter) const;

 private:
  // One run of letter symbols (no hyphens, digits or periods inside).
  int CountRun(uint8_t* symbols, int length, int letters, int uppercase) const;
  // Sum of the per-vowel-group labels; -1 when the run has no vowel.
  int CountVowelGroups(const uint8_t* symbols, int length) const;
  int CountDigits(const char16_t* digits, int length) const;
  int LetterNameSyllables(uint8_t symbol) const {
    if (english_ && symbol == Sym('w')) return 3;
    if (german_ && symbol == Sym('y')) return 3;
    return 1;
  }

  const bool german_;
  const bool english_;
  const LiangPatterns* const patterns_;
  const Sink* const sink_;
};

template <typename Sink>
int WordCounter<Sink>::Count(std::u16string_view word,
                             bool* has_letter_out) const {
  const char16_t* text = word.data();
  const int32_t length = static_cast<int32_t>(word.size());
  int total = 0;
  // A local, not *has_letter_out: stores to the symbol buffer could alias
  // it and keep it out of a register.
  bool has_letter = false;
  int32_t i = 0;
  while (i < length) {
    if (text[i] >= u'0' && text[i] <= u'9') {
      const int32_t start = i;
      while (i < length && text[i] >= u'0' && text[i] <= u'9') ++i;
      total += CountDigits(text + start, i - start);
      has_letter = true;  // a number is read aloud too
      continue;
    }
    int32_t next = i;
    UChar32 c;
    U16_NEXT(text, next, length, c);
    if (c >= 0x80 && u_isdigit(c)) {
      // Digits of other scripts ("２０２４", "٣") are read like ASCII ones.
      char16_t ascii[32];
      int32_t digits = 0;
      while (i < length) {
        int32_t after = i;
        UChar32 d;
        U16_NEXT(text, after, length, d);
        if (d < 0x80 || !u_isdigit(d)) break;
        ascii[digits++] = static_cast<char16_t>(u'0' + u_charDigitValue(d));
        i = after;
        if (digits == 32) {
          total += CountDigits(ascii, digits);
          digits = 0;
        }
      }
      if (digits > 0) total += CountDigits(ascii, digits);
      has_letter = true;
      continue;
    }
    if (SymbolOfFolded(Fold(c)) == kSymbolIgnored) {
      // A letter outside the symbol tables still makes this a word.
      if (u_isalpha(c)) has_letter = true;
      i = next;
      continue;
    }
    // A run of letters up to a digit or separator.
    uint8_t symbols[kMaxRunSymbols];
    int run_length = 0;
    int letters = 0;
    int uppercase = 0;
    while (i < length) {
      if (text[i] >= u'0' && text[i] <= u'9') break;
      next = i;
      U16_NEXT(text, next, length, c);
      if (c >= 0x300 && c < 0x370) {  // combining mark: decomposed é, ü
        if (run_length > 0) {
          uint8_t& last = symbols[run_length - 1];
          if (last == Sym('e')) {
            last = kSymbolEAccent;
          } else if (c == 0x308 && last == Sym('a')) {
            last = kSymbolUmlautA;
          } else if (c == 0x308 && last == Sym('o')) {
            last = kSymbolUmlautO;
          } else if (c == 0x308 && last == Sym('u')) {
            last = kSymbolUmlautU;
          }
        }
        i = next;
        continue;
      }
      const UChar32 folded = Fold(c);
      const uint8_t symbol = SymbolOfFolded(folded);
      if (symbol == kSymbolIgnored) {
        if (c == 0xAD || c == 0x200C || c == 0x200D) {  // inside the word
          i = next;
          continue;
        }
        break;
      }
      if (run_length == kMaxRunSymbols) {
        total += CountRun(symbols, run_length, letters, uppercase);
        run_length = letters = uppercase = 0;
      }
      symbols[run_length++] = symbol;
      if (symbol != kSymbolApostrophe) {
        ++letters;
        if (folded != c) ++uppercase;
      }
      i = next;
    }
    if (letters > 0) has_letter = true;
    total += CountRun(symbols, run_length, letters, uppercase);
  }
  *has_letter_out = has_letter;
  return total;
}

template <typename Sink>
int WordCounter<Sink>::CountRun(uint8_t* symbols, int length, int letters,
                                int uppercase) const {
  if (letters == 0) return 0;
  if (letters == 1) {
    for (int k = 0; k < length; ++k) {
      if (symbols[k] != kSymbolApostrophe) {
        return LetterNameSyllables(symbols[k]);
      }
    }
  }
  if (uppercase == letters && letters <= 4) {
    uint8_t plain[4] = {};
    int count = 0;
    for (int k = 0; k < length; ++k) {
      if (symbols[k] != kSymbolApostrophe) plain[count++] = symbols[k];
    }
    if (SpelledAsLetters(plain, count)) {
      int sum = 0;
      for (int k = 0; k < count; ++k) sum += LetterNameSyllables(plain[k]);
      return sum;
    }
  }
  int extra = 0;
  if (english_) {
    // Possessive "'s": a syllable of its own after a sibilant only.
    if (length >= 3 && symbols[length - 2] == kSymbolApostrophe &&
        symbols[length - 1] == Sym('s')) {
      length -= 2;
      if (IsSibilantEnding(symbols, length)) extra = 1;
    } else if (length >= 2 && symbols[length - 1] == kSymbolApostrophe) {
      length -= 1;
    }
    // Syllabic n of "n't" after a consonant: "wasn't", "couldn't" (but
    // "don't", "can't").
    if (length >= 5 && symbols[length - 3] == Sym('n') &&
        symbols[length - 2] == kSymbolApostrophe &&
        symbols[length - 1] == Sym('t') &&
        !IsVowelSymbol(symbols[length - 4])) {
      extra += 1;
    }
    // Syllabic m after "th": "rhythm(s)", "algorithm(s)"; after a vowel and
    // "s": "tourism", "chasms".
    const int stem =
        (length >= 4 && symbols[length - 1] == Sym('s')) ? length - 1 : length;
    if (length >= 4 && stem >= 3 && symbols[stem - 3] == Sym('t') &&
        symbols[stem - 2] == Sym('h') && symbols[stem - 1] == Sym('m')) {
      extra += 1;
    } else if (stem >= 4 && symbols[stem - 2] == Sym('s') &&
               symbols[stem - 1] == Sym('m') &&
               IsVowelSymbol(symbols[stem - 3])) {
      extra += 1;
    }
    // "Mc" of names has no vowel letter but is a syllable.
    if (length >= 4 && symbols[0] == Sym('m') && symbols[1] == Sym('c') &&
        !IsVowelSymbol(symbols[2])) {
      extra += 1;
      symbols += 2;
      length -= 2;
    }
  }
  const int sum = CountVowelGroups(symbols, length);
  if (sum < 0) {
    // No vowel. A bare clitic ("'s", "'d"): none; "hmm", "Pfft" and words
    // of other scripts: one syllable; any other vowelless a-z word is an
    // abbreviation read letter by letter ("cdc", "bzw", "html"; 80 % of
    // CMUdict's vowelless words).
    bool has_apostrophe = false;
    for (int k = 0; k < length; ++k) {
      has_apostrophe |= symbols[k] == kSymbolApostrophe;
    }
    if (has_apostrophe) return extra + (letters <= 2 ? 0 : 1);
    bool only_a_to_z = true;  // not "Москва" (other scripts are not spelled)
    for (int k = 0; k < length; ++k) only_a_to_z &= symbols[k] <= Sym('z');
    if (extra > 0 || !only_a_to_z || IsInterjection(symbols, length)) {
      return extra + 1;
    }
    int spelled = 0;
    for (int k = 0; k < length; ++k) spelled += LetterNameSyllables(symbols[k]);
    return spelled;
  }
  return extra + sum;
}

template <typename Sink>
int WordCounter<Sink>::CountVowelGroups(const uint8_t* symbols,
                                        int length) const {
  int group_start[kMaxGroups + 1];
  int group_end[kMaxGroups];
  int groups = 0;
  bool in_group = false;
  for (int k = 0; k < length; ++k) {
    const bool vowel = IsVowelAt(symbols, length, k);
    if (vowel && !in_group) group_start[groups] = k;
    if (!vowel && in_group) group_end[groups++] = k;
    in_group = vowel;
  }
  if (in_group) group_end[groups++] = length;
  if (groups == 0) return -1;
  if (!sink_->has_model()) return groups;
  group_start[groups] = length;  // sentinel: the consonants after the last

  // Liang values of the breaks before each symbol (and after the last).
  uint8_t liang[kMaxRunSymbols + 1] = {};
  // A lone one-letter group ("the", "und") uses no value: skip the match.
  const bool values_used = groups > 1 || group_end[0] - group_start[0] > 1;
  if (patterns_ != nullptr && values_used) {
    patterns_->Values(symbols, length, liang);
  }
  // Strongest value at break positions lo..hi-1; 10 when there are none.
  auto strongest = [&liang](int lo, int hi) -> uint32_t {
    if (hi <= lo) return 10;
    return *std::max_element(liang + lo, liang + hi);
  };
  // Between the previous group and group g (11 for the first group).
  auto break_before = [&](int g) -> uint32_t {
    if (g == 0) return 11;
    return strongest(group_end[g - 1], group_start[g] + 1);
  };

  int total = 0;
  for (int g = 0; g < groups; ++g) {
    const int start = group_start[g];
    const int end = group_end[g];
    const bool last = g + 1 == groups;
    // Only the features the templates use (see kTemplates); the others stay
    // zero. The indexes are those kTemplates names.
    uint32_t features[kNumGroupFeatures] = {};
    features[0] = Pack(symbols + start, end - start, 4);
    features[1] = start > 0 ? symbols[start - 1] : 0;
    features[4] = end < length ? symbols[end] : 0;
    // Consonants before the group, nearest first, plus the boundary.
    {
      const int previous_end = g > 0 ? group_end[g - 1] : 0;
      uint32_t value = 0;
      int n = 0;
      for (int k = start - 1; k >= previous_end && n < 5; --k, ++n) {
        if (n < 4) value = value * 64 + symbols[k] + 1;
      }
      if (g == 0 && n < 5) {
        if (n < 4) value = value * 64 + 1;  // the boundary symbol 0, + 1
        ++n;
      }
      if (n > 4) value = value * 64 + 63;
      features[7] = value;
    }
    // Consonants after the group up to the next one, plus the boundary when
    // this is the last group.
    {
      const int stop = group_start[g + 1];
      uint32_t value = 0;
      int n = 0;
      for (int k = end; k < stop && n < 5; ++k, ++n) {
        if (n < 4) value = value * 64 + symbols[k] + 1;
      }
      if (last && n < 5) {
        if (n < 4) value = value * 64 + 1;
        ++n;
      }
      if (n > 4) value = value * 64 + 63;
      features[8] = value;
    }
    // The neighbouring vowel groups (up to 3 symbols each).
    features[9] = last ? 0
                       : Pack(symbols + group_start[g + 1],
                              group_end[g + 1] - group_start[g + 1], 3);
    features[10] = g == 0 ? 0
                          : Pack(symbols + group_start[g - 1],
                                 group_end[g - 1] - group_start[g - 1], 3);
    features[11] = (g == 0 ? 1 : 0) + (last ? 2 : 0);
    features[16] = std::min(groups - 1 - g, 3);
    features[17] = break_before(g);
    features[18] = strongest(start + 1, end);
    features[19] = last ? 11 : break_before(g + 1);

    total += sink_->Group(features);
  }
  return total;
}

template <typename Sink>
int WordCounter<Sink>::CountDigits(const char16_t* digits, int length) const {
  const bool german = german_;
  if (length > 4 || (length > 1 && digits[0] == u'0')) {
    int sum = 0;
    for (int k = 0; k < length; ++k) {
      const int digit = digits[k] - u'0';
      sum += german ? kGermanUnits[digit] : kEnglishUnits[digit];
    }
    return sum;
  }
  int n = 0;
  for (int k = 0; k < length; ++k) n = n * 10 + (digits[k] - u'0');
  const int high = n / 100;
  const int low = n % 100;
  if (length == 4 &&
      ((high >= 11 && high <= 19) || (!german && high >= 20 && low >= 10))) {
    // Years in pairs: "neunzehnhundertneunzig", "nineteen ninety".
    if (german)
      return BelowHundred(high, true) + 2 + (low ? BelowHundred(low, true) : 0);
    if (low == 0) return BelowHundred(high, false) + 2;  // nineteen hundred
    if (low < 10) return BelowHundred(high, false) + 1 + kEnglishUnits[low];
    return BelowHundred(high, false) + BelowHundred(low, false);
  }
  return Cardinal(n, german);
}

}  // namespace

std::unique_ptr<SyllableCounter> SyllableCounter::Create(
    std::string_view language) {
  const std::string_view primary = language.substr(0, 2);
  const bool bare =
      language.size() == 2 ||
      (language.size() > 2 && (language[2] == '-' || language[2] == '_'));
  Language parsed = Language::kOther;
  if (bare && (primary == "de" || primary == "DE")) parsed = Language::kGerman;
  if (bare && (primary == "en" || primary == "EN")) parsed = Language::kEnglish;
  return std::unique_ptr<SyllableCounter>(new SyllableCounter(parsed));
}

SyllableCounter::SyllableCounter(Language language)
    : language_(language), weights_(nullptr), patterns_(nullptr) {
  if (language == Language::kGerman) {
    weights_ = kGermanWeights;
    patterns_ = GermanPatterns();
  }
  if (language == Language::kEnglish) {
    weights_ = kEnglishWeights;
    patterns_ = EnglishPatterns();
  }
}

int SyllableCounter::Count(std::u16string_view word) const {
  const ScoringSink sink(weights_);
  const WordCounter<ScoringSink> counter(language_ == Language::kGerman,
                                         language_ == Language::kEnglish,
                                         patterns_, &sink);
  bool has_letter = false;
  const int total = counter.Count(word, &has_letter);
  return (total == 0 && has_letter) ? 1 : total;
}

namespace syllables_internal {

WordFeatures ExtractWordFeatures(std::string_view language,
                                 const LiangPatterns* patterns,
                                 std::u16string_view word) {
  WordFeatures result;
  const RecordingSink sink(&result.groups);
  const WordCounter<RecordingSink> counter(language == "de", language == "en",
                                           patterns, &sink);
  result.fixed = counter.Count(word, &result.has_letter);
  return result;
}

const LiangPatterns* CompiledPatterns(std::string_view language) {
  if (language == "de") return GermanPatterns();
  if (language == "en") return EnglishPatterns();
  return nullptr;
}

uint8_t SymbolOf(char32_t c) { return SymbolOfFolded(Fold(c)); }

}  // namespace syllables_internal
}  // namespace lesbar
