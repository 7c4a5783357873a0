#include "analyses/entities/name_consistency.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analyses/entities/entity_spans.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

bool IsSpace(char16_t c) { return c == u' ' || c == u'\u00A0'; }

bool IsOneWord(std::u16string_view surface) {
  for (char16_t c : surface) {
    if (IsSpace(c)) return false;
  }
  return !surface.empty();
}

std::u16string_view LastWord(std::u16string_view surface) {
  size_t k = surface.size();
  while (k > 0 && !IsSpace(surface[k - 1])) --k;
  return surface.substr(k);
}

bool IsOtherName(EntityType type) {
  return type == EntityType::kLocation || type == EntityType::kOrganization ||
         type == EntityType::kMisc;
}

// Merges into the ordered `entities`, in one pass, an entity for every
// word token no entity covers for which `entity_for(surface, &word)` is
// true; it sets the type and score of `word`, which spans the token.
template <typename EntityFor>
void AddUncoveredWords(std::u16string_view text,
                       const std::vector<Token>& tokens,
                       const EntityFor& entity_for,
                       std::vector<Entity>* entities) {
  std::vector<Entity> merged;
  size_t next = 0;
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kWord) continue;
    while (next < entities->size() && (*entities)[next].end <= token.start) {
      merged.push_back((*entities)[next++]);
    }
    if (next < entities->size() && (*entities)[next].start < token.end) {
      continue;  // inside an entity
    }
    Entity word{token.start, token.end, EntityType::kPerson, -1, 0};
    const std::u16string_view surface = EntitySurface(text, word);
    if (!surface.empty() && entity_for(surface, &word)) merged.push_back(word);
  }
  while (next < entities->size()) merged.push_back((*entities)[next++]);
  if (merged.size() != entities->size()) entities->swap(merged);
}

}  // namespace

void MakePersonNamesConsistent(std::u16string_view text,
                               const std::vector<Token>& tokens,
                               std::vector<Entity>* entities) {
  // A full name's last word is a person's name; a one-word person only
  // when it is a person more often than another kind of name in the text
  // (one "Teheran" tagged as a person must not turn five places into
  // persons).
  std::unordered_map<std::u16string_view, int> one_word_balance;
  for (const Entity& e : *entities) {
    const std::u16string_view surface = EntitySurface(text, e);
    if (!IsOneWord(surface)) continue;
    if (e.type == EntityType::kPerson) ++one_word_balance[surface];
    if (IsOtherName(e.type)) --one_word_balance[surface];
  }
  std::unordered_set<std::u16string_view> person_words;
  float person_score = 0;
  for (const Entity& e : *entities) {
    if (e.type != EntityType::kPerson) continue;
    const std::u16string_view surface = EntitySurface(text, e);
    const std::u16string_view last = LastWord(surface);
    if (last.empty()) continue;
    if (IsOneWord(surface) && one_word_balance[surface] <= 0) continue;
    person_words.insert(last);
    person_score = std::max(person_score, e.score);
  }
  if (person_words.empty()) return;
  for (Entity& e : *entities) {
    if (!IsOtherName(e.type)) continue;
    const std::u16string_view surface = EntitySurface(text, e);
    if (IsOneWord(surface) && person_words.count(surface)) {
      e.type = EntityType::kPerson;
    }
  }
  // Uncovered word tokens that are a person's name elsewhere.
  AddUncoveredWords(
      text, tokens,
      [&](std::u16string_view surface, Entity* word) {
        word->score = person_score;
        return person_words.count(surface) > 0;
      },
      entities);
}

void TagRepeatedNames(std::u16string_view text,
                      const std::vector<Token>& tokens,
                      std::vector<Entity>* entities) {
  // Below this, a mention is as likely a stray common noun ("die Regierung"
  // once tagged an organisation) as a name: it must not spread.
  constexpr float kMinSpreadScore = 0.5f;
  struct Surface {
    EntityType type;
    bool mixed = false;  // mentions of more than one type
    float score_sum = 0;
    float best_score = 0;
    int mentions = 0;
  };
  std::unordered_map<std::u16string_view, Surface> names;
  for (const Entity& e : *entities) {
    const std::u16string_view surface = EntitySurface(text, e);
    if (!IsOneWord(surface)) continue;
    const bool other_name = IsOtherName(e.type);
    auto [it, inserted] = names.try_emplace(surface, Surface{e.type});
    Surface& entry = it->second;
    // Persons and values of the same text take the surface out too.
    if (!other_name || entry.type != e.type) entry.mixed = true;
    entry.score_sum += e.score;
    entry.best_score = std::max(entry.best_score, e.score);
    ++entry.mentions;
  }
  for (auto it = names.begin(); it != names.end();) {
    const std::u16string_view surface = it->first;
    const bool keep = !it->second.mixed && surface.size() >= 2 &&
                      it->second.best_score >= kMinSpreadScore &&
                      StartsUpper(surface);
    it = keep ? std::next(it) : names.erase(it);
  }
  if (names.empty()) return;
  AddUncoveredWords(
      text, tokens,
      [&](std::u16string_view surface, Entity* word) {
        const auto found = names.find(surface);
        if (found == names.end()) return false;
        word->type = found->second.type;
        word->score = found->second.score_sum /
                      static_cast<float>(found->second.mentions);
        return true;
      },
      entities);
}

}  // namespace lesbar
