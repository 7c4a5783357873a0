#include "analyses/entities/name_inflection.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyses/entities/entity_linker.h"
#include "test_util.h"

namespace lesbar {
namespace {

std::vector<Token> Words(std::u16string_view text) {
  std::vector<Token> tokens;
  size_t k = 0;
  while (k < text.size()) {
    if (text[k] == u' ' || text[k] == u'.' || text[k] == u',') {
      ++k;
      continue;
    }
    const size_t start = k;
    while (k < text.size() && text[k] != u' ' && text[k] != u'.' &&
           text[k] != u',') {
      ++k;
    }
    tokens.push_back({static_cast<int32_t>(start), static_cast<int32_t>(k),
                      TokenKind::kWord});
  }
  return tokens;
}

Entity At(std::u16string_view text, std::u16string_view mention,
          EntityType type) {
  Entity e;
  e.start = static_cast<int32_t>(text.find(mention));
  e.end = e.start + static_cast<int32_t>(mention.size());
  e.type = type;
  return e;
}

Entity Last(std::u16string_view text, std::u16string_view mention,
            EntityType type) {
  Entity e = At(text, mention, type);
  e.start = static_cast<int32_t>(text.rfind(mention));
  e.end = e.start + static_cast<int32_t>(mention.size());
  return e;
}

std::vector<std::string> Tag(const std::u16string& text,
                             std::vector<Entity> entities) {
  TagInflectedNames(text, Words(text), &entities);
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    out.push_back(std::string(EntityTypeName(e.type)) + " " +
                  testing::U8(std::u16string_view(text).substr(
                      e.start, e.end - e.start)));
  }
  return out;
}

using Names = std::vector<std::string>;

TEST(NameInflectionTest, GenitiveOfANameInTheText) {
  const std::u16string text =
      u"Christine Lagarde sprach. Lagardes Kurs und Selenskyjs Berater, "
      u"Selenskyj.";
  EXPECT_EQ(Tag(text, {At(text, u"Christine Lagarde", EntityType::kPerson),
                       Last(text, u"Selenskyj", EntityType::kPerson)}),
            (Names{"PER Christine Lagarde", "PER Lagardes", "PER Selenskyjs",
                   "PER Selenskyj"}));
}

TEST(NameInflectionTest, GenitiveOfANameInTheLists) {
  const std::u16string text = u"Russlands Krieg und Putins Armee.";
  EXPECT_EQ(Tag(text, {}), (Names{"LOC Russlands", "PER Putins"}));
}

TEST(NameInflectionTest, WordsAndNamesEndingInSStay) {
  // Common nouns, names of their own, lower case, too short.
  const std::u16string text = u"Des Rats Hans und Markus, irans Ulms.";
  EXPECT_EQ(Tag(text, {}), (Names{}));
}

TEST(NameInflectionTest, PartyNamedByAnAdjectiveAfterAnArticle) {
  // The list holds "grüne"; "im Grünen" is the countryside, and "Familie"
  // is a common noun although a band of that name is in the list.
  const std::u16string text =
      u"Die Grünen und der Grünen Chefin, im Grünen, der Familien.";
  EXPECT_EQ(Tag(text, {}), (Names{"ORG Grünen", "ORG Grünen"}));
}

TEST(NameInflectionTest, PartyTheListNamesWithItsArticle) {
  // The list holds "die linke"; "die Zeit" is a common noun although the
  // list holds the newspaper "die zeit".
  const std::u16string text = u"Die Linke und der Linken Chef, die Zeit.";
  EXPECT_EQ(Tag(text, {}), (Names{"ORG Linke", "ORG Linken"}));
}

TEST(NameInflectionTest, TheLinkerJoinsTheBaseForm) {
  const std::u16string text = u"Russland und Russlands Krieg.";
  std::vector<Entity> entities = {At(text, u"Russland", EntityType::kLocation)};
  TagInflectedNames(text, Words(text), &entities);
  std::vector<EntityCluster> clusters;
  LinkEntities(text, "de", &entities, &clusters);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].cluster, entities[1].cluster);
}

}  // namespace
}  // namespace lesbar
