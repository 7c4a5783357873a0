#include "analyses/entities/coordinated_names.h"

#include <algorithm>
#include <cstddef>

#include "analyses/entities/entity_spans.h"
#include "features/lexicon/noun_lexicon.h"
#include "normalize/lower_case.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

// On the dev slices 6 of the 8 names this pass added were right: a score
// above that would claim more than it knows.
constexpr float kListedNameScore = 0.75f;

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
  std::vector<Entity> added;
  for (size_t x = 2; x + 2 < n; ++x) {
    if (covered[x] || !StartsCapitalised(text, tokens[x])) continue;
    // A , X
    if (!TokenIs(text, tokens[x - 1], u",") || ends[x - 2] < 0) continue;
    const Entity& before = (*entities)[ends[x - 2]];
    if (!IsListedName(before.type)) continue;
    // X , B  or  X und|oder [article] B
    size_t b = x + 2;
    if (!TokenIs(text, tokens[x + 1], u",")) {
      if (!IsConjunction(text, tokens[x + 1])) continue;
      if (b < n && IsArticle(text, tokens[b])) ++b;
    }
    if (b >= n || starts[b] < 0) continue;
    const Entity& after = (*entities)[starts[b]];
    if (after.type != before.type) continue;
    if (german) {
      const char lexicon = LexiconClass(LowerUtf8(TextOf(text, tokens[x])));
      if (lexicon == 'N') continue;
    }
    added.push_back({tokens[x].start, tokens[x].end, before.type, -1,
                     std::min({before.score, after.score, kListedNameScore})});
  }
  AddEntitiesInOrder(added, entities);
}

}  // namespace lesbar
