// Word lists and span surgery for name_titles.h. German and English lists
// apply to every text: German news quotes "Präsident" and English "CEO"
// alike, and language identification can be wrong on a short text.
#include "analyses/entities/name_titles.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_set>

#include "analyses/entities/entity_spans.h"
#include "features/gazetteers/gazetteers.h"
#include "features/lexicon/dale_chall.h"
#include "features/lexicon/noun_lexicon.h"
#include "normalize/lower_case.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Titles and roles written before a name, lower-cased, without a final
// period ("Dr." is "dr").
const WordSet& TitleWords() {
  static const WordSet* const kWords = new WordSet{
      // English.
      "president", "president-elect", "chancellor", "minister", "secretary",
      "secretary-general", "director-general", "analyst", "economist",
      "strategist", "ceo", "cfo", "coo", "cto", "chief", "executive",
      "chairman", "chairwoman", "chairperson", "director", "spokesman",
      "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative",
      "congressman", "congresswoman", "governor", "gov", "mayor", "general",
      "gen", "admiral", "colonel", "lieutenant", "lt", "captain", "capt",
      "commander", "sergeant", "sgt", "premier", "king", "queen", "prince",
      "princess", "emperor", "pope", "cardinal", "bishop", "archbishop",
      "rabbi", "imam", "ayatollah", "sheikh", "emir", "judge", "justice",
      "professor", "prof", "dr", "doctor", "mr", "mrs", "ms", "miss", "sir",
      "dame", "lord", "lady", "ambassador", "envoy", "commissioner", "founder",
      "co-founder", "head", "leader", "coach", "manager", "officer", "attorney",
      "prosecutor", "treasurer", "correspondent", "editor", "researcher",
      "dean",
      // German (compounds ending in these: GermanTitleHeads()).
      "herr", "herrn", "frau", "papst", "könig", "königin", "kaiser",
      "kaiserin", "fürst", "fürstin", "prinz", "prinzessin", "scheich",
      "ajatollah", "kardinal", "bischof", "pfarrer", "rabbiner", "oberst",
      "leutnant", "hauptmann", "staatschef", "regierungschef"};
  return *kWords;
}

// Heads of German compounds that name a role: "Verteidigungsminister",
// "EZB-Präsidentin", "Generalstabschef", "Regierungssprecher".
constexpr std::u16string_view kGermanTitleHeads[] = {
    u"präsident",      u"präsidentin",   u"kanzler",
    u"kanzlerin",      u"minister",      u"ministerin",
    u"chef",           u"chefin",        u"sprecher",
    u"sprecherin",     u"sekretär",      u"sekretärin",
    u"botschafter",    u"botschafterin", u"vorsitzende",
    u"vorsitzender",   u"analyst",       u"analystin",
    u"direktor",       u"direktorin",    u"general",
    u"generalin",      u"gouverneur",    u"senator",
    u"senatorin",      u"bürgermeister", u"bürgermeisterin",
    u"abgeordnete",    u"abgeordneter",  u"kommissar",
    u"kommissarin",    u"beauftragte",   u"beauftragter",
    u"ökonom",         u"ökonomin",      u"experte",
    u"expertin",       u"stratege",      u"strategin",
    u"leiter",         u"leiterin",      u"berater",
    u"beraterin",      u"gründer",       u"gründerin",
    u"inspekteur",     u"kommandeur",    u"befehlshaber",
    u"richter",        u"richterin",     u"vize",
    u"athlet",         u"athletin",      u"spieler",
    u"spielerin",      u"trainer",       u"trainerin",
    u"sänger",         u"sängerin",      u"schauspieler",
    u"schauspielerin", u"moderator",     u"moderatorin",
    u"journalist",     u"journalistin",  u"politiker",
    u"politikerin",    u"regisseur",     u"regisseurin",
    u"kandidat",       u"kandidatin",    u"autor",
    u"autorin"};

// Words that make a title only together with the title after them:
// "Prime Minister", "Foreign Secretary", "former President".
const WordSet& TitleModifiers() {
  static const WordSet* const kWords = new WordSet{
      "prime",    "vice",       "deputy",    "foreign",   "defence",
      "defense",  "interior",   "finance",   "economy",   "health",
      "trade",    "energy",     "state",     "executive", "managing",
      "senior",   "former",     "acting",    "interim",   "outgoing",
      "incoming", "crown",      "grand",     "supreme",   "first",
      "lead",     "top",        "assistant", "associate", "special",
      "federal",  "national",   "army",      "military",  "police",
      "party",    "opposition", "central",   "bank",      "intelligence",
      "security", "chief",      "general",   "attorney",  "ex"};
  return *kWords;
}

// Title heads that also begin organisation names ("General Motors",
// "Queen Mary University", "Chief Executives Board"): a span tagged as
// something other than a person needs more evidence after these.
const WordSet& OrganisationLikeTitles() {
  static const WordSet* const kWords =
      new WordSet{"general",  "chief",    "king",   "queen",   "prince",
                  "princess", "cardinal", "bishop", "justice", "lord",
                  "lady",     "head",     "leader", "judge",   "dean"};
  return *kWords;
}

// Words between a title and the organisation it belongs to: "Chef des
// Mossad", "Director of the CIA".
const WordSet& OfWords() {
  static const WordSet* const kWords = new WordSet{
      "of", "the", "for", "at", "des", "der", "von", "vom", "für", "im", "am"};
  return *kWords;
}

// Portfolios after "of": "Secretary of State" names no organisation.
const WordSet& Portfolios() {
  static const WordSet* const kWords = new WordSet{
      "state",  "defense", "defence", "justice", "interior",  "staff",
      "health", "energy",  "labor",   "labour",  "education", "commerce"};
  return *kWords;
}

// English demonyms that no suffix rule below catches.
const WordSet& Demonyms() {
  static const WordSet* const kWords =
      new WordSet{"german", "french", "dutch", "greek", "swiss",
                  "thai",   "czech",  "welsh", "irish", "scottish"};
  return *kWords;
}

// Last words that make a span an institution or a place whatever title it
// starts with: "Queen Mary University", "Prince Edward Island".
const WordSet& InstitutionHeads() {
  static const WordSet* const kWords = new WordSet{
      "university", "college", "hospital",    "school",  "foundation",
      "institute",  "island",  "islands",     "airport", "station",
      "street",     "bridge",  "hall",        "park",    "center",
      "centre",     "church",  "cathedral",   "museum",  "company",
      "group",      "bank",    "corporation", "inc",     "ltd",
      "award",      "prize",   "cup",         "trophy",  "stadium",
      "motors",     "theatre", "theater",     "library", "society"};
  return *kWords;
}

bool IsCapitalised(std::u16string_view word) {
  if (word.empty()) return false;
  UChar32 c;
  size_t i = 0;
  U16_NEXT(word.data(), i, word.size(), c);
  return u_isupper(c) || u_istitle(c);
}

// A word of a name span, with what the rules ask of it.
struct SpanWord {
  int32_t start = 0;
  int32_t end = 0;  // includes a title's final "." ("Dr.")
  std::u16string_view text;
  std::string lower;        // UTF-8, without a final period
  bool possessive = false;  // "Russia" of "Russia's"
};

// The German title heads with their inflections ("des Präsidenten", "des
// Ministers"), as a trie of their UTF-8 bytes read from the end: whether a
// word ends in one is a walk back over at most its last few bytes, where
// trying every head and ending was most of the title pass's time.
class TitleHeadSuffixes {
 public:
  TitleHeadSuffixes() {
    nodes_.emplace_back();
    for (std::u16string_view head : kGermanTitleHeads) {
      std::string utf8;
      icu::UnicodeString(head.data(), static_cast<int32_t>(head.size()))
          .toUTF8String(utf8);
      for (std::string_view ending : {"", "s", "n", "en"}) {
        Add(utf8 + std::string(ending));
      }
    }
  }

  bool EndsInOne(std::string_view lower) const {
    int node = 0;
    for (size_t i = lower.size(); i-- > 0;) {
      node = Next(node, static_cast<unsigned char>(lower[i]));
      if (node < 0) return false;
      if (nodes_[node].terminal) return true;
    }
    return false;
  }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> next;
    bool terminal = false;
  };

  int Next(int node, unsigned char byte) const {
    for (const auto& [b, child] : nodes_[node].next) {
      if (b == byte) return child;
    }
    return -1;
  }

  void Add(const std::string& suffix) {
    int node = 0;
    for (size_t i = suffix.size(); i-- > 0;) {
      const unsigned char byte = static_cast<unsigned char>(suffix[i]);
      int child = Next(node, byte);
      if (child < 0) {
        child = static_cast<int>(nodes_.size());
        nodes_[node].next.push_back({byte, child});
        nodes_.emplace_back();
      }
      node = child;
    }
    nodes_[node].terminal = true;
  }

  std::vector<Node> nodes_;
};

// `lower` is the word lower-cased, in UTF-8.
bool IsGermanTitleHead(std::string_view lower) {
  static const TitleHeadSuffixes* const kSuffixes = new TitleHeadSuffixes;
  return kSuffixes->EndsInOne(lower);
}

bool IsTitleWord(const SpanWord& w) {
  if (TitleWords().count(w.lower)) return true;
  // w.lower drops a final period, which no German title head ends in.
  return (w.text.empty() || w.text.back() != u'.') &&
         IsGermanTitleHead(w.lower);
}

// Where the last hyphen of a hyphenated title splits it ("EZB-Präsidentin"
// at 3), or npos when the word is no such title or the part before names
// no one ("Ex-Präsident", "Vize-Kanzler").
size_t TitleCompoundSplit(const SpanWord& w) {
  const size_t hyphen = w.text.find_last_of(u"-\u2010\u2011");
  if (hyphen == std::u16string_view::npos || hyphen == 0 ||
      hyphen + 1 >= w.text.size()) {
    return std::u16string_view::npos;
  }
  SpanWord head;
  head.text = w.text.substr(hyphen + 1);
  head.lower = LowerUtf8(head.text);
  if (!IsTitleWord(head)) return std::u16string_view::npos;
  const std::string before = LowerUtf8(w.text.substr(0, hyphen));
  if (TitleWords().count(before) || TitleModifiers().count(before) ||
      before == "vize" || before == "co" || !IsCapitalised(w.text)) {
    return std::u16string_view::npos;
  }
  return hyphen;
}

// Whether a title (or a modifier and its title) starts at word i; sets
// *end one past the title words.
bool TitleAt(const std::vector<SpanWord>& words, size_t i, size_t* end) {
  size_t k = i;
  bool found = false;
  while (k < words.size()) {
    if (IsTitleWord(words[k])) {
      found = true;
      ++k;
      continue;
    }
    // A modifier counts only before a title: "Foreign Minister".
    if (TitleModifiers().count(words[k].lower) && k + 1 < words.size()) {
      size_t after;
      if (TitleAt(words, k + 1, &after)) {
        *end = after;
        return true;
      }
    }
    break;
  }
  *end = k;
  return found;
}

bool IsDemonym(const SpanWord& w) {
  if (!IsCapitalised(w.text)) return true;  // "russische", "former"
  if (w.possessive) return false;
  if (Demonyms().count(w.lower)) return true;
  if (InAnyNameList(kPlaceLists, w.lower)) {
    return false;  // "Taiwan", "Japan": a place, not its adjective
  }
  const std::u16string lower = LowerUtf16(w.text);
  for (std::u16string_view suffix :
       {u"ian", u"an", u"ese", u"ish", u"i", u"isch", u"ische", u"ischen",
        u"ischer", u"isches", u"ischem"}) {
    if (lower.size() > suffix.size() + 2 && EndsWith(lower, suffix)) {
      return true;
    }
  }
  return false;
}

// "Jr.", "III": what may follow a surname, no name of its own.
bool OnlyGenerationSuffixes(const std::vector<SpanWord>& words, size_t from) {
  static const WordSet* const kSuffixes =
      new WordSet{"jr", "sr", "ii", "iii", "iv", "junior", "senior"};
  for (size_t k = from; k < words.size(); ++k) {
    if (!kSuffixes->count(words[k].lower)) return false;
  }
  return true;
}

bool IsGivenName(const std::string& lower) {
  return InAnyNameList(kGivenNameLists, lower);
}

bool IsKnownSurname(const std::string& lower,
                    const std::unordered_set<std::string>& person_words) {
  return person_words.count(lower) > 0 ||
         InAnyNameList(kFamilyNameLists, lower);
}

// A name the place lists know is a place; else an organisation.
EntityType TypeOfNamedGroup(const std::string& lower) {
  return InAnyNameList(kPlaceLists, lower) ? EntityType::kLocation
                                           : EntityType::kOrganization;
}

Entity Piece(int32_t start, int32_t end, EntityType type, float score) {
  Entity e;
  e.start = start;
  e.end = end;
  e.type = type;
  e.score = score;
  return e;
}

// The words of [e.start, e.end): word and number tokens, a title's final
// period joined to it, an English "'s" marking the word before.
std::vector<SpanWord> WordsIn(std::u16string_view text,
                              const std::vector<Token>& tokens, size_t* next,
                              const Entity& e) {
  std::vector<SpanWord> words;
  while (*next < tokens.size() && tokens[*next].end <= e.start) ++*next;
  for (size_t k = *next; k < tokens.size() && tokens[k].start < e.end; ++k) {
    const Token& t = tokens[k];
    if (t.start < e.start || t.end > e.end) continue;
    const std::u16string_view s = text.substr(t.start, t.end - t.start);
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
      if (s == u"." && !words.empty() && words.back().end == t.start) {
        words.back().end = t.end;
      }
      continue;
    }
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    if ((s == u"'s" || s == u"\u2019s" || s == u"'" || s == u"\u2019") &&
        !words.empty()) {
      words.back().possessive = true;
      continue;
    }
    SpanWord w;
    w.start = t.start;
    w.end = t.end;
    w.text = s;
    if (EndsWith(s, u"'s") || EndsWith(s, u"\u2019s")) {
      // A tokenizer that keeps the clitic on the word.
      w.text = s.substr(0, s.size() - 2);
      w.end = t.end - 2;
      w.possessive = true;
    }
    w.lower = LowerUtf8(w.text);
    if (!w.lower.empty() && w.lower.back() == '.') w.lower.pop_back();
    words.push_back(std::move(w));
  }
  return words;
}

// The replacement of one name span: up to three entities in text order, or
// the span itself when no title is found or the rest is not a name.
void SplitSpan(const Entity& e, const std::vector<SpanWord>& words,
               const std::unordered_set<std::string>& person_words,
               std::vector<Entity>* out) {
  const size_t n = words.size();
  // The first title; one after other words counts only with a name after
  // it ("Stephen King", "Martin Luther King Jr." are names).
  size_t title = n, title_end = n;
  size_t split = std::u16string_view::npos;  // "EZB-" of "EZB-Präsidentin"
  for (size_t i = 0; i < n; ++i) {
    size_t end;
    const size_t compound = TitleCompoundSplit(words[i]);
    if (compound == std::u16string_view::npos && !TitleAt(words, i, &end)) {
      continue;
    }
    if (compound != std::u16string_view::npos) {
      if (!TitleAt(words, i + 1, &end)) end = i + 1;
    }
    if (i > 0 && (end >= n || OnlyGenerationSuffixes(words, end))) break;
    title = i;
    title_end = end;
    split = compound;
    break;
  }
  if (title == n) {
    out->push_back(e);
    return;
  }
  // The organisation after the title: "des Mossad", "of the CIA".
  size_t name_start = title_end;
  size_t org_start = n, org_end = n;
  if (name_start < n && OfWords().count(words[name_start].lower)) {
    size_t k = name_start;
    while (k < n &&
           (OfWords().count(words[k].lower) || !IsCapitalised(words[k].text) ||
            LexiconClass(words[k].lower) == 'N' ||
            LexiconClass(words[k].lower) == 'H')) {
      ++k;  // "des israelischen Geheimdienstes" before "Mossad"
    }
    // The person starts at the first given name after the organisation's
    // first word, else the organisation is the one word.
    size_t person = k + 1;
    while (person < n && !IsGivenName(words[person].lower)) ++person;
    if (person >= n) person = std::min(n, k + 1);
    org_start = k;
    org_end = person;
    name_start = person;
  }
  const bool has_name = name_start < n && IsCapitalised(words[name_start].text);
  // A span not tagged as a person becomes one only on evidence.
  if (has_name && e.type != EntityType::kPerson) {
    const SpanWord& head = words[title];
    const std::string& last = words[n - 1].lower;
    if (InstitutionHeads().count(last) ||
        (IsGermanCommonNoun(last) && !IsKnownSurname(last, person_words))) {
      out->push_back(e);
      return;
    }
    // "President", "analyst", "EZB-Chef" name persons; "General" or "King"
    // begin organisations too, and need a name the lists know.
    const bool evidence = !OrganisationLikeTitles().count(head.lower) ||
                          IsGivenName(words[name_start].lower) ||
                          IsKnownSurname(last, person_words) ||
                          InNameList(kWikiPersonList, last);
    if (!evidence) {
      out->push_back(e);
      return;
    }
  }
  if (!has_name && org_start == n) {
    // Titles alone. A one-word "Richter" or "King" may be the surname.
    const bool surname =
        n == 1 && InAnyNameList(kFamilyNameLists, words[0].lower);
    if (surname) out->push_back(e);
    return;
  }
  // Before the title: dropped when the word next to it is a nationality
  // ("Iranian President"), else the organisation or place it works for.
  size_t prefix_end = title;
  while (prefix_end > 0 && !IsCapitalised(words[prefix_end - 1].text)) {
    --prefix_end;
  }
  if (prefix_end > 0 && !IsDemonym(words[prefix_end - 1])) {
    size_t prefix_start = 0;
    while (prefix_start < prefix_end &&
           !IsCapitalised(words[prefix_start].text)) {
      ++prefix_start;
    }
    std::string lower;
    for (size_t k = prefix_start; k < prefix_end; ++k) {
      if (k > prefix_start) lower += ' ';
      lower += words[k].lower;
    }
    out->push_back(Piece(words[prefix_start].start, words[prefix_end - 1].end,
                         TypeOfNamedGroup(lower), e.score));
  }
  if (split != std::u16string_view::npos) {
    const SpanWord& w = words[title];
    const std::string lower = LowerUtf8(w.text.substr(0, split));
    out->push_back(Piece(w.start, w.start + static_cast<int32_t>(split),
                         TypeOfNamedGroup(lower), e.score));
  }
  if (org_start < org_end) {
    std::string lower;
    for (size_t k = org_start; k < org_end; ++k) {
      if (k > org_start) lower += ' ';
      lower += words[k].lower;
    }
    const bool portfolio =
        org_end - org_start == 1 &&
        (Portfolios().count(lower) || LexiconClass(lower) == 'N');
    if (!portfolio) {
      out->push_back(Piece(words[org_start].start, words[org_end - 1].end,
                           TypeOfNamedGroup(lower), e.score));
    }
  }
  if (has_name) {
    out->push_back(Piece(words[name_start].start, words[n - 1].end,
                         EntityType::kPerson, e.score));
  }
}

// At most this many words after a title become a person.
constexpr size_t kMaxNameWords = 4;

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kWord; }

// Whether the two words before token `first` are a title and "des"/"of",
// neither inside an entity ending at `covered_until`: "Chef des [Mossad
// David Barnea]".
bool FollowsTitleAndOf(std::u16string_view text,
                       const std::vector<Token>& tokens, size_t first,
                       int32_t covered_until) {
  if (first < 2 || !IsWordToken(tokens[first - 1]) ||
      !IsWordToken(tokens[first - 2]) ||
      tokens[first - 2].start < covered_until) {
    return false;
  }
  auto word = [&](const Token& t) {
    SpanWord w;
    w.text = text.substr(t.start, t.end - t.start);
    w.lower = LowerUtf8(w.text);
    return w;
  };
  return OfWords().count(word(tokens[first - 1]).lower) > 0 &&
         IsTitleWord(word(tokens[first - 2]));
}

// Whether the word before token `first` is a person's title ("analyst",
// "Präsident", not "General") outside any entity.
bool FollowsPersonTitle(std::u16string_view text,
                        const std::vector<Token>& tokens, size_t first,
                        int32_t covered_until) {
  if (first < 1 || !IsWordToken(tokens[first - 1]) ||
      tokens[first - 1].start < covered_until) {
    return false;
  }
  SpanWord w;
  w.text = text.substr(tokens[first - 1].start,
                       tokens[first - 1].end - tokens[first - 1].start);
  w.lower = LowerUtf8(w.text);
  return IsTitleWord(w) && !OrganisationLikeTitles().count(w.lower);
}

// Capitalised words without an institution's head word ("Bank", "Stiftung")
// of two to four words, or one the lists or the text know as a surname.
bool LooksLikePersonName(const std::vector<SpanWord>& words,
                         const std::unordered_set<std::string>& person_words) {
  if (words.empty() || words.size() > kMaxNameWords) return false;
  for (const SpanWord& w : words) {
    if (!IsCapitalised(w.text) || w.possessive) return false;
  }
  const std::string& last = words.back().lower;
  if (InstitutionHeads().count(last) ||
      (IsGermanCommonNoun(last) && !IsKnownSurname(last, person_words))) {
    return false;
  }
  return words.size() >= 2 || IsKnownSurname(last, person_words) ||
         InNameList(kWikiPersonList, last);
}

// "[Mossad David Barnea]" after "Chef des": the words before the first
// given name are the organisation. Without a given name the split is a
// guess, so the span stays.
void SplitOrganisationFromPerson(const Entity& e,
                                 const std::vector<SpanWord>& words,
                                 std::vector<Entity>* out) {
  size_t person = 1;
  while (person < words.size() && !IsGivenName(words[person].lower)) ++person;
  if (person + 1 >= words.size()) {  // a given name needs a surname
    out->push_back(e);
    return;
  }
  std::string lower;
  for (size_t k = 0; k < person; ++k) {
    if (k > 0) lower += ' ';
    lower += words[k].lower;
  }
  out->push_back(Piece(words[0].start, words[person - 1].end,
                       TypeOfNamedGroup(lower), e.score));
  out->push_back(
      Piece(words[person].start, e.end, EntityType::kPerson, e.score));
}

// The score of a person found after a title: no model probability.
constexpr float kRuleScore = 0.5f;

// Capitalised words right after a title that the tagger left out are a
// person: "Iranian President Ebrahim Raisi", "Präsident Putin". Not
// common nouns ("Präsident Frankreichs" has a place; "die Minister
// Treffen" a noun) and not places.
void TagPersonsAfterTitles(std::u16string_view text,
                           const std::vector<Token>& tokens,
                           const std::unordered_set<std::string>& person_words,
                           std::vector<Entity>* entities) {
  std::vector<Entity> found;
  size_t next = 0;  // first entity not ending before the token
  auto covered = [&](const Token& t) {
    while (next < entities->size() && (*entities)[next].end <= t.start) ++next;
    return next < entities->size() && (*entities)[next].start < t.end;
  };
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!IsWordToken(tokens[i]) || covered(tokens[i])) continue;
    size_t k = i + 1;
    // "Dr. Anna Schmidt": the title's period.
    if (tokens[k].kind == TokenKind::kPunct &&
        text.substr(tokens[k].start, 1) == u"." &&
        tokens[k].start == tokens[i].end) {
      ++k;
    }
    // Most words are followed by no capitalised word; asking that first
    // spares them the title lookups (lower-casing, German title heads).
    if (k >= tokens.size() || !IsWordToken(tokens[k]) ||
        !IsCapitalised(
            text.substr(tokens[k].start, tokens[k].end - tokens[k].start))) {
      continue;
    }
    SpanWord title;
    title.text = text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    title.lower = LowerUtf8(title.text);
    if (!IsTitleWord(title) || OrganisationLikeTitles().count(title.lower)) {
      continue;
    }
    const size_t first = k;
    bool joins_person = false;
    for (; k < tokens.size() && k - first < kMaxNameWords; ++k) {
      const Token& t = tokens[k];
      if (!IsWordToken(t)) break;
      if (covered(t)) {
        // "Chief executive Jensen [Huang]": the tagger began the person
        // after a given name it did not know.
        const Entity& e = (*entities)[next];
        joins_person = k > first && e.type == EntityType::kPerson &&
                       e.start == t.start &&
                       OneSpaceBetween(text, tokens[k - 1], t) &&
                       IsCapitalised(TextOf(text, t));
        break;
      }
      SpanWord w;
      w.text = text.substr(t.start, t.end - t.start);
      w.lower = LowerUtf8(w.text);
      // "Dr." as one token: an abbreviation, a title too.
      if (w.text.back() == u'.') break;
      if (!IsCapitalised(w.text) || IsTitleWord(w) ||
          TitleModifiers().count(w.lower) || OfWords().count(w.lower) ||
          InAnyNameList(kPlaceLists, w.lower) ||
          (IsGermanCommonNoun(w.lower) &&
           !IsKnownSurname(w.lower, person_words) && !IsGivenName(w.lower))) {
        break;
      }
      // "Frankreichs", "Russlands": a place in the genitive.
      if (w.lower.size() > 3 && w.lower.back() == 's') {
        const std::string stem = w.lower.substr(0, w.lower.size() - 1);
        if (InAnyNameList(kPlaceLists, stem)) break;
      }
    }
    if (k == first) continue;
    if (joins_person) {
      (*entities)[next].start = tokens[first].start;
      i = k - 1;
      continue;
    }
    // One word alone may be a capitalised noun ("Minister Treffen" in a
    // headline); it needs the lists or a person of the text.
    const std::string last = LowerUtf8(text.substr(
        tokens[k - 1].start, tokens[k - 1].end - tokens[k - 1].start));
    if (k - first == 1 && !IsKnownSurname(last, person_words) &&
        !InNameList(kWikiPersonList, last)) {
      continue;
    }
    found.push_back(Piece(tokens[first].start, tokens[k - 1].end,
                          EntityType::kPerson, kRuleScore));
    i = k - 1;
  }
  AddEntitiesInOrder(found, entities);
}

// A person the tagger ended on a given name, right before a capitalised
// word it left out: "EZB-Präsidentin [Christine] Lagarde", where the title
// glued to the first word hid the name's shape from the tagger. The word
// is the surname when it is no common word (a German lexicon noun, a
// compound head not being enough: "La|garde"; an English easy word: "Hi
// John Please") unless a known surname, no place and no title, and nothing
// but a space stands between them.
void ExtendGivenNamesWithSurnames(
    std::u16string_view text, const std::vector<Token>& tokens,
    const std::unordered_set<std::string>& person_words,
    std::vector<Entity>* entities) {
  size_t k = 0;  // first token not ending before the entity's end
  for (size_t e = 0; e < entities->size(); ++e) {
    Entity& person = (*entities)[e];
    if (person.type != EntityType::kPerson) continue;
    while (k < tokens.size() && tokens[k].start < person.end) ++k;
    if (k >= tokens.size() || !IsWordToken(tokens[k])) continue;
    const Token& next = tokens[k];
    if (next.start != person.end + 1 || text[person.end] != u' ') continue;
    if (e + 1 < entities->size() && (*entities)[e + 1].start < next.end) {
      continue;
    }
    const std::u16string_view surface = EntitySurface(text, person);
    const size_t space = surface.find_last_of(u' ');
    const std::string last_word = LowerUtf8(space == std::u16string_view::npos
                                                ? surface
                                                : surface.substr(space + 1));
    if (!IsGivenName(last_word)) continue;
    SpanWord w;
    w.text = text.substr(next.start, next.end - next.start);
    w.lower = LowerUtf8(w.text);
    if (!IsCapitalised(w.text) || IsTitleWord(w) || IsGivenName(w.lower) ||
        InAnyNameList(kPlaceLists, w.lower) ||
        InstitutionHeads().count(w.lower) ||
        ((LexiconClass(w.lower) == 'N' ||
          IsDaleChallEasyWord(LowerUtf16(w.text))) &&
         !IsKnownSurname(w.lower, person_words))) {
      continue;
    }
    person.end = next.end;
  }
}

// An acronym ("WHO", "UN") or a name written in mixed case ("OpenAI",
// "YouTube"): a shape no common word has, capitalised at a sentence start
// or not.
bool HasNameShape(std::u16string_view word) {
  if (word.size() < 2 || !IsCapitalised(word)) return false;
  bool lower_seen = false;
  int upper = 0;
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    if (u_isupper(c)) {
      if (lower_seen) return true;  // "OpenAI", "YouTube"
      ++upper;
    } else if (u_islower(c)) {
      lower_seen = true;
    } else if (!u_isdigit(c)) {
      return false;
    }
  }
  return !lower_seen && upper >= 2 && word.size() <= 6;
}

bool IsAllCapitals(std::u16string_view word) {
  bool upper = false;
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    if (u_islower(c)) return false;
    upper |= u_isupper(c) != 0;
  }
  return upper;
}

// The organisation or place a person's title belongs to, written before
// it and left untagged: "WHO Director-General Tedros", "UN
// Secretary-General Antonio Guterres", "OpenAI chief executive Sam
// Altman". Only words of a name's shape (HasNameShape): a capitalised
// word there may be an adjective or a sentence's first word.
void TagOrganisationsBeforeTitles(std::u16string_view text,
                                  const std::vector<Token>& tokens,
                                  std::vector<Entity>* entities) {
  std::vector<Entity> found;
  size_t t = 0;  // first token not ending before the person
  int32_t previous_end = 0;
  for (const Entity& person : *entities) {
    const int32_t covered_until = previous_end;
    previous_end = person.end;
    if (person.type != EntityType::kPerson) continue;
    while (t < tokens.size() && tokens[t].end <= person.start) ++t;
    if (t == tokens.size()) break;
    // The word one space before token k, after the previous entity.
    const auto word_before = [&](size_t k) {
      return k > 0 && IsWordToken(tokens[k - 1]) &&
             tokens[k - 1].start >= covered_until &&
             OneSpaceBetween(text, tokens[k - 1], tokens[k]);
    };
    // Back over the title words.
    size_t k = t;
    bool title = false;
    while (word_before(k)) {
      SpanWord w;
      w.text = TextOf(text, tokens[k - 1]);
      w.lower = LowerUtf8(w.text);
      const bool title_word = IsTitleWord(w);
      if (!title_word && !TitleModifiers().count(w.lower)) break;
      title |= title_word;
      --k;
    }
    if (!title || !word_before(k)) continue;
    const Token& before = tokens[k - 1];
    const std::u16string_view word = TextOf(text, before);
    // Not in a headline in capitals: "THE PRESIDENT Joe Biden".
    if (!HasNameShape(word) || IsAllCapitals(TextOf(text, tokens[k]))) {
      continue;
    }
    found.push_back(Piece(before.start, before.end,
                          InAnyNameList(kPlaceLists, LowerUtf8(word))
                              ? EntityType::kLocation
                              : EntityType::kOrganization,
                          kRuleScore));
  }
  AddEntitiesInOrder(found, entities);
}

}  // namespace

void SeparateTitlesFromNames(std::u16string_view text,
                             const std::vector<Token>& tokens,
                             std::vector<Entity>* entities) {
  // Last words of the persons the tagger found: evidence that a span with
  // a title ends in a person's name.
  std::unordered_set<std::string> person_words;
  for (const Entity& e : *entities) {
    if (e.type != EntityType::kPerson) continue;
    const std::u16string_view surface = EntitySurface(text, e);
    const size_t space = surface.find_last_of(u' ');
    person_words.insert(LowerUtf8(space == std::u16string_view::npos
                                      ? surface
                                      : surface.substr(space + 1)));
  }
  std::vector<Entity> out;
  out.reserve(entities->size());
  size_t next_token = 0;
  for (const Entity& e : *entities) {
    // Places keep their titles: "Prince Edward Island", "Kaiser-Wilhelm-
    // Koog".
    const bool name = e.type == EntityType::kPerson ||
                      e.type == EntityType::kOrganization ||
                      e.type == EntityType::kMisc;
    if (!name || EntitySurface(text, e).empty()) {
      out.push_back(e);
      continue;
    }
    const std::vector<SpanWord> words = WordsIn(text, tokens, &next_token, e);
    if (words.empty()) {
      out.push_back(e);
      continue;
    }
    const size_t before = out.size();
    if (e.type == EntityType::kPerson &&
        FollowsTitleAndOf(text, tokens, next_token,
                          before > 0 ? out.back().end : 0)) {
      SplitOrganisationFromPerson(e, words, &out);
    } else {
      SplitSpan(e, words, person_words, &out);
    }
    // "analyst [Vamil Divan]" tagged as an organisation: a name right after
    // a person's title is a person.
    if (out.size() == before + 1 && out.back().start == e.start &&
        out.back().end == e.end && e.type != EntityType::kPerson &&
        FollowsPersonTitle(text, tokens, next_token,
                           before > 0 ? out[before - 1].end : 0) &&
        LooksLikePersonName(words, person_words)) {
      out.back().type = EntityType::kPerson;
    }
  }
  entities->swap(out);
  TagPersonsAfterTitles(text, tokens, person_words, entities);
  ExtendGivenNamesWithSurnames(text, tokens, person_words, entities);
  TagOrganisationsBeforeTitles(text, tokens, entities);
}

}  // namespace lesbar
