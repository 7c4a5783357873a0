// Value entities by rules over tokens. One left-to-right pass: at each token
// the patterns below are tried, the longest match is kept and the scan jumps
// past it, so the result is ordered and non-overlapping and the cost is
// linear (every pattern looks at most a few tokens ahead).
#include "analyses/entities/value_entities.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analyses/entities/value_lexicon.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

using value_lexicon::kEnglish;
using value_lexicon::kGerman;
using value_lexicon::WordKind;

// Fixed confidences per pattern: how often the pattern names a value of that
// type in news text, judged from the dev articles.
constexpr float kExplicit = 0.95f;      // "5. Mai 2023", "3,5 Mio. Euro"
constexpr float kMonthYear = 0.9f;      // "November 2022", "Mittwoch"
constexpr float kUnitAmount = 0.9f;     // "50 Kilometer"
constexpr float kDuration = 0.8f;       // "drei Jahre", "zwei Stunden"
constexpr float kBareClock = 0.8f;      // "14:30"
constexpr float kCuedYear = 0.85f;      // "seit 2022"
constexpr float kCuedMonth = 0.8f;      // "im Mai"
constexpr float kBareMonth = 0.6f;      // "November" without a cue
constexpr float kBareYear = 0.6f;       // "2022," without a cue
constexpr float kRelative = 0.7f;       // "letzte Woche", "yesterday"
constexpr float kRelativeToday = 0.6f;  // "heute", "today"

// At most this many tokens form one value; bounds every look-ahead.
constexpr int kMaxLexiconTokens = 8;

bool IsBlank(char16_t c) {
  return c == u' ' || c == u'\t' || c == 0xA0 || c == 0x202F || c == 0x2009 ||
         c == 0x2007;
}

char16_t FoldBeyondAscii(char16_t c) {
  // Latin-1 without the ICU call (German umlauts are everywhere): simple
  // case folding maps U+00C0-U+00DE but U+00D7 up by 0x20 and the micro
  // sign to Greek mu, and leaves the rest (checked against u_foldCase for
  // every unit below U+0100).
  if (c < 0x100) {
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    return c == 0xB5 ? char16_t{0x3BC} : c;
  }
  if (U16_IS_SURROGATE(c)) return c;
  return static_cast<char16_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
}

// Simple case folding of one unit. ASCII, most of every token, stays inline
// (the scan folds each token's first units and its class-word candidates).
inline char16_t Fold(char16_t c) {
  if (c < 0x80) return c >= u'A' && c <= u'Z' ? c + 32 : c;
  return FoldBeyondAscii(c);
}

std::u16string FoldKey(std::u16string_view s) {
  std::u16string out;
  out.reserve(s.size());
  for (char16_t c : s) out.push_back(IsBlank(c) ? u' ' : Fold(c));
  return out;
}

bool IsUpper(char16_t c) {
  return !U16_IS_SURROGATE(c) && (u_isupper(c) || u_istitle(c));
}
bool IsLower(char16_t c) { return !U16_IS_SURROGATE(c) && u_islower(c); }

// German weekday names, folded, for "Mittwochabend".
const std::unordered_set<std::u16string>& GermanWeekdays() {
  static const auto* names = [] {
    auto* set = new std::unordered_set<std::u16string>;
    for (int i = 0; i < value_lexicon::kNumWords; ++i) {
      const auto& word = value_lexicon::kWords[i];
      if (word.kind == WordKind::kWeekday && (word.languages & kGerman)) {
        set->insert(FoldKey(word.form));
      }
    }
    return set;
  }();
  return *names;
}

// Parts of the day that join a German weekday: "Mittwochabend".
const char16_t* const kGermanDayParts[] = {
    u"morgen", u"vormittag", u"mittag", u"nachmittag",
    u"abend",  u"nacht",     u"früh"};

// What every German weekday compound has: the length of a weekday plus a
// day part, at least, and the first two folded units of a weekday.
struct WeekdayCompoundShape {
  size_t min_length = SIZE_MAX;  // SIZE_MAX: no weekdays, no compounds
  bool check_starts = true;      // false if a weekday is under two units
  std::vector<uint32_t> starts;  // first unit << 16 | second unit
};
const WeekdayCompoundShape& GermanWeekdayCompoundShape() {
  static const auto* shape = [] {
    auto* out = new WeekdayCompoundShape;
    size_t shortest_part = SIZE_MAX;
    for (const char16_t* part : kGermanDayParts) {
      shortest_part = std::min(shortest_part, std::u16string_view(part).size());
    }
    for (const std::u16string& weekday : GermanWeekdays()) {
      out->min_length =
          std::min(out->min_length, weekday.size() + shortest_part);
      if (weekday.size() < 2) {
        out->check_starts = false;
      } else {
        out->starts.push_back((uint32_t{weekday[0]} << 16) | weekday[1]);
      }
    }
    return out;
  }();
  return *shape;
}

// Lexicon forms by their folded first (up to) three code units, packed into
// one integer.
constexpr size_t kKeyLength = 3;
uint64_t PrefixKey(std::u16string_view s) {
  uint64_t key = s.size();
  for (char16_t c : s) key = (key << 16) | (IsBlank(c) ? u' ' : Fold(c));
  return key;
}
// Open addressing over the distinct prefix keys, each pointing at its run
// of word indices (ascending, as the lexicon lists them). Asked three times
// per token, so it must be cheaper than std::unordered_map, whose lookups
// go through out-of-line hashing and a node per entry.
class LexiconPrefixIndex {
 public:
  LexiconPrefixIndex() {
    std::vector<std::pair<uint64_t, int>> keyed;
    keyed.reserve(value_lexicon::kNumWords);
    forms_.reserve(value_lexicon::kNumWords);
    for (int i = 0; i < value_lexicon::kNumWords; ++i) {
      std::u16string_view form = value_lexicon::kWords[i].form;
      forms_.push_back(form);
      keyed.emplace_back(PrefixKey(form.substr(0, kKeyLength)), i);
      const uint64_t mixed = Mix(keyed.back().first);
      filter_[(mixed >> 20) & (kFilterBits - 1)] = true;
    }
    std::stable_sort(
        keyed.begin(), keyed.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    size_t capacity = 16;
    while (capacity < keyed.size() * 2) capacity *= 2;
    slots_.assign(capacity, Slot());
    words_.reserve(keyed.size());
    for (size_t k = 0; k < keyed.size();) {
      Slot slot;
      slot.key = keyed[k].first;
      slot.begin = static_cast<uint32_t>(words_.size());
      for (; k < keyed.size() && keyed[k].first == slot.key; ++k) {
        words_.push_back(keyed[k].second);
      }
      slot.end = static_cast<uint32_t>(words_.size());
      size_t i = SlotOf(slot.key);
      while (slots_[i].end != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = slot;
    }
  }

  // kWords[i].form with its length (the lexicon stores C strings).
  std::u16string_view Form(int i) const { return forms_[i]; }

  // The word indices whose forms start with the folded `key`.
  std::pair<const int*, const int*> Find(uint64_t key) const {
    // Most prefixes of most tokens start no form: a small bit filter
    // answers them without touching the (larger, cache-missing) slots.
    if (!filter_[(Mix(key) >> 20) & (kFilterBits - 1)]) return {};
    for (size_t i = SlotOf(key); slots_[i].end != 0;
         i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].key == key) {
        return {words_.data() + slots_[i].begin, words_.data() + slots_[i].end};
      }
    }
    return {nullptr, nullptr};
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0;
    uint32_t end = 0;  // 0: empty (every used slot holds a word)
  };
  static uint64_t Mix(uint64_t key) { return key * 0x9E3779B97F4A7C15ull; }
  size_t SlotOf(uint64_t key) const {
    return static_cast<size_t>(Mix(key) >> 32) & (slots_.size() - 1);
  }
  static constexpr size_t kFilterBits = size_t{1} << 15;  // 4 KB

  std::vector<Slot> slots_;
  std::vector<int> words_;
  std::vector<std::u16string_view> forms_;  // kWords[i].form, length known
  std::vector<bool> filter_ = std::vector<bool>(kFilterBits);
};

const LexiconPrefixIndex& LexiconIndex() {
  static const auto* index = new LexiconPrefixIndex();
  return *index;
}

// Grammar words that cue a following year or month ("seit 2022", "im
// Mai"), and modifiers of relative dates CLDR gives in one case only
// ("vergangene Woche"). Not in CLDR: these are the languages' grammar.
const char16_t* const kGermanCues[] = {
    u"im",     u"in",       u"seit",   u"bis",    u"ab",     u"vom",
    u"von",    u"zum",      u"zur",    u"am",     u"um",     u"vor",
    u"nach",   u"anfang",   u"mitte",  u"ende",   u"jahr",   u"jahre",
    u"jahres", u"frühjahr", u"sommer", u"herbst", u"winter", u"zwischen"};
const char16_t* const kEnglishCues[] = {
    u"in",     u"since",  u"until",  u"till",   u"by",      u"from",
    u"to",     u"of",     u"during", u"before", u"after",   u"early",
    u"late",   u"mid",    u"year",   u"around", u"through", u"between",
    u"spring", u"summer", u"autumn", u"fall",   u"winter",  u"than"};
const char16_t* const kGermanRelativeModifiers[] = {
    u"vergangene", u"vergangenen", u"vergangener", u"vergangenes", u"letzte",
    u"letzten",    u"letzter",     u"letztes",     u"nächste",     u"nächsten",
    u"nächster",   u"nächstes",    u"kommende",    u"kommenden",   u"kommender",
    u"kommendes",  u"diese",       u"diesen",      u"dieser",      u"dieses",
    u"vorigen",    u"voriges",     u"vorige",      u"selben",      u"diesem",
    u"letztem",    u"vergangenem", u"kommendem",   u"nächstem",    u"vorigem"};
const char16_t* const kEnglishRelativeModifiers[] = {
    u"last", u"next", u"this", u"past", u"coming", u"previous", u"following"};
// Boundary words that belong to the date they modify: "Anfang November".
const char16_t* const kGermanBoundaries[] = {u"anfang", u"mitte", u"ende"};
const char16_t* const kEnglishBoundaries[] = {u"early", u"late", u"mid"};
// Not in CLDR's unit list.
const char16_t* const kPercentPoints[] = {u"prozentpunkt", u"prozentpunkte",
                                          u"prozentpunkten"};
const char16_t* const kRangeWords[] = {u"bis", u"to", u"-", u"–"};
const char16_t* const kWeekendWords[] = {u"wochenende", u"weekend"};

// Classes of the grammar words above, as bits.
enum WordClass : uint32_t {
  kCueDe = 1 << 0,
  kCueEn = 1 << 1,
  kBoundaryDe = 1 << 2,
  kBoundaryEn = 1 << 3,
  kModifierDe = 1 << 4,
  kModifierEn = 1 << 5,
  kRange = 1 << 6,
  kWeekend = 1 << 7,
  kPercentPoint = 1 << 8,  // "Prozentpunkte"
  kOf = 1 << 9,            // "of" in "5th of May"
  kArticle = 1 << 10,      // "den", "the" in "Mittwoch, den 5. Mai"
  kPer = 1 << 11,          // "per cent"
  kCent = 1 << 12,
  kPercentage = 1 << 13,  // "percentage points"
  kPoints = 1 << 14,
};
constexpr size_t kMaxClassWordLength = 16;

const std::unordered_map<std::u16string_view, uint32_t>& WordClasses() {
  static const auto* classes = [] {
    auto* map = new std::unordered_map<std::u16string_view, uint32_t>;
    auto add = [&](const auto& list, uint32_t bit) {
      for (const char16_t* word : list) (*map)[word] |= bit;
    };
    add(kGermanCues, kCueDe);
    add(kEnglishCues, kCueEn);
    add(kGermanBoundaries, kBoundaryDe);
    add(kEnglishBoundaries, kBoundaryEn);
    add(kGermanRelativeModifiers, kModifierDe);
    add(kEnglishRelativeModifiers, kModifierEn);
    add(kRangeWords, kRange);
    add(kWeekendWords, kWeekend);
    add(kPercentPoints, kPercentPoint);
    (*map)[u"of"] |= kOf;
    (*map)[u"den"] |= kArticle;
    (*map)[u"the"] |= kArticle;
    (*map)[u"per"] |= kPer;
    (*map)[u"cent"] |= kCent;
    (*map)[u"percentage"] |= kPercentage;
    (*map)[u"point"] |= kPoints;
    (*map)[u"points"] |= kPoints;
    return map;
  }();
  return *classes;
}

// WordClasses() as open addressing over folded words of at most
// kMaxClassWordLength units: asked once per token, where the
// std::unordered_map's out-of-line string hashing showed in profiles.
class WordClassTable {
 public:
  WordClassTable() {
    size_t capacity = 16;
    while (capacity < WordClasses().size() * 4) capacity *= 2;
    slots_.assign(capacity, Slot());
    for (const auto& [word, classes] : WordClasses()) {
      if (word.size() > kMaxClassWordLength) continue;  // never asked
      size_t i = Home(word);
      while (slots_[i].classes != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = {word, classes};
    }
  }
  uint32_t Find(std::u16string_view folded) const {
    for (size_t i = Home(folded); slots_[i].classes != 0;
         i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].word == folded) return slots_[i].classes;
    }
    return 0;
  }

 private:
  struct Slot {
    std::u16string_view word;
    uint32_t classes = 0;  // 0: empty (every listed word has a class)
  };
  size_t Home(std::u16string_view word) const {
    uint32_t hash = 2166136261u;
    for (char16_t c : word) hash = (hash ^ c) * 16777619u;
    return (hash ^ (hash >> 15)) & (slots_.size() - 1);
  }
  std::vector<Slot> slots_;
};

uint32_t ClassesOf(std::u16string_view token) {
  if (token.size() > kMaxClassWordLength) return 0;
  char16_t folded[kMaxClassWordLength];
  for (size_t i = 0; i < token.size(); ++i) folded[i] = Fold(token[i]);
  static const WordClassTable* table = new WordClassTable();
  return table->Find(std::u16string_view(folded, token.size()));
}

// Whether `s` ends with the lower-case `suffix`, ignoring case.
bool EndsWithFolded(std::u16string_view s, std::u16string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const size_t offset = s.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (Fold(s[offset + i]) != suffix[i]) return false;
  }
  return true;
}

// The shape of a token made of digit groups and separators: "3,5",
// "14.30", "05.05.2023", "5." (an ordinal), "2001/2002".
struct NumberShape {
  bool numeric = false;
  int groups = 0;
  std::array<int, 4> digits{};
  std::array<int64_t, 4> values{};
  std::array<char16_t, 3> separators{};
  bool trailing_period = false;
};

// Longer tokens are no value ("1234567…" a megabyte long); the bound keeps
// every read of a token O(1).
constexpr size_t kMaxValueTokenLength = 32;

NumberShape ShapeOf(std::u16string_view s) {
  NumberShape shape;
  if (s.size() > kMaxValueTokenLength) return shape;
  size_t i = 0;
  while (i < s.size()) {
    if (shape.groups == 4) return NumberShape();
    int digits = 0;
    int64_t value = 0;
    while (i < s.size() && s[i] >= u'0' && s[i] <= u'9') {
      if (digits < 12) value = value * 10 + (s[i] - u'0');
      ++digits;
      ++i;
    }
    if (digits == 0) return NumberShape();
    shape.digits[shape.groups] = digits;
    shape.values[shape.groups] = value;
    ++shape.groups;
    if (i == s.size()) break;
    const char16_t sep = s[i];
    if (sep != u'.' && sep != u',' && sep != u':' && sep != u'/' &&
        sep != u'-' && sep != u'\'') {
      return NumberShape();
    }
    ++i;
    if (i == s.size()) {
      if (sep != u'.') return NumberShape();
      shape.trailing_period = true;
      break;
    }
    if (shape.groups == 4) return NumberShape();
    shape.separators[shape.groups - 1] = sep;
  }
  shape.numeric = shape.groups > 0;
  return shape;
}

bool IsYearValue(int64_t y) { return y >= 1800 && y <= 2099; }

bool IsYear(const NumberShape& n) {
  return n.numeric && n.groups == 1 && !n.trailing_period && n.digits[0] == 4 &&
         IsYearValue(n.values[0]);
}

bool IsDayNumber(const NumberShape& n) {
  return n.numeric && n.groups == 1 && n.digits[0] <= 2 && n.values[0] >= 1 &&
         n.values[0] <= 31;
}

// "14:30", "14.30", "8": a time of day before "Uhr" or "a.m.".
bool IsClock(const NumberShape& n, bool colon_only) {
  if (!n.numeric || n.trailing_period || n.digits[0] > 2 || n.values[0] > 24) {
    return false;
  }
  if (n.groups == 1) return !colon_only;
  if (n.groups == 3 && n.separators[0] == u':' && n.separators[1] == u':') {
    return n.digits[1] == 2 && n.values[1] < 60 && n.digits[2] == 2 &&
           n.values[2] < 60;
  }
  if (n.groups != 2 || n.digits[1] != 2 || n.values[1] >= 60) return false;
  return n.separators[0] == u':' || (!colon_only && n.separators[0] == u'.');
}

// "05.05.2023", "5.5.23", "2023-05-05", "5/5/2023", "5.5.".
bool IsNumericDate(const NumberShape& n) {
  if (!n.numeric) return false;
  auto day_month = [](int64_t d, int64_t m) {
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
  };
  if (n.groups == 2 && n.trailing_period && n.separators[0] == u'.') {
    return n.digits[0] <= 2 && n.digits[1] <= 2 &&
           day_month(n.values[0], n.values[1]);
  }
  if (n.groups != 3 || n.trailing_period) return false;
  const char16_t a = n.separators[0], b = n.separators[1];
  if (a != b) return false;
  const bool year_last = n.digits[2] == 4 || n.digits[2] == 2;
  if (a == u'.' && year_last && n.digits[0] <= 2 && n.digits[1] <= 2) {
    return day_month(n.values[0], n.values[1]);
  }
  if (a == u'-' && n.digits[0] == 4 && n.digits[1] == 2 && n.digits[2] == 2) {
    return IsYearValue(n.values[0]) && day_month(n.values[2], n.values[1]);
  }
  if (a == u'/' && year_last && n.digits[0] <= 2 && n.digits[1] <= 2) {
    return day_month(n.values[0], n.values[1]) ||
           day_month(n.values[1], n.values[0]);
  }
  return false;
}

struct LexiconMatch {
  WordKind kind;
  int value;
  int end;  // token index after the match
  // Where the match ends in the text: the end of token end-1, or one
  // period before it ("°C" in the token "C." that ends a sentence).
  int32_t end_offset;
};

class ValueFinder {
 public:
  ValueFinder(std::u16string_view text, const std::vector<Token>& tokens,
              const std::vector<Span>& sentences, std::string_view language,
              ValueScan scan)
      : text_(text), tokens_(tokens), sentences_(sentences), scan_(scan) {
    if (language == "de") {
      languages_ = kGerman;
    } else if (language == "en") {
      languages_ = kEnglish;
    } else {
      languages_ = kGerman | kEnglish;
    }
  }

  std::vector<Entity> Run() {
    std::vector<Entity> out;
    const int n = static_cast<int>(tokens_.size());
    size_t sentence = 0;
    int i = 0;
    while (i < n) {
      // The sentence holding token i bounds every pattern.
      while (sentence < sentences_.size() &&
             sentences_[sentence].end <= tokens_[i].start) {
        ++sentence;
      }
      if (sentences_.empty()) {
        limit_ = n;
        first_of_sentence_ = 0;
      } else if (sentence < sentences_.size() &&
                 sentences_[sentence].start <= tokens_[i].start) {
        limit_ = i;
        while (limit_ < n && tokens_[limit_].end <= sentences_[sentence].end) {
          ++limit_;
        }
        first_of_sentence_ = FirstTokenAtOrAfter(sentences_[sentence].start);
      } else {
        limit_ = i + 1;
        first_of_sentence_ = i;
      }
      sentence_start_ = first_of_sentence_;
      // One sentence at a time, so each token is visited a bounded number
      // of times.
      while (i < limit_) {
        const Candidate best =
            scan_ == ValueScan::kEveryToken || MayStartValue(i)
                ? Best(i)
                : Candidate{i, i};
        if (best.end > i) {
          Entity e;
          e.start = tokens_[best.begin].start;
          e.end = best.end_offset >= 0 ? best.end_offset
                                       : tokens_[best.end - 1].end;
          e.type = best.type;
          e.score = best.score;
          out.push_back(e);
          i = best.end;
        } else {
          ++i;
        }
      }
    }
    return out;
  }

 private:
  struct CacheSlot {
    int token = -1;
    int limit = -1;
    std::vector<LexiconMatch> matches;
    uint32_t classes = 0;
  };

  struct Candidate {
    int begin = 0;
    int end = 0;              // exclusive; end <= begin means no match
    int32_t end_offset = -1;  // when >= 0, the text offset the entity ends
    EntityType type = EntityType::kDate;
    float score = 0;
  };

  int FirstTokenAtOrAfter(int32_t offset) const {
    auto it =
        std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                         [](const Token& t, int32_t o) { return t.start < o; });
    return static_cast<int>(it - tokens_.begin());
  }

  std::u16string_view Text(int i) const { return TextOf(text_, tokens_[i]); }
  bool IsNumberToken(int i) const {
    return i < limit_ && tokens_[i].kind == TokenKind::kNumber;
  }
  // Whether tokens i-1 and i touch (no blank between them).
  bool Touching(int i) const {
    return i > 0 && tokens_[i - 1].end == tokens_[i].start;
  }

  // The lexicon forms starting at token i that end at a token end (or one
  // period before it: "Nov" in "Nov."), longest first. Cached: the patterns
  // ask about the same few tokens around the scan position many times.
  const std::vector<LexiconMatch>& LexiconAt(int i) const {
    CacheSlot& slot = cache_[static_cast<size_t>(i) % cache_.size()];
    Refresh(slot, i);
    return slot.matches;
  }

  // The grammar-word classes of token i (0 outside the sentence).
  uint32_t Classes(int i) const {
    if (i < sentence_start_ || i >= limit_) return 0;
    CacheSlot& slot = cache_[static_cast<size_t>(i) % cache_.size()];
    Refresh(slot, i);
    return slot.classes;
  }
  bool Has(int i, uint32_t bits) const { return (Classes(i) & bits) != 0; }

  void Refresh(CacheSlot& slot, int i) const {
    if (slot.token == i && slot.limit == limit_) return;
    slot.token = i;
    slot.limit = limit_;
    ComputeLexiconAt(i, &slot.matches);
    slot.classes = i < limit_ ? ClassesOf(Text(i)) : 0;
  }

  // Fills `found` (a cache slot's vector, reused so that a refresh does not
  // allocate).
  void ComputeLexiconAt(int i, std::vector<LexiconMatch>* found_out) const {
    std::vector<LexiconMatch>& found = *found_out;
    found.clear();
    if (i >= limit_) return;
    const auto& index = LexiconIndex();
    const int32_t start = tokens_[i].start;
    // PrefixKey of the first 1, 2 and 3 units, each unit folded once.
    uint64_t folded_units = 0;
    for (size_t length = 1; length <= kKeyLength; ++length) {
      if (start + length > text_.size()) break;
      const char16_t c = text_[start + length - 1];
      folded_units = (folded_units << 16) | (IsBlank(c) ? u' ' : Fold(c));
      const uint64_t key = (uint64_t{length} << (16 * length)) | folded_units;
      const auto [first, last] = index.Find(key);
      for (const int* it = first; it != last; ++it) {
        const int word_index = *it;
        const auto& word = value_lexicon::kWords[word_index];
        if ((word.languages & languages_) == 0) continue;
        const std::u16string_view form = index.Form(word_index);
        int32_t end_offset = 0;
        int end = MatchForm(i, form, word.kind, &end_offset);
        if (end > i) found.push_back({word.kind, word.value, end, end_offset});
      }
    }
    // Mostly nothing or one form is found, rarely more than a few: longest
    // first by insertion sort (stable: equally long ones keep the lexicon's
    // order), where std::sort's instantiation took 3 KB of wasm code.
    for (size_t a = 1; a < found.size(); ++a) {
      for (size_t b = a; b > 0 && found[b].end > found[b - 1].end; --b) {
        std::swap(found[b], found[b - 1]);
      }
    }
  }

  // Matches `form` against the text at token i; returns the token index after
  // the match, or i when it does not match.
  int MatchForm(int i, std::u16string_view form, WordKind kind,
                int32_t* end_offset) const {
    size_t p = tokens_[i].start;
    const bool exact_case = kind == WordKind::kCurrencySymbol;
    for (size_t f = 0; f < form.size(); ++f) {
      // "Mio" for "Mio.": scales are often written without their period.
      if (kind == WordKind::kScale && f + 1 == form.size() && form[f] == u'.' &&
          (p >= text_.size() || text_[p] != u'.')) {
        break;
      }
      if (form[f] == u' ') {
        if (p >= text_.size() || !IsBlank(text_[p])) return i;
        while (p < text_.size() && IsBlank(text_[p])) ++p;
        continue;
      }
      if (p >= text_.size()) return i;
      const char16_t t = text_[p];
      if (exact_case ? t != form[f] : Fold(t) != Fold(form[f])) return i;
      ++p;
    }
    // Capitalised forms need a capital in the text ("May" is not "may").
    if (IsUpper(form[0]) && !IsUpper(text_[tokens_[i].start])) return i;
    // German lower-case words written with a capital mid-sentence are other
    // words: "morgen" (tomorrow) is not "Morgen" (morning).
    if ((kind == WordKind::kRelativeDate || kind == WordKind::kNumberWord) &&
        IsLower(form[0]) && IsUpper(text_[tokens_[i].start]) &&
        i != first_of_sentence_ && (languages_ & kGerman)) {
      return i;
    }
    for (int j = i; j < limit_ && j < i + kMaxLexiconTokens; ++j) {
      const size_t end = tokens_[j].end;
      if (end == p) {
        *end_offset = static_cast<int32_t>(end);
        return j + 1;
      }
      // A period glued to the last token: "Nov" matches the token "Nov."
      // (the period is the abbreviation's), "°C" the token "C." at the end
      // of a sentence (the period is the sentence's).
      if (end == p + 1 && text_[p] == u'.' &&
          static_cast<size_t>(tokens_[j].start) < p) {
        *end_offset =
            static_cast<int32_t>(kind == WordKind::kMonthAbbrev ? end : p);
        return j + 1;
      }
      if (end > p) return i;
    }
    return i;
  }

  bool LexiconKind(int i, WordKind kind, LexiconMatch* match) const {
    for (const LexiconMatch& m : LexiconAt(i)) {
      if (m.kind == kind) {
        *match = m;
        return true;
      }
    }
    return false;
  }

  // Cues and modifiers are single tokens compared folded.
  // The class bits of the current languages.
  uint32_t German(uint32_t bits) const {
    return (languages_ & kGerman) ? bits : 0;
  }
  uint32_t English(uint32_t bits) const {
    return (languages_ & kEnglish) ? bits : 0;
  }
  bool IsCue(int i) const { return Has(i, German(kCueDe) | English(kCueEn)); }
  bool IsBoundary(int i) const {
    return (Has(i, German(kBoundaryDe)) && StartsUpper(Text(i))) ||
           Has(i, English(kBoundaryEn));
  }
  bool IsRelativeModifier(int i) const {
    return Has(i, German(kModifierDe) | English(kModifierEn));
  }

  // An amount: a number or spelled-out number, thousands groups split by a
  // blank ("50 000"), an optional range ("10 bis 20") and an optional
  // scale ("3,5 Mio."). Returns the token after it, or i.
  int AmountEnd(int i, bool* scaled = nullptr) const {
    if (scaled) *scaled = false;
    int j = i;
    auto number_at = [&](int k) -> int {
      if (k >= limit_) return k;
      if (tokens_[k].kind == TokenKind::kNumber) {
        const NumberShape n = ShapeOf(Text(k));
        if (!n.numeric || n.trailing_period || IsNumericDate(n)) return k;
        int end = k + 1;
        // "50 000": a group of three digits after a blank.
        while (end < limit_ && tokens_[end].kind == TokenKind::kNumber &&
               tokens_[end].end - tokens_[end].start == 3 &&
               tokens_[end].start == tokens_[end - 1].end + 1 &&
               ShapeOf(Text(end)).groups == 1 && n.digits[0] <= 3) {
          ++end;
        }
        return end;
      }
      if (tokens_[k].kind == TokenKind::kWord && HasGluedScale(Text(k))) {
        return k + 1;
      }
      LexiconMatch m;
      if (LexiconKind(k, WordKind::kNumberWord, &m)) return m.end;
      return k;
    };
    j = number_at(i);
    if (j == i) return i;
    // A range: "10 bis 20", "10-20".
    if (j + 1 < limit_ && Has(j, kRange)) {
      const int k = number_at(j + 1);
      if (k > j + 1) j = k;
    }
    LexiconMatch m;
    if (LexiconKind(j, WordKind::kScale, &m)) {
      j = m.end;
      if (scaled) *scaled = true;
    }
    return j;
  }

  static void Consider(Candidate* best, int begin, int end, EntityType type,
                       float score, int32_t end_offset = -1) {
    if (end - begin > best->end - best->begin) {
      *best = Candidate{begin, end, end_offset, type, score};
    }
  }

  // Whether Best(i) can find anything: every pattern begins at a number
  // token, at a word with a digit in its first five units ("10pm", "5th",
  // "1990er", "mid-2023"), at a lexicon form, at a calendar boundary or
  // relative modifier ("Anfang", "letzte"), or at a German weekday compound.
  // Most tokens are none of these, and this is far cheaper than trying the
  // patterns (it asks the cache Best asks next).
  bool MayStartValue(int i) const {
    if (tokens_[i].kind == TokenKind::kNumber) return true;
    const std::u16string_view s = Text(i);
    for (size_t k = 0; k < s.size() && k < 5; ++k) {
      if (s[k] >= u'0' && s[k] <= u'9') return true;
    }
    if (Has(i, kBoundaryDe | kBoundaryEn | kModifierDe | kModifierEn)) {
      return true;
    }
    return !LexiconAt(i).empty() || IsGermanWeekdayCompound(i);
  }

  Candidate Best(int i) const {
    Candidate best{i, i};
    if (IsBoundary(i)) {
      // "Anfang November", "Mitte 2023", "early 2023", "Ende dieses Monats".
      Candidate inner{i + 1, i + 1};
      if (i + 1 < limit_) DatePatterns(i + 1, &inner);
      if (inner.end > i + 1 && inner.type == EntityType::kDate) {
        Consider(&best, i, inner.end, EntityType::kDate, inner.score,
                 inner.end_offset);
      }
      return best;
    }
    AmountPatterns(i, &best);
    DatePatterns(i, &best);
    return best;
  }

  // MONEY, PERCENT, QUANTITY, durations, and clock times.
  void AmountPatterns(int i, Candidate* best) const {
    LexiconMatch m;
    // "$3.5 billion", "€ 12", "USD 5 Mio.".
    if (LexiconKind(i, WordKind::kCurrencySymbol, &m)) {
      const int end = AmountEnd(m.end);
      if (end > m.end) Consider(best, i, end, EntityType::kMoney, kExplicit);
    }
    bool scaled = false;
    const int amount_end = AmountEnd(i, &scaled);
    if (amount_end > i) {
      const int j = amount_end;
      const bool year_amount =
          j == i + 1 && IsNumberToken(i) && IsYear(ShapeOf(Text(i)));
      for (const LexiconMatch& after : LexiconAt(j)) {
        switch (after.kind) {
          case WordKind::kCurrencyName:
            // English "180 pounds" is a weight; "5 million pounds" money.
            if (!scaled && (languages_ & kEnglish) &&
                EndsWithFolded(Text(after.end - 1), u"pounds")) {
              Consider(best, i, after.end, EntityType::kQuantity, kUnitAmount,
                       after.end_offset);
              break;
            }
            Consider(best, i, after.end, EntityType::kMoney, kExplicit,
                     after.end_offset);
            break;
          case WordKind::kCurrencySymbol:
            Consider(best, i, after.end, EntityType::kMoney, kExplicit,
                     after.end_offset);
            break;
          case WordKind::kPercentWord:
            Consider(best, i, after.end, EntityType::kPercent, kExplicit,
                     after.end_offset);
            break;
          case WordKind::kUnit:
            Consider(best, i, after.end, EntityType::kQuantity, kUnitAmount,
                     after.end_offset);
            break;
          case WordKind::kDateUnit:
          case WordKind::kTimeUnit:
            // "World Cup 2018 day five": a year before a singular English
            // unit is no duration.
            if (year_amount && !EndsWithFolded(Text(after.end - 1), u"s") &&
                (languages_ & kEnglish)) {
              break;
            }
            Consider(best, i, after.end,
                     after.kind == WordKind::kDateUnit ? EntityType::kDate
                                                       : EntityType::kTime,
                     kDuration, after.end_offset);
            break;
          default:
            break;
        }
      }
      // "20 Prozentpunkte", "2 percentage points".
      if (j < limit_) {
        if (Has(j, German(kPercentPoint))) {
          Consider(best, i, j + 1, EntityType::kPercent, kExplicit);
        } else if (Has(j, English(kPercentage)) && Has(j + 1, kPoints)) {
          Consider(best, i, j + 2, EntityType::kPercent, kExplicit);
        } else if (Has(j, English(kPer)) && Has(j + 1, kCent)) {
          Consider(best, i, j + 2, EntityType::kPercent, kExplicit);
        }
      }
    }
    if (i >= limit_) return;
    // Clock times: "14.30 Uhr", "8 Uhr", "10:30 a.m.", "14:30", "10pm".
    if (tokens_[i].kind == TokenKind::kNumber) {
      const NumberShape n = ShapeOf(Text(i));
      if (IsClock(n, /*colon_only=*/false)) {
        for (const LexiconMatch& after : LexiconAt(i + 1)) {
          if (after.kind == WordKind::kClockWord ||
              (after.kind == WordKind::kDayPeriod && n.values[0] <= 12)) {
            Consider(best, i, after.end, EntityType::kTime, kExplicit,
                     after.end_offset);
          }
        }
      }
      if (IsClock(n, /*colon_only=*/true)) {
        Consider(best, i, i + 1, EntityType::kTime, kBareClock);
      }
      // "6:00am": the tokenizer splits it as "6", ":", "00am".
      if (n.groups == 1 && n.values[0] <= 12 && i + 2 < limit_ &&
          Text(i + 1) == u":" && Touching(i + 1) && Touching(i + 2) &&
          GluedDayPeriod(Text(i + 2)) == 2) {
        Consider(best, i, i + 3, EntityType::kTime, kExplicit);
      }
    } else if (tokens_[i].kind == TokenKind::kWord) {
      // "10pm", "7am": digits glued to a day period.
      const bool after_colon = Touching(i) && Text(i - 1) == u":";
      if (!after_colon && (languages_ & kEnglish) &&
          GluedDayPeriod(Text(i)) > 0) {
        Consider(best, i, i + 1, EntityType::kTime, kExplicit);
      }
    }
  }

  // "5m", "3.5bn", "4k": a number glued to a newsroom scale abbreviation
  // (CLDR's compact forms are "5M", "3.5B"; the lower-case ones are
  // newsroom style). Only an amount with a currency or unit makes a value.
  static bool HasGluedScale(std::u16string_view s) {
    if (s.size() > 12) return false;
    size_t digits = 0;
    while (digits < s.size() &&
           ((s[digits] >= u'0' && s[digits] <= u'9') ||
            (digits > 0 && (s[digits] == u'.' || s[digits] == u',')))) {
      ++digits;
    }
    if (digits == 0 || s[digits - 1] < u'0' || s[digits - 1] > u'9') {
      return false;
    }
    const std::u16string suffix = FoldKey(s.substr(digits));
    return suffix == u"k" || suffix == u"m" || suffix == u"mn" ||
           suffix == u"bn" || suffix == u"b" || suffix == u"tn" ||
           suffix == u"mio" || suffix == u"mrd";
  }

  // The number of digits before a glued day period ("10pm" -> 2), or 0.
  static size_t GluedDayPeriod(std::u16string_view s) {
    if (s.size() > 8) return 0;
    size_t digits = 0;
    while (digits < s.size() && s[digits] >= u'0' && s[digits] <= u'9') {
      ++digits;
    }
    if (digits == 0 || digits > 2) return 0;
    const std::u16string rest = FoldKey(s.substr(digits));
    return rest == u"am" || rest == u"pm" || rest == u"a.m." || rest == u"p.m."
               ? digits
               : 0;
  }

  // "5. Mai 2023", "5 May 2023", "5th of May": returns the end, or i.
  int DayMonthEnd(int i) const {
    if (i >= limit_) return i;
    int j = i;
    const std::u16string_view s = Text(i);
    bool day = false;
    if (tokens_[i].kind == TokenKind::kNumber) {
      const NumberShape n = ShapeOf(s);
      day = n.numeric && n.groups == 1 && n.digits[0] <= 2 &&
            n.values[0] >= 1 && n.values[0] <= 31;
    } else if (s.size() >= 3 && s.size() <= 4 && (languages_ & kEnglish)) {
      // "5th", "21st", "2nd", "3rd".
      const std::u16string suffix = FoldKey(s.substr(s.size() - 2));
      const NumberShape n = ShapeOf(s.substr(0, s.size() - 2));
      day = IsDayNumber(n) && (suffix == u"st" || suffix == u"nd" ||
                               suffix == u"rd" || suffix == u"th");
    }
    if (!day) return i;
    j = i + 1;
    if (Has(j, kOf)) ++j;
    LexiconMatch month;
    if (!LexiconKind(j, WordKind::kMonth, &month) &&
        !LexiconKind(j, WordKind::kMonthAbbrev, &month)) {
      return i;
    }
    j = month.end;
    if (IsNumberToken(j) && IsYear(ShapeOf(Text(j)))) ++j;
    return j;
  }

  // "May 5, 2023", "May 5th", "November 2022", "Mai 2023".
  int MonthFirstEnd(int i, bool* with_number) const {
    *with_number = false;
    LexiconMatch month;
    const bool full = LexiconKind(i, WordKind::kMonth, &month);
    if (!full && !LexiconKind(i, WordKind::kMonthAbbrev, &month)) return i;
    int j = month.end;
    if (j < limit_) {
      const NumberShape n = ShapeOf(Text(j));
      if (IsNumberToken(j) && IsYear(n)) {
        *with_number = true;
        return j + 1;
      }
      // English "May 5", "May 5th", "May 5, 2023".
      if (languages_ & kEnglish) {
        const std::u16string_view s = Text(j);
        bool day = IsNumberToken(j) && IsDayNumber(n) && !n.trailing_period;
        if (!day && s.size() >= 3 && s.size() <= 4) {
          day = IsDayNumber(ShapeOf(s.substr(0, s.size() - 2)));
        }
        if (day) {
          *with_number = true;
          int k = j + 1;
          if (k + 1 < limit_ && Text(k) == u"," && IsNumberToken(k + 1) &&
              IsYear(ShapeOf(Text(k + 1)))) {
            return k + 2;
          }
          if (IsNumberToken(k) && IsYear(ShapeOf(Text(k)))) return k + 1;
          return k;
        }
      }
    }
    return full ? j : i;
  }

  // "Mittwochabend": a weekday and a part of the day in one word.
  bool IsGermanWeekdayCompound(int i) const {
    if (!(languages_ & kGerman) || i >= limit_ ||
        tokens_[i].kind != TokenKind::kWord) {
      return false;
    }
    const std::u16string_view w = Text(i);
    // Asked of most German words: the length and the first two units rule
    // out nearly all of them before the case test (an ICU call) and the
    // suffix comparisons.
    const WeekdayCompoundShape& shape = GermanWeekdayCompoundShape();
    if (w.size() < shape.min_length || w.size() < 2) return false;
    // FoldKey's folding, as GermanWeekdays() holds FoldKey forms.
    const auto fold_key_unit = [](char16_t c) {
      return IsBlank(c) ? char16_t{u' '} : Fold(c);
    };
    const uint32_t start =
        (uint32_t{fold_key_unit(w[0])} << 16) | fold_key_unit(w[1]);
    if (shape.check_starts &&
        std::find(shape.starts.begin(), shape.starts.end(), start) ==
            shape.starts.end()) {
      return false;
    }
    if (!StartsUpper(w)) return false;
    for (const char16_t* part : kGermanDayParts) {
      const std::u16string_view p = part;
      if (w.size() > p.size() && w.size() <= kMaxValueTokenLength &&
          EndsWithFolded(w, p) &&
          GermanWeekdays().count(FoldKey(w.substr(0, w.size() - p.size())))) {
        return true;
      }
    }
    return false;
  }

  // A weekday, alone or with its date: "Mittwoch", "Mittwochabend",
  // "Monday, May 5, 2023", "Mittwoch, den 5. Mai".
  int WeekdayEnd(int i) const {
    LexiconMatch day;
    int j;
    if (LexiconKind(i, WordKind::kWeekday, &day)) {
      j = day.end;
    } else if (IsGermanWeekdayCompound(i)) {
      j = i + 1;
    } else {
      return i;
    }
    // The date that follows.
    int k = j;
    if (k < limit_ && Text(k) == u",") ++k;
    if (Has(k, kArticle)) ++k;
    int date_end = DayMonthEnd(k);
    if (date_end == k) {
      bool with_number = false;
      date_end = MonthFirstEnd(k, &with_number);
      if (!with_number) date_end = k;
    }
    if (date_end == k && IsNumberToken(k) && IsNumericDate(ShapeOf(Text(k)))) {
      date_end = k + 1;
    }
    return date_end > k ? date_end : j;
  }

  void DatePatterns(int i, Candidate* best) const {
    if (i >= limit_) return;
    // Numeric dates and day-month dates.
    if (tokens_[i].kind == TokenKind::kNumber) {
      const NumberShape n = ShapeOf(Text(i));
      if (IsNumericDate(n)) {
        Consider(best, i, i + 1, EntityType::kDate, kExplicit);
      }
      const int end = DayMonthEnd(i);
      if (end > i) Consider(best, i, end, EntityType::kDate, kExplicit);
      if (IsYear(n)) YearPattern(i, best);
    } else {
      const int end = DayMonthEnd(i);
      if (end > i) Consider(best, i, end, EntityType::kDate, kExplicit);
    }
    // Weekdays.
    const int weekday_end = WeekdayEnd(i);
    if (weekday_end > i) {
      Consider(best, i, weekday_end, EntityType::kDate,
               weekday_end > i + 1 ? kExplicit : kMonthYear);
    }
    // Months.
    bool with_number = false;
    const int month_end = MonthFirstEnd(i, &with_number);
    if (month_end > i) {
      if (with_number) {
        Consider(best, i, month_end, EntityType::kDate, kMonthYear);
      } else {
        LexiconMatch month{};
        LexiconKind(i, WordKind::kMonth, &month);
        const bool cued = IsCue(i - 1) || IsBoundaryBefore(i);
        const bool ambiguous =
            ((languages_ & kEnglish) &&
             (month.value == 3 || month.value == 4 || month.value == 5 ||
              month.value == 6 || month.value == 8)) ||
            month.value == 8;
        if (cued) {
          Consider(best, i, month_end, EntityType::kDate, kCuedMonth);
        } else if (!ambiguous) {
          Consider(best, i, month_end, EntityType::kDate, kBareMonth);
        }
      }
    }
    // Decades: "1990er Jahre", "the 1990s", "90er Jahre", "the 90s".
    if (tokens_[i].kind == TokenKind::kWord) {
      const std::u16string_view s = Text(i);
      if (s.size() >= 3 && s.size() <= 4 && s[0] >= u'1' && s[0] <= u'9' &&
          s[1] == u'0') {
        const std::u16string suffix = FoldKey(s.substr(2));
        if (suffix == u"s" || suffix == u"er") {
          int end = i + 1;
          LexiconMatch unit;
          if (suffix == u"er" && LexiconKind(end, WordKind::kDateUnit, &unit)) {
            end = unit.end;
          }
          Consider(best, i, end, EntityType::kDate, kMonthYear);
        }
      }
      if (s.size() >= 5 && s.size() <= 8) {
        const std::u16string suffix = FoldKey(s.substr(4));
        const NumberShape n = ShapeOf(s.substr(0, 4));
        if (n.numeric && n.groups == 1 && n.values[0] % 10 == 0 &&
            IsYearValue(n.values[0]) &&
            (suffix == u"s" || suffix == u"er" || suffix == u"'s")) {
          int end = i + 1;
          LexiconMatch unit;
          if (suffix == u"er" && LexiconKind(end, WordKind::kDateUnit, &unit)) {
            end = unit.end;
          }
          Consider(best, i, end, EntityType::kDate, kMonthYear);
        }
        // "mid-2023".
        if (FoldKey(s.substr(0, 4)) == u"mid-" &&
            IsYear(ShapeOf(s.substr(4)))) {
          Consider(best, i, i + 1, EntityType::kDate, kMonthYear);
        }
      }
    }
    RelativePatterns(i, best);
  }

  bool IsBoundaryBefore(int i) const {
    return i - 1 >= sentence_start_ && IsBoundary(i - 1);
  }

  void YearPattern(int i, Candidate* best) const {
    // A year after a cue ("seit 2022", "in 2022", "2020 bis 2022") or
    // standing before punctuation; not a count before a noun ("2000
    // Soldaten").
    const bool next_is_noun =
        i + 1 < limit_ && tokens_[i + 1].kind == TokenKind::kWord &&
        (languages_ == kGerman ? StartsUpper(Text(i + 1)) : false);
    bool cued = IsCue(i - 1) || IsBoundaryBefore(i);
    if (!cued && i - 2 >= sentence_start_ && Has(i - 1, kRange) &&
        IsYear(ShapeOf(Text(i - 2)))) {
      cued = true;
    }
    const bool before_punct =
        i + 1 >= limit_ || tokens_[i + 1].kind == TokenKind::kPunct;
    if (cued && !next_is_noun) {
      Consider(best, i, i + 1, EntityType::kDate, kCuedYear);
    } else if (before_punct) {
      Consider(best, i, i + 1, EntityType::kDate, kBareYear);
    }
  }

  void RelativePatterns(int i, Candidate* best) const {
    LexiconMatch m;
    if (LexiconKind(i, WordKind::kRelativeDate, &m)) {
      const bool single = m.end == i + 1;
      Consider(best, i, m.end, EntityType::kDate,
               single ? kRelativeToday : kRelative);
    }
    // "vergangene Woche", "vergangenen Mittwoch", "dieses Monats",
    // "past week", "last weekend".
    if (IsRelativeModifier(i) && i + 1 < limit_) {
      LexiconMatch noun;
      const int j = i + 1;
      if (LexiconKind(j, WordKind::kDateUnit, &noun) ||
          LexiconKind(j, WordKind::kWeekday, &noun) ||
          LexiconKind(j, WordKind::kMonth, &noun)) {
        Consider(best, i, noun.end, EntityType::kDate, kRelative);
      } else if (Has(j, kWeekend)) {
        Consider(best, i, j + 1, EntityType::kDate, kRelative);
      }
    }
  }

  // Larger than any look-ahead, so a slot is never reused while in use.
  mutable std::array<CacheSlot, 32> cache_;

  std::u16string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<Span>& sentences_;
  const ValueScan scan_;
  uint8_t languages_ = kGerman | kEnglish;
  int limit_ = 0;           // first token after the current sentence
  int sentence_start_ = 0;  // first token the scan may look back to
  int first_of_sentence_ = 0;
};

}  // namespace

std::vector<Entity> FindValueEntities(std::u16string_view text,
                                      const std::vector<Token>& tokens,
                                      const std::vector<Span>& sentences,
                                      std::string_view language,
                                      ValueScan scan) {
  // Tokens must be valid spans into the text, as Analyzer makes them.
  for (const Token& t : tokens) {
    if (t.start < 0 || t.end < t.start ||
        static_cast<size_t>(t.end) > text.size()) {
      return {};
    }
  }
  return ValueFinder(text, tokens, sentences, language, scan).Run();
}

}  // namespace lesbar
