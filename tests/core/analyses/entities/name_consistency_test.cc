#include "analyses/entities/name_consistency.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

Entity At(std::u16string_view text, std::u16string_view mention,
          EntityType type, size_t from = 0) {
  Entity e;
  e.start = static_cast<int32_t>(text.find(mention, from));
  e.end = e.start + static_cast<int32_t>(mention.size());
  e.type = type;
  return e;
}

TEST(NameConsistencyTest, OneWordPlaceNamedAsAPersonElsewhereIsThePerson) {
  const std::u16string text =
      u"Sergej Schoigu kam an. Laut Schoigu ist Moskau bereit.";
  std::vector<Entity> entities = {
      At(text, u"Sergej Schoigu", EntityType::kPerson),
      At(text, u"Schoigu", EntityType::kLocation, 20),
      At(text, u"Moskau", EntityType::kLocation)};
  MakePersonNamesConsistent(text, {}, &entities);
  EXPECT_EQ(entities[1].type, EntityType::kPerson);
  EXPECT_EQ(entities[2].type, EntityType::kLocation);
}

TEST(NameConsistencyTest, MultiWordNamesAndValuesStay) {
  const std::u16string text = u"Washington sagte: Washington State, Mittwoch.";
  std::vector<Entity> entities = {
      At(text, u"Washington", EntityType::kPerson),
      At(text, u"Washington State", EntityType::kLocation),
      At(text, u"Mittwoch", EntityType::kDate)};
  MakePersonNamesConsistent(text, {}, &entities);
  EXPECT_EQ(entities[1].type, EntityType::kLocation);
  EXPECT_EQ(entities[2].type, EntityType::kDate);
}

TEST(NameConsistencyTest, NoPersonsOrBadSpansChangeNothing) {
  const std::u16string text = u"Moskau";
  std::vector<Entity> entities = {At(text, u"Moskau", EntityType::kLocation)};
  Entity broken;
  broken.start = 3;
  broken.end = 99;
  broken.type = EntityType::kOrganization;
  entities.push_back(broken);
  MakePersonNamesConsistent(text, {}, &entities);
  EXPECT_EQ(entities[0].type, EntityType::kLocation);
  EXPECT_EQ(entities[1].type, EntityType::kOrganization);
}

std::vector<Token> WordsOf(std::u16string_view text) {
  std::vector<Token> tokens;
  size_t k = 0;
  while (k < text.size()) {
    const size_t start = k;
    while (k < text.size() && text[k] != u' ' && text[k] != u',' &&
           text[k] != u'.') {
      ++k;
    }
    if (k > start) {
      tokens.push_back({static_cast<int32_t>(start), static_cast<int32_t>(k),
                        TokenKind::kWord});
    }
    if (k < text.size()) {
      tokens.push_back({static_cast<int32_t>(k), static_cast<int32_t>(k + 1),
                        TokenKind::kPunct});
      ++k;
    }
  }
  return tokens;
}

TEST(NameConsistencyTest, UncoveredMentionOfAPersonBecomesThePerson) {
  const std::u16string text =
      u"Sergej Schoigu kam. Schoigu, der in Moskau war, sprach. Schoigus Hut.";
  Entity person = At(text, u"Sergej Schoigu", EntityType::kPerson);
  person.score = 0.75f;
  std::vector<Entity> entities = {person,
                                  At(text, u"Moskau", EntityType::kLocation)};
  MakePersonNamesConsistent(text, WordsOf(text), &entities);
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[1].start, static_cast<int32_t>(text.find(u"Schoigu,")));
  EXPECT_EQ(entities[1].end - entities[1].start, 7);
  EXPECT_EQ(entities[1].type, EntityType::kPerson);
  EXPECT_FLOAT_EQ(entities[1].score, 0.75f);
  EXPECT_EQ(entities[2].type, EntityType::kLocation);  // order kept
  // "Schoigus" is another word; the name inside "Sergej Schoigu" is covered.
}

TEST(NameConsistencyTest, MissedRepeatsOfAnOtherNameGetItsType) {
  const std::u16string text =
      u"Die Nato reagierte. Später sagte die Nato, Teheran und Nato-Staaten "
      u"seien gewarnt. Teheran schwieg.";
  Entity nato = At(text, u"Nato", EntityType::kOrganization);
  nato.score = 0.6f;
  Entity tehran = At(text, u"Teheran", EntityType::kLocation);
  tehran.score = 0.9f;
  std::vector<Entity> entities = {nato, tehran};
  TagRepeatedNames(text, WordsOf(text), &entities);
  EXPECT_EQ(testing::DescribeEntities(text, entities),
            (std::vector<std::string>{"ORG Nato", "ORG Nato", "LOC Teheran",
                                      "LOC Teheran"}));
  EXPECT_FLOAT_EQ(entities[1].score, 0.6f);
}

TEST(NameConsistencyTest, UnsureMixedAndLowerCaseNamesDoNotSpread) {
  const std::u16string text =
      u"Die Regierung tagte. Die Regierung schwieg. Washington sprach, "
      u"Washington wartete. Apple und apple. Apple.";
  Entity stray = At(text, u"Regierung", EntityType::kOrganization);
  stray.score = 0.3f;
  Entity apple = At(text, u"Apple", EntityType::kOrganization);
  apple.score = 0.8f;
  Entity person = At(text, u"Washington", EntityType::kPerson);
  person.score = 0.9f;
  Entity place = At(text, u"Washington", EntityType::kLocation, 50);
  place.score = 0.9f;
  Entity last_apple =
      At(text, u"Apple", EntityType::kOrganization, text.find(u"apple") + 1);
  last_apple.score = 0.8f;
  std::vector<Entity> entities = {stray, person, place, apple, last_apple};
  const std::vector<Entity> before = entities;
  TagRepeatedNames(text, WordsOf(text), &entities);
  EXPECT_EQ(testing::DescribeEntities(text, entities),
            testing::DescribeEntities(text, before));
}

}  // namespace
}  // namespace lesbar
