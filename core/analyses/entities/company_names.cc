#include "analyses/entities/company_names.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analyses/entities/entity_spans.h"
#include "features/gazetteers/gazetteers.h"
#include "features/lexicon/dale_chall.h"
#include "features/lexicon/noun_lexicon.h"
#include "normalize/lower_case.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

// The score of an entity this pass made: no model probability.
constexpr float kRuleScore = 0.5f;

std::u16string LowerAscii(std::u16string_view word) {
  std::u16string out(word);
  for (char16_t& c : out) {
    if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c + 0x20);
  }
  return out;
}

// The lower-cased text of tokens[index], or empty past either end.
std::u16string LowerAt(std::u16string_view text,
                       const std::vector<Token>& tokens, size_t index) {
  if (index >= tokens.size()) return {};
  return LowerAscii(TextOf(text, tokens[index]));
}

bool IsPossessive(std::u16string_view word) {
  return word == u"'s" || word == u"\u2019s";
}

// Legal forms that follow a company's name and only a company's.
bool IsLegalForm(std::u16string_view lower) {
  return IsOneOf(lower, {u"inc", u"inc.", u"corp", u"corp.", u"corporation",
                         u"ltd", u"ltd.", u"llc", u"plc", u"holdings"});
}

// What a company has and a person or country does not ("Pfizer's shares").
bool IsCorporateNoun(std::u16string_view lower) {
  return IsOneOf(
      lower, {u"shares", u"share", u"stock", u"stocks", u"revenue", u"revenues",
              u"profit", u"profits", u"earnings", u"shareholders",
              u"stockholders", u"subsidiary", u"valuation", u"stake"});
}

// Right after a company's name: "Pfizer shares", "Mizuho analyst".
bool IsCompanyModifiedNoun(std::u16string_view lower) {
  return IsOneOf(lower, {u"shares", u"stock", u"stocks", u"shareholders",
                         u"stockholders", u"analyst", u"analysts", u"spokesman",
                         u"spokeswoman", u"spokesperson", u"ceo"});
}

bool IsPriceMove(std::u16string_view lower) {
  return IsOneOf(
      lower, {u"rose", u"fell", u"jumped", u"gained", u"dropped", u"slid",
              u"climbed", u"tumbled", u"surged", u"plunged", u"soared", u"sank",
              u"slumped", u"rallied", u"advanced", u"declined", u"edged"});
}

// Nouns of ", the maker of …" and ", a drugmaker based in …".
bool IsCompanyNoun(std::u16string_view lower) {
  return IsOneOf(
      lower, {u"maker", u"makers", u"manufacturer", u"producer", u"company",
              u"firm", u"retailer", u"lender", u"insurer", u"carrier",
              u"airline", u"automaker", u"carmaker", u"drugmaker", u"chipmaker",
              u"conglomerate", u"startup", u"start-up"});
}

// "rose 2%", "fell 3 percent", "jumped 30 per cent" after a price move.
bool IsPercentAt(std::u16string_view text, const std::vector<Token>& tokens,
                 size_t index) {
  if (index >= tokens.size() || tokens[index].kind != TokenKind::kNumber) {
    return false;
  }
  const std::u16string unit = LowerAt(text, tokens, index + 1);
  if (unit == u"%" || unit == u"percent") return true;
  return unit == u"per" && LowerAt(text, tokens, index + 2) == u"cent";
}

bool IsAfterCompany(std::u16string_view text, const std::vector<Token>& tokens,
                    size_t index) {
  const std::u16string next = LowerAt(text, tokens, index + 1);
  if (IsLegalForm(next) || IsCompanyModifiedNoun(next)) return true;
  if (IsPossessive(next)) {
    return IsCorporateNoun(LowerAt(text, tokens, index + 2));
  }
  if (IsPriceMove(next)) {
    // "rose 2%", "rose by 2%", "rose as much as 2%" is too far.
    return IsPercentAt(text, tokens, index + 2) ||
           (LowerAt(text, tokens, index + 2) == u"by" &&
            IsPercentAt(text, tokens, index + 3));
  }
  if (next == u"said" || next == u"says") {
    // "said in a statement", "said in a regulatory filing".
    if (LowerAt(text, tokens, index + 2) != u"in" ||
        LowerAt(text, tokens, index + 3) != u"a") {
      return false;
    }
    for (size_t k = index + 4; k <= index + 5; ++k) {
      const std::u16string word = LowerAt(text, tokens, k);
      if (word == u"statement" || word == u"filing") return true;
    }
    return false;
  }
  if (next == u",") {
    // ", based in New Haven": where a company has its seat (a person
    // introduced by full name is kept apart by the caller).
    const std::u16string article = LowerAt(text, tokens, index + 2);
    if (article == u"based") {
      const std::u16string preposition = LowerAt(text, tokens, index + 3);
      return preposition == u"in" || preposition == u"near";
    }
    // ", the maker of", ", a Connecticut-based drugmaker": the noun within
    // three words, and not a possessive ("Smith, the company's CEO").
    if (article != u"the" && article != u"a" && article != u"an") return false;
    for (size_t k = index + 3; k <= index + 5; ++k) {
      if (IsCompanyNoun(LowerAt(text, tokens, k))) {
        return !IsPossessive(LowerAt(text, tokens, k + 1));
      }
    }
  }
  return false;
}

// "shares of Pfizer", "a stake in Arvinas", "CEO of Apple", "analysts at
// Mizuho".
bool FollowsShareholding(std::u16string_view text,
                         const std::vector<Token>& tokens, size_t index) {
  if (index < 2) return false;
  const std::u16string previous = LowerAt(text, tokens, index - 1);
  const std::u16string before = LowerAt(text, tokens, index - 2);
  // "analysts at JPMorgan Chase", "economists at Mizuho".
  if (previous == u"at") {
    return IsOneOf(before, {u"analyst", u"analysts", u"economist",
                            u"economists", u"strategist", u"strategists"});
  }
  if (previous != u"of" && previous != u"in") return false;
  return IsOneOf(before, {u"shares", u"stock", u"stake", u"shareholders",
                          u"stockholders", u"investors", u"ceo"}) ||
         (previous == u"of" && before == u"executive");
}

bool IsBeforeCompany(std::u16string_view text, const std::vector<Token>& tokens,
                     size_t index) {
  if (FollowsShareholding(text, tokens, index)) return true;
  // The second of two: "shares of BP and Shell".
  if (index < 4) return false;
  const std::u16string previous = LowerAt(text, tokens, index - 1);
  return (previous == u"and" || previous == u"or") &&
         StartsUpper(TextOf(text, tokens[index])) &&
         StartsUpper(TextOf(text, tokens[index - 2])) &&
         FollowsShareholding(text, tokens, index - 2);
}

// A sentence starts at the token: capitalised because of its place, not
// only because it is a name.
bool StartsSentence(std::u16string_view text, const std::vector<Token>& tokens,
                    size_t index) {
  for (size_t k = index; k-- > 0;) {
    const std::u16string_view word = TextOf(text, tokens[k]);
    if (IsOneOf(word, {u"\"", u"\u201C", u"\u201D", u"'", u"(", u"\u2018"})) {
      continue;
    }
    return IsOneOf(word, {u".", u"!", u"?", u":", u";"}) ||
           HasLineBreak(text, tokens[k].end, tokens[index].start);
  }
  return true;
}

bool IsKnownPersonName(const std::string& lower) {
  return InAnyNameList(
      kGivenNameLists | kFamilyNameLists | NameListBit(kWikiPersonList), lower);
}

bool IsKnownGivenName(const std::string& lower) {
  return InAnyNameList(kGivenNameLists, lower);
}

bool IsKnownPlace(const std::string& lower) {
  return InAnyNameList(kPlaceLists, lower);
}

bool IsSpace(char16_t c) { return c == u' ' || c == u'\u00A0'; }

// The first and the last word of a name of several words; both empty for
// a name of one word.
struct OuterWords {
  std::u16string_view first, last;
};
OuterWords OuterWordsOf(std::u16string_view surface) {
  const size_t first_space =
      std::find_if(surface.begin(), surface.end(), IsSpace) - surface.begin();
  if (first_space == surface.size()) return {};
  size_t last_space = surface.size();
  while (!IsSpace(surface[last_space - 1])) --last_space;
  return {surface.substr(0, first_space), surface.substr(last_space)};
}

// German nouns of a company's trade, matched as the end of the capitalised
// word before a name ("Spielzeughersteller Mattel", "des
// Technologie-Konzerns Kyocera", "Autobauer BMW"), with their inflections.
// Not "-bauer" alone, which is a surname, nor "-riese", which countries are
// called too.
constexpr std::u16string_view kGermanCompanyHeads[] = {
    u"hersteller",     u"konzern",      u"unternehmen",      u"anbieter",
    u"dienstleister",  u"zulieferer",   u"autobauer",        u"flugzeugbauer",
    u"maschinenbauer", u"anlagenbauer", u"händler",          u"versicherer",
    u"versandhändler", u"betreiber",    u"fluggesellschaft", u"fluglinie",
    u"airline",        u"reederei",     u"brauerei",         u"bank",
    u"verlag",         u"softwarehaus", u"modehaus"};

bool IsGermanCompanyHead(std::u16string_view word) {
  if (!StartsUpper(word)) return false;
  const std::u16string lower = LowerAscii(word);
  const std::u16string_view view(lower);
  for (std::u16string_view ending : {u"", u"s", u"n", u"en", u"e", u"es"}) {
    if (!EndsWith(view, ending)) continue;
    const std::u16string_view stem =
        view.substr(0, view.size() - ending.size());
    for (std::u16string_view head : kGermanCompanyHeads) {
      if (EndsWith(stem, head)) return true;
    }
  }
  return false;
}

// German: a person or other name right after a company head noun is that
// company, and so is a name the tagger began with the head noun (which is
// then left out). Places stay ("größter Versicherer Nordeuropas"), and so
// do persons with a given name ("beim Zulieferer Hans Müller").
void RetypeGermanCompanies(std::u16string_view text,
                           const std::vector<Token>& tokens,
                           std::vector<Entity>* entities) {
  size_t t = 0;
  for (Entity& e : *entities) {
    if (e.type != EntityType::kPerson && e.type != EntityType::kMisc) {
      continue;
    }
    while (t < tokens.size() && tokens[t].start < e.start) ++t;
    if (t >= tokens.size() || tokens[t].start != e.start) continue;
    size_t first = t;
    if (IsGermanCompanyHead(TextOf(text, tokens[t]))) {
      // "Technologie-Konzerns Kyocera" as one span: the name is the rest.
      if (t + 1 >= tokens.size() || tokens[t + 1].end > e.end ||
          tokens[t + 1].kind != TokenKind::kWord ||
          !StartsUpper(TextOf(text, tokens[t + 1]))) {
        continue;
      }
      first = t + 1;
    } else if (t == 0 || tokens[t - 1].kind != TokenKind::kWord ||
               !IsGermanCompanyHead(TextOf(text, tokens[t - 1]))) {
      continue;
    }
    if (e.type == EntityType::kPerson &&
        IsKnownGivenName(LowerUtf8(TextOf(text, tokens[first])))) {
      continue;
    }
    e.start = tokens[first].start;
    e.type = EntityType::kOrganization;
  }
}

// Corporate nouns a German compound ends with after a hyphen when its
// first part is a company ("Lufthansa-Aktie", "Siemens-Chef",
// "VW-Konzern"), with their inflections. Not "-Sprecher" or
// "-Mitarbeiter", which persons have too ("Merkel-Sprecher").
bool IsGermanCorporateCompoundHead(std::u16string_view lower) {
  return IsOneOf(lower, {u"aktie",
                         u"aktien",
                         u"aktionär",
                         u"aktionäre",
                         u"aktionären",
                         u"konzern",
                         u"konzerns",
                         u"konzernchef",
                         u"konzernchefin",
                         u"vorstand",
                         u"vorstands",
                         u"vorstandschef",
                         u"vorstandschefin",
                         u"aufsichtsrat",
                         u"aufsichtsrats",
                         u"aufsichtsratschef",
                         u"betriebsrat",
                         u"betriebsrats",
                         u"chef",
                         u"chefs",
                         u"chefin",
                         u"tochter",
                         u"werk",
                         u"werks",
                         u"werke",
                         u"belegschaft",
                         u"quartalszahlen",
                         u"bilanz",
                         u"übernahme"});
}

// The first part of a hyphenated German compound whose head is a corporate
// noun ("Lufthansa" of "Lufthansa-Aktie"), or empty.
std::u16string_view GermanCompanyOfCompound(std::u16string_view word) {
  const size_t hyphen = word.rfind(u'-');
  if (hyphen == std::u16string_view::npos || hyphen < 2 ||
      hyphen + 1 >= word.size()) {
    return {};
  }
  const std::u16string_view first = word.substr(0, hyphen);
  if (!StartsUpper(first) || first.find(u'-') != std::u16string_view::npos) {
    return {};
  }
  return IsGermanCorporateCompoundHead(LowerUtf16(word.substr(hyphen + 1)))
             ? first
             : std::u16string_view();
}

// What a company reports and a person or country does not ("Bayer meldete
// einen Verlust"), as the end of a word.
bool IsGermanResultNoun(std::u16string_view lower) {
  for (std::u16string_view end :
       {u"gewinn", u"gewinne", u"verlust", u"verluste", u"umsatz", u"umsätze",
        u"quartalszahlen", u"geschäftszahlen", u"jahreszahlen"}) {
    if (EndsWith(lower, end)) return true;
  }
  return false;
}

// The text of tokens[index], or empty past either end.
std::u16string_view WordAt(std::u16string_view text,
                           const std::vector<Token>& tokens, size_t index) {
  return index < tokens.size() ? TextOf(text, tokens[index])
                               : std::u16string_view();
}

// Whether `word` is one of the lower-case `words`, its first letter read as
// lower case ("Aktien" at a sentence start or as a noun): no lower-cased
// copy per word of the text.
[[gnu::noinline]] bool IsOneOfIgnoringFirstCase(
    std::u16string_view word,
    std::initializer_list<std::u16string_view> words) {
  if (word.empty()) return false;
  char16_t first = word[0];
  if (first >= u'A' && first <= u'Z') first = first + (u'a' - u'A');
  for (std::u16string_view candidate : words) {
    if (candidate.size() == word.size() && candidate[0] == first &&
        candidate.substr(1) == word.substr(1)) {
      return true;
    }
  }
  return false;
}

// False for a word that cannot start with a capital: an ASCII first unit
// that is not A-Z (most words of German text, checked without ICU).
inline bool MayStartUpper(std::u16string_view word) {
  return !word.empty() &&
         (word[0] >= 0x80 || (word[0] >= u'A' && word[0] <= u'Z'));
}

// What IsGermanCompanyContext needs at least, checked without a call per
// word: a verb starting with m, v, e or s after the word, or "von", "der"
// or "an" before it.
bool MayBeGermanCompanyContext(std::u16string_view text,
                               const std::vector<Token>& tokens, size_t index) {
  const std::u16string_view next = WordAt(text, tokens, index + 1);
  if (next.size() >= 6) {
    const char16_t c = next[0];
    if (c == u'm' || c == u'v' || c == u'e' || c == u's' || c == u'M' ||
        c == u'V' || c == u'E' || c == u'S') {
      return true;
    }
  }
  if (index == 0) return false;
  const std::u16string_view previous = WordAt(text, tokens, index - 1);
  return previous == u"von" || previous == u"der" || previous == u"an";
}

// German: "Bayer meldete einen Verlust", "BASF steigerte den Umsatz" (the
// noun within four words of the verb); "Aktien von Siemens", "Aktien der
// Lufthansa", "Anteile an Tesla", "Chef von Volkswagen".
bool IsGermanCompanyContext(std::u16string_view text,
                            const std::vector<Token>& tokens, size_t index) {
  if (IsOneOfIgnoringFirstCase(
          WordAt(text, tokens, index + 1),
          {u"meldete", u"meldet", u"meldeten", u"verbuchte", u"verbucht",
           u"erzielte", u"erzielt", u"steigerte", u"steigert"})) {
    for (size_t k = index + 2; k <= index + 5 && k < tokens.size(); ++k) {
      if (tokens[k].kind == TokenKind::kPunct) break;
      if (IsGermanResultNoun(LowerUtf16(TextOf(text, tokens[k])))) {
        return true;
      }
    }
    return false;
  }
  if (index < 2) return false;
  const std::u16string_view previous = WordAt(text, tokens, index - 1);
  const std::u16string_view before = WordAt(text, tokens, index - 2);
  if (previous == u"von" || previous == u"der") {
    return IsOneOfIgnoringFirstCase(
        before, {u"aktie", u"aktien", u"aktionäre", u"chef", u"chefin",
                 u"vorstandschef", u"konzernchef"});
  }
  if (previous == u"an") {
    return IsOneOfIgnoringFirstCase(before,
                                    {u"anteile", u"anteil", u"beteiligung"});
  }
  return false;
}

// An untagged mention of a company's one-word name becomes the company:
// in English only where it stands in a company context itself, not right
// after another capitalised word (the last word of a longer name the tagger
// missed, "Visakha Industrial Gases Pvt. Ltd."), and at a sentence start
// only when it is not a familiar word capitalised by its place ("Bank
// shares").
bool IsUntaggedEnglishCompany(std::u16string_view text,
                              const std::vector<Token>& tokens, size_t i) {
  if (!IsCompanyContext(text, tokens, i)) return false;
  if (i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
      StartsUpper(TextOf(text, tokens[i - 1]))) {
    return false;
  }
  return !StartsSentence(text, tokens, i) ||
         !IsDaleChallEasyWord(LowerAscii(TextOf(text, tokens[i])));
}

// A capital after a small letter ("AfD", "EnBW", "VfB"): an abbreviation's
// spelling, which hunspell lists among its nouns.
bool HasInnerCapital(std::u16string_view word) {
  for (size_t i = 1; i < word.size(); ++i) {
    if (u_isupper(word[i]) && u_islower(word[i - 1])) return true;
  }
  return false;
}

// A capitalised German word that may be part of a name: every noun is
// capitalised, so only one the lexicon does not know as a common noun.
bool IsNameLikeGermanWord(std::u16string_view word) {
  if (!StartsUpper(word)) return false;
  return HasInnerCapital(word) || !IsGermanCommonNoun(LowerUtf8(word));
}

// German capitalises every noun, so the lexicon rather than the case says
// whether an untagged word can be a company ("die Bahn" stays a noun). The
// text's evidence ("Lufthansa-Chef", "Aktien der Lufthansa") covers every
// mention, except one beside another name-like word, which is part of a
// longer name ("Lufthansa Cargo").
bool IsUntaggedGermanCompany(std::u16string_view text,
                             const std::vector<Token>& tokens, size_t i) {
  if (!IsNameLikeGermanWord(TextOf(text, tokens[i]))) return false;
  const auto name_like_word_at = [&](size_t k) {
    return tokens[k].kind == TokenKind::kWord &&
           IsNameLikeGermanWord(TextOf(text, tokens[k]));
  };
  // A word before it capitalised by its place ("Die Lufthansa") is no name.
  if (i > 0 && name_like_word_at(i - 1) &&
      !StartsSentence(text, tokens, i - 1)) {
    return false;
  }
  return i + 1 >= tokens.size() || !name_like_word_at(i + 1);
}

// A test a word must pass before a hash lookup in a small set of surfaces:
// its length and its first unit (mod 64) are among theirs. Most words of
// a text fail it, and a hash per word was most of this pass's time.
class SurfaceFilter {
 public:
  void Add(std::u16string_view surface) {
    lengths_ |= LengthBit(surface.size());
    initials_ |= uint64_t{1} << (surface[0] & 63);
  }
  bool MayHold(std::u16string_view word) const {
    return !word.empty() && (lengths_ & LengthBit(word.size())) != 0 &&
           ((initials_ >> (word[0] & 63)) & 1) != 0;
  }

 private:
  static uint64_t LengthBit(size_t length) {
    return uint64_t{1} << std::min<size_t>(length, 63);
  }
  uint64_t lengths_ = 0;
  uint64_t initials_ = 0;
};

bool IsLeadingArticle(std::u16string_view word) {
  return IsOneOf(word, {u"The", u"Die", u"Der", u"Das", u"Den", u"Dem", u"Des",
                        u"THE", u"DIE", u"DER", u"DAS"});
}

// Per capitalised one-word surface: which types its mentions have and
// whether one of them stands in a company context.
struct Evidence {
  bool person = false;
  bool place = false;
  bool untagged = false;
  bool company_context = false;
  // First word of a company's longer name, which starts at
  // company_name_start; alone before it (any type or none).
  bool heads_company = false;
  int32_t company_name_start = 0;
  bool alone_before_company = false;
};

}  // namespace

bool IsCompanyLegalForm(std::u16string_view word) {
  if (!word.empty() && word.back() == u'.') word.remove_suffix(1);
  // As written: "Sa" and "Se" are names, "Co" is also a county.
  return IsOneOf(word, {u"Inc", u"INC", u"Corp", u"CORP", u"Ltd", u"LTD",
                        u"LLC", u"PLC", u"plc", u"AG", u"GmbH", u"SE", u"KGaA",
                        u"SA", u"S.A", u"NV", u"N.V", u"BV", u"SpA"});
}

bool EndsCompanyName(std::u16string_view word) {
  return IsCompanyLegalForm(word) ||
         (StartsUpper(word) &&
          IsOneOf(LowerAscii(word),
                  {u"corporation", u"holdings", u"group", u"technologies",
                   u"systems", u"platforms", u"pharmaceuticals",
                   u"therapeutics", u"motors", u"airlines", u"airways",
                   u"semiconductor", u"software", u"networks",
                   u"communications", u"industries", u"enterprises"}));
}

bool IsCompanyContext(std::u16string_view text,
                      const std::vector<Token>& tokens, size_t index) {
  return IsAfterCompany(text, tokens, index) ||
         IsBeforeCompany(text, tokens, index);
}

void TagCompanyNames(std::u16string_view text, const std::vector<Token>& tokens,
                     std::string_view language, std::vector<Entity>* entities) {
  const bool german = language == "de";
  if (german) RetypeGermanCompanies(text, tokens, entities);
  if (!german && language != "en") return;
  const auto in_company_context = [&](size_t i) {
    return german ? IsGermanCompanyContext(text, tokens, i)
                  : IsCompanyContext(text, tokens, i);
  };
  // Words of full person names: "Tim Cook … Cook said" is a person.
  std::unordered_set<std::u16string_view> person_name_words;
  for (const Entity& e : *entities) {
    if (e.type != EntityType::kPerson) continue;
    const OuterWords words = OuterWordsOf(EntitySurface(text, e));
    if (words.first.empty()) continue;
    person_name_words.insert(words.first);
    person_name_words.insert(words.last);
  }
  // entity_at[i]: the entity that is exactly token i, -1 for none, -2 for
  // a token inside a longer entity.
  std::vector<int> entity_at(tokens.size(), -1);
  size_t next = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    while (next < entities->size() && (*entities)[next].end <= t.start) ++next;
    if (next < entities->size() && (*entities)[next].start < t.end) {
      const Entity& e = (*entities)[next];
      entity_at[i] =
          e.start == t.start && e.end == t.end ? static_cast<int>(next) : -2;
    }
  }
  // The capitalised one-word surface at token i that evidence can be about
  // (untagged, or exactly a person, place or organisation), else empty.
  const auto surface_at = [&](size_t i) -> std::u16string_view {
    if (tokens[i].kind != TokenKind::kWord || entity_at[i] == -2) return {};
    const std::u16string_view word = TextOf(text, tokens[i]);
    if (word.size() < 2 || !StartsUpper(word)) return {};
    if (entity_at[i] >= 0) {
      const EntityType type = (*entities)[entity_at[i]].type;
      if (type != EntityType::kPerson && type != EntityType::kLocation &&
          type != EntityType::kOrganization) {
        return {};
      }
    }
    return word;
  };
  // First the surfaces with a company's evidence (few), then what the text
  // says of them: no entry per capitalised word of the text.
  std::unordered_map<std::u16string_view, Evidence> evidence;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (german) {
      // Both kinds of German evidence are about a capitalised word.
      const std::u16string_view word = TextOf(text, tokens[i]);
      if (tokens[i].kind != TokenKind::kWord || !MayStartUpper(word)) continue;
      const std::u16string_view company = GermanCompanyOfCompound(word);
      if (!company.empty()) evidence[company].company_context = true;
      if (!MayBeGermanCompanyContext(text, tokens, i)) continue;
    }
    const std::u16string_view word = surface_at(i);
    if (!word.empty() && in_company_context(i)) {
      evidence[word].company_context = true;
    }
  }
  // "Meta Platforms Inc. … Meta said": a company's name ends in a legal
  // form or a corporate noun, or stands where only companies do ("analysts
  // at JPMorgan Chase"), and its first word alone is the company.
  size_t first_token = 0;
  for (Entity& e : *entities) {
    while (first_token < tokens.size() && tokens[first_token].end <= e.start) {
      ++first_token;
    }
    if (e.type != EntityType::kOrganization && e.type != EntityType::kPerson &&
        e.type != EntityType::kLocation && e.type != EntityType::kMisc) {
      continue;
    }
    const OuterWords words = OuterWordsOf(EntitySurface(text, e));
    if (words.first.empty()) continue;
    if (!EndsCompanyName(words.last) &&
        (german || first_token >= tokens.size() ||
         tokens[first_token].start != e.start ||
         !IsBeforeCompany(text, tokens, first_token))) {
      continue;
    }
    e.type = EntityType::kOrganization;
    const std::u16string_view first = words.first;
    if (first.size() < 2 || !StartsUpper(first) || IsLeadingArticle(first)) {
      continue;
    }
    Evidence& found = evidence[first];
    if (!found.heads_company) found.company_name_start = e.start;
    found.heads_company = true;
  }
  if (evidence.empty()) return;
  SurfaceFilter evidenced;
  for (const auto& entry : evidence) evidenced.Add(entry.first);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!evidenced.MayHold(TextOf(text, tokens[i]))) continue;
    const std::u16string_view word = surface_at(i);
    if (word.empty()) continue;
    const auto found = evidence.find(word);
    if (found == evidence.end()) continue;
    found->second.alone_before_company |=
        tokens[i].start < found->second.company_name_start;
    if (entity_at[i] >= 0) {
      const EntityType type = (*entities)[entity_at[i]].type;
      found->second.person |= type == EntityType::kPerson;
      found->second.place |= type == EntityType::kLocation;
    } else {
      found->second.untagged = true;
    }
  }
  std::unordered_set<std::u16string_view> companies;
  SurfaceFilter company_filter;
  for (const auto& [surface, found] : evidence) {
    if (person_name_words.count(surface)) continue;
    const std::string lower = LowerUtf8(surface);
    // News names a company in full before it shortens the name; a word
    // alone before that is someone or something else ("Trump … Trump
    // Inc.").
    const bool shortened = found.heads_company && !found.alone_before_company &&
                           !(found.place && IsKnownPlace(lower));
    if (!shortened) {
      if (!found.company_context) continue;
      if ((found.person || found.untagged) && IsKnownPersonName(lower)) {
        continue;
      }
      if ((found.place || found.untagged) && IsKnownPlace(lower)) continue;
    }
    companies.insert(surface);
    company_filter.Add(surface);
  }
  if (companies.empty()) return;
  std::vector<Entity> added;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord || entity_at[i] == -2) continue;
    const std::u16string_view word = TextOf(text, tokens[i]);
    if (!company_filter.MayHold(word) || !companies.count(word)) continue;
    if (entity_at[i] >= 0) {
      Entity& e = (*entities)[entity_at[i]];
      if (e.type == EntityType::kPerson || e.type == EntityType::kLocation) {
        e.type = EntityType::kOrganization;
      }
      continue;
    }
    if (german) {
      if (!IsUntaggedGermanCompany(text, tokens, i)) continue;
    } else if (!IsUntaggedEnglishCompany(text, tokens, i)) {
      continue;
    }
    Entity e;
    e.start = tokens[i].start;
    e.end = tokens[i].end;
    e.type = EntityType::kOrganization;
    e.score = kRuleScore;
    added.push_back(e);
  }
  AddEntitiesInOrder(added, entities);
}

}  // namespace lesbar
