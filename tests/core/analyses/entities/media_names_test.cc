#include "analyses/entities/media_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::EntityAt;
using Names = std::vector<std::string>;

std::vector<Token> TokensOf(const std::u16string& text) {
  return testing::AnalyzerTokens(text, "de");
}

Names Tagged(const std::u16string& text, std::string_view language,
             std::vector<Entity> entities = {}) {
  TagMediaNames(text, TokensOf(text), language, &entities);
  return testing::DescribeEntities(text, entities);
}

TEST(MediaNamesTest, GermanTitlesAfterAMediaNoun) {
  EXPECT_EQ(Tagged(testing::U16("Er schrieb in der Wochenzeitung Die Zeit "
                                "eine Kritik. Die Nachrichtenagentur "
                                "Reuters meldete es, das Magazin „Der "
                                "Spiegel“ auch."),
                   "de"),
            (Names{"ORG Die Zeit", "ORG Reuters", "ORG Der Spiegel"}));
  // Agencies that write their names in lower case.
  EXPECT_EQ(Tagged(testing::U16("Er sagte der Nachrichtenagentur dpa, die "
                                "Agentur epd meldete es."),
                   "de"),
            (Names{"ORG dpa", "ORG epd"}));
}

TEST(MediaNamesTest, GermanQuotedTitlesOfACitation) {
  EXPECT_EQ(
      Tagged(testing::U16("Scholz sagte dem „Spiegel“, er bleibe. Laut "
                          "„Bild“ ist es ernst, wie die „Welt“ berichtet."),
             "de"),
      (Names{"ORG Spiegel", "ORG Bild", "ORG Welt"}));
}

TEST(MediaNamesTest, TheSpeakersNameMayStandBetweenVerbAndTitle) {
  const std::u16string text =
      testing::U16("„Absurd“, sagte Markus Söder der „Passauer Neuen Presse“.");
  // The tagger's other type gives way; the person stays.
  EXPECT_EQ(
      Tagged(text, "de",
             {EntityAt(text, u"Markus Söder", EntityType::kPerson),
              EntityAt(text, u"Passauer Neuen Presse", EntityType::kMisc)}),
      (Names{"PER Markus Söder", "ORG Passauer Neuen Presse"}));
}

TEST(MediaNamesTest, QuotedWordsElsewhereAndCommonNounsStay) {
  // A quotation after "sagte" without an article is a quote, and a common
  // noun after "Zeitung" no title.
  EXPECT_EQ(Tagged(testing::U16("Er sagte „Nein“. In der Zeitung Anzeigen "
                                "schalten. Die Börsen-Zeitung Nr. 5."),
                   "de"),
            Names{});
}

TEST(MediaNamesTest, AnEntityReachingBeyondTheTitleKeepsIt) {
  const std::u16string text =
      testing::U16("Die Nachrichtenagentur Reuters Berlin meldete es.");
  EXPECT_EQ(Tagged(text, "de",
                   {EntityAt(text, u"Nachrichtenagentur Reuters",
                             EntityType::kOrganization)}),
            Names{"ORG Nachrichtenagentur Reuters"});
}

TEST(MediaNamesTest, TheAgenciesOfADateline) {
  const std::u16string text = testing::U16(
      "Berlin (dpa) - Die Regierung tagte.\nHamburg (dpa/lno) - Ein "
      "Unfall.\nWASHINGTON (Reuters) – Er sprach.\nParis (Frankreich) - "
      "Sie tagte. Sie sagte (nein) - nichts.");
  EXPECT_EQ(
      Tagged(text, "de",
             {EntityAt(text, u"Berlin", EntityType::kLocation),
              EntityAt(text, u"dpa", EntityType::kLocation)}),
      (Names{"LOC Berlin", "ORG dpa", "ORG dpa", "ORG lno", "ORG Reuters"}));
}

TEST(MediaNamesTest, EnglishTitlesAfterAMediaNoun) {
  EXPECT_EQ(Tagged(testing::U16("He told the newspaper Le Monde and the news "
                                "agency Reuters that the magazine was "
                                "wrong."),
                   "en"),
            (Names{"ORG Le Monde", "ORG Reuters"}));
}

}  // namespace
}  // namespace lesbar
