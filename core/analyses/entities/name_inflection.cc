#include "analyses/entities/name_inflection.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "analyses/entities/entity_spans.h"
#include "features/gazetteers/gazetteers.h"
#include "features/lexicon/noun_lexicon.h"
#include "normalize/lower_case.h"

namespace lesbar {
namespace {

// "Irans" is short; "Ulms" is too short to tell from a word.
constexpr size_t kMinInflectedLength = 5;
// The score of an entity this pass made: no model probability.
constexpr float kRuleScore = 0.5f;
constexpr int kNameTypes = 4;  // PER, LOC, ORG, MISC

bool IsName(EntityType type) {
  return static_cast<int>(type) >= 0 && static_cast<int>(type) < kNameTypes;
}

bool IsCapitalised(std::u16string_view word) {
  return !word.empty() && !U16_IS_SURROGATE(word[0]) && u_isupper(word[0]);
}

// The one type the lists give `lower`, or -1 for none or several.
int ListType(const std::string& lower) {
  const NameListMask lists = NameListsHolding(lower);
  const bool place = (lists & kPlaceLists) != 0;
  const bool person = (lists & (NameListBit(kWikiPersonList) |
                                NameListBit(kWikiFamilyNameList))) != 0;
  const bool organisation = (lists & NameListBit(kWikiOrganisationList)) != 0;
  if (place + person + organisation != 1) return -1;
  if (place) return static_cast<int>(EntityType::kLocation);
  if (person) return static_cast<int>(EntityType::kPerson);
  return static_cast<int>(EntityType::kOrganization);
}

bool InTypedList(const std::string& lower) {
  return InAnyNameList(kPlaceLists | NameListBit(kWikiPersonList) |
                           NameListBit(kWikiFamilyNameList) |
                           NameListBit(kWikiOrganisationList),
                       lower);
}

// "Hans", "Peters": a name of its own, not a genitive.
bool IsGivenOrSurname(const std::string& lower) {
  return InAnyNameList(kGivenNameLists | NameListBit(kSurnameList), lower);
}

// The articles of a German plural or weak noun: "die/der/den Grünen".
bool IsPluralArticle(std::u16string_view word) {
  return word == u"die" || word == u"der" || word == u"den" || word == u"Die" ||
         word == u"Der" || word == u"Den";
}

// "die Grünen", "der Grünen": a party named by a nominalised adjective
// takes "-n" after an article, and the list holds the base form ("grüne").
bool IsDeclinedOrganisation(std::u16string_view word,
                            std::u16string_view previous) {
  if (word.size() < kMinInflectedLength || word.back() != u'n' ||
      word[word.size() - 2] != u'e' || !IsPluralArticle(previous)) {
    return false;
  }
  const std::string lower = LowerUtf8(word);
  if (InTypedList(lower)) return false;
  const std::string base = LowerUtf8(word.substr(0, word.size() - 1));
  // "der Familien" is a noun's plural, though a band is called "Familie";
  // the lexicon holds "Familie" as a noun, "Grüne" only as a form of "Grün".
  if (GermanCommonNouns().Contains(base)) return false;
  return ListType(base) == static_cast<int>(EntityType::kOrganization) ||
         ListType("die " + base) == static_cast<int>(EntityType::kOrganization);
}

// "Die Linke": the organisation list holds some parties with their article
// ("die linke"), and the nominative has no "-n" to strip.
bool IsArticleNamedOrganisation(std::u16string_view word,
                                std::u16string_view previous) {
  if (word.size() < kMinInflectedLength || word.back() != u'e' ||
      !IsPluralArticle(previous)) {
    return false;
  }
  const std::string lower = LowerUtf8(word);
  if (InTypedList(lower) || GermanCommonNouns().Contains(lower)) return false;
  return ListType("die " + lower) ==
         static_cast<int>(EntityType::kOrganization);
}

}  // namespace

void TagInflectedNames(std::u16string_view text,
                       const std::vector<Token>& tokens,
                       std::vector<Entity>* entities) {
  // Base forms of the text: one-word names and persons' last words, with
  // how often each type names them.
  std::unordered_map<std::u16string_view, std::array<int, kNameTypes>> known;
  for (const Entity& e : *entities) {
    if (!IsName(e.type)) continue;
    std::u16string_view surface = EntitySurface(text, e);
    const size_t space = surface.find_last_of(u' ');
    if (space != std::u16string_view::npos) {
      if (e.type != EntityType::kPerson) continue;
      surface = surface.substr(space + 1);
    }
    if (!surface.empty()) ++known[surface][static_cast<int>(e.type)];
  }
  std::vector<Entity> found;
  size_t next = 0;
  std::u16string_view previous;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord) continue;
    const std::u16string_view word = text.substr(t.start, t.end - t.start);
    const std::u16string_view before = previous;
    previous = word;
    if (word.size() < kMinInflectedLength || !IsCapitalised(word)) continue;
    const bool genitive = word.back() == u's';
    if (!genitive && word.back() != u'n' && word.back() != u'e') continue;
    while (next < entities->size() && (*entities)[next].end <= t.start) ++next;
    if (next < entities->size() && (*entities)[next].start < t.end) continue;
    const std::u16string_view stem = word.substr(0, word.size() - 1);
    int type = -1;
    if (!genitive) {
      if (!IsDeclinedOrganisation(word, before) &&
          !IsArticleNamedOrganisation(word, before)) {
        continue;
      }
      type = static_cast<int>(EntityType::kOrganization);
    } else if (auto in_text = known.find(stem); in_text != known.end()) {
      const auto& counts = in_text->second;
      type = static_cast<int>(std::max_element(counts.begin(), counts.end()) -
                              counts.begin());
    } else {
      const std::string lower = LowerUtf8(word);
      const char lexicon = LexiconClass(lower);
      if (IsCommonNounClass(lexicon) || IsGivenOrSurname(lower)) {
        continue;
      }
      type = ListType(LowerUtf8(stem));
      // Some lists hold the genitive too ("russlands"); it must agree.
      if (InTypedList(lower) && ListType(lower) != type) continue;
    }
    if (type < 0) continue;
    Entity e;
    e.start = t.start;
    e.end = t.end;
    e.type = static_cast<EntityType>(type);
    e.score = kRuleScore;
    found.push_back(e);
  }
  AddEntitiesInOrder(found, entities);
}

}  // namespace lesbar
