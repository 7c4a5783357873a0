#include "analyses/entities/media_names.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "features/gazetteers/gazetteers.h"
#include "features/lexicon/noun_lexicon.h"
#include "normalize/lower_case.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

// A title spans these word tokens at most.
constexpr size_t kMaxTitleWords = 6;

struct TokenRange {
  size_t first = 0;
  size_t last = 0;  // inclusive
};

bool IsOpeningQuote(std::u16string_view w) {
  return IsOneOf(w, {u"\u201E", u"\u201C", u"\"", u"\u00BB", u"\u00AB"});
}

bool IsClosingQuote(std::u16string_view w) {
  return IsOneOf(w, {u"\u201C", u"\u201D", u"\"", u"\u00AB", u"\u00BB"});
}

// The media nouns, lower-cased, as the ends of words ("Wochenzeitung",
// "Nachrichtenmagazins") or, for the short ones that end other words too
// ("Absender", "Flugblatt"), as whole words.
constexpr std::u16string_view kMediaNounEnds[] = {
    u"zeitung",       u"zeitschrift",
    u"magazin",       u"nachrichtenagentur",
    u"presseagentur", u"fernsehsender",
    u"radiosender",   u"nachrichtensender",
    u"privatsender",  u"nachrichtenportal",
    u"onlineportal"};
constexpr std::u16string_view kMediaNouns[] = {
    u"sender",      u"blatt",  u"boulevardblatt",
    u"wochenblatt", u"portal", u"agentur"};

// Whether `word` ends in `lower_suffix`, its first letter read as lower
// case ("Zeitung" ends in "zeitung"): the media nouns are ASCII, and a
// capitalised word is lower case after its first letter, so no lower-cased
// copy is made for every capitalised word of the text.
bool EndsWithLowerSuffix(std::u16string_view word,
                         std::u16string_view lower_suffix) {
  if (lower_suffix.size() > word.size()) return false;
  const size_t from = word.size() - lower_suffix.size();
  for (size_t k = 0; k < lower_suffix.size(); ++k) {
    char16_t c = word[from + k];
    if (from + k == 0 && c >= u'A' && c <= u'Z') c = c + (u'a' - u'A');
    if (c != lower_suffix[k]) return false;
  }
  return true;
}

// The last two letters every media noun ends in: most capitalised words
// are ruled out by them before the nouns are compared.
bool EndsLikeAMediaNoun(std::u16string_view stem) {
  if (stem.size() < 2) return false;
  const char16_t a = stem[stem.size() - 2], b = stem[stem.size() - 1];
  return (a == u'n' && b == u'g') || (a == u'f' && b == u't') ||
         (a == u'i' && b == u'n') || (a == u'u' && b == u'r') ||
         (a == u'e' && b == u'r') || (a == u'a' && b == u'l') ||
         (a == u't' && b == u't');
}

// A media noun, compounds included, starts with a capital of German's
// alphabet: most words of a text are ruled out before a call.
inline bool StartsLikeAMediaNoun(std::u16string_view word) {
  if (word.size() < 5) return false;
  const char16_t c = word[0];
  return (c >= u'A' && c <= u'Z') || c == u'\u00C4' || c == u'\u00D6' ||
         c == u'\u00DC';
}

[[gnu::noinline]] bool IsGermanMediaNoun(std::u16string_view word) {
  if (!StartsLikeAMediaNoun(word) || !StartsUpper(word)) return false;
  for (std::u16string_view ending : {u"", u"s", u"es", u"e", u"n", u"en"}) {
    if (!EndsWith(word, ending)) continue;
    const std::u16string_view stem =
        word.substr(0, word.size() - ending.size());
    if (!EndsLikeAMediaNoun(stem)) continue;
    for (std::u16string_view noun : kMediaNounEnds) {
      if (EndsWithLowerSuffix(stem, noun)) return true;
    }
    for (std::u16string_view noun : kMediaNouns) {
      if (stem.size() == noun.size() && EndsWithLowerSuffix(stem, noun)) {
        return true;
      }
    }
  }
  return false;
}

bool IsGermanArticle(std::u16string_view lower) {
  return IsOneOf(lower, {u"der", u"dem", u"den", u"die", u"des", u"das"});
}

bool IsGermanReportingVerb(std::u16string_view lower) {
  return IsOneOf(
      lower, {u"sagte", u"sagt", u"sagten", u"erklärte", u"erklärt",
              u"berichtete", u"berichtet", u"schrieb", u"schreibt", u"meldete",
              u"meldet", u"zitierte", u"zitiert", u"bestätigte", u"bestätigt",
              u"betonte", u"betont", u"versicherte", u"verriet"});
}

// What follows a medium named as the subject: "wie die „FAZ“ berichtet".
bool IsGermanReportAfter(std::u16string_view lower) {
  return IsOneOf(lower, {u"berichtet", u"berichtete", u"berichten", u"schreibt",
                         u"schrieb", u"meldet", u"meldete", u"zufolge"});
}

bool IsEnglishMediaNoun(std::u16string_view lower) {
  return IsOneOf(lower, {u"newspaper", u"magazine", u"broadcaster", u"tabloid",
                         u"newspapers", u"magazines"});
}

bool IsDash(std::u16string_view word) {
  return IsOneOf(word, {u"-", u"\u2013", u"\u2014"});
}

class MediaFinder {
 public:
  MediaFinder(std::u16string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}

  std::u16string_view Word(size_t k) const {
    return k < tokens_.size() ? TextOf(text_, tokens_[k])
                              : std::u16string_view();
  }
  // Out of line, as the helpers below: this pass runs once per text, and
  // inlined copies of them were most of its wasm code.
  [[gnu::noinline]] std::u16string Lower(size_t k) const {
    return LowerUtf16(Word(k));
  }
  bool IsPunct(size_t k) const {
    return k < tokens_.size() && tokens_[k].kind == TokenKind::kPunct;
  }
  bool IsWord(size_t k) const {
    return k < tokens_.size() && tokens_[k].kind == TokenKind::kWord;
  }
  bool IsCapitalisedWord(size_t k) const {
    return IsWord(k) && StartsUpper(Word(k));
  }

  // The words between the quotation mark at `open` and its closing mark:
  // up to kMaxTitleWords words, the first capitalised, nothing but words
  // and hyphens between them.
  [[gnu::noinline]] bool QuotedTitle(size_t open, TokenRange* title,
                                     size_t* close) const {
    if (!IsCapitalisedWord(open + 1)) return false;
    for (size_t k = open + 1; k < tokens_.size() && k <= open + kMaxTitleWords;
         ++k) {
      if (k > open + 1 && IsClosingQuote(Word(k))) {
        *title = {open + 1, k - 1};
        *close = k;
        return true;
      }
      if (!IsWord(k) && Word(k) != u"-") return false;
    }
    return false;
  }

  // German: a reporting verb right before the article at `article`, or
  // before the speaker's capitalised name and the article ("sagte Markus
  // Söder der").
  [[gnu::noinline]] bool AfterReportingVerb(size_t article) const {
    for (size_t k = article; k-- > 0 && article - k <= 4;) {
      if (IsGermanReportingVerb(Lower(k))) return true;
      if (!IsCapitalisedWord(k)) return false;
    }
    return false;
  }

  // German: capitalised words after the media noun at `noun`: a title
  // opened by a capitalised article ("Die Zeit"), or words that are no
  // common nouns ("Reuters", "Le Monde").
  [[gnu::noinline]] bool GermanTitleAfterNoun(size_t noun,
                                              TokenRange* title) const {
    size_t k = noun + 1;
    // German agencies write their names in lower case: "Nachrichtenagentur
    // dpa", "der Agentur epd".
    if (IsWord(k) && IsLowerCaseAgency(Word(k))) {
      *title = {k, k};
      return true;
    }
    const bool article = IsOneOf(Word(k), {u"Die", u"Der", u"Das"});
    if (article) {
      if (!IsCapitalisedWord(k + 1)) return false;
      ++k;
    }
    size_t last = k;
    while (IsCapitalisedWord(last) && last < noun + 1 + 4) {
      if (!article && !IsNameLike(Word(last))) break;
      if (IsShortAbbreviation(last)) break;
      ++last;
    }
    if (last == k) return false;
    *title = {noun + 1, last - 1};
    return true;
  }

  // English: "the newspaper Le Monde", "the news agency Reuters".
  [[gnu::noinline]] bool EnglishTitleAfterNoun(size_t noun,
                                               TokenRange* title) const {
    size_t last = noun + 1;
    while (IsCapitalisedWord(last) && last < noun + 1 + 4) ++last;
    if (last == noun + 1) return false;
    *title = {noun + 1, last - 1};
    return true;
  }

  bool StartsLine(size_t i) const {
    return i == 0 || HasLineBreak(text_, tokens_[i - 1].end, tokens_[i].start);
  }

  // The news agencies of a dateline starting at token i, "Berlin (dpa) -",
  // "WASHINGTON (Reuters) –", "Frankfurt/Main (dpa-AFX) -", "Hamburg
  // (dpa/lno) -": one to three capitalised words (joined by "/") at the
  // start of a line, then the agencies in brackets, then a dash. Each
  // agency is added as one range; returns the closing bracket's index, or
  // 0. Called only where StartsLine(i).
  [[gnu::noinline]] size_t DatelineAgenciesAt(
      size_t i, std::vector<TokenRange>* titles) const {
    size_t k = i;  // past the place
    while (k < i + 5 && (IsCapitalisedWord(k) || (k > i && Word(k) == u"/"))) {
      ++k;
    }
    if (k == i || Word(k) != u"(") return 0;
    size_t close = k + 1;
    while (close <= k + 4 && close < tokens_.size() && Word(close) != u")") {
      ++close;
    }
    if (close == k + 1 || Word(close) != u")" || !IsDash(Word(close + 1))) {
      return 0;
    }
    for (size_t a = k + 1; a < close; ++a) {
      // "Paris (Frankreich) -" names the country, not an agency.
      if (IsWord(a) ? InAnyNameList(kPlaceLists, LowerUtf8(Word(a)))
                    : Word(a) != u"/") {
        return 0;
      }
    }
    for (size_t a = k + 1; a < close; ++a) {
      if (IsWord(a)) titles->push_back({a, a});
    }
    return close;
  }

 private:
  // "Nr ." of "Börsen-Zeitung Nr . 12": a short word in title case before
  // a period (an agency's "AFP ." at a sentence end is upper case).
  bool IsShortAbbreviation(size_t k) const {
    const std::u16string_view word = Word(k);
    return word.size() <= 3 && word.size() >= 2 &&
           StartsLower(word.substr(1)) && Word(k + 1) == u".";
  }

  static bool IsLowerCaseAgency(std::u16string_view word) {
    return IsOneOf(word, {u"dpa", u"epd", u"kna", u"sid", u"apa", u"ddp",
                          u"dapd", u"dpa-AFX"});
  }

  // Not a common noun, an article or an abbreviation ("Nr.", "Rom." of
  // an OCR'd dateline).
  static bool IsNameLike(std::u16string_view word) {
    if (word.back() == u'.' || IsOneOf(word, {u"Die", u"Der", u"Das"})) {
      return false;
    }
    return !IsGermanCommonNoun(LowerUtf8(word));
  }

  std::u16string_view text_;
  const std::vector<Token>& tokens_;
};

// A German title at token i is added to `titles`; returns the last token
// it used (i when there is none).
size_t GermanTitleAt(const MediaFinder& finder, size_t i,
                     std::vector<TokenRange>* titles) {
  TokenRange title;
  size_t close = 0;
  if (finder.IsPunct(i) && IsOpeningQuote(finder.Word(i)) &&
      finder.QuotedTitle(i, &title, &close)) {
    const std::u16string previous = i > 0 ? finder.Lower(i - 1) : u"";
    const bool after_article = IsGermanArticle(previous);
    const bool cited =
        (i > 0 && IsGermanMediaNoun(finder.Word(i - 1))) ||
        previous == u"laut" ||
        (after_article && finder.AfterReportingVerb(i - 1)) ||
        (after_article && IsGermanReportAfter(finder.Lower(close + 1)));
    if (!cited) return i;
    titles->push_back(title);
    return close;
  }
  if (finder.IsWord(i) && StartsLikeAMediaNoun(finder.Word(i)) &&
      IsGermanMediaNoun(finder.Word(i)) &&
      !IsOpeningQuote(finder.Word(i + 1)) &&
      finder.GermanTitleAfterNoun(i, &title)) {
    titles->push_back(title);
    return title.last;
  }
  return i;
}

// The same for English.
size_t EnglishTitleAt(const MediaFinder& finder, size_t i,
                      std::vector<TokenRange>* titles) {
  // Running text writes these nouns in lower case: the words are compared
  // as they are, with no lower-cased copy per word.
  if (!finder.IsWord(i)) return i;
  const std::u16string_view word = finder.Word(i);
  const bool noun = IsEnglishMediaNoun(word) || (word == u"agency" && i > 0 &&
                                                 finder.Word(i - 1) == u"news");
  TokenRange title;
  if (!noun || !finder.EnglishTitleAfterNoun(i, &title)) return i;
  titles->push_back(title);
  return title.last;
}

// One walk over the tokens: datelines in either language, then the
// language's own titles.
std::vector<TokenRange> FindTitles(const MediaFinder& finder,
                                   size_t token_count, bool german) {
  std::vector<TokenRange> titles;
  for (size_t i = 0; i < token_count; ++i) {
    if (const size_t dateline_end =
            finder.StartsLine(i) ? finder.DatelineAgenciesAt(i, &titles) : 0) {
      i = dateline_end;
      continue;
    }
    i = german ? GermanTitleAt(finder, i, &titles)
               : EnglishTitleAt(finder, i, &titles);
  }
  return titles;
}

}  // namespace

void TagMediaNames(std::u16string_view text, const std::vector<Token>& tokens,
                   std::string_view language, std::vector<Entity>* entities) {
  const MediaFinder finder(text, tokens);
  if (language != "de" && language != "en") return;
  const std::vector<TokenRange> titles =
      FindTitles(finder, tokens.size(), language == "de");
  if (titles.empty()) return;
  // Titles and entities are both ordered: one walk keeps the titles no
  // entity crosses, then one merge replaces the entities inside them.
  std::vector<Entity> names;
  size_t e = 0;
  for (const TokenRange& title : titles) {
    const int32_t start = tokens[title.first].start;
    const int32_t end = tokens[title.last].end;
    while (e < entities->size() && (*entities)[e].end <= start) ++e;
    bool crossed = false;
    for (size_t k = e; k < entities->size() && (*entities)[k].start < end;
         ++k) {
      crossed |= (*entities)[k].start < start || (*entities)[k].end > end;
    }
    if (crossed) continue;
    Entity name;
    name.start = start;
    name.end = end;
    name.type = EntityType::kOrganization;
    name.score = kMediaNameScore;
    // A name the tagger already found as an organisation keeps its score.
    if (e < entities->size() && (*entities)[e].start == start &&
        (*entities)[e].end == end &&
        (*entities)[e].type == EntityType::kOrganization) {
      name.score = (*entities)[e].score;
    }
    names.push_back(name);
  }
  if (names.empty()) return;
  std::vector<Entity> merged;
  merged.reserve(entities->size() + names.size());
  size_t n = 0;
  for (const Entity& entity : *entities) {
    while (n < names.size() && names[n].end <= entity.start) {
      merged.push_back(names[n++]);
    }
    const bool inside = n < names.size() && names[n].start <= entity.start &&
                        entity.end <= names[n].end;
    if (!inside) merged.push_back(entity);
  }
  while (n < names.size()) merged.push_back(names[n++]);
  entities->swap(merged);
}

}  // namespace lesbar
