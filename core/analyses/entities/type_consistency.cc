#include "analyses/entities/type_consistency.h"

#include <array>
#include <unordered_map>

#include "analyses/entities/entity_spans.h"
#include "features/gazetteers/gazetteers.h"
#include "normalize/lower_case.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

constexpr int kNameTypes = 4;  // PER, LOC, ORG, MISC: EntityType 0..3
// A mention whose score is unknown (0: a rule made it) still votes.
constexpr float kDefaultWeight = 0.5f;
// The winning type needs this many times the weight of the others: at 2,
// WikiGold's whole-analysis F1 is 0.5 lower, at 1 a tie would decide.
constexpr float kClearMajority = 1.5f;

struct Votes {
  std::array<float, kNameTypes> weight{};
  std::array<int, kNameTypes> count{};
};

// The unions and organisations among ICU's region names: organisations.
// "Union" as a word of its own ("Europäische Union", "European Union"), so
// the island "Réunion" stays a place.
bool IsPoliticalUnion(std::string_view lower) {
  constexpr std::string_view kUnion = "union";
  for (size_t at = lower.find(kUnion); at != std::string_view::npos;
       at = lower.find(kUnion, at + 1)) {
    const size_t after = at + kUnion.size();
    if ((at == 0 || lower[at - 1] == ' ' || lower[at - 1] == '-') &&
        (after == lower.size() || lower[after] == ' ')) {
      return true;
    }
  }
  return lower == "eurozone" || lower == "united nations" ||
         lower == "vereinte nationen";
}

bool IsName(EntityType type) {
  return static_cast<int>(type) >= 0 && static_cast<int>(type) < kNameTypes;
}

// Last words of English names of institutions: "London Stock Exchange",
// "Paris Club", "New York City Council". Not those of buildings and
// areas, which the corpora call places ("West Bank", "Clark Airbase
// Hospital").
bool IsInstitutionHead(std::u16string_view word) {
  static constexpr std::string_view kHeads[] = {
      "exchange", "council",     "committee",   "ministry",   "department",
      "agency",   "association", "institute",   "foundation", "party",
      "club",     "union",       "commission",  "authority",  "board",
      "fund",     "group",       "corporation", "company",    "police",
      "army",     "navy",        "parliament",  "assembly",   "senate",
      "airlines", "airways",     "society"};
  if (word.size() < 4 || word.size() > 11 || !StartsUpper(word)) return false;
  const std::string lower = LowerUtf8(word);
  for (std::string_view head : kHeads) {
    if (lower == head) return true;
  }
  return false;
}

}  // namespace

void TypeInstitutionsAsOrganisations(std::u16string_view text,
                                     const std::vector<Token>& tokens,
                                     std::vector<Entity>* entities) {
  size_t t = 0;  // first token not starting before the entity's end
  for (size_t e = 0; e < entities->size(); ++e) {
    Entity& name = (*entities)[e];
    if (name.type != EntityType::kLocation &&
        name.type != EntityType::kPerson) {
      continue;
    }
    while (t < tokens.size() && tokens[t].start < name.end) ++t;
    // "New York City Council" tagged as one place.
    if (name.type == EntityType::kLocation && t > 0 &&
        tokens[t - 1].start > name.start &&
        IsInstitutionHead(TextOf(text, tokens[t - 1]))) {
      name.type = EntityType::kOrganization;
      continue;
    }
    // "[London] Stock Exchange": up to three capitalised words after it,
    // up to the last institution head among them.
    const int32_t next_start = e + 1 < entities->size()
                                   ? (*entities)[e + 1].start
                                   : static_cast<int32_t>(text.size());
    size_t head_end = 0;
    for (size_t k = t; k < tokens.size() && k < t + 3; ++k) {
      const Token& word = tokens[k];
      if (word.kind != TokenKind::kWord || word.end > next_start || k == 0 ||
          !OneSpaceBetween(text, tokens[k - 1], word) ||
          !StartsUpper(TextOf(text, word))) {
        break;
      }
      if (IsInstitutionHead(TextOf(text, word))) head_end = k + 1;
    }
    if (head_end == 0) continue;
    name.end = tokens[head_end - 1].end;
    name.type = EntityType::kOrganization;
  }
}

void TypeKnownPlacesAsPlaces(std::u16string_view text,
                             std::vector<Entity>* entities) {
  for (Entity& e : *entities) {
    if (e.type != EntityType::kOrganization) continue;
    const std::u16string_view surface = EntitySurface(text, e);
    const std::string lower = LowerUtf8(surface);
    const NameListMask lists = NameListsHolding(lower);
    if ((lists & NameListBit(kPlaceList)) != 0 &&
        (lists & NameListBit(kWikiOrganisationList)) == 0 &&
        !IsPoliticalUnion(lower)) {
      e.type = EntityType::kLocation;
    }
  }
}

void MakeNameTypesConsistent(std::u16string_view text,
                             std::vector<Entity>* entities) {
  std::unordered_map<std::u16string_view, Votes> votes;
  for (const Entity& e : *entities) {
    const std::u16string_view surface = EntitySurface(text, e);
    if (!IsName(e.type) || surface.empty()) continue;
    Votes& v = votes[surface];
    const int type = static_cast<int>(e.type);
    v.weight[type] += e.score > 0 ? e.score : kDefaultWeight;
    ++v.count[type];
  }
  for (Entity& e : *entities) {
    const std::u16string_view surface = EntitySurface(text, e);
    if (!IsName(e.type) || surface.empty()) continue;
    const Votes& v = votes[surface];
    int best = 0;
    float total = 0;
    for (int t = 0; t < kNameTypes; ++t) {
      total += v.weight[t];
      if (v.weight[t] > v.weight[best]) best = t;
    }
    const float others = total - v.weight[best];
    if (best == static_cast<int>(e.type) || v.count[best] < 2 ||
        v.weight[best] < kClearMajority * others) {
      continue;
    }
    e.type = static_cast<EntityType>(best);
  }
}

}  // namespace lesbar
