#include "analyses/entities/abbreviations.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "segment/token_text.h"

namespace lesbar {
namespace {

constexpr size_t kMinAbbreviation = 2;
constexpr size_t kMaxAbbreviation = 8;
// Words of a long form per letter of its abbreviation, at most: function
// words come between ("Bundesamt für Sicherheit in der Informationstechnik").
constexpr size_t kWordsPerLetter = 3;
// Bound on the matcher's steps for one candidate.
constexpr int kMaxMatchSteps = 20000;
// The score of an entity this pass made: no model probability.
constexpr float kRuleScore = 0.5f;

bool IsBmp(char16_t c) { return !U16_IS_SURROGATE(c); }

char16_t Upper(char16_t c) {
  return IsBmp(c) ? static_cast<char16_t>(u_toupper(c)) : c;
}

// Two to eight letters, all capitals ("EZB", "GDL", "WHO"); digits and "&"
// may come between ("G7", "S&P").
bool IsAbbreviation(std::u16string_view word) {
  if (word.size() < kMinAbbreviation || word.size() > kMaxAbbreviation) {
    return false;
  }
  size_t letters = 0;
  for (char16_t c : word) {
    if (!IsBmp(c)) return false;
    if (u_isupper(c)) {
      ++letters;
    } else if (!u_isdigit(c) && c != u'&') {
      return false;
    }
  }
  return letters >= kMinAbbreviation && u_isupper(word[0]);
}

bool IsCapitalised(std::u16string_view word) {
  return !word.empty() && IsBmp(word[0]) && (u_isupper(word[0]) != 0);
}

// The capitals of `abbreviation`, the letters the long form must spell.
std::u16string LettersOf(std::u16string_view abbreviation) {
  std::u16string letters;
  for (char16_t c : abbreviation) {
    if (u_isupper(c)) letters.push_back(c);
  }
  return letters;
}

class InitialsMatcher {
 public:
  InitialsMatcher(const std::vector<std::u16string_view>& words,
                  std::u16string_view letters)
      : words_(words), letters_(letters) {}

  bool Matches() { return FromWord(0, 0); }

 private:
  // Words from `w` on spell letters from `a` on.
  bool FromWord(size_t w, size_t a) {
    if (++steps_ > kMaxMatchSteps) return false;
    if (w == words_.size()) return a == letters_.size();
    const std::u16string_view word = words_[w];
    const bool capitalised = IsCapitalised(word);
    if (!capitalised && FromWord(w + 1, a)) return true;  // "der", "of"
    if (a == letters_.size() || Upper(word[0]) != letters_[a]) return false;
    return InsideWord(w, 1, a + 1);
  }

  // The rest of word `w` from position `p` on spells some letters from `a`
  // on (none, one, or more), the following words the rest.
  bool InsideWord(size_t w, size_t p, size_t a) {
    if (FromWord(w + 1, a)) return true;
    if (a == letters_.size()) return false;
    const std::u16string_view word = words_[w];
    for (size_t q = p; q < word.size(); ++q) {
      if (Upper(word[q]) == letters_[a] && InsideWord(w, q + 1, a + 1)) {
        return true;
      }
    }
    return false;
  }

  const std::vector<std::u16string_view>& words_;
  std::u16string_view letters_;
  int steps_ = 0;
};

struct Definition {
  int32_t long_start = 0;  // the long form's entity
  std::u16string_view abbreviation;
};

std::u16string_view Surface(std::u16string_view text, const Token& t) {
  return text.substr(t.start, t.end - t.start);
}

Entity MakeEntity(int32_t start, int32_t end, EntityType type, float score) {
  Entity e;
  e.start = start;
  e.end = end;
  e.type = type;
  e.score = score;
  return e;
}

bool IsValue(EntityType type) {
  return static_cast<int32_t>(type) >= static_cast<int32_t>(EntityType::kDate);
}

// Index of the entity starting at `start`, or -1.
int32_t EntityAt(const std::vector<Entity>& entities, int32_t start) {
  auto it =
      std::lower_bound(entities.begin(), entities.end(), start,
                       [](const Entity& e, int32_t s) { return e.start < s; });
  if (it == entities.end() || it->start != start) return -1;
  return static_cast<int32_t>(it - entities.begin());
}

// A law, a regulation, terms or a treaty ("Abgabenordnung (AO)",
// "Handelsgesetzbuch (HGB)", "Allgemeine Geschäftsbedingungen (AGB)",
// "Clean Air Act (CAA)") is defined like an organisation but names a text,
// which is no news entity: its last word says so.
bool NamesLegalText(std::u16string_view last_word) {
  static constexpr std::u16string_view kGermanHeads[] = {
      u"gesetz",       u"gesetzes",  u"gesetzbuch",  u"gesetzbuchs",
      u"gesetzbuches", u"ordnung",   u"bedingungen", u"richtlinie",
      u"richtlinien",  u"vertrag",   u"vertrags",    u"vertrages",
      u"abkommen",     u"abkommens", u"statut",      u"statuts",
      u"satzung",      u"verfassung"};
  static constexpr std::u16string_view kEnglishWords[] = {
      u"Act",        u"Code",        u"Treaty",   u"Agreement",
      u"Regulation", u"Regulations", u"Directive"};
  for (std::u16string_view word : kEnglishWords) {
    if (last_word == word) return true;
  }
  std::u16string lower(last_word);
  for (char16_t& c : lower) c = static_cast<char16_t>(u_tolower(c));
  for (std::u16string_view head : kGermanHeads) {
    if (EndsWith(lower, head)) return true;
  }
  return false;
}

// Makes [start, end) one entity: the tagged names inside it merge into one
// with the type of the last (the head: "Zentralbank"), or a new
// organisation unless `last_word` names a legal text. Returns false,
// changing nothing, when a value or a name reaching out of the range is in
// the way, or when nothing is tagged there and it names a legal text.
bool SetLongForm(int32_t start, int32_t end, std::u16string_view last_word,
                 std::vector<Entity>* entities, EntityType* type) {
  size_t first = 0;
  while (first < entities->size() && (*entities)[first].end <= start) ++first;
  size_t last = first;
  while (last < entities->size() && (*entities)[last].start < end) ++last;
  if (first == last) {
    if (NamesLegalText(last_word)) return false;
    *type = EntityType::kOrganization;
    entities->insert(entities->begin() + first,
                     MakeEntity(start, end, *type, kRuleScore));
    return true;
  }
  float score = 0;
  for (size_t k = first; k < last; ++k) {
    const Entity& e = (*entities)[k];
    if (IsValue(e.type) || e.end > end) return false;
    score = std::max(score, e.score);
  }
  // A tagged name may begin before the matched words ("Die Europäische
  // Zentralbank" at a sentence start): it is kept whole.
  const int32_t merged_start = std::min(start, (*entities)[first].start);
  *type = (*entities)[last - 1].type;
  (*entities)[first] = MakeEntity(merged_start, end, *type, score);
  entities->erase(entities->begin() + first + 1, entities->begin() + last);
  return true;
}

}  // namespace

std::vector<MentionLink> FindAbbreviations(std::u16string_view text,
                                           const std::vector<Token>& tokens,
                                           std::vector<Entity>* entities) {
  std::vector<Definition> definitions;
  std::unordered_map<std::u16string_view, EntityType> defined;
  for (size_t i = 1; i + 2 < tokens.size(); ++i) {
    if (Surface(text, tokens[i]) != u"(" ||
        Surface(text, tokens[i + 2]) != u")" ||
        tokens[i + 1].kind != TokenKind::kWord) {
      continue;
    }
    const std::u16string_view abbreviation = Surface(text, tokens[i + 1]);
    if (!IsAbbreviation(abbreviation) || defined.count(abbreviation)) {
      continue;
    }
    const std::u16string letters = LettersOf(abbreviation);
    // The words before the bracket, nearest first, up to punctuation.
    std::vector<size_t> before;
    for (size_t k = i;
         k-- > 0 && before.size() < kWordsPerLetter * letters.size();) {
      if (tokens[k].kind != TokenKind::kWord) break;
      before.push_back(k);
    }
    for (size_t count = 1; count <= before.size(); ++count) {
      const size_t first_token = before[count - 1];
      const std::u16string_view first = Surface(text, tokens[first_token]);
      if (!IsCapitalised(first) || Upper(first[0]) != letters[0]) continue;
      std::vector<std::u16string_view> words;
      for (size_t k = count; k-- > 0;) {
        words.push_back(Surface(text, tokens[before[k]]));
      }
      if (!InitialsMatcher(words, letters).Matches()) continue;
      EntityType type;
      const int32_t start = tokens[first_token].start;
      if (SetLongForm(start, tokens[i - 1].end, words.back(), entities,
                      &type)) {
        // The entity may have started earlier than the matched words.
        size_t k = 0;
        while ((*entities)[k].end <= start) ++k;
        definitions.push_back({(*entities)[k].start, abbreviation});
        defined.emplace(abbreviation, type);
      }
      break;
    }
  }
  if (definitions.empty()) return {};

  // Every mention of a defined abbreviation gets the long form's type.
  std::vector<Entity> added;
  size_t next = 0;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord) continue;
    auto found = defined.find(Surface(text, t));
    if (found == defined.end()) continue;
    while (next < entities->size() && (*entities)[next].end <= t.start) ++next;
    if (next < entities->size() && (*entities)[next].start < t.end) {
      Entity& e = (*entities)[next];
      if (e.start == t.start && e.end == t.end && !IsValue(e.type)) {
        e.type = found->second;
      }
      continue;  // inside a longer entity: not a mention of its own
    }
    added.push_back(MakeEntity(t.start, t.end, found->second, kRuleScore));
  }
  if (!added.empty()) {
    std::vector<Entity> merged;
    merged.reserve(entities->size() + added.size());
    std::merge(
        entities->begin(), entities->end(), added.begin(), added.end(),
        std::back_inserter(merged),
        [](const Entity& a, const Entity& b) { return a.start < b.start; });
    entities->swap(merged);
  }

  std::unordered_map<std::u16string_view, int32_t> long_form;
  for (const Definition& d : definitions) {
    long_form.emplace(d.abbreviation, EntityAt(*entities, d.long_start));
  }
  std::vector<MentionLink> links;
  for (size_t k = 0; k < entities->size(); ++k) {
    const Entity& e = (*entities)[k];
    auto found = long_form.find(text.substr(e.start, e.end - e.start));
    if (found == long_form.end() || found->second < 0) continue;
    links.push_back({static_cast<int32_t>(k), found->second});
  }
  return links;
}

}  // namespace lesbar
