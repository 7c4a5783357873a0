#include "analyses/entities/entities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace {

// The full list of the sample article's mentions: persons, places,
// organisations ("Mossad", "das russische Verteidigungsministerium") and
// dates.
const char* const kSampleMentions[] = {
    "PER Sergej Schoigu",
    "PER Shoigu",
    "PER Mohammad Reza Ashtiani",
    "PER Wladimir Putin",
    "PER Ebrahim Raisi",
    "PER Mohammad Bagheri",
    "PER David Barnea",
    "PER Hossein Amir-Abdollahian",
    "LOC Russland",
    "LOC Russlands",
    "LOC Iran",
    "LOC Moskau",
    "LOC Teheran",
    "LOC USA",
    "LOC Syrien",
    "LOC Afghanistan",
    "LOC Aserbaidschan",
    "LOC Armenien",
    "LOC Berg-Karabach",
    "LOC Ukraine",
    "LOC Nahen Osten",
    "ORG Mossad",
    "ORG russische Verteidigungsministerium",
    "DATE Mittwoch",
    "DATE Dienstag",
    "DATE November 2022",
};

// What the tagger got wrong before german_name_rules.cc: a common noun
// and headline section labels as names, two places as one.
const char* const kSampleNonMentions[] = {
    "LOC Niveau",        "ORG Niveau", "LOC World", "ORG Verteidigungsminister",
    "LOC Russland Iran", "PER Mossad",
};

const char* const kSampleCommonNouns[] = {"Verteidigungsminister",
                                          "Niveau",
                                          "Beamte",
                                          "Amtskollegen",
                                          "Generalstabschef",
                                          "Region",
                                          "Chef",
                                          "Zusammenarbeit",
                                          "Partner",
                                          "Stabilität",
                                          "Druck",
                                          "Waffen",
                                          "Drohnen",
                                          "Militär"};

}  // namespace

namespace lesbar {
namespace {

Entity Make(int32_t start, int32_t end, EntityType type, int32_t cluster = -1) {
  Entity e;
  e.start = start;
  e.end = end;
  e.type = type;
  e.cluster = cluster;
  return e;
}

TEST(EntitiesTest, ValueWinsOverANameInsideItNameWinsOtherwise) {
  const std::vector<Entity> names = {Make(0, 5, EntityType::kPerson),
                                     Make(10, 18, EntityType::kMisc),
                                     Make(30, 40, EntityType::kMisc)};
  const std::vector<Entity> values = {Make(8, 20, EntityType::kDate),
                                      Make(37, 40, EntityType::kQuantity),
                                      Make(50, 52, EntityType::kPercent)};
  const std::vector<Entity> merged = MergeNamesAndValues(names, values);
  ASSERT_EQ(merged.size(), 4u);
  EXPECT_EQ(merged[0].type, EntityType::kPerson);
  EXPECT_EQ(merged[1].type, EntityType::kDate);
  EXPECT_EQ(merged[2].type, EntityType::kMisc);
  EXPECT_EQ(merged[2].start, 30);
  EXPECT_EQ(merged[3].type, EntityType::kPercent);
}

TEST(EntitiesTest, MappingKeepsClusterIndicesValid) {
  OffsetMap map;
  // Original [4, 5) became normalised [4, 6) (an expanding normalisation),
  // and two entities split it: after mapping they overlap and merge.
  map.AddEdit(4, 6, 4, 5);
  std::vector<Entity> entities = {Make(0, 5, EntityType::kPerson, 1),
                                  Make(5, 8, EntityType::kLocation, 0),
                                  Make(9, 12, EntityType::kPerson, 1)};
  std::vector<EntityCluster> clusters(2);
  clusters[0].id = 0;
  clusters[0].type = EntityType::kLocation;
  clusters[0].mentions = {1};
  clusters[1].id = 1;
  clusters[1].type = EntityType::kPerson;
  clusters[1].mentions = {0, 2};
  MapEntitiesToOriginal(map, &entities, &clusters);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].start, 0);
  EXPECT_EQ(entities[0].end, 7);
  EXPECT_EQ(entities[1].start, 8);
  EXPECT_EQ(entities[1].end, 11);
  ASSERT_EQ(clusters.size(), 1u);  // the location's only mention merged away
  EXPECT_EQ(clusters[0].id, 0);
  EXPECT_EQ(clusters[0].type, EntityType::kPerson);
  EXPECT_EQ(clusters[0].mentions, (std::vector<int32_t>{0, 1}));
  EXPECT_EQ(entities[0].cluster, 0);
  EXPECT_EQ(entities[1].cluster, 0);
}

// Runs the whole analyzer, as a user would, on `text` in `language`.
void AnalyzeIn(const std::string& language, const std::u16string& text,
               Analysis* analysis) {
  Status status;
  auto analyzer = Analyzer::Create(&status);
  ASSERT_TRUE(status.ok());
  AnalyzeOptions options;
  options.language = language;
  ASSERT_TRUE(analyzer->Analyze(text, options, analysis).ok());
}

TEST(EntitiesTest, EveryEntityInExactlyOneCluster) {
  const std::u16string text = testing::U16(
      "Der russische Verteidigungsminister Sergej Schoigu traf am Mittwoch in "
      "Teheran ein. Schoigu sprach mit Mohammad Bagheri.");
  Analysis analysis;
  ASSERT_NO_FATAL_FAILURE(AnalyzeIn("de", text, &analysis));
  ASSERT_FALSE(analysis.entities.empty());
  std::vector<int> seen(analysis.entities.size(), 0);
  for (size_t c = 0; c < analysis.clusters.size(); ++c) {
    EXPECT_EQ(analysis.clusters[c].id, static_cast<int32_t>(c));
    EXPECT_FALSE(analysis.clusters[c].name.empty());
    for (int32_t m : analysis.clusters[c].mentions) {
      ASSERT_LT(static_cast<size_t>(m), seen.size());
      ++seen[m];
      EXPECT_EQ(analysis.entities[m].cluster, static_cast<int32_t>(c));
      EXPECT_EQ(analysis.entities[m].type, analysis.clusters[c].type);
    }
  }
  for (int count : seen) EXPECT_EQ(count, 1);
}

// The German genitive pass must not read English plurals as names: the
// lists hold "teacher", "doctor" and "american" as names.
TEST(EntitiesTest, EnglishPluralsAreNoGenitives) {
  const std::u16string text = testing::U16(
      "Teachers went on strike in Chicago on Monday. Doctors and Nurses joined "
      "them, and Americans watched.");
  Analysis analysis;
  ASSERT_NO_FATAL_FAILURE(AnalyzeIn("en", text, &analysis));
  EXPECT_EQ(testing::DescribeEntities(text, analysis.entities),
            (std::vector<std::string>{"LOC Chicago", "DATE Monday"}));
}

TEST(EntitiesTest, GenitiveNameBeforeANounIsTheNameAlone) {
  // The tagger reads "Lagardes Kurs" as one person.
  const std::u16string text = testing::U16(
      "Die Europäische Zentralbank (EZB) hielt die Zinsen stabil; "
      "EZB-Präsidentin Christine Lagarde sagte, Lagardes Kurs bleibe.");
  Analysis analysis;
  ASSERT_NO_FATAL_FAILURE(AnalyzeIn("de", text, &analysis));
  const std::vector<std::string> names =
      testing::DescribeEntities(text, analysis.entities);
  const auto at = [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) - names.begin();
  };
  ASSERT_LT(at("PER Christine Lagarde"), static_cast<long>(names.size()));
  ASSERT_LT(at("PER Lagardes"), static_cast<long>(names.size()));
  EXPECT_EQ(analysis.entities[at("PER Lagardes")].cluster,
            analysis.entities[at("PER Christine Lagarde")].cluster);
}

}  // namespace
}  // namespace lesbar

namespace lesbar {
namespace {

std::string SampleArticle() { return testing::ReadFile(LESBAR_SAMPLE_ARTICLE); }

// The sample article's mentions as this tagger finds them through
// Analyzer::Analyze (its full pipeline).
TEST(EntitiesTest, SampleArticleMentions) {
  const std::string article = SampleArticle();
  ASSERT_FALSE(article.empty());
  const std::u16string text = testing::U16(article);
  Analysis analysis;
  ASSERT_NO_FATAL_FAILURE(
      AnalyzeIn(AnalyzeOptions().language, text, &analysis));
  std::set<std::string> found;
  std::string all;
  for (const Entity& e : analysis.entities) {
    const std::string mention =
        std::string(EntityTypeName(e.type)) + " " +
        testing::U8(std::u16string_view(text).substr(e.start, e.end - e.start));
    found.insert(mention);
    all += "  " + mention + " (cluster " + std::to_string(e.cluster) + ")\n";
  }
  for (const char* expected : kSampleMentions) {
    EXPECT_TRUE(found.count(expected)) << expected << " not among\n" << all;
  }
  for (const char* wrong : kSampleNonMentions) {
    EXPECT_FALSE(found.count(wrong)) << wrong << " among\n" << all;
  }
  // No capitalised common noun of the article as a person.
  for (const char* noun : kSampleCommonNouns) {
    EXPECT_FALSE(found.count(std::string("PER ") + noun)) << noun;
  }
  // "Sergej Schoigu" and "Shoigu" are one person.
  std::set<int32_t> schoigu;
  for (const Entity& e : analysis.entities) {
    const std::u16string_view mention =
        std::u16string_view(text).substr(e.start, e.end - e.start);
    if (mention == u"Sergej Schoigu" || mention == u"Shoigu") {
      schoigu.insert(e.cluster);
    }
  }
  EXPECT_EQ(schoigu.size(), 1u) << all;
  // Every "Teheran" is the one place (the tagger once calls it an
  // organisation; type_consistency.h).
  std::set<int32_t> teheran;
  for (const Entity& e : analysis.entities) {
    if (std::u16string_view(text).substr(e.start, e.end - e.start) ==
        u"Teheran") {
      EXPECT_EQ(e.type, EntityType::kLocation);
      teheran.insert(e.cluster);
    }
  }
  EXPECT_EQ(teheran.size(), 1u) << all;
}

}  // namespace
}  // namespace lesbar
