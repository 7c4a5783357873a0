#include "analyses/quotes/quote_finder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar {
namespace {

using testing::U16;
using testing::U8;

// Segments `text` with the real analyzer, so quotes see the tokens and
// sentences they will see in the pipeline.
Analysis Segment(const std::u16string& text, const char* language = "de") {
  Status status;
  auto analyzer = Analyzer::Create(&status);
  EXPECT_TRUE(status.ok()) << status.message;
  Analysis analysis;
  AnalyzeOptions options;
  options.language = language;
  EXPECT_TRUE(analyzer->Analyze(text, options, &analysis).ok());
  return analysis;
}

// Entities made by hand: every whole-word occurrence of each name, with
// the given type and cluster, sorted and without overlaps (the longer,
// earlier-listed name wins).
struct Name {
  const char* text;
  EntityType type;
  int32_t cluster;
};
std::vector<Entity> MakeEntities(const std::u16string& text,
                                 const std::vector<Name>& names) {
  std::vector<Entity> found;
  const auto is_letter = [](char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c >= 0xC0;
  };
  for (const Name& name : names) {
    const std::u16string needle = U16(name.text);
    for (size_t at = text.find(needle); at != std::u16string::npos;
         at = text.find(needle, at + 1)) {
      const size_t end = at + needle.size();
      if ((at > 0 && is_letter(text[at - 1])) ||
          (end < text.size() && is_letter(text[end]))) {
        continue;
      }
      found.push_back({static_cast<int32_t>(at), static_cast<int32_t>(end),
                       name.type, name.cluster, 1.0f});
    }
  }
  std::stable_sort(
      found.begin(), found.end(),
      [](const Entity& a, const Entity& b) { return a.start < b.start; });
  std::vector<Entity> kept;
  for (const Entity& e : found) {
    if (!kept.empty() && e.start < kept.back().end) continue;
    kept.push_back(e);
  }
  return kept;
}

std::vector<Quote> Quotes(const std::u16string& text,
                          const std::vector<Entity>& entities,
                          const char* language = "de") {
  const Analysis a = Segment(text, language);
  return FindQuotes(text, a.paragraphs, a.sentences, a.tokens, entities);
}

std::string Slice(const std::u16string& text, Span span) {
  if (span.start < 0) return "";
  return U8(text.substr(span.start, span.end - span.start));
}

TEST(QuoteFinderTest, SampleArticleQuotesAndSpeakers) {
  const std::string article = testing::ReadFile(LESBAR_SAMPLE_ARTICLE);
  ASSERT_FALSE(article.empty()) << LESBAR_SAMPLE_ARTICLE;
  const std::u16string text = U16(article);
  enum : int32_t {
    kSchoigu,
    kAshtiani,
    kPutin,
    kRaisi,
    kBagheri,
    kBarnea,
    kAmirAbdollahian,
    kMoskau,
    kTeheran,
    kIran,
    kRussland,
    kMinistry,
    kMossad,
    kUsa
  };
  const std::vector<Entity> entities = MakeEntities(
      text,
      {{"Sergej Schoigu", EntityType::kPerson, kSchoigu},
       {"Shoigu", EntityType::kPerson, kSchoigu},
       {"Mohammad Reza Ashtiani", EntityType::kPerson, kAshtiani},
       {"Wladimir Putin", EntityType::kPerson, kPutin},
       {"Ebrahim Raisi", EntityType::kPerson, kRaisi},
       {"Mohammad Bagheri", EntityType::kPerson, kBagheri},
       {"David Barnea", EntityType::kPerson, kBarnea},
       {"Hossein Amir-Abdollahian", EntityType::kPerson, kAmirAbdollahian},
       {"Moskau", EntityType::kLocation, kMoskau},
       {"Teheran", EntityType::kLocation, kTeheran},
       {"Iran", EntityType::kLocation, kIran},
       {"Russland", EntityType::kLocation, kRussland},
       {"USA", EntityType::kLocation, kUsa},
       {"Verteidigungsministerium", EntityType::kOrganization, kMinistry},
       {"Mossad", EntityType::kOrganization, kMossad}});
  const std::vector<Quote> quotes = Quotes(text, entities);

  struct Expected {
    const char* quote;
    int32_t speaker;
    const char* cue;
  };
  const std::vector<Expected> expected = {
      {"„erreicht ein völlig neues Niveau“", kSchoigu, "erklärte"},
      {"„entwickelt sich heute besonders aktiv.“", kSchoigu, "erklärte"},
      {"„trotz der Gegenmaßnahmen der USA und ihrer westlichen Verbündeten“",
       kSchoigu, "fügte"},
      {"„Russlands strategischen Partner im Nahen Osten“", kSchoigu,
       "beschrieb"},
      {"„fortschrittlichen Waffen versorgen könnte, die sicherlich unseren "
       "Frieden und vielleicht sogar unsere Existenz hier gefährden werden“",
       kBarnea, "schlug"},
      // A two-word partial quotation, kept because its sentence has a cue.
      {"„begrenzte Anzahl“", kAmirAbdollahian, "sagte"},
  };
  ASSERT_EQ(quotes.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(Slice(text, {quotes[i].start, quotes[i].end}), expected[i].quote);
    EXPECT_EQ(quotes[i].speaker, expected[i].speaker) << expected[i].quote;
    EXPECT_EQ(Slice(text, quotes[i].cue), expected[i].cue) << expected[i].quote;
  }
}

TEST(QuoteFinderTest, SpeakerBeforeWithColon) {
  const std::u16string text =
      U16("Sergej Schoigu sagte: „Wir arbeiten weiter zusammen.“");
  const auto quotes = Quotes(
      text, MakeEntities(text, {{"Sergej Schoigu", EntityType::kPerson, 3}}));
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, 3);
  EXPECT_EQ(Slice(text, quotes[0].cue), "sagte");
}

TEST(QuoteFinderTest, CueAfterQuoteWithPronounAndSo) {
  const std::u16string text =
      U16("Angela Merkel kam spät. „Wir schaffen das“, sagte sie. "
          "„Das wird nicht reichen“, so Olaf Scholz.");
  const auto quotes = Quotes(
      text, MakeEntities(text, {{"Angela Merkel", EntityType::kPerson, 0},
                                {"Olaf Scholz", EntityType::kPerson, 1}}));
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, 0);
  EXPECT_EQ(Slice(text, quotes[0].cue), "sagte");
  EXPECT_EQ(quotes[1].speaker, 1);
  EXPECT_EQ(Slice(text, quotes[1].cue), "so");
}

TEST(QuoteFinderTest, EnglishSaidToldAccordingTo) {
  const std::u16string text = U16(
      "“We will not back down,” said Joe Biden. The spokesman told reporters "
      "“the talks are over.” The plan is “dead,” according to NATO.");
  const auto quotes =
      Quotes(text,
             MakeEntities(text, {{"Joe Biden", EntityType::kPerson, 0},
                                 {"NATO", EntityType::kOrganization, 1}}),
             "en");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, 0);
  EXPECT_EQ(Slice(text, quotes[0].cue), "said");
  // "The spokesman": a role noun, resolved to the last person named.
  EXPECT_EQ(quotes[1].speaker, 0);
  EXPECT_EQ(Slice(text, quotes[1].cue), "told");
  // An organisation is the source, but speakers are people.
  EXPECT_EQ(quotes[2].speaker, -1);
  EXPECT_EQ(Slice(text, quotes[2].cue), "according");
}

TEST(QuoteFinderTest, NestedQuotesStayInsideTheOuterOne) {
  const std::u16string text =
      U16("Er sagte: „Sie nannten es ‚Frieden‘ und »Ruhe«.“ Dann ging er. "
          "She said: “He called it ‘peace’ today.”");
  const auto spans = FindQuotationSpans(text, {{0, int32_t(text.size())}});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(Slice(text, spans[0]), "„Sie nannten es ‚Frieden‘ und »Ruhe«.“");
  EXPECT_EQ(Slice(text, spans[1]), "“He called it ‘peace’ today.”");
}

TEST(QuoteFinderTest, QuoteSpanningSentences) {
  const std::u16string text =
      U16("„Wir sind bereit. Wir warten nicht länger“, erklärte Olaf Scholz.");
  const auto quotes = Quotes(
      text, MakeEntities(text, {{"Olaf Scholz", EntityType::kPerson, 7}}));
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Slice(text, {quotes[0].start, quotes[0].end}),
            "„Wir sind bereit. Wir warten nicht länger“");
  EXPECT_EQ(quotes[0].speaker, 7);
}

TEST(QuoteFinderTest, StraightQuotesAndApostrophes) {
  const std::u16string text =
      U16("He said \"it's over\" and left. Don’t say \"never\"! "
          "The \"so-called\" deal.");
  const auto spans = FindQuotationSpans(text, {{0, int32_t(text.size())}});
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(Slice(text, spans[0]), "\"it's over\"");
  EXPECT_EQ(Slice(text, spans[1]), "\"never\"");
}

TEST(QuoteFinderTest, ScareQuotesAndTitlesAreNotQuotations) {
  const std::u16string text =
      U16("Der sogenannte „Sanktionsdruck“ wirkt nicht. Er las den „Spiegel“ "
          "gestern. Das ist der „große Wurf“ der Regierung.");
  EXPECT_TRUE(Quotes(text, {}).empty());
}

TEST(QuoteFinderTest, TitlesAfterSaidToAreNotQuotations) {
  const std::u16string text =
      U16("Markus Söder sagte dem „Münchner Merkur“, die Lage sei „ernst, "
          "aber beherrschbar“. Boris Johnson told the “Daily Telegraph” "
          "that it was over. Olaf Scholz sagte in der „Tagesschau“: „Wir "
          "bleiben dabei.“");
  const auto quotes = Quotes(
      text,
      MakeEntities(text, {{"Markus Söder", EntityType::kPerson, 0},
                          {"Münchner Merkur", EntityType::kOrganization, 1},
                          {"Boris Johnson", EntityType::kPerson, 2},
                          {"Daily Telegraph", EntityType::kOrganization, 3},
                          {"Olaf Scholz", EntityType::kPerson, 4},
                          {"Tagesschau", EntityType::kOrganization, 5}}));
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(Slice(text, {quotes[0].start, quotes[0].end}),
            "„ernst, aber beherrschbar“");
  EXPECT_EQ(quotes[0].speaker, 0);
  EXPECT_EQ(Slice(text, quotes[0].cue), "sagte");
  EXPECT_EQ(Slice(text, {quotes[1].start, quotes[1].end}),
            "„Wir bleiben dabei.“");
  EXPECT_EQ(quotes[1].speaker, 4);
}

TEST(QuoteFinderTest, WhatWasSaidToSomeoneStaysAQuotation) {
  // Lower-case, or with a sentence's punctuation: said, not a title.
  const std::u16string text =
      U16("Sie sagte der „ganzen Welt da draußen“ Bescheid. He told the "
          "“Truth, and nothing else.”");
  EXPECT_EQ(Quotes(text, {}, "de").size(), 2u);
}

TEST(QuoteFinderTest, FollowOnQuoteKeepsTheSpeaker) {
  const std::u16string text =
      U16("“We will not back down,” said Joe Biden. “We believe in this plan.” "
          "Nancy Pelosi left early. “Nobody asked us.”\n\n"
          "“It is late,” said Joe Biden. Later, more people came. "
          "Then it rained. “Go home.”");
  const auto quotes =
      Quotes(text,
             MakeEntities(text, {{"Joe Biden", EntityType::kPerson, 0},
                                 {"Nancy Pelosi", EntityType::kPerson, 1}}),
             "en");
  ASSERT_EQ(quotes.size(), 5u);
  EXPECT_EQ(quotes[0].speaker, 0);
  // The next sentence, nobody else named: Biden goes on, without a cue.
  EXPECT_EQ(Slice(text, {quotes[1].start, quotes[1].end}),
            "“We believe in this plan.”");
  EXPECT_EQ(quotes[1].speaker, 0);
  EXPECT_EQ(quotes[1].cue.start, -1);
  // Someone else was named in between.
  EXPECT_EQ(quotes[2].speaker, -1);
  EXPECT_EQ(quotes[3].speaker, 0);
  // Two sentences later is not "right after".
  EXPECT_EQ(quotes[4].speaker, -1);
}

TEST(QuoteFinderTest, SpeakersArePeopleNotOrganisations) {
  const std::u16string text =
      U16("Das Verteidigungsministerium erklärte: „Die Übung ist beendet.“ "
          "„Wir sind bereit“, sagte Mossad-Chef David Barnea.");
  const auto quotes = Quotes(
      text, MakeEntities(text, {{"Verteidigungsministerium",
                                 EntityType::kOrganization, 0},
                                {"Mossad", EntityType::kOrganization, 1},
                                {"David Barnea", EntityType::kPerson, 2}}));
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, -1);
  EXPECT_EQ(Slice(text, quotes[0].cue), "erklärte");
  EXPECT_EQ(quotes[1].speaker, 2);
}

TEST(QuoteFinderTest, NoEntitiesMeansNoSpeaker) {
  const std::u16string text = U16("„Das ist gut so“, sagte der Mann.");
  const auto quotes = Quotes(text, {});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, -1);
  EXPECT_EQ(Slice(text, quotes[0].cue), "sagte");
}

TEST(QuoteFinderTest, UnbalancedMarksAreDroppedAtTheParagraphEnd) {
  const std::u16string text =
      U16("„Das endet nie.\n\nNeuer Absatz “ohne” Anfang „und\n\n” « „ ‚ \"");
  const Analysis a = Segment(text);
  const auto spans = FindQuotationSpans(text, a.paragraphs);
  // Only the English pair in the second paragraph closes.
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(Slice(text, spans[0]), "“ohne”");
}

TEST(QuoteFinderTest, ManyMarksStayLinearAndInBounds) {
  std::u16string text;
  for (int i = 0; i < 200000; ++i) text += (i % 3 == 0) ? u"„a “" : u"» ‚\" ";
  const std::vector<Span> paragraph = {{0, int32_t(text.size())}};
  const auto quotes = FindQuotes(text, paragraph, paragraph, {}, {});
  for (const Quote& q : quotes) {
    EXPECT_LT(q.start, q.end);
    EXPECT_LE(q.end, int32_t(text.size()));
  }
}

}  // namespace
}  // namespace lesbar
