#include "analyses/entities/abbreviations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

// Words split at spaces; ".", ",", "(" and ")" are punctuation.
std::vector<Token> Tokenize(std::u16string_view text) {
  std::vector<Token> tokens;
  size_t k = 0;
  while (k < text.size()) {
    const char16_t c = text[k];
    if (c == u' ') {
      ++k;
      continue;
    }
    const size_t start = k;
    if (c == u'.' || c == u',' || c == u'(' || c == u')') {
      ++k;
      tokens.push_back({static_cast<int32_t>(start), static_cast<int32_t>(k),
                        TokenKind::kPunct});
      continue;
    }
    while (k < text.size() && text[k] != u' ' && text[k] != u'.' &&
           text[k] != u',' && text[k] != u'(' && text[k] != u')') {
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
  e.score = 0.8f;
  return e;
}

struct Result {
  std::vector<std::string> entities;  // "TYPE surface"
  std::vector<std::string> links;     // "mention -> long form"
};

Result Find(const std::u16string& text, std::vector<Entity> entities) {
  const std::vector<MentionLink> links =
      FindAbbreviations(text, Tokenize(text), &entities);
  Result r;
  auto surface = [&](const Entity& e) {
    return testing::U8(
        std::u16string_view(text).substr(e.start, e.end - e.start));
  };
  for (const Entity& e : entities) {
    r.entities.push_back(std::string(EntityTypeName(e.type)) + " " +
                         surface(e));
  }
  for (const MentionLink& l : links) {
    r.links.push_back(surface(entities[l.mention]) + " -> " +
                      surface(entities[l.same_as]));
  }
  return r;
}

using Strings = std::vector<std::string>;

TEST(AbbreviationsTest, TaggedLongFormUntaggedAbbreviations) {
  const std::u16string text =
      u"Die Europäische Zentralbank (EZB) erhöht. Die EZB sagte.";
  const Result r = Find(
      text, {At(text, u"Europäische Zentralbank", EntityType::kOrganization)});
  EXPECT_EQ(r.entities,
            (Strings{"ORG Europäische Zentralbank", "ORG EZB", "ORG EZB"}));
  EXPECT_EQ(r.links, (Strings{"EZB -> Europäische Zentralbank",
                              "EZB -> Europäische Zentralbank"}));
}

TEST(AbbreviationsTest, FunctionWordsMayGiveALetter) {
  const std::u16string text =
      u"Die Gewerkschaft der Lokführer (GDL) streikt. Die GDL fordert.";
  const Result r = Find(text, {At(text, u"GDL", EntityType::kMisc)});
  EXPECT_EQ(r.entities,
            (Strings{"ORG Gewerkschaft der Lokführer", "ORG GDL", "ORG GDL"}));
  EXPECT_EQ(r.links.size(), 2u);
  // Or none: "für" gives no letter of "BSI".
  const std::u16string bsi =
      u"Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt.";
  EXPECT_EQ(Find(bsi, {}).entities,
            (Strings{"ORG Bundesamt für Sicherheit in der Informationstechnik",
                     "ORG BSI"}));
}

TEST(AbbreviationsTest, TaggedPiecesMergeAndTheTypeIsTheHeads) {
  const std::u16string text =
      u"the World Health Organization (WHO) and the United Arab Emirates "
      u"(UAE). WHO and UAE.";
  const Result r =
      Find(text, {At(text, u"World", EntityType::kMisc),
                  At(text, u"Health Organization", EntityType::kOrganization),
                  At(text, u"United Arab Emirates", EntityType::kLocation)});
  EXPECT_EQ(r.entities, (Strings{"ORG World Health Organization", "ORG WHO",
                                 "LOC United Arab Emirates", "LOC UAE",
                                 "ORG WHO", "LOC UAE"}));
  EXPECT_EQ(r.links.size(), 4u);
}

TEST(AbbreviationsTest, BracketsThatDefineNothing) {
  // Initials that do not match; a bracketed year; a lower-case word.
  const std::u16string text =
      u"Olaf Scholz (SPD) kam. Die Deutsche Bahn (2023) und Berlin (dpa).";
  const std::vector<Entity> entities = {
      At(text, u"Olaf Scholz", EntityType::kPerson),
      At(text, u"SPD", EntityType::kOrganization)};
  const Result r = Find(text, entities);
  EXPECT_EQ(r.entities, (Strings{"PER Olaf Scholz", "ORG SPD"}));
  EXPECT_TRUE(r.links.empty());
}

TEST(AbbreviationsTest, UntaggedLegalTextsAreNoOrganisations) {
  // Laws, terms and treaties are defined like organisations but are texts.
  for (const std::u16string text :
       {u"Nach der Abgabenordnung (AO) gilt das.",
        u"Die Allgemeinen Geschäftsbedingungen (AGB) gelten.",
        u"Das Handelsgesetzbuch (HGB) regelt es.",
        u"under the Clean Air Act (CAA) of 1970."}) {
    const Result r = Find(text, {});
    EXPECT_TRUE(r.entities.empty()) << testing::U8(text);
    EXPECT_TRUE(r.links.empty()) << testing::U8(text);
  }
  // The same head does not stop a definition the tagger found.
  const std::u16string text = u"Die Welthandelsordnung (WHO) tagt.";
  EXPECT_EQ(
      Find(text, {At(text, u"Welthandelsordnung", EntityType::kOrganization)})
          .entities,
      (Strings{"ORG Welthandelsordnung", "ORG WHO"}));
}

}  // namespace
}  // namespace lesbar
