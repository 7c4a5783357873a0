#include "analyses/readability/text_stats.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "analyses/readability/formulas.h"
#include "features/lexicon/dale_chall.h"
#include "language/common_words.h"

namespace lesbar {
namespace {

// Suffixes of nominal style ("Nominalstil"): nouns made from verbs and
// adjectives, which make German and English prose dense.
constexpr std::u16string_view kGermanNominalSuffixes[] = {
    u"ung",    u"ungen",  u"heit",     u"heiten", u"keit",
    u"keiten", u"schaft", u"schaften", u"tion",   u"tionen",
    u"ität",   u"itäten", u"ismus",    u"nis"};
constexpr std::u16string_view kEnglishNominalSuffixes[] = {
    u"tion", u"tions", u"sion",  u"sions", u"ment", u"ments",
    u"ness", u"ity",   u"ities", u"ance",  u"ence", u"ism"};

// Conjunctions and relative pronouns that open a subordinate clause.
constexpr std::u16string_view kGermanSubordinators[] = {
    u"dass",    u"weil",    u"obwohl", u"wenn",   u"ob",     u"damit",
    u"während", u"nachdem", u"bevor",  u"sodass", u"welche", u"welcher",
    u"welches", u"welchen", u"indem",  u"falls",  u"sofern", u"obgleich"};
constexpr std::u16string_view kEnglishSubordinators[] = {
    u"that",    u"which",    u"who",    u"whom",    u"whose",
    u"because", u"although", u"though", u"while",   u"whereas",
    u"unless",  u"whether",  u"since",  u"whereby", u"wherein"};

template <size_t N>
bool IsOneOf(std::u16string_view word, const std::u16string_view (&list)[N]) {
  for (std::u16string_view entry : list) {
    if (word.size() == entry.size() &&
        std::equal(word.begin(), word.end(), entry.begin(),
                   [](char16_t a, char16_t b) {
                     return (a >= u'A' && a <= u'Z' ? a + 32 : a) == b;
                   })) {
      return true;
    }
  }
  return false;
}

// German spells native words without "c" outside "ch"/"ck", without "y" and
// without "th": such words are mostly loans, which learners find harder.
bool LooksForeignInGerman(std::u16string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    const char16_t c = word[i] | 0x20;
    const char16_t next = i + 1 < word.size() ? (word[i + 1] | 0x20) : 0;
    if (c == u'y') return true;
    if (c == u'c' && next != u'h' && next != u'k') return true;
    if (c == u't' && next == u'h') return true;
  }
  return false;
}

// The Dale-Chall list is ASCII; other letters simply do not match it.
std::u16string AsciiLower(std::u16string_view word) {
  std::u16string lower(word);
  for (char16_t& c : lower) {
    if (c >= u'A' && c <= u'Z') c += u'a' - u'A';
    if (c == u'\u2019') c = u'\'';  // typographic apostrophe
  }
  return lower;
}

bool EndsWith(std::u16string_view word, std::u16string_view suffix) {
  return word.size() > suffix.size() + 2 &&
         word.substr(word.size() - suffix.size()) == suffix;
}

template <size_t N>
bool EndsWithAny(std::u16string_view word,
                 const std::u16string_view (&suffixes)[N]) {
  for (std::u16string_view suffix : suffixes) {
    if (EndsWith(word, suffix)) return true;
  }
  return false;
}

constexpr double kUnlistedRank = 1000;

}  // namespace

void TextStats::Add(const TextStats& other) {
  sentences += other.sentences;
  words += other.words;
  syllables += other.syllables;
  letters += other.letters;
  monosyllables += other.monosyllables;
  polysyllables += other.polysyllables;
  long_words += other.long_words;
  very_long_words += other.very_long_words;
  nominal_words += other.nominal_words;
  numbers += other.numbers;
  commas += other.commas;
  inner_capitalised += other.inner_capitalised;
  difficult_words += other.difficult_words;
  long_syllable_words += other.long_syllable_words;
  subordinators += other.subordinators;
  foreign_spelled += other.foreign_spelled;
  longest_word_letters += other.longest_word_letters;
  ranked_words += other.ranked_words;
  unlisted_words += other.unlisted_words;
  outside_top_words += other.outside_top_words;
  log_rank_sum += other.log_rank_sum;
}

WordFacts ComputeWordFacts(std::u16string_view word, int syllables,
                           std::string_view language) {
  WordFacts facts;
  facts.syllables = syllables;
  bool seen_letter = false;
  bool digits_only = true;
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    bool upper, alnum, digit;
    if (c < 0x80) {  // ASCII without a property lookup
      upper = c >= 'A' && c <= 'Z';
      digit = c >= '0' && c <= '9';
      alnum = upper || digit || (c >= 'a' && c <= 'z');
    } else {
      upper = u_isupper(c);
      digit = u_isdigit(c);
      alnum = u_isalnum(c);
    }
    if (!seen_letter && upper) facts.capitalised = true;
    if (alnum) {
      seen_letter = true;
      ++facts.letters;
      if (!digit) digits_only = false;
    }
  }
  const std::string_view base = BaseLanguage(language);
  if (base == "de") {
    facts.nominal = EndsWithAny(word, kGermanNominalSuffixes);
    facts.subordinator = IsOneOf(word, kGermanSubordinators);
    facts.foreign_spelled = !digits_only && LooksForeignInGerman(word);
  } else if (base == "en") {
    facts.nominal = EndsWithAny(word, kEnglishNominalSuffixes);
    facts.subordinator = IsOneOf(word, kEnglishSubordinators);
    facts.difficult = !digits_only && !IsDaleChallEasyWord(AsciiLower(word));
  }
  facts.common_rank = kNoRankList;
  if (!digits_only && CommonWordCount(language) > 0) {
    std::u16string lower;
    lower.reserve(word.size());
    for (size_t i = 0; i < word.size();) {
      UChar32 c;
      U16_NEXT(word.data(), i, word.size(), c);
      c = c == 0x2019 ? u'\'' : u_tolower(c);
      if (U_IS_BMP(c)) {
        lower.push_back(static_cast<char16_t>(c));
      } else {
        lower.push_back(U16_LEAD(c));
        lower.push_back(U16_TRAIL(c));
      }
    }
    facts.common_rank = CommonWordRank(language, lower);
  }
  return facts;
}

void AddWord(const WordFacts& facts, bool is_number, bool first_in_sentence,
             TextStats* stats) {
  const int syllables = facts.syllables;
  const int letters = facts.letters;
  ++stats->words;
  stats->syllables += syllables;
  stats->letters += letters;
  if (syllables == 1) ++stats->monosyllables;
  if (syllables >= 3) ++stats->polysyllables;
  if (letters >= 7) ++stats->long_words;
  if (letters >= 13) ++stats->very_long_words;
  if (syllables >= 4) ++stats->long_syllable_words;
  stats->longest_word_letters =
      std::max<int64_t>(stats->longest_word_letters, letters);
  if (is_number) ++stats->numbers;
  if (facts.capitalised && !first_in_sentence) ++stats->inner_capitalised;
  if (facts.nominal) ++stats->nominal_words;
  if (facts.subordinator) ++stats->subordinators;
  if (facts.foreign_spelled) ++stats->foreign_spelled;
  if (facts.difficult) ++stats->difficult_words;
  if (facts.common_rank != kNoRankList) {
    ++stats->ranked_words;
    if (facts.common_rank < 0) ++stats->unlisted_words;
    if (facts.common_rank < 0 || facts.common_rank >= kTopCommonWords) {
      ++stats->outside_top_words;
    }
    // The list's length stands in for the rank of a word it does not list.
    stats->log_rank_sum += std::log(
        2.0 + (facts.common_rank < 0 ? kUnlistedRank : facts.common_rank));
  }
}

void AddPunctuation(std::u16string_view punct, TextStats* stats) {
  if (punct.size() != 1) return;
  switch (punct[0]) {
    case u',':
    case u';':
    case u':':
    case u'(':
    case u'\u2013':  // en dash
    case u'\u2014':  // em dash
      ++stats->commas;
      break;
    default:
      break;
  }
}

ReadabilityCounts ToCounts(const TextStats& stats) {
  ReadabilityCounts counts;
  counts.sentences = stats.sentences;
  counts.words = stats.words;
  counts.syllables = stats.syllables;
  counts.letters = stats.letters;
  counts.monosyllables = stats.monosyllables;
  counts.polysyllables = stats.polysyllables;
  counts.long_words = stats.long_words;
  counts.difficult_words = stats.difficult_words;
  return counts;
}

}  // namespace lesbar
