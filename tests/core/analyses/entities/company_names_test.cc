#include "analyses/entities/company_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

std::vector<Token> TokensOf(const std::u16string& text) {
  return testing::AnalyzerTokens(text, "en");
}

// The `nth` occurrence (from 0) of `mention` in `text`.
Entity At(std::u16string_view text, std::u16string_view mention,
          EntityType type, int nth = 0) {
  size_t at = text.find(mention);
  while (nth-- > 0) at = text.find(mention, at + 1);
  Entity e;
  e.start = static_cast<int32_t>(at);
  e.end = e.start + static_cast<int32_t>(mention.size());
  e.type = type;
  e.score = 0.6f;
  return e;
}

std::vector<std::string> Tag(const std::u16string& text,
                             std::vector<Entity> entities,
                             std::string_view language = "en") {
  TagCompanyNames(text, TokensOf(text), language, &entities);
  return testing::DescribeEntities(text, entities);
}

// Whether the first word token spelled `word` stands in a company context.
bool InCompanyContext(const std::string& utf8, std::u16string_view word) {
  const std::u16string text = testing::U16(utf8);
  const std::vector<Token> tokens = TokensOf(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (std::u16string_view(text).substr(
            tokens[i].start, tokens[i].end - tokens[i].start) == word) {
      return IsCompanyContext(text, tokens, i);
    }
  }
  ADD_FAILURE() << "no token " << testing::U8(word);
  return false;
}

TEST(CompanyNamesTest, CompanyContexts) {
  EXPECT_TRUE(InCompanyContext("Shares of Pfizer rose.", u"Pfizer"));
  EXPECT_TRUE(InCompanyContext("They bought a stake in Arvinas.", u"Arvinas"));
  EXPECT_TRUE(InCompanyContext("Arvinas jumped 30% on Monday.", u"Arvinas"));
  EXPECT_TRUE(InCompanyContext("Pfizer fell 3 percent.", u"Pfizer"));
  EXPECT_TRUE(InCompanyContext("Pfizer said in a statement.", u"Pfizer"));
  EXPECT_TRUE(InCompanyContext("Pfizer's shares rose.", u"Pfizer"));
  EXPECT_TRUE(InCompanyContext("Pfizer shares rose.", u"Pfizer"));
  EXPECT_TRUE(InCompanyContext("Mizuho analyst Vamil Divan said.", u"Mizuho"));
  EXPECT_TRUE(
      InCompanyContext("Pfizer, the maker of Viagra, said.", u"Pfizer"));
  EXPECT_TRUE(InCompanyContext("Acme Inc. said.", u"Acme"));
  EXPECT_TRUE(InCompanyContext("Shares of BP and Shell rose.", u"Shell"));
  EXPECT_TRUE(InCompanyContext("Analysts at Mizuho expect more.", u"Mizuho"));
  EXPECT_FALSE(InCompanyContext("Shares of BP and oil rose.", u"oil"));
  EXPECT_FALSE(InCompanyContext("Shares of gold and Shell rose.", u"Shell"));
  // What persons and places do too.
  EXPECT_FALSE(InCompanyContext("Pfizer said on Monday.", u"Pfizer"));
  EXPECT_TRUE(
      InCompanyContext("Arvinas, based in New Haven, jumped.", u"Arvinas"));
  EXPECT_FALSE(
      InCompanyContext("Arvinas, based on the data, jumped.", u"Arvinas"));
  EXPECT_FALSE(InCompanyContext("Smith rose to speak.", u"Smith"));
  EXPECT_FALSE(InCompanyContext("Smith's wife said.", u"Smith"));
  EXPECT_FALSE(InCompanyContext("Smith, the company's chief, said.", u"Smith"));
  EXPECT_FALSE(InCompanyContext("He lives in Groton.", u"Groton"));
}

TEST(CompanyNamesTest, EnglishBusinessNews) {
  const std::u16string text = testing::U16(
      "Pfizer and Arvinas said on Monday that their drug slowed tumour "
      "growth. Shares of Pfizer rose 2% in early trading, while Arvinas "
      "jumped 30%. Pfizer said the data were encouraging.");
  const std::vector<std::string> tagged =
      Tag(text, {At(text, u"Pfizer", EntityType::kPerson, 0),
                 At(text, u"Arvinas", EntityType::kPerson, 0),
                 At(text, u"Pfizer", EntityType::kPerson, 1),
                 At(text, u"Arvinas", EntityType::kLocation, 1),
                 At(text, u"Pfizer", EntityType::kPerson, 2)});
  EXPECT_EQ(tagged,
            (std::vector<std::string>{"ORG Pfizer", "ORG Arvinas", "ORG Pfizer",
                                      "ORG Arvinas", "ORG Pfizer"}));
}

TEST(CompanyNamesTest, AnUntaggedWordInACompanyContextBecomesACompany) {
  const std::u16string text =
      testing::U16("Mizuho analyst Vamil Divan said shares of Arvinas rose.");
  EXPECT_EQ(Tag(text, {At(text, u"Vamil Divan", EntityType::kPerson)}),
            (std::vector<std::string>{"ORG Mizuho", "PER Vamil Divan",
                                      "ORG Arvinas"}));
}

TEST(CompanyNamesTest, AFamiliarWordAtASentenceStartStays) {
  const std::u16string text = testing::U16("Bank shares rose 2%.");
  EXPECT_EQ(Tag(text, {}), std::vector<std::string>{});
}

TEST(CompanyNamesTest, TheLastWordOfAMissedLongerNameStays) {
  const std::u16string text =
      testing::U16("They met Visakha Industrial Gases Ltd. in May.");
  EXPECT_EQ(Tag(text, {}), std::vector<std::string>{});
}

TEST(CompanyNamesTest, PersonsIntroducedByFullNameStayPersons) {
  // "Cook" is the last word of a full name of the text.
  const std::u16string text = testing::U16(
      "Tim Cook spoke on Monday. Cook said in a statement that sales grew.");
  EXPECT_EQ(Tag(text, {At(text, u"Tim Cook", EntityType::kPerson),
                       At(text, u"Cook", EntityType::kPerson, 1)}),
            (std::vector<std::string>{"PER Tim Cook", "PER Cook"}));
}

TEST(CompanyNamesTest, KnownSurnamesAndPlacesStay) {
  // "Scholz" is on the surname list, "California" on the place list.
  const std::u16string text = testing::U16(
      "Scholz said in a statement that he was pleased. California rose 2% "
      "in the poll.");
  EXPECT_EQ(Tag(text, {At(text, u"Scholz", EntityType::kPerson),
                       At(text, u"California", EntityType::kLocation)}),
            (std::vector<std::string>{"PER Scholz", "LOC California"}));
}

TEST(CompanyNamesTest, TheFirstWordOfACompanysFullNameIsTheCompany) {
  const std::u16string text = testing::U16(
      "Brussels opened an inquiry into Meta Platforms Inc. on Monday. Meta "
      "said it would cooperate.");
  EXPECT_EQ(
      Tag(text, {At(text, u"Meta Platforms Inc.", EntityType::kOrganization),
                 At(text, u"Meta", EntityType::kPerson, 1)}),
      (std::vector<std::string>{"ORG Meta Platforms Inc.", "ORG Meta"}));
  // Only a name ending in a legal form or a corporate noun: "Ohio State
  // University" says nothing of "Ohio".
  const std::u16string university = testing::U16(
      "He studied at Ohio State University and moved back to Ohio.");
  EXPECT_EQ(
      Tag(university,
          {At(university, u"Ohio State University", EntityType::kOrganization),
           At(university, u"Ohio", EntityType::kLocation, 1)}),
      (std::vector<std::string>{"ORG Ohio State University", "LOC Ohio"}));
  // The word alone before the company's name is someone else.
  const std::u16string person = testing::U16(
      "Trump spoke on Monday. The Trump Organization Inc. said it grew.");
  EXPECT_EQ(
      Tag(person,
          {At(person, u"Trump", EntityType::kPerson),
           At(person, u"Trump Organization Inc.", EntityType::kOrganization)}),
      (std::vector<std::string>{"PER Trump", "ORG Trump Organization Inc."}));
}

TEST(CompanyNamesTest, ANameEndingInALegalFormOrCorporateNounIsACompany) {
  const std::u16string text = testing::U16(
      "Brussels opened an inquiry into Meta Platforms over its ads. Meta "
      "said it would cooperate with Jet Airways and Eberhard Faber GmbH.");
  EXPECT_EQ(
      Tag(text, {At(text, u"Meta Platforms", EntityType::kLocation),
                 At(text, u"Meta", EntityType::kPerson, 1),
                 At(text, u"Jet Airways", EntityType::kPerson),
                 At(text, u"Eberhard Faber GmbH", EntityType::kPerson)}),
      (std::vector<std::string>{"ORG Meta Platforms", "ORG Meta",
                                "ORG Jet Airways", "ORG Eberhard Faber GmbH"}));
  // Legal forms count as written: "Sa" ends a name.
  const std::u16string name = testing::U16("They met Joseph Sa in Lyon.");
  EXPECT_EQ(Tag(name, {At(name, u"Joseph Sa", EntityType::kPerson)}),
            (std::vector<std::string>{"PER Joseph Sa"}));
}

TEST(CompanyNamesTest, ALongerNameInACompanysContextIsACompany) {
  const std::u16string text = testing::U16(
      "Analysts at JPMorgan Chase expect strong demand. JPMorgan said so.");
  EXPECT_EQ(Tag(text, {At(text, u"JPMorgan Chase", EntityType::kLocation),
                       At(text, u"JPMorgan", EntityType::kPerson, 1)}),
            (std::vector<std::string>{"ORG JPMorgan Chase", "ORG JPMorgan"}));
}

TEST(CompanyNamesTest, GermanNameAfterACompanyHeadNoun) {
  const std::u16string text = testing::U16(
      "Der Spielzeughersteller Mattel wuchs, der Gründer des "
      "Technologie-Konzerns Kyocera sprach, beim Zulieferer Hans Müller "
      "auch.");
  EXPECT_EQ(Tag(text,
                {At(text, u"Mattel", EntityType::kPerson),
                 At(text, u"Technologie-Konzerns Kyocera", EntityType::kPerson),
                 At(text, u"Hans Müller", EntityType::kPerson)},
                "de"),
            (std::vector<std::string>{"ORG Mattel", "ORG Kyocera",
                                      "PER Hans Müller"}));
  // A place stays a place: "größter Versicherer Nordeuropas".
  const std::u16string place =
      testing::U16("Der größte Versicherer Nordeuropas wächst.");
  EXPECT_EQ(
      Tag(place, {At(place, u"Nordeuropas", EntityType::kLocation)}, "de"),
      std::vector<std::string>{"LOC Nordeuropas"});
}

TEST(CompanyNamesTest, GermanCompoundOfACorporateNounNamesTheCompany) {
  // "Lufthansa-Chef" shows the company; its mention the tagger took for a
  // place and the one it missed become the company, but not the first word
  // of a longer name.
  const std::u16string text = testing::U16(
      "Lufthansa-Chef Carsten Spohr sprach in Frankfurt. Lufthansa streicht "
      "Flüge, und die Lufthansa sagte ab. Die Lufthansa Cargo wächst.");
  EXPECT_EQ(Tag(text,
                {At(text, u"Carsten Spohr", EntityType::kPerson),
                 At(text, u"Frankfurt", EntityType::kLocation),
                 At(text, u"Lufthansa", EntityType::kLocation, 1)},
                "de"),
            (std::vector<std::string>{"PER Carsten Spohr", "LOC Frankfurt",
                                      "ORG Lufthansa", "ORG Lufthansa"}));
  // hunspell lists "AfD" among its nouns; its spelling is an abbreviation's.
  const std::u16string party = testing::U16(
      "AfD-Chefin Alice Weidel sprach. Die AfD kommt auf 20 Prozent.");
  EXPECT_EQ(Tag(party, {At(party, u"Alice Weidel", EntityType::kPerson)}, "de"),
            (std::vector<std::string>{"PER Alice Weidel", "ORG AfD"}));
}

TEST(CompanyNamesTest, GermanCompanyContexts) {
  const std::u16string text = testing::U16(
      "Covestro meldete einen hohen Verlust. Die Aktien der Vonovia fielen, "
      "Anteile an Nordex stiegen.");
  EXPECT_EQ(
      Tag(text, {}, "de"),
      (std::vector<std::string>{"ORG Covestro", "ORG Vonovia", "ORG Nordex"}));
}

TEST(CompanyNamesTest, GermanCommonNounsPlacesAndPersonsStay) {
  // "Bahn" is a common noun, "Bayern" a place and "Müller" a surname, even
  // beside "-Chef".
  const std::u16string text = testing::U16(
      "Die Bahn-Chefin sagte, die Bahn sei pünktlich. Der Bayern-Chef lobte "
      "Bayern. Der Müller-Chef lobte Müller.");
  EXPECT_EQ(Tag(text,
                {At(text, u"Bayern", EntityType::kLocation, 1),
                 At(text, u"Müller", EntityType::kPerson, 1)},
                "de"),
            (std::vector<std::string>{"LOC Bayern", "PER Müller"}));
}

TEST(CompanyNamesTest, EnglishContextsOnlyInEnglish) {
  const std::u16string text = testing::U16("Shares of Pfizer rose 2%.");
  EXPECT_EQ(Tag(text, {At(text, u"Pfizer", EntityType::kPerson)}, "de"),
            std::vector<std::string>{"PER Pfizer"});
}

}  // namespace
}  // namespace lesbar
