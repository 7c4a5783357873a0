#include "analyses/entities/name_titles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

// Word tokens split at spaces; ".", "," and "(" ")" are punctuation and an
// English "'s" is a token of its own, as the reader tokenizer has them.
std::vector<Token> Tokenize(std::u16string_view text) {
  std::vector<Token> tokens;
  size_t k = 0;
  auto add = [&](size_t start, size_t end, TokenKind kind) {
    tokens.push_back(
        {static_cast<int32_t>(start), static_cast<int32_t>(end), kind});
  };
  while (k < text.size()) {
    const char16_t c = text[k];
    if (c == u' ') {
      ++k;
    } else if (c == u'.' || c == u',' || c == u'(' || c == u')') {
      add(k, k + 1, TokenKind::kPunct);
      ++k;
    } else if (c == u'\'' && k + 1 < text.size() && text[k + 1] == u's') {
      add(k, k + 2, TokenKind::kWord);
      k += 2;
    } else {
      const size_t start = k;
      while (k < text.size() && text[k] != u' ' && text[k] != u'.' &&
             text[k] != u',' && text[k] != u'\'' && text[k] != u'(' &&
             text[k] != u')') {
        ++k;
      }
      add(start, k, TokenKind::kWord);
    }
  }
  return tokens;
}

Entity At(std::u16string_view text, std::u16string_view mention,
          EntityType type, float score = 0.9f) {
  Entity e;
  e.start = static_cast<int32_t>(text.find(mention));
  e.end = e.start + static_cast<int32_t>(mention.size());
  e.type = type;
  e.score = score;
  return e;
}

std::vector<std::string> Separate(const std::u16string& text,
                                  std::vector<Entity> entities) {
  SeparateTitlesFromNames(text, Tokenize(text), &entities);
  return testing::DescribeEntities(text, entities);
}

using Names = std::vector<std::string>;

TEST(NameTitlesTest, NationalityAndTitleBeforeAPersonAreDropped) {
  const std::u16string text = u"Iranian President Ebrahim Raisi spoke.";
  EXPECT_EQ(Separate(text, {At(text, u"Iranian President Ebrahim Raisi",
                               EntityType::kPerson)}),
            (Names{"PER Ebrahim Raisi"}));
  const std::u16string chancellor = u"German Chancellor Olaf Scholz said.";
  EXPECT_EQ(
      Separate(chancellor, {At(chancellor, u"German Chancellor Olaf Scholz",
                               EntityType::kPerson)}),
      (Names{"PER Olaf Scholz"}));
}

TEST(NameTitlesTest, GermanCompoundTitlesAndLowerCaseAdjectives) {
  const std::u16string text =
      u"Der russische Verteidigungsminister Sergej Schoigu kam.";
  EXPECT_EQ(Separate(text, {At(text, u"Verteidigungsminister Sergej Schoigu",
                               EntityType::kPerson)}),
            (Names{"PER Sergej Schoigu"}));
  EXPECT_EQ(Separate(text, {At(text,
                               u"russische Verteidigungsminister Sergej "
                               u"Schoigu",
                               EntityType::kPerson)}),
            (Names{"PER Sergej Schoigu"}));
  // Inflected: "des iranischen Präsidenten Ebrahim Raisi".
  const std::u16string genitive = u"Worte des Präsidenten Ebrahim Raisi.";
  EXPECT_EQ(Separate(genitive, {At(genitive, u"Präsidenten Ebrahim Raisi",
                                   EntityType::kPerson)}),
            (Names{"PER Ebrahim Raisi"}));
}

TEST(NameTitlesTest, OrganisationBeforeARoleIsAnOrganisation) {
  const std::u16string text = u"Mizuho analyst Vamil Divan wrote.";
  EXPECT_EQ(Separate(text, {At(text, u"Mizuho analyst Vamil Divan",
                               EntityType::kPerson)}),
            (Names{"ORG Mizuho", "PER Vamil Divan"}));
  // Tagged as one organisation: the lower-case role shows a person.
  EXPECT_EQ(Separate(text, {At(text, u"Mizuho analyst Vamil Divan",
                               EntityType::kOrganization)}),
            (Names{"ORG Mizuho", "PER Vamil Divan"}));
  const std::u16string compound = u"EZB-Präsidentin Christine Lagarde sagte.";
  EXPECT_EQ(
      Separate(compound, {At(compound, u"EZB-Präsidentin Christine Lagarde",
                             EntityType::kPerson)}),
      (Names{"ORG EZB", "PER Christine Lagarde"}));
}

TEST(NameTitlesTest, PossessiveBeforeATitleIsAPlaceWhenTheListsKnowIt) {
  const std::u16string text = u"Russia's Defence Minister Sergei Shoigu came.";
  EXPECT_EQ(Separate(text, {At(text, u"Russia's Defence Minister Sergei Shoigu",
                               EntityType::kPerson)}),
            (Names{"LOC Russia", "PER Sergei Shoigu"}));
}

TEST(NameTitlesTest, OrganisationAfterTheTitle) {
  const std::u16string text = u"Der Chef des Mossad David Barnea reiste.";
  EXPECT_EQ(Separate(text, {At(text, u"Chef des Mossad David Barnea",
                               EntityType::kPerson)}),
            (Names{"ORG Mossad", "PER David Barnea"}));
  // A portfolio names no organisation.
  const std::u16string state = u"Secretary of State Antony Blinken flew.";
  EXPECT_EQ(Separate(state, {At(state, u"Secretary of State Antony Blinken",
                                EntityType::kPerson)}),
            (Names{"PER Antony Blinken"}));
}

TEST(NameTitlesTest, ShortTitlesWithAPeriod) {
  const std::u16string text = u"Dr. Anna Schmidt und Herr Müller.";
  EXPECT_EQ(Separate(text, {At(text, u"Dr. Anna Schmidt", EntityType::kPerson),
                            At(text, u"Herr Müller", EntityType::kPerson)}),
            (Names{"PER Anna Schmidt", "PER Müller"}));
}

TEST(NameTitlesTest, TitlesAloneAreDroppedUnlessASurname) {
  const std::u16string text = u"Der Präsident und Richter sprachen.";
  EXPECT_EQ(Separate(text, {At(text, u"Präsident", EntityType::kPerson),
                            At(text, u"Richter", EntityType::kPerson)}),
            (Names{"PER Richter"}));
  const std::u16string org = u"Der Verteidigungsminister kam.";
  EXPECT_EQ(Separate(org, {At(org, u"Verteidigungsminister",
                              EntityType::kOrganization)}),
            (Names{}));
}

TEST(NameTitlesTest, NamesThatHoldATitleWordStay) {
  const std::u16string text =
      u"Stephen King, Martin Luther King Jr., General Motors, Queen Mary "
      u"University and Prince Edward Island.";
  const std::vector<Entity> entities = {
      At(text, u"Stephen King", EntityType::kPerson),
      At(text, u"Martin Luther King Jr.", EntityType::kPerson),
      At(text, u"General Motors", EntityType::kOrganization),
      At(text, u"Queen Mary University", EntityType::kOrganization),
      At(text, u"Prince Edward Island", EntityType::kLocation)};
  EXPECT_EQ(Separate(text, entities),
            (Names{"PER Stephen King", "PER Martin Luther King Jr.",
                   "ORG General Motors", "ORG Queen Mary University",
                   "LOC Prince Edward Island"}));
}

TEST(NameTitlesTest, OrganisationOfATitleBeforeThePersonSpan) {
  const std::u16string text = u"Der Chef des Mossad David Barnea reiste.";
  EXPECT_EQ(
      Separate(text, {At(text, u"Mossad David Barnea", EntityType::kPerson)}),
      (Names{"ORG Mossad", "PER David Barnea"}));
}

TEST(NameTitlesTest, NameAfterAPersonsTitleIsAPerson) {
  const std::u16string text = u"Mizuho analyst Vamil Divan wrote.";
  EXPECT_EQ(
      Separate(text, {At(text, u"Vamil Divan", EntityType::kOrganization)}),
      (Names{"PER Vamil Divan"}));
  const std::u16string raisi = u"They said President Raisi agreed.";
  EXPECT_EQ(Separate(raisi, {At(raisi, u"President Raisi",
                                EntityType::kOrganization)}),
            (Names{"PER Raisi"}));
}

TEST(NameTitlesTest, UntaggedNameAfterATitleIsFound) {
  const std::u16string text = u"Iranian President Ebrahim Raisi spoke.";
  EXPECT_EQ(Separate(text, {}), (Names{"PER Ebrahim Raisi"}));
  // One capitalised word alone needs the lists: a headline's noun is not
  // a person.
  const std::u16string noun = u"Die Minister Treffen sich.";
  EXPECT_EQ(Separate(noun, {}), (Names{}));
  const std::u16string place = u"Der Präsident Frankreichs kam.";
  EXPECT_EQ(Separate(place, {}), (Names{}));
}

TEST(NameTitlesTest, GivenNameCutBeforeItsSurnameIsExtended) {
  const std::u16string text = u"EZB-Präsidentin Christine Lagarde sagte.";
  EXPECT_EQ(Separate(text, {At(text, u"Christine", EntityType::kPerson)}),
            (Names{"PER Christine Lagarde"}));
  // A common word after the given name is not its surname.
  const std::u16string noun = u"Sie gab Christine Blumen.";
  EXPECT_EQ(Separate(noun, {At(noun, u"Christine", EntityType::kPerson)}),
            (Names{"PER Christine"}));
  const std::u16string easy = u"Hi John Please call.";
  EXPECT_EQ(Separate(easy, {At(easy, u"John", EntityType::kPerson)}),
            (Names{"PER John"}));
  // Not into a place.
  const std::u16string place = u"Mit Christine Berlin besuchen.";
  EXPECT_EQ(Separate(place, {At(place, u"Christine", EntityType::kPerson)}),
            (Names{"PER Christine"}));
}

TEST(NameTitlesTest, GivenNameBetweenATitleAndItsPersonJoinsIt) {
  // The tagger began the person after a given name it did not know.
  const std::u16string text = u"Chief executive Jensen Huang told analysts.";
  EXPECT_EQ(Separate(text, {At(text, u"Huang", EntityType::kPerson)}),
            (Names{"PER Jensen Huang"}));
  // "executive" is a title of its own, not only before another one.
  const std::u16string untagged = u"Chief executive Sundar Pichai spoke.";
  EXPECT_EQ(Separate(untagged, {}), (Names{"PER Sundar Pichai"}));
  // A title written as one token with its period stays out of the name.
  const std::u16string doctor = u"Sie schrieb Richter Dr. Söchtig einen Brief.";
  std::vector<Entity> entities = {At(doctor, u"Söchtig", EntityType::kPerson)};
  SeparateTitlesFromNames(doctor, testing::AnalyzerTokens(doctor, "de"),
                          &entities);
  EXPECT_EQ(testing::DescribeEntities(doctor, entities),
            (Names{"PER Söchtig"}));
}

TEST(NameTitlesTest, AnAcronymOrMixedCaseNameBeforeATitleIsItsOrganisation) {
  const std::u16string who =
      u"WHO Director-General Tedros Ghebreyesus urged parents.";
  EXPECT_EQ(
      Separate(who, {At(who, u"Tedros Ghebreyesus", EntityType::kPerson)}),
      (Names{"ORG WHO", "PER Tedros Ghebreyesus"}));
  const std::u16string openai = u"OpenAI chief executive Sam Altman said.";
  EXPECT_EQ(Separate(openai, {At(openai, u"Sam Altman", EntityType::kPerson)}),
            (Names{"ORG OpenAI", "PER Sam Altman"}));
  // Not a headline's capitals, nor a plain capitalised word.
  const std::u16string headline = u"THE PRESIDENT Joe Biden spoke.";
  EXPECT_EQ(
      Separate(headline, {At(headline, u"Joe Biden", EntityType::kPerson)}),
      (Names{"PER Joe Biden"}));
  const std::u16string adjective = u"Former President Joe Biden spoke.";
  EXPECT_EQ(
      Separate(adjective, {At(adjective, u"Joe Biden", EntityType::kPerson)}),
      (Names{"PER Joe Biden"}));
}

TEST(NameTitlesTest, ValuesAndSpansWithoutTitlesAreUntouched) {
  const std::u16string text = u"Olaf Scholz am Mittwoch in Berlin.";
  const std::vector<Entity> entities = {
      At(text, u"Olaf Scholz", EntityType::kPerson),
      At(text, u"Mittwoch", EntityType::kDate),
      At(text, u"Berlin", EntityType::kLocation)};
  EXPECT_EQ(Separate(text, entities),
            (Names{"PER Olaf Scholz", "DATE Mittwoch", "LOC Berlin"}));
}

}  // namespace
}  // namespace lesbar
