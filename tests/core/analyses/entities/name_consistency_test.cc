#include "analyses/entities/name_consistency.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

}  // namespace
}  // namespace lesbar
