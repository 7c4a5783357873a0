#include "analyses/quotes/quote_finder.h"

#include <algorithm>
#include <array>
#include <string>

namespace lesbar {
namespace {

constexpr int kMaxNesting = 8;
constexpr int kMaxScareQuoteWords = 3;
constexpr int kMaxSubjectGap = 5;     // words between a cue and its subject
constexpr int kMaxWindowTokens = 60;  // tokens looked at on each side
constexpr int kMaxTitleWords = 6;  // "Frankfurter Allgemeine Sonntagszeitung"

// Reporting verbs and attributions, lower-cased word forms. A hand list
// (no open German lexicon of speech verbs ships in Debian or npm): the
// third person and participle forms of the verbs news uses for quotations.
constexpr std::array<std::u16string_view, 86> kVerbCues = {
    // German
    u"sagte", u"sagten", u"sagt", u"gesagt", u"erklärte", u"erklärten",
    u"erklärt", u"betonte", u"betonten", u"betont", u"fügte", u"fügten",
    u"hinzugefügt", u"zitierte", u"zitierten", u"zitiert", u"warnte",
    u"warnten", u"warnt", u"meinte", u"meint", u"sprach", u"schrieb",
    u"schreibt", u"berichtete", u"berichtet", u"behauptete", u"behauptet",
    u"bekräftigte", u"unterstrich", u"versicherte", u"versprach", u"forderte",
    u"ergänzte", u"ergänzt", u"beschrieb", u"bezeichnete", u"nannte",
    u"kritisierte", u"mahnte", u"rief", u"fragte", u"erwiderte", u"entgegnete",
    u"antwortete", u"bestätigte", u"verkündete", u"äußerte", u"kündigte",
    u"räumte", u"teilte",
    // English
    u"said", u"says", u"told", u"tells", u"added", u"adds", u"stated",
    u"states", u"explained", u"explains", u"noted", u"notes", u"warned",
    u"warns", u"stressed", u"argued", u"argues", u"wrote", u"writes", u"asked",
    u"replied", u"declared", u"insisted", u"claimed", u"claims", u"described",
    u"announced", u"continued", u"emphasised", u"emphasized", u"admitted",
    u"recalled", u"remarked", u"suggested", u"urged"};

// Attributions whose source follows ("laut Shoigu", "according to Smith",
// "„…“, so Schoigu") or precedes ("Schoigu zufolge").
constexpr std::array<std::u16string_view, 3> kSourceAfterCues = {
    u"laut", u"according", u"so"};
constexpr std::u16string_view kSourceBeforeCue = u"zufolge";

// Third-person subject pronouns only: "man", "es" or "ich" do not point
// back to a named person.
constexpr std::array<std::u16string_view, 5> kPronouns = {u"er", u"sie", u"he",
                                                          u"she", u"they"};

// Endings of role nouns that stand for a person mentioned before ("der
// Minister", "die Sprecherin", "the spokesman").
constexpr std::array<std::u16string_view, 16> kRoleEndings = {
    u"minister",    u"ministerin",   u"präsident", u"präsidentin",
    u"sprecher",    u"sprecherin",   u"chef",      u"chefin",
    u"kanzler",     u"kanzlerin",    u"president", u"spokesman",
    u"spokeswoman", u"spokesperson", u"official",  u"leader"};

constexpr std::array<std::u16string_view, 4> kScareMarkers = {
    u"sogenannte", u"sogenannten", u"so-called", u"sog"};

// What stands between a reporting verb and the name of whom it was said to
// or where ("sagte dem „Münchner Merkur“", "sagte im „Deutschlandfunk“",
// "told the “Guardian”"): a quotation right behind these is a title.
constexpr std::array<std::u16string_view, 11> kTitleArticles = {
    u"dem",  u"der", u"den", u"des", u"im", u"am",
    u"beim", u"zum", u"zur", u"the", u"a"};
constexpr std::array<std::u16string_view, 5> kTitlePrepositions = {
    u"in", u"gegenüber", u"bei", u"to", u"on"};

template <size_t N>
bool Contains(const std::array<std::u16string_view, N>& list,
              std::u16string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Asked for every word around every quotation: a binary search over a
// sorted copy instead of a scan of all 86.
bool IsVerbCue(std::u16string_view word) {
  static const auto* sorted = [] {
    auto* words =
        new std::array<std::u16string_view, kVerbCues.size()>(kVerbCues);
    std::sort(words->begin(), words->end());
    return words;
  }();
  return std::binary_search(sorted->begin(), sorted->end(), word);
}

bool IsSpace(char16_t c) {
  return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}

bool IsLetter(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
         (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000) ||
         (c >= 0x3040 && c < 0xD800) || (c >= 0xF900 && c < 0xFFF0);
}

// Lower-cases Latin letters (ASCII and Latin-1) of *text from `begin` on;
// enough for the cue lists.
void LowerInPlace(std::u16string* text, size_t begin) {
  for (size_t i = begin; i < text->size(); ++i) {
    char16_t& c = (*text)[i];
    if ((c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) {
      c += 32;
    }
  }
}

std::u16string Lower(std::u16string_view word) {
  std::u16string lower(word);
  LowerInPlace(&lower, 0);
  return lower;
}

// ---- Quotation marks ------------------------------------------------------

enum class Mark {
  kGermanDouble,   // „ closed by “ or ”
  kGermanSingle,   // ‚ closed by ‘ or ’
  kEnglishDouble,  // “ closed by ”
  kEnglishSingle,  // ‘ closed by ’
  kGuillemetIn,    // » closed by «
  kGuillemetOut,   // « closed by »
  kStraight,       // " closed by "
};

struct Open {
  Mark mark;
  int32_t position;
};

class MarkStack {
 public:
  bool empty() const { return size_ == 0; }
  const Open& top() const { return items_[size_ - 1]; }
  void Push(Mark mark, int32_t position) {
    if (size_ < kMaxNesting) items_[size_++] = {mark, position};
  }
  // Pops to the innermost open mark `accepts` says the closer fits, and
  // returns it; marks opened inside it that never closed are dropped.
  template <typename Accepts>
  bool PopTo(Accepts accepts, Open* closed) {
    for (int i = size_ - 1; i >= 0; --i) {
      if (accepts(items_[i].mark)) {
        *closed = items_[i];
        size_ = i;
        return true;
      }
    }
    return false;
  }
  void Clear() { size_ = 0; }
  int size() const { return size_; }

 private:
  std::array<Open, kMaxNesting> items_;
  int size_ = 0;
};

void ScanParagraph(std::u16string_view text, Span paragraph,
                   std::vector<Span>* quotations) {
  MarkStack stack;
  const auto close = [&](int32_t at, auto accepts) {
    Open opened;
    if (!stack.PopTo(accepts, &opened)) return false;
    if (stack.empty()) quotations->push_back({opened.position, at + 1});
    return true;
  };
  const auto is = [](Mark a) { return [a](Mark m) { return m == a; }; };
  for (int32_t i = paragraph.start; i < paragraph.end; ++i) {
    const char16_t c = text[i];
    // Of ASCII only '"' is a mark: most characters skip the switch.
    if (c < 0x80 && c != u'"') continue;
    const char16_t before = i > paragraph.start ? text[i - 1] : u' ';
    const char16_t after = i + 1 < paragraph.end ? text[i + 1] : u' ';
    switch (c) {
      case u'„':
        stack.Push(Mark::kGermanDouble, i);
        break;
      case u'‚':
        // Also a comma look-alike: only an opener before a letter.
        if (IsLetter(after) && IsSpace(before)) {
          stack.Push(Mark::kGermanSingle, i);
        }
        break;
      case u'“':
        if (!close(i, is(Mark::kGermanDouble))) {
          stack.Push(Mark::kEnglishDouble, i);
        }
        break;
      case u'”':
        close(i, [](Mark m) {
          return m == Mark::kGermanDouble || m == Mark::kEnglishDouble;
        });
        break;
      case u'‘':
        if (!close(i, is(Mark::kGermanSingle)) && !stack.empty()) {
          stack.Push(Mark::kEnglishSingle, i);
        }
        break;
      case u'’':
        // An apostrophe inside a word ("don’t") closes nothing.
        if (!IsLetter(after)) {
          close(i, [](Mark m) {
            return m == Mark::kEnglishSingle || m == Mark::kGermanSingle;
          });
        }
        break;
      case u'»':
        if (!close(i, is(Mark::kGuillemetOut))) {
          stack.Push(Mark::kGuillemetIn, i);
        }
        break;
      case u'«':
        if (!close(i, is(Mark::kGuillemetIn))) {
          stack.Push(Mark::kGuillemetOut, i);
        }
        break;
      case u'"': {
        const bool can_open =
            !IsSpace(after) &&
            (IsSpace(before) || before == u'(' || before == u'[' ||
             before == u'-' || before == u'–' || before == u'—' ||
             before == u':' || i == paragraph.start);
        const bool can_close = !IsSpace(before);
        if (!stack.empty() && stack.top().mark == Mark::kStraight &&
            can_close) {
          close(i, is(Mark::kStraight));
        } else if (can_open) {
          stack.Push(Mark::kStraight, i);
        } else if (can_close) {
          close(i, is(Mark::kStraight));
        }
        break;
      }
      default:
        break;
    }
  }
}

// ---- Cues and speakers ----------------------------------------------------

struct Word {
  int32_t token;              // index into tokens
  std::u16string_view lower;  // into its WordWindow's text
};

// The words around a quotation, lower-cased into one buffer: a string per
// word cost an allocation for every token near every quotation. Filled in
// place (not returned), so the views never outlive a moved buffer.
struct WordWindow {
  std::u16string lowered;
  std::vector<Word> words;
  WordWindow() = default;
  WordWindow(const WordWindow&) = delete;
  WordWindow& operator=(const WordWindow&) = delete;
};

class SpeakerFinder {
 public:
  SpeakerFinder(std::u16string_view text, const std::vector<Token>& tokens,
                const std::vector<Entity>& entities,
                const std::vector<Span>& quotations)
      : text_(text),
        tokens_(tokens),
        entities_(entities),
        quotations_(quotations) {}

  // Fills quote->cue and quote->speaker from the context of quotation
  // `index`; returns whether a cue was found.
  bool Attribute(size_t index, Span sentence_before, Span sentence_after,
                 Quote* quote) const {
    const Span quotation = quotations_[index];
    WordWindow before_window;
    WordWindow after_window;
    Words(sentence_before.start, quotation.start, /*from_end=*/true,
          &before_window);
    Words(quotation.end, sentence_after.end, /*from_end=*/false, &after_window);
    const std::vector<Word>& before = before_window.words;
    const std::vector<Word>& after = after_window.words;
    // Before the quotation first, nearest first; after it, nearest first.
    for (size_t i = before.size(); i-- > 0;) {
      if (TryCue(before, i, quotation, quote)) return true;
    }
    for (size_t i = 0; i < after.size(); ++i) {
      if (TryCue(after, i, quotation, quote)) return true;
    }
    return false;
  }

  // A title after a reporting verb and an article ("sagte dem „Münchner
  // Merkur“", "told the “Guardian”", "sagte in der „Tagesschau“"): a
  // capitalised name of a few words, not what was said.
  bool IsTitleAfterCue(const Span& quotation, int words) const {
    if (words > kMaxTitleWords) return false;
    const std::u16string_view inner =
        text_.substr(quotation.start + 1, quotation.end - quotation.start - 2);
    if (inner.find_first_of(u".!?,:;") != std::u16string_view::npos) {
      return false;
    }
    const size_t first = inner.find_first_not_of(u" ");
    if (first == std::u16string_view::npos ||
        Lower(inner.substr(first, 1)) == inner.substr(first, 1)) {
      return false;
    }
    WordWindow window;
    Words(std::max(0, quotation.start - 80), quotation.start, true, &window);
    const std::vector<Word>& before = window.words;
    size_t i = before.size();
    if (i < 2 || !Contains(kTitleArticles, before[i - 1].lower)) return false;
    --i;
    if (i >= 2 && Contains(kTitlePrepositions, before[i - 1].lower)) --i;
    return IsVerbCue(before[i - 1].lower);
  }

  // Whether a person other than `cluster` is named in [from, to) outside
  // quotations: then a later quotation may be someone else's.
  bool OtherPersonBetween(int32_t from, int32_t to, int32_t cluster) const {
    auto it = std::upper_bound(
        entities_.begin(), entities_.end(), from,
        [](int32_t p, const Entity& e) { return p < e.start; });
    for (; it != entities_.end() && it->start < to; ++it) {
      if (it->type == EntityType::kPerson && it->cluster != cluster &&
          !InsideQuotation(it->start)) {
        return true;
      }
    }
    return false;
  }

  bool PrecededByScareMarker(const Span& quotation) const {
    WordWindow window;
    Words(std::max(0, quotation.start - 40), quotation.start, true, &window);
    const std::vector<Word>& before = window.words;
    return !before.empty() && Contains(kScareMarkers, before.back().lower);
  }

 private:
  // Word tokens of [from, to) outside every quotation, in text order; at
  // most kMaxWindowTokens, the ones nearest `to` if from_end.
  void Words(int32_t from, int32_t to, bool from_end,
             WordWindow* window) const {
    if (from >= to) return;
    auto first = std::lower_bound(
        tokens_.begin(), tokens_.end(), from,
        [](const Token& t, int32_t position) { return t.start < position; });
    auto last = std::lower_bound(
        first, tokens_.end(), to,
        [](const Token& t, int32_t position) { return t.start < position; });
    if (last - first > kMaxWindowTokens) {
      if (from_end) {
        first = last - kMaxWindowTokens;
      } else {
        last = first + kMaxWindowTokens;
      }
    }
    // Reserved whole, so appending never moves what the views point to.
    size_t length = 0;
    for (auto it = first; it != last; ++it) length += it->end - it->start;
    window->lowered.reserve(length);
    window->words.reserve(last - first);
    for (auto it = first; it != last; ++it) {
      if (InsideQuotation(it->start)) continue;
      const size_t begin = window->lowered.size();
      window->lowered.append(text_.substr(it->start, it->end - it->start));
      // Punctuation stays as a word: it stops the subject search.
      if (it->kind == TokenKind::kWord) LowerInPlace(&window->lowered, begin);
      window->words.push_back(
          {static_cast<int32_t>(it - tokens_.begin()),
           std::u16string_view(window->lowered).substr(begin)});
    }
  }

  bool InsideQuotation(int32_t position) const {
    auto it =
        std::upper_bound(quotations_.begin(), quotations_.end(), position,
                         [](int32_t p, const Span& q) { return p < q.start; });
    return it != quotations_.begin() && position < std::prev(it)->end;
  }

  bool IsWord(const Word& word) const {
    return tokens_[word.token].kind == TokenKind::kWord;
  }

  Span SpanOf(const Word& word) const {
    return {tokens_[word.token].start, tokens_[word.token].end};
  }

  bool TryCue(const std::vector<Word>& words, size_t i, Span quotation,
              Quote* quote) const {
    const std::u16string_view word = words[i].lower;
    const bool source_after = Contains(kSourceAfterCues, word);
    const bool source_before = word == kSourceBeforeCue;
    bool verb = IsVerbCue(word);
    // "schlug Alarm" warns like "warnte".
    if (!verb && word == u"schlug" && i + 1 < words.size() &&
        words[i + 1].lower == u"alarm") {
      verb = true;
    }
    if (!verb && !source_after && !source_before) return false;
    // "so" and "according" only attribute with a source right behind them
    // ("so Schoigu", "according to Smith").
    if (word == u"according" &&
        (i + 1 >= words.size() || words[i + 1].lower != u"to")) {
      return false;
    }
    const Span cue = SpanOf(words[i]);
    int32_t speaker = -1;
    if (source_before) {
      const Entity* entity = EntityEndingBefore(cue.start);
      if (entity == nullptr) return false;
      speaker = entity->type == EntityType::kPerson ? entity->cluster : -1;
    } else if (source_after) {
      // "so" attributes only with a name behind it ("so Schoigu", "so das
      // Ministerium"); an organisation is a source but not a speaker.
      const Entity* entity = NameAfter(words, i);
      if (entity == nullptr && word == u"so") return false;
      speaker = entity != nullptr && entity->type == EntityType::kPerson
                    ? entity->cluster
                    : -1;
    } else if (!entities_.empty()) {
      // Without entities (analyze with entities off) no subject can be a
      // person, so the search is skipped.
      speaker = VerbSubject(words, i, quotation);
    }
    quote->cue = cue;
    quote->speaker = speaker;
    return true;
  }

  // The first person, else the first organisation, starting within
  // kMaxSubjectGap words after cue word i with no punctuation in between
  // ("sagte Mossad-Chef David Barnea": the person).
  const Entity* NameAfter(const std::vector<Word>& words, size_t i) const {
    const Entity* organization = nullptr;
    for (size_t j = i + 1; j < words.size() && j <= i + kMaxSubjectGap; ++j) {
      if (!IsWord(words[j])) break;
      const Entity* entity = EntityAt(SpanOf(words[j]).start);
      if (entity == nullptr) continue;
      if (entity->type == EntityType::kPerson) return entity;
      if (entity->type == EntityType::kOrganization &&
          organization == nullptr) {
        organization = entity;
      }
    }
    return organization;
  }

  const Entity* PersonAfter(const std::vector<Word>& words, size_t i) const {
    const Entity* entity = NameAfter(words, i);
    return entity != nullptr && entity->type == EntityType::kPerson ? entity
                                                                    : nullptr;
  }

  int32_t VerbSubject(const std::vector<Word>& words, size_t i,
                      Span quotation) const {
    if (const Entity* entity = PersonAfter(words, i)) return entity->cluster;
    const Span cue = SpanOf(words[i]);
    const auto is_pronoun = [&](size_t j) {
      return j < words.size() && Contains(kPronouns, words[j].lower);
    };
    const auto is_role = [&](size_t j) {
      if (j >= words.size()) return false;
      const std::u16string_view w = words[j].lower;
      for (std::u16string_view ending : kRoleEndings) {
        if (w.size() >= ending.size() &&
            w.substr(w.size() - ending.size()) == ending) {
          return true;
        }
      }
      return false;
    };
    // Right after the cue, skipping one article ("sagte der Minister").
    const size_t after = i + 1;
    const size_t after_article =
        after < words.size() &&
                (words[after].lower == u"der" || words[after].lower == u"die" ||
                 words[after].lower == u"the")
            ? after + 1
            : after;
    if ((i > 0 && (is_pronoun(i - 1) || is_role(i - 1))) || is_pronoun(after) ||
        is_role(after_article)) {
      const int32_t before = std::min(quotation.start, cue.start);
      const Entity* person = LastPersonBefore(before);
      return person != nullptr ? person->cluster : -1;
    }
    // The nearest person before the cue in the window: speakers are
    // people, an organisation ("das Ministerium erklärte") is none.
    for (size_t j = i; j-- > 0;) {
      if (!IsWord(words[j])) continue;
      const Entity* entity = EntityAt(SpanOf(words[j]).start);
      if (entity != nullptr && entity->type == EntityType::kPerson) {
        return entity->cluster;
      }
    }
    return -1;
  }

  // The entity covering `position`, if any.
  const Entity* EntityAt(int32_t position) const {
    auto it = std::upper_bound(
        entities_.begin(), entities_.end(), position,
        [](int32_t p, const Entity& e) { return p < e.start; });
    if (it == entities_.begin()) return nullptr;
    --it;
    return position < it->end ? &*it : nullptr;
  }

  const Entity* EntityEndingBefore(int32_t position) const {
    auto it = std::upper_bound(
        entities_.begin(), entities_.end(), position,
        [](int32_t p, const Entity& e) { return p < e.start; });
    if (it == entities_.begin()) return nullptr;
    --it;
    if (it->end > position) return nullptr;
    // Only blanks between the entity and the cue.
    for (int32_t p = it->end; p < position; ++p) {
      if (!IsSpace(text_[p])) return nullptr;
    }
    return &*it;
  }

  // The most recent person mentioned before `position`, outside quotations.
  const Entity* LastPersonBefore(int32_t position) const {
    auto it = std::upper_bound(
        entities_.begin(), entities_.end(), position,
        [](int32_t p, const Entity& e) { return p < e.start; });
    // Bounded: a pronoun refers to someone named recently.
    for (int steps = 0; it != entities_.begin() && steps < 64; ++steps) {
      --it;
      if (it->type == EntityType::kPerson && it->end <= position &&
          !InsideQuotation(it->start)) {
        return &*it;
      }
    }
    return nullptr;
  }

  std::u16string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<Entity>& entities_;
  const std::vector<Span>& quotations_;
};

int CountWords(std::u16string_view text) {
  int words = 0;
  bool in_word = false;
  for (char16_t c : text) {
    const bool letter = IsLetter(c) || (c >= u'0' && c <= u'9');
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

bool HasSentenceEnd(std::u16string_view text) {
  return text.find_first_of(u".!?") != std::u16string_view::npos;
}

// Index of the sentence containing `position` (or the last one before it).
size_t SentenceAt(const std::vector<Span>& sentences, int32_t position) {
  auto it =
      std::upper_bound(sentences.begin(), sentences.end(), position,
                       [](int32_t p, const Span& s) { return p < s.start; });
  return it == sentences.begin() ? 0 : (it - sentences.begin()) - 1;
}

}  // namespace

std::vector<Span> FindQuotationSpans(std::u16string_view text,
                                     const std::vector<Span>& paragraphs) {
  std::vector<Span> quotations;
  for (const Span& paragraph : paragraphs) {
    const Span clamped = {
        std::clamp<int32_t>(paragraph.start, 0,
                            static_cast<int32_t>(text.size())),
        std::clamp<int32_t>(paragraph.end, 0,
                            static_cast<int32_t>(text.size()))};
    if (clamped.start < clamped.end) ScanParagraph(text, clamped, &quotations);
  }
  return quotations;
}

std::vector<Quote> FindQuotes(std::u16string_view text,
                              const std::vector<Span>& paragraphs,
                              const std::vector<Span>& sentences,
                              const std::vector<Token>& tokens,
                              const std::vector<Entity>& entities) {
  std::vector<Quote> quotes;
  const std::vector<Span> quotations = FindQuotationSpans(text, paragraphs);
  if (quotations.empty()) return quotes;
  const SpeakerFinder finder(text, tokens, entities, quotations);
  // The last quotation with a speaker: the sentence it (or its cue) ends
  // in, where it ends, and who said it.
  size_t last_sentence = 0;
  int32_t last_end = -1;
  int32_t last_speaker = -1;
  for (size_t i = 0; i < quotations.size(); ++i) {
    const Span quotation = quotations[i];
    const std::u16string_view inner =
        text.substr(quotation.start + 1, quotation.end - quotation.start - 2);
    const int words = CountWords(inner);
    if (words == 0) continue;
    Span sentence_before = {quotation.start, quotation.start};
    Span sentence_after = {quotation.end, quotation.end};
    if (!sentences.empty()) {
      sentence_before = sentences[SentenceAt(sentences, quotation.start)];
      sentence_after = sentences[SentenceAt(sentences, quotation.end - 1)];
    }
    Quote quote;
    quote.start = quotation.start;
    quote.end = quotation.end;
    const bool has_cue =
        finder.Attribute(i, sentence_before, sentence_after, &quote);
    if (finder.PrecededByScareMarker(quotation)) continue;
    if (finder.IsTitleAfterCue(quotation, words)) continue;
    // Words before the quotation in its sentence: it sits inside one.
    // (Looking back a bounded stretch keeps long sentences linear.)
    bool inside_sentence = false;
    for (int32_t p = std::max(sentence_before.start, quotation.start - 200);
         p < quotation.start; ++p) {
      if (IsLetter(text[p])) {
        inside_sentence = true;
        break;
      }
    }
    if (!has_cue && words <= kMaxScareQuoteWords && inside_sentence &&
        !HasSentenceEnd(inner)) {
      continue;
    }
    // A quotation without a cue in the sentence right after a speaker's
    // quotation, with nobody else named between, goes on with that speaker
    // ("„…“, sagte Smith. „We believe …“").
    const size_t sentence =
        sentences.empty() ? 0 : SentenceAt(sentences, quotation.start);
    if (!has_cue && last_speaker >= 0 && sentence <= last_sentence + 1 &&
        !finder.OtherPersonBetween(last_end, quotation.start, last_speaker)) {
      quote.speaker = last_speaker;
    }
    if (quote.speaker >= 0) {
      const int32_t end = std::max(quote.end, quote.cue.end);
      last_sentence = sentences.empty() ? 0 : SentenceAt(sentences, end - 1);
      last_end = end;
      last_speaker = quote.speaker;
    }
    quotes.push_back(quote);
  }
  return quotes;
}

}  // namespace lesbar
