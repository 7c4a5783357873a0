#include "analyses/entities/coordinated_names.h"

#include <algorithm>
#include <cstddef>

#include "analyses/entities/entity_spans.h"
#include "features/lexicon/dale_chall.h"
#include "features/lexicon/noun_lexicon.h"
#include "normalize/lower_case.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

// On the dev slices 6 of the 8 names this pass added were right: a score
// above that would claim more than it knows.
constexpr float kListedNameScore = 0.75f;
// At a list's first or last place, about half of them were.
constexpr float kListEndNameScore = 0.5f;

bool IsListedName(EntityType type) {
  return type == EntityType::kPerson || type == EntityType::kLocation ||
         type == EntityType::kOrganization;
}

bool TokenIs(std::u16string_view text, const Token& token,
             std::u16string_view word) {
  return TextOf(text, token) == word;
}

bool IsConjunction(std::u16string_view text, const Token& token) {
  for (std::u16string_view word : {u"und", u"oder", u"sowie", u"and", u"or"}) {
    if (TokenIs(text, token, word)) return true;
  }
  return false;
}

bool IsArticle(std::u16string_view text, const Token& token) {
  for (std::u16string_view word :
       {u"der", u"die", u"das", u"dem", u"den", u"des", u"the"}) {
    if (TokenIs(text, token, word)) return true;
  }
  return false;
}

// A lower-case German word with an adjective's or determiner's ending
// ("europäischen", "anderen", "seinen"): what follows it is a noun phrase
// ("europäischen Hauptstädten, Moskau und Washington").
bool IsInflectedModifier(std::u16string_view word) {
  if (word.size() < 4 || !StartsLower(word)) return false;
  for (std::u16string_view ending : {u"en", u"em", u"er", u"es", u"e"}) {
    if (EndsWith(word, ending)) return true;
  }
  return false;
}

bool StartsCapitalised(std::u16string_view text, const Token& token) {
  return token.kind == TokenKind::kWord && token.end - token.start >= 2 &&
         StartsUpper(TextOf(text, token));
}

}  // namespace

void TagCoordinatedNames(std::u16string_view text,
                         const std::vector<Token>& tokens,
                         std::string_view language,
                         std::vector<Entity>* entities) {
  const bool german = language == "de";
  // Per token, the entity it starts or ends (or -1), and whether any
  // entity covers it; entities are sorted and do not overlap.
  const size_t n = tokens.size();
  std::vector<int> starts(n, -1), ends(n, -1);
  std::vector<bool> covered(n, false);
  size_t k = 0;
  for (size_t e = 0; e < entities->size(); ++e) {
    const Entity& entity = (*entities)[e];
    while (k < n && tokens[k].end <= entity.start) ++k;
    for (size_t j = k; j < n && tokens[j].start < entity.end; ++j) {
      covered[j] = true;
      if (tokens[j].start == entity.start) starts[j] = static_cast<int>(e);
      if (tokens[j].end == entity.end) ends[j] = static_cast<int>(e);
    }
  }
  // The entity ending at token `last` and the one before it in the list
  // ("A , B" before "und X"), of one listed type; -1 if there are none.
  const auto list_before = [&](size_t last) -> int {
    if (last >= n || ends[last] < 0) return -1;
    const Entity& b = (*entities)[ends[last]];
    const size_t b_first = static_cast<size_t>(
        std::lower_bound(
            tokens.begin(), tokens.end(), b.start,
            [](const Token& t, int32_t at) { return t.start < at; }) -
        tokens.begin());
    if (b_first < 2 || !TokenIs(text, tokens[b_first - 1], u",") ||
        ends[b_first - 2] < 0) {
      return -1;
    }
    const Entity& a = (*entities)[ends[b_first - 2]];
    return IsListedName(b.type) && a.type == b.type ? ends[last] : -1;
  };
  // The entity starting at token `first` and the next one in the list
  // ("A und B" after "X ,"), of one listed type; -1 if there are none.
  const auto list_after = [&](size_t first) -> int {
    if (first >= n || starts[first] < 0) return -1;
    const Entity& a = (*entities)[starts[first]];
    size_t j = first;
    while (j < n && tokens[j].end < a.end) ++j;  // a's last token
    size_t b = j + 2;
    if (j + 1 >= n) return -1;
    if (!TokenIs(text, tokens[j + 1], u",")) {
      if (!IsConjunction(text, tokens[j + 1])) return -1;
      if (b < n && IsArticle(text, tokens[b])) ++b;
    }
    if (b >= n || starts[b] < 0) return -1;
    return IsListedName(a.type) && (*entities)[starts[b]].type == a.type
               ? starts[first]
               : -1;
  };
  std::vector<Entity> added;
  for (size_t x = 0; x < n; ++x) {
    if (covered[x] || !StartsCapitalised(text, tokens[x])) continue;
    int left = -1, right = -1;
    bool at_list_end = false;
    // A , X , B  or  A , X und|oder [article] B
    if (x >= 2 && x + 2 < n && TokenIs(text, tokens[x - 1], u",") &&
        ends[x - 2] >= 0 && IsListedName((*entities)[ends[x - 2]].type)) {
      size_t b = x + 2;
      if (!TokenIs(text, tokens[x + 1], u",")) {
        if (IsConjunction(text, tokens[x + 1])) {
          if (b < n && IsArticle(text, tokens[b])) ++b;
        } else {
          b = n;
        }
      }
      if (b < n && starts[b] >= 0 &&
          (*entities)[starts[b]].type == (*entities)[ends[x - 2]].type) {
        left = ends[x - 2];
        right = starts[b];
      }
    }
    // A , B und|oder [article] X: the list's last member.
    if (left < 0 && x >= 2) {
      size_t c = x - 1;
      if (IsArticle(text, tokens[c]) && c >= 1) --c;
      if (IsConjunction(text, tokens[c]) && c >= 1) {
        left = right = list_before(c - 1);
        at_list_end = left >= 0;
      }
    }
    // X , A und|oder [article] B: the list's first member.
    if (left < 0 && x + 2 < n && TokenIs(text, tokens[x + 1], u",")) {
      left = right = list_after(x + 2);
      at_list_end = left >= 0;
    }
    if (left < 0) continue;
    // The word itself is read only here, for the few words in such a list.
    const std::u16string_view word = TextOf(text, tokens[x]);
    const char lexicon = german ? LexiconClass(LowerUtf8(word)) : 0;
    if (lexicon == 'N') continue;
    // At the list's ends, where half the names this found were right, the
    // word must not start a longer name, follow a German adjective or be a
    // compound of a common noun, or be a familiar English word ("Rock").
    if (at_list_end &&
        ((x + 1 < n && StartsCapitalised(text, tokens[x + 1])) ||
         (german && x > 0 &&
          IsInflectedModifier(TextOf(text, tokens[x - 1]))) ||
         (german ? lexicon == 'H' : IsDaleChallEasyWord(LowerUtf16(word))))) {
      continue;
    }
    const float cap = at_list_end ? kListEndNameScore : kListedNameScore;
    const Entity& before = (*entities)[left];
    const Entity& after = (*entities)[right];
    added.push_back({tokens[x].start, tokens[x].end, before.type, -1,
                     std::min({before.score, after.score, cap})});
  }
  AddEntitiesInOrder(added, entities);
}

}  // namespace lesbar
