#include "analyses/entities/value_entities.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar {
namespace {

using testing::U16;
using testing::U8;

// "TYPE text" for every value entity, in order.
class ValueEntitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status status;
    analyzer_ = Analyzer::Create(&status);
    ASSERT_TRUE(analyzer_) << status.message;
  }
  std::vector<std::string> Find(const std::string& utf8,
                                const std::string& language) {
    const std::u16string text = U16(utf8);
    AnalyzeOptions options;
    options.language = language;
    Analysis analysis;
    EXPECT_TRUE(analyzer_->Analyze(text, options, &analysis).ok());
    std::vector<std::string> out;
    for (const Entity& e : FindValueEntities(text, analysis.tokens,
                                             analysis.sentences, language)) {
      out.push_back(std::string(EntityTypeName(e.type)) + " " +
                    U8(text.substr(e.start, e.end - e.start)));
      EXPECT_GT(e.score, 0.0f);
      EXPECT_LE(e.score, 1.0f);
      EXPECT_EQ(e.cluster, -1);
    }
    return out;
  }
  // The microseconds FindValueEntities takes, and the token count; checks
  // the spans.
  std::pair<double, size_t> Time(const std::u16string& text) {
    Analysis a;
    EXPECT_TRUE(analyzer_->Analyze(text, {}, &a).ok());
    const auto start = std::chrono::steady_clock::now();
    const auto found = FindValueEntities(text, a.tokens, a.sentences, "und");
    const std::chrono::duration<double, std::micro> elapsed =
        std::chrono::steady_clock::now() - start;
    int32_t previous_end = 0;
    for (const Entity& e : found) {
      EXPECT_LE(previous_end, e.start);
      EXPECT_LT(e.start, e.end);
      EXPECT_LE(e.end, static_cast<int32_t>(text.size()));
      previous_end = e.end;
    }
    return {elapsed.count(), a.tokens.size()};
  }

  std::unique_ptr<Analyzer> analyzer_;
};

using Found = std::vector<std::string>;

TEST_F(ValueEntitiesTest, GermanDatesLeavePrepositionsOutside) {
  EXPECT_EQ(Find("Er kam am Mittwoch und ging am Dienstag.", "de"),
            (Found{"DATE Mittwoch", "DATE Dienstag"}));
  EXPECT_EQ(Find("Das war im November 2022 in Berlin.", "de"),
            (Found{"DATE November 2022"}));
  EXPECT_EQ(Find("Am 5. Mai 2023 begann es.", "de"),
            (Found{"DATE 5. Mai 2023"}));
  EXPECT_EQ(Find("Seit 2022 ist das so.", "de"), (Found{"DATE 2022"}));
  EXPECT_EQ(Find("Das geschah Anfang November.", "de"),
            (Found{"DATE Anfang November"}));
  EXPECT_EQ(Find("Am Mittwoch, 5. Mai 2023, begann es.", "de"),
            (Found{"DATE Mittwoch, 5. Mai 2023"}));
  EXPECT_EQ(Find("Sie trafen sich am 05.05.2023 in Rom.", "de"),
            (Found{"DATE 05.05.2023"}));
  EXPECT_EQ(Find("In den 90er Jahren und den 1920er Jahren.", "de"),
            (Found{"DATE 90er Jahren", "DATE 1920er Jahren"}));
  EXPECT_EQ(Find("Er kam am Mittwochabend an.", "de"),
            (Found{"DATE Mittwochabend"}));
}

TEST_F(ValueEntitiesTest, GermanRelativeDatesAndDurations) {
  EXPECT_EQ(Find("Er war letzte Woche da.", "de"),
            (Found{"DATE letzte Woche"}));
  EXPECT_EQ(Find("Das war vergangenen Mittwoch.", "de"),
            (Found{"DATE vergangenen Mittwoch"}));
  EXPECT_EQ(Find("Er blieb drei Jahre und kam vor 10 Jahren.", "de"),
            (Found{"DATE drei Jahre", "DATE 10 Jahren"}));
  EXPECT_EQ(Find("Anfang dieses Monats wurde es ernst.", "de"),
            (Found{"DATE Anfang dieses Monats"}));
  // "morgen" (tomorrow) is a date, "Morgen" (morning) mid-sentence is not.
  EXPECT_EQ(Find("Wir kommen morgen. Am Morgen regnete es.", "de"),
            (Found{"DATE morgen"}));
}

TEST_F(ValueEntitiesTest, GermanTimes) {
  EXPECT_EQ(Find("Um 14.30 Uhr begann die Sitzung.", "de"),
            (Found{"TIME 14.30 Uhr"}));
  EXPECT_EQ(Find("Er kam gegen 8 Uhr.", "de"), (Found{"TIME 8 Uhr"}));
  EXPECT_EQ(Find("Um 14:30 ging es los.", "de"), (Found{"TIME 14:30"}));
}

TEST_F(ValueEntitiesTest, GermanMoneyPercentQuantity) {
  EXPECT_EQ(Find("Es kostete 3,5 Mio. Euro.", "de"),
            (Found{"MONEY 3,5 Mio. Euro"}));
  EXPECT_EQ(Find("Es kostete 3,5 Mio Euro.", "de"),
            (Found{"MONEY 3,5 Mio Euro"}));
  EXPECT_EQ(Find("Es kostete € 12 oder 12 €.", "de"),
            (Found{"MONEY € 12", "MONEY 12 €"}));
  EXPECT_EQ(Find("Er zahlte 500 Millionen US-Dollar.", "de"),
            (Found{"MONEY 500 Millionen US-Dollar"}));
  EXPECT_EQ(Find("Der Anteil stieg um 20 Prozent auf 25 %.", "de"),
            (Found{"PERCENT 20 Prozent", "PERCENT 25 %"}));
  EXPECT_EQ(Find("Die Strecke ist 50 Kilometer lang, also 50 km.", "de"),
            (Found{"QUANTITY 50 Kilometer", "QUANTITY 50 km"}));
  EXPECT_EQ(Find("Sie lieferten 2000 Tonnen Weizen.", "de"),
            (Found{"QUANTITY 2000 Tonnen"}));
  EXPECT_EQ(Find("Die Quote sank um 3 Prozentpunkte auf 35 °C.", "de"),
            (Found{"PERCENT 3 Prozentpunkte", "QUANTITY 35 °C"}));
  EXPECT_EQ(Find("Es waren 10 bis 20 Prozent.", "de"),
            (Found{"PERCENT 10 bis 20 Prozent"}));
}

TEST_F(ValueEntitiesTest, EnglishForms) {
  EXPECT_EQ(Find("He paid $3.5 billion on Monday.", "en"),
            (Found{"MONEY $3.5 billion", "DATE Monday"}));
  EXPECT_EQ(Find("It happened on May 5, 2023 at 10:30 a.m. sharp.", "en"),
            (Found{"DATE May 5, 2023", "TIME 10:30 a.m."}));
  EXPECT_EQ(Find("They shipped 3 tons last week.", "en"),
            (Found{"QUANTITY 3 tons", "DATE last week"}));
  EXPECT_EQ(Find("Prices rose 20 percent in 2022.", "en"),
            (Found{"PERCENT 20 percent", "DATE 2022"}));
  EXPECT_EQ(Find("We met on 5th May and in March 2021.", "en"),
            (Found{"DATE 5th May", "DATE March 2021"}));
  EXPECT_EQ(Find("It cost 3.5 million dollars and 12 euros.", "en"),
            (Found{"MONEY 3.5 million dollars", "MONEY 12 euros"}));
  EXPECT_EQ(Find("The meeting is at 10pm.", "en"), (Found{"TIME 10pm"}));
  EXPECT_EQ(Find("It cost £5m and $3.5bn; 1.2m people came.", "en"),
            (Found{"MONEY £5m", "MONEY $3.5bn"}));
  EXPECT_EQ(Find("She worked from 6:00am to 9 p.m. daily.", "en"),
            (Found{"TIME 6:00am", "TIME 9 p.m."}));
  // Pounds without a scale weigh; with one they pay.
  EXPECT_EQ(Find("He weighs 180 pounds and earns 5 million pounds.", "en"),
            (Found{"QUANTITY 180 pounds", "MONEY 5 million pounds"}));
  EXPECT_EQ(Find("In the 1990s and the 80s, 10 years.", "en"),
            (Found{"DATE 1990s", "DATE 80s", "DATE 10 years"}));
  EXPECT_EQ(Find("FIFA World Cup 2018 day five.", "en"), Found{});
  EXPECT_EQ(Find("Tickets are £ 15 or 25 CUC.", "en"),
            (Found{"MONEY £ 15", "MONEY 25 CUC"}));
}

TEST_F(ValueEntitiesTest, AmbiguousWordsNeedContext) {
  // "may" the verb, "May" a name, "August" a name: no dates.
  EXPECT_EQ(Find("It may rain. May said so.", "en"), Found{});
  // After a cue they are months.
  EXPECT_EQ(Find("It will launch no earlier than April.", "en"),
            Found{"DATE April"});
  EXPECT_EQ(Find("August Bebel sprach.", "de"), Found{});
  // A count before a noun is no year.
  EXPECT_EQ(Find("In 2000 Fällen half es.", "de"), Found{});
  // A scale without a number is nothing.
  EXPECT_EQ(Find("Mio. Mio. Mio. Euro Prozent Uhr", "de"), Found{});
}

TEST_F(ValueEntitiesTest, NoEntityCrossesASentence) {
  EXPECT_EQ(Find("Es waren 50. Kilometer weiter war es still.", "de"), Found{});
}

TEST_F(ValueEntitiesTest, SampleArticleDates) {
  const std::string article = testing::ReadFile(LESBAR_SAMPLE_ARTICLE);
  ASSERT_FALSE(article.empty()) << "sample article missing";
  const Found found = Find(article, "de");
  for (const char* want :
       {"DATE Mittwoch", "DATE Dienstag", "DATE November 2022"}) {
    EXPECT_NE(std::find(found.begin(), found.end(), want), found.end()) << want;
  }
  for (const std::string& f : found) {
    EXPECT_TRUE(f.rfind("DATE", 0) == 0) << f;  // the article has no others
  }
}

TEST_F(ValueEntitiesTest, OrderedNonOverlappingAndInsideTheText) {
  const std::u16string text =
      U16("Am 5. Mai 2023 um 14.30 Uhr: 3,5 Mio. Euro, 20 %, 50 km, "
          "$3.5 billion, May 5, 2023, 10:30 a.m., letzte Woche, 2022.");
  Analysis analysis;
  ASSERT_TRUE(analyzer_->Analyze(text, {}, &analysis).ok());
  const auto found =
      FindValueEntities(text, analysis.tokens, analysis.sentences, "und");
  EXPECT_GE(found.size(), 9u);
  int32_t previous_end = 0;
  for (const Entity& e : found) {
    EXPECT_LE(previous_end, e.start);
    EXPECT_LT(e.start, e.end);
    EXPECT_LE(e.end, static_cast<int32_t>(text.size()));
    previous_end = e.end;
  }
}

// Trying the rules only where a pattern can begin must find exactly what
// trying them at every token finds.
TEST_F(ValueEntitiesTest, ScanningPossibleStartsFindsWhatEveryTokenFinds) {
  const std::string shared = testing::SharedDataDir();
  // The German NER dev sentences, their tokens joined by spaces.
  std::string germeval;
  {
    std::ifstream in(shared + "/ner/germeval2014-de-dev.tsv");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) germeval += "\n";
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string index, token;
      std::getline(fields, index, '\t');
      std::getline(fields, token, '\t');
      germeval += token + " ";
    }
  }
  const std::pair<std::string, std::string> texts[] = {
      {testing::ReadFile(shared + "/samples/article-de-russland-iran.txt"),
       "de"},
      {testing::ReadFile(shared +
                         "/corpus/de_political_speeches_barbaresi_excerpt.txt"),
       "de"},
      {testing::ReadFile(
           shared + "/corpus/en_gum_wikimedia_news_interview_bio_voyage.txt"),
       "en"},
      {germeval, "de"},
      {"Am Mittwochabend, den 5. Mai 2023, um 14.30 Uhr: 3,5 Mio. Euro, "
       "$3.5bn, 10pm, 6:00am, the 1990s, 1990er Jahre, mid-2023, Anfang "
       "November, letzte Woche, 5th of May, 20 Prozentpunkte, 2 percentage "
       "points, 5 per cent, fünf Kilometer, drei Jahre.",
       "und"},
  };
  size_t total = 0;
  for (const auto& [utf8, language] : texts) {
    ASSERT_FALSE(utf8.empty());
    const std::u16string text = U16(utf8);
    AnalyzeOptions options;
    options.language = language;
    options.entities = false;
    options.readability = false;
    Analysis analysis;
    ASSERT_TRUE(analyzer_->Analyze(text, options, &analysis).ok());
    for (const std::string& scan_language : {language, std::string("und")}) {
      const auto fast = FindValueEntities(text, analysis.tokens,
                                          analysis.sentences, scan_language);
      const auto reference =
          FindValueEntities(text, analysis.tokens, analysis.sentences,
                            scan_language, ValueScan::kEveryToken);
      ASSERT_EQ(fast.size(), reference.size()) << scan_language;
      for (size_t k = 0; k < fast.size(); ++k) {
        EXPECT_EQ(fast[k].start, reference[k].start);
        EXPECT_EQ(fast[k].end, reference[k].end);
        EXPECT_EQ(fast[k].type, reference[k].type);
        EXPECT_EQ(fast[k].score, reference[k].score);
      }
      total += fast.size();
    }
  }
  EXPECT_GT(total, 3000u);
}

TEST_F(ValueEntitiesTest, BadInputIsSafeAndLinear) {
  // Tokens out of range are refused rather than read.
  EXPECT_TRUE(
      FindValueEntities(u"ab", {{0, 5, TokenKind::kWord}}, {{0, 2}}, "de")
          .empty());
  EXPECT_TRUE(FindValueEntities(u"", {}, {}, "de").empty());
  // Without sentences the text counts as one.
  const std::u16string text = u"am 5. Mai 2023";
  Analysis analysis;
  ASSERT_TRUE(analyzer_->Analyze(text, {}, &analysis).ok());
  EXPECT_EQ(FindValueEntities(text, analysis.tokens, {}, "de").size(), 1u);

  // 1 MB of digits, repeated scales, value-dense text, junk: valid spans,
  // and per token no dearer than prose full of values (linear cost).
  const size_t n = 1 << 18;
  auto repeat = [n](const std::u16string& piece) {
    std::u16string s;
    while (s.size() < n) s += piece;
    return s;
  };
  const std::u16string prose = repeat(
      u"Am 5. Mai 2023 um 14.30 Uhr kostete es 3,5 Mio. Euro, rund "
      u"20 Prozent mehr als letzte Woche in Berlin. ");
  const auto [prose_time, prose_tokens] = Time(prose);
  const double prose_cost = prose_time / static_cast<double>(prose_tokens);
  const std::vector<std::u16string> inputs = {
      std::u16string(4 * n, u'7'),  // 1 MB of digits
      repeat(u"Mio. "),
      repeat(u"5 5. Anfang Mitte 2022 Mai "),
      repeat(u"Anfang "),
      repeat(u"3 bis 4 bis 5 bis "),
      [n] {
        std::u16string s;
        for (size_t i = 0; i < n; ++i) {
          s.push_back(static_cast<char16_t>((i * 7919) % 0xFFFF + 1));
        }
        return s;
      }(),
  };
  for (const std::u16string& input : inputs) {
    const auto [time, tokens] = Time(input);
    // Generous bound against noisy machines: 3x plus 2 ms.
    EXPECT_LT(time, 3.0 * prose_cost * static_cast<double>(tokens) + 2000)
        << U8(input.substr(0, 20));
  }
}

}  // namespace
}  // namespace lesbar
