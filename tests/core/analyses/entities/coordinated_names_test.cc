#include "analyses/entities/coordinated_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::EntityAt;

// The entities after the pass, as "TYPE surface".
std::vector<std::string> Tagged(std::u16string_view text,
                                std::string_view language,
                                std::vector<Entity> entities) {
  TagCoordinatedNames(text, testing::SimpleTokens(text), language, &entities);
  return testing::DescribeEntities(text, entities);
}

using Names = std::vector<std::string>;

TEST(CoordinatedNamesTest, AWordListedBetweenTwoPlacesIsAPlace) {
  const std::u16string text =
      u"so nördlich wie Leipzig, Dresden, Spitzbergen oder der Nordpol.";
  std::vector<Entity> entities = {
      EntityAt(text, u"Leipzig", EntityType::kLocation),
      EntityAt(text, u"Dresden", EntityType::kLocation, 0.95f),
      EntityAt(text, u"Nordpol", EntityType::kLocation, 0.55f)};
  EXPECT_EQ(
      Tagged(text, "de", entities),
      (Names{"LOC Leipzig", "LOC Dresden", "LOC Spitzbergen", "LOC Nordpol"}));
  // Scored as its less sure neighbour, and never above 0.75.
  TagCoordinatedNames(text, testing::SimpleTokens(text), "de", &entities);
  EXPECT_FLOAT_EQ(entities[2].score, 0.55f);
  entities.erase(entities.begin() + 2);
  entities[2].score = 0.99f;
  TagCoordinatedNames(text, testing::SimpleTokens(text), "de", &entities);
  EXPECT_FLOAT_EQ(entities[2].score, 0.75f);
}

TEST(CoordinatedNamesTest, OnlyAWordBetweenTwoNamesOfTheList) {
  const std::u16string text = u"France, Belgium, Luxembourg and Germany.";
  const Entity france = EntityAt(text, u"France", EntityType::kLocation);
  const Entity belgium = EntityAt(text, u"Belgium", EntityType::kLocation);
  const Entity germany = EntityAt(text, u"Germany", EntityType::kLocation);
  // "Belgium" and "Luxembourg" each have a name on one side only.
  EXPECT_EQ(Tagged(text, "en", {france, germany}),
            (Names{"LOC France", "LOC Germany"}));
  EXPECT_EQ(
      Tagged(text, "en", {france, belgium, germany}),
      (Names{"LOC France", "LOC Belgium", "LOC Luxembourg", "LOC Germany"}));
}

TEST(CoordinatedNamesTest, TheFirstAndLastMembersOfAList) {
  const std::u16string last = u"Streit zwischen SPD, Grünen und FDP.";
  EXPECT_EQ(Tagged(last, "de",
                   {EntityAt(last, u"SPD", EntityType::kOrganization),
                    EntityAt(last, u"Grünen", EntityType::kOrganization)}),
            (Names{"ORG SPD", "ORG Grünen", "ORG FDP"}));
  const std::u16string first = u"Alfter, Bonn und der Kreis Köln.";
  std::vector<Entity> entities = {
      EntityAt(first, u"Bonn", EntityType::kLocation),
      EntityAt(first, u"Kreis Köln", EntityType::kLocation)};
  TagCoordinatedNames(first, testing::SimpleTokens(first), "de", &entities);
  EXPECT_EQ(testing::DescribeEntities(first, entities),
            (Names{"LOC Alfter", "LOC Bonn", "LOC Kreis Köln"}));
  // Half of such names were right on the dev slices.
  EXPECT_FLOAT_EQ(entities[0].score, 0.5f);
  // A familiar English word, or the start of a longer name, stays.
  const std::u16string familiar = u"Paris, Lyon and Rock.";
  const std::u16string longer = u"Paris, Lyon and Trinity College.";
  for (const std::u16string& text : {familiar, longer}) {
    EXPECT_EQ(Tagged(text, "en",
                     {EntityAt(text, u"Paris", EntityType::kLocation),
                      EntityAt(text, u"Lyon", EntityType::kLocation)})
                  .size(),
              2u);
  }
}

TEST(CoordinatedNamesTest, CommonNounsLowerCaseWordsAndMixedTypesStay) {
  const auto pair = [](std::u16string_view text, std::u16string_view second,
                       EntityType type) {
    return std::vector<Entity>{
        EntityAt(text, u"Leipzig", EntityType::kLocation),
        EntityAt(text, second, type)};
  };
  const std::u16string noun = u"Leipzig, Bäcker und Dresden.";
  EXPECT_EQ(
      Tagged(noun, "de", pair(noun, u"Dresden", EntityType::kLocation)).size(),
      2u);
  const std::u16string lower = u"Leipzig, morgen und Dresden.";
  EXPECT_EQ(Tagged(lower, "de", pair(lower, u"Dresden", EntityType::kLocation))
                .size(),
            2u);
  const std::u16string mixed = u"Leipzig, Hamborn und Siemens.";
  EXPECT_EQ(
      Tagged(mixed, "de", pair(mixed, u"Siemens", EntityType::kOrganization))
          .size(),
      2u);
}

TEST(CoordinatedNamesTest, ValuesAndEmptyTextsChangeNothing) {
  const std::u16string text = u"Montag, Dienstag, Mittwoch";
  EXPECT_EQ(Tagged(text, "de",
                   {EntityAt(text, u"Montag", EntityType::kDate),
                    EntityAt(text, u"Mittwoch", EntityType::kDate)}),
            (Names{"DATE Montag", "DATE Mittwoch"}));
  EXPECT_TRUE(Tagged(u"", "de", {}).empty());
}

}  // namespace
}  // namespace lesbar
