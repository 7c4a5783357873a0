#include "analyses/entities/german_name_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <cstddef>
#include <string_view>

namespace lesbar {
namespace {

// Trainer tag order.
constexpr int kOutside = 0;
constexpr int kBeginPerson = 1;
constexpr int kBeginLocation = 3;
constexpr int kBeginOrganization = 5;
// The score of a word a rule tagged: the model gave no probability for it.
constexpr float kRuleScore = 0.5f;
// Tag probability below which rule 5 may overrule a lone name.
constexpr float kUnsureName = 0.2f;

bool IsBeginTag(int tag) { return tag % 2 == 1; }
int BeginOf(int tag) { return tag == kOutside ? kOutside : tag - 1 + tag % 2; }

bool EndsWith(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// The word lists below are arrays of views made at compile time: a view
// made from a literal per call counts the literal's length per call, and
// these are asked of every word.
template <size_t N>
bool EndsWithAny(std::u32string_view s,
                 const std::u32string_view (&suffixes)[N]) {
  for (std::u32string_view suffix : suffixes) {
    if (EndsWith(s, suffix)) return true;
  }
  return false;
}

template <size_t N>
bool IsAnyOf(std::u32string_view s, const std::u32string_view (&words)[N]) {
  for (std::u32string_view word : words) {
    if (s == word) return true;
  }
  return false;
}

bool IsCapitalised(std::u16string_view word) {
  if (word.empty()) return false;
  if (word[0] < 0x80) return word[0] >= u'A' && word[0] <= u'Z';  // no ICU
  UChar32 c;
  size_t i = 0;
  U16_NEXT(word.data(), i, word.size(), c);
  const int8_t type = u_charType(c);
  return type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
}

// German strong/weak adjective endings ("Naher", "Nahen", "Vereinigte").
bool HasAdjectiveEnding(std::u32string_view lower) {
  static constexpr std::u32string_view kEndings[] = {U"e", U"en", U"er", U"es",
                                                     U"em"};
  return lower.size() >= 4 && EndsWithAny(lower, kEndings);
}

// Articles and pronouns take the same endings; they never start a region.
bool IsDeterminer(std::u32string_view lower) {
  static constexpr std::u32string_view kStems[] = {
      U"dies", U"jen",  U"ein",   U"kein", U"sein", U"ihr",   U"unser", U"eur",
      U"mein", U"dein", U"welch", U"jed",  U"all",  U"manch", U"solch"};
  for (std::u32string_view stem : kStems) {
    if (lower.substr(0, stem.size()) == stem) return true;
  }
  return false;
}

// Compass nouns: an inflected, capitalised adjective in front of one names
// a region ("im Nahen Osten", "Ferner Osten", "im Wilden Westen").
bool IsCompassNoun(std::u32string_view lower) {
  static constexpr std::u32string_view kCompassNouns[] = {
      U"osten",  U"ostens",  U"westen", U"westens",
      U"norden", U"nordens", U"süden",  U"südens"};
  return IsAnyOf(lower, kCompassNouns);
}

// Heads of German compounds that name an institution
// ("Verteidigungsministerium", "Bundesamt", "Ausländerbehörde").
bool HasInstitutionHead(std::u32string_view lower) {
  static constexpr std::u32string_view kHeads[] = {
      U"ministerium", U"ministeriums", U"behörde", U"amt", U"amtes", U"amts"};
  // Only as the head of a compound, and one institution: "Finanzamt" and
  // "Verteidigungsministerium" name one, "Amt", "Behörde" and
  // "Sicherheitsbehörden" do not.
  for (std::u32string_view head : kHeads) {
    if (lower.size() >= head.size() + 3 &&
        lower.substr(lower.size() - head.size()) == head) {
      return true;
    }
  }
  return false;
}

// A lower-case nationality or region adjective ("russische",
// "israelischen", "deutschen") is part of an institution's name.
bool IsNationalityAdjective(const RuleWord& word) {
  static constexpr std::u32string_view kEndings[] = {
      U"sche", U"schen", U"scher", U"sches", U"schem"};
  return !IsCapitalised(word.text) && EndsWithAny(word.lower, kEndings);
}

// Nouns after which a capitalised word names an organisation of that kind
// ("des israelischen Geheimdienstes Mossad").
bool IsOrganisationKindNoun(std::u32string_view lower) {
  static constexpr std::u32string_view kNouns[] = {
      U"geheimdienst",      U"geheimdienstes",      U"geheimdiensts",
      U"nachrichtendienst", U"nachrichtendienstes", U"nachrichtendiensts"};
  return IsAnyOf(lower, kNouns);
}

bool IsDash(std::u16string_view word) {
  return word == u"-" || word == u"\u2013" || word == u"\u2014" || word == u"|";
}

// A title line ("… auf ganz neuem Niveau – Verteidigungsminister – World")
// has no sentence-final punctuation.
bool IsTitleLine(const std::vector<RuleWord>& words) {
  if (words.empty()) return false;
  const std::u16string_view last = words.back().text;
  for (std::u16string_view final_mark :
       {u".", u"!", u"?", u"\u2026", u"\"", u"\u201C", u"\u201D", u"\u00BB",
        u"\u00AB", u":", u")"}) {
    if (last == final_mark) return false;
  }
  return true;
}

// Index one past the run of tags that starts at `begin`.
size_t RunEnd(const std::vector<int>& tags, size_t begin) {
  size_t end = begin + 1;
  if (tags[begin] == kOutside) return end;
  while (end < tags.size() && tags[end] == BeginOf(tags[begin]) + 1) ++end;
  return end;
}

void SetRun(std::vector<int>* tags, std::vector<float>* probabilities,
            size_t begin, size_t end, int begin_tag) {
  for (size_t k = begin; k < end; ++k) {
    const int tag = k == begin ? begin_tag : begin_tag + 1;
    if (BeginOf((*tags)[k]) != begin_tag) (*probabilities)[k] = kRuleScore;
    (*tags)[k] = tag;
  }
}

// I-X that does not continue B-X or I-X becomes B-X.
void RepairBio(std::vector<int>* tags) {
  for (size_t k = 0; k < tags->size(); ++k) {
    const int tag = (*tags)[k];
    if (tag == kOutside || IsBeginTag(tag)) continue;
    if (k == 0 || BeginOf((*tags)[k - 1]) != tag - 1) (*tags)[k] = tag - 1;
  }
}

bool InAnyGazetteer(const RuleWord& word) {
  return word.place_mark != 0 || word.in_name_lists;
}

}  // namespace

void ApplyGermanNameRules(const std::vector<RuleWord>& words,
                          std::vector<int>* tags,
                          std::vector<float>* probabilities) {
  const size_t n = words.size();
  if (tags->size() != n || probabilities->size() != n) return;
  // 1. Compass regions: "Nahen Osten" is one place.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (IsCapitalised(words[i].text) && HasAdjectiveEnding(words[i].lower) &&
        !IsDeterminer(words[i].lower) && IsCompassNoun(words[i + 1].lower) &&
        IsCapitalised(words[i + 1].text)) {
      SetRun(tags, probabilities, i, i + 2, kBeginLocation);
    }
  }
  // 2. Institutions, with their nationality adjectives: "das russische
  // Verteidigungsministerium" is an organisation.
  for (size_t i = 0; i < n; ++i) {
    if (!IsCapitalised(words[i].text) || !HasInstitutionHead(words[i].lower)) {
      continue;
    }
    if (BeginOf((*tags)[i]) == kBeginOrganization) continue;
    size_t begin = i;
    while (begin > 0 && i - begin < 2 &&
           IsNationalityAdjective(words[begin - 1])) {
      --begin;
    }
    SetRun(tags, probabilities, begin, i + 1, kBeginOrganization);
  }
  // 3. A name right after "Geheimdienst(es)" is the service's.
  for (size_t i = 1; i < n; ++i) {
    if (!IsOrganisationKindNoun(words[i - 1].lower) ||
        !IsCapitalised(words[i].text) || words[i].lexicon_class == 'N' ||
        words[i].lexicon_class == 'H') {
      continue;
    }
    const int tag = (*tags)[i];
    if (tag != kOutside && !IsBeginTag(tag)) continue;
    SetRun(tags, probabilities, i, RunEnd(*tags, i), kBeginOrganization);
  }
  RepairBio(tags);
  // 4. Two gazetteer places side by side are two places ("Russland Iran").
  for (size_t k = 1; k < n; ++k) {
    if ((*tags)[k] == kBeginLocation + 1 && words[k].place_mark == 'B' &&
        words[k - 1].place_mark != 0) {
      (*tags)[k] = kBeginLocation;
    }
  }
  // 5. A lone word that hunspell lists ("Niveau"), that no gazetteer holds
  // and that the tagger is unsure of is no place, organisation or other
  // name (persons: OnlyCommonNouns in name_tagger.cc). Towns and
  // landscapes are hunspell words too, hence the confidence bound: at 0.4
  // (the bound of the greedy tagger) the rule cost the Viterbi tagger 1.9
  // F1 points on GermEval, at 0.2 it costs 0.2.
  for (size_t i = 0; i < n; ++i) {
    const int tag = (*tags)[i];
    if (tag == kOutside || tag == kBeginPerson || !IsBeginTag(tag) ||
        RunEnd(*tags, i) != i + 1) {
      continue;
    }
    const char lexicon = words[i].lexicon_class;
    if ((lexicon == 'N' || lexicon == 'P') && !InAnyGazetteer(words[i]) &&
        (*probabilities)[i] < kUnsureName) {
      (*tags)[i] = kOutside;
    }
  }
  // 6. In a title line, a lone word between dashes or after the last dash
  // is a section label ("– World"), unless a gazetteer knows it.
  if (IsTitleLine(words)) {
    for (size_t i = 1; i < n; ++i) {
      if ((*tags)[i] == kOutside || !IsBeginTag((*tags)[i]) ||
          RunEnd(*tags, i) != i + 1 || !IsDash(words[i - 1].text) ||
          InAnyGazetteer(words[i])) {
        continue;
      }
      if (i + 1 == n || IsDash(words[i + 1].text)) (*tags)[i] = kOutside;
    }
  }
  // 7. A place in the genitive before a common noun is the place alone:
  // "Russlands Armee", "Bayerns Regierung" (the tagger, trained on little
  // such text, runs on into the noun). An adjective in -es starts a name of
  // its own ("Vereinigtes Königreich", "Schwarzes Meer"), -us, -is and -ss
  // end names rather than genitives ("Corpus Christi", "Paris"), and a noun
  // a gazetteer knows may be part of the place.
  for (size_t i = 0; i + 1 < n; ++i) {
    if ((*tags)[i] != kBeginLocation || (*tags)[i + 1] != kBeginLocation + 1) {
      continue;
    }
    const std::u32string_view genitive = words[i].lower;
    static constexpr std::u32string_view kNotGenitive[] = {U"us", U"is", U"ss"};
    if (genitive.size() < 4 || genitive.back() != U's' ||
        HasAdjectiveEnding(genitive) || EndsWithAny(genitive, kNotGenitive) ||
        !IsCapitalised(words[i].text)) {
      continue;
    }
    const size_t end = RunEnd(*tags, i);
    bool common_nouns = true;
    for (size_t k = i + 1; k < end && common_nouns; ++k) {
      common_nouns = words[k].lexicon_class == 'N' && !InAnyGazetteer(words[k]);
    }
    if (!common_nouns) continue;
    for (size_t k = i + 1; k < end; ++k) (*tags)[k] = kOutside;
  }
}

}  // namespace lesbar
