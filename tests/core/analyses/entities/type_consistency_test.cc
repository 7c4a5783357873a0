#include "analyses/entities/type_consistency.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

// The `nth` occurrence (from 0) of `mention` in `text`.
Entity At(std::u16string_view text, std::u16string_view mention,
          EntityType type, float score, int nth = 0) {
  size_t at = text.find(mention);
  while (nth-- > 0) at = text.find(mention, at + 1);
  Entity e;
  e.start = static_cast<int32_t>(at);
  e.end = e.start + static_cast<int32_t>(mention.size());
  e.type = type;
  e.score = score;
  return e;
}

TEST(TypeConsistencyTest, AStrayTypeTakesTheMajorityType) {
  const std::u16string text = u"Teheran, Teheran, Teheran und Teheran.";
  std::vector<Entity> entities = {
      At(text, u"Teheran", EntityType::kLocation, 0.13f, 0),
      At(text, u"Teheran", EntityType::kLocation, 0.26f, 1),
      At(text, u"Teheran", EntityType::kLocation, 0.14f, 2),
      At(text, u"Teheran", EntityType::kOrganization, 0.13f, 3)};
  MakeNameTypesConsistent(text, &entities);
  for (const Entity& e : entities) EXPECT_EQ(e.type, EntityType::kLocation);
}

TEST(TypeConsistencyTest, ScoresWeighTheVotes) {
  // Two unsure places against one sure organisation: no clear majority.
  const std::u16string text = u"Apple, Apple, Apple.";
  std::vector<Entity> entities = {
      At(text, u"Apple", EntityType::kLocation, 0.1f, 0),
      At(text, u"Apple", EntityType::kLocation, 0.1f, 1),
      At(text, u"Apple", EntityType::kOrganization, 0.9f, 2)};
  MakeNameTypesConsistent(text, &entities);
  EXPECT_EQ(entities[0].type, EntityType::kLocation);
  EXPECT_EQ(entities[2].type, EntityType::kOrganization);
}

TEST(TypeConsistencyTest, TheMajorityNeedsOneAndAHalfTimesTheRest) {
  const std::u16string text = u"Apple, Apple, Apple. Mizuho, Mizuho, Mizuho.";
  std::vector<Entity> entities = {
      At(text, u"Apple", EntityType::kOrganization, 0.75f, 0),
      At(text, u"Apple", EntityType::kOrganization, 0.75f, 1),
      At(text, u"Apple", EntityType::kPerson, 1.0f, 2),
      At(text, u"Mizuho", EntityType::kOrganization, 0.7f, 0),
      At(text, u"Mizuho", EntityType::kOrganization, 0.7f, 1),
      At(text, u"Mizuho", EntityType::kLocation, 1.0f, 2)};
  MakeNameTypesConsistent(text, &entities);
  EXPECT_EQ(entities[2].type, EntityType::kOrganization);  // 1.5 : 1
  EXPECT_EQ(entities[5].type, EntityType::kLocation);      // 1.4 : 1
}

TEST(TypeConsistencyTest, TiesDifferentSurfacesAndValuesStay) {
  const std::u16string text =
      u"Washington, Washington, Washington State, Mai, Mai, Mai.";
  std::vector<Entity> entities = {
      At(text, u"Washington", EntityType::kPerson, 0.5f, 0),
      At(text, u"Washington", EntityType::kLocation, 0.5f, 1),
      At(text, u"Washington State", EntityType::kLocation, 0.5f),
      At(text, u"Mai", EntityType::kDate, 0.9f, 0),
      At(text, u"Mai", EntityType::kDate, 0.9f, 1),
      At(text, u"Mai", EntityType::kPerson, 0.1f, 2)};
  MakeNameTypesConsistent(text, &entities);
  EXPECT_EQ(entities[0].type, EntityType::kPerson);
  EXPECT_EQ(entities[1].type, EntityType::kLocation);
  EXPECT_EQ(entities[2].type, EntityType::kLocation);
  EXPECT_EQ(entities[3].type, EntityType::kDate);
  EXPECT_EQ(entities[5].type, EntityType::kPerson);  // dates do not vote
}

TEST(TypeConsistencyTest, InstitutionsAreOrganisations) {
  const std::u16string text =
      u"BP rose on the London Stock Exchange. The New York City Council "
      u"voted. She lives in the West Bank.";
  std::vector<Entity> entities = {
      At(text, u"London", EntityType::kLocation, 0.9f),
      At(text, u"New York City Council", EntityType::kLocation, 0.9f),
      At(text, u"West Bank", EntityType::kLocation, 0.9f)};
  TypeInstitutionsAsOrganisations(text, testing::AnalyzerTokens(text, "en"),
                                  &entities);
  EXPECT_EQ(
      testing::DescribeEntities(text, entities),
      (std::vector<std::string>{"ORG London Stock Exchange",
                                "ORG New York City Council", "LOC West Bank"}));
}

TEST(TypeConsistencyTest, OrganisationsThatThePlaceListsKnowArePlaces) {
  const std::u16string text =
      u"North Korea, BOCHUM, the European Union, Mossad and R\u00e9union.";
  std::vector<Entity> entities = {
      At(text, u"North Korea", EntityType::kOrganization, 0.4f),
      At(text, u"BOCHUM", EntityType::kOrganization, 0.4f),
      At(text, u"European Union", EntityType::kOrganization, 0.4f),
      At(text, u"Mossad", EntityType::kOrganization, 0.4f),
      At(text, u"R\u00e9union", EntityType::kOrganization, 0.4f)};
  TypeKnownPlacesAsPlaces(text, &entities);
  EXPECT_EQ(entities[0].type, EntityType::kLocation);
  EXPECT_EQ(entities[1].type, EntityType::kLocation);
  EXPECT_EQ(entities[2].type, EntityType::kOrganization);
  EXPECT_EQ(entities[3].type, EntityType::kOrganization);
  // "union" inside a word is no union.
  EXPECT_EQ(entities[4].type, EntityType::kLocation);
}

}  // namespace
}  // namespace lesbar
