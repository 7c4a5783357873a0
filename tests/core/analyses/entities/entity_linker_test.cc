#include "analyses/entities/entity_linker.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar {
namespace {

using testing::U16;
using testing::U8;

constexpr EntityType PER = EntityType::kPerson;
constexpr EntityType LOC = EntityType::kLocation;
constexpr EntityType ORG = EntityType::kOrganization;
constexpr EntityType DATE = EntityType::kDate;

struct Linked {
  std::u16string text;
  std::vector<Entity> entities;
  std::vector<EntityCluster> clusters;

  // The cluster name of the n-th mention.
  std::string NameOf(size_t n) const {
    return U8(clusters[entities[n].cluster].name);
  }
  bool Same(size_t a, size_t b) const {
    return entities[a].cluster == entities[b].cluster;
  }
};

// Links mentions found in `utf8` in order of the list: each surface is
// searched after the previous one.
Linked Link(const std::string& utf8,
            const std::vector<std::pair<std::string, EntityType>>& mentions,
            const std::string& language = "de",
            const std::vector<MentionLink>& links = {}) {
  Linked out;
  out.text = U16(utf8);
  size_t from = 0;
  for (const auto& [surface, type] : mentions) {
    const std::u16string s = U16(surface);
    const size_t at = out.text.find(s, from);
    EXPECT_NE(at, std::u16string::npos) << surface;
    if (at == std::u16string::npos) continue;
    Entity e;
    e.start = static_cast<int32_t>(at);
    e.end = static_cast<int32_t>(at + s.size());
    e.type = type;
    out.entities.push_back(e);
    from = at + s.size();
  }
  LinkEntities(out.text, language, &out.entities, &out.clusters, links);
  // The invariants every call keeps.
  for (size_t c = 0; c < out.clusters.size(); ++c) {
    EXPECT_EQ(out.clusters[c].id, static_cast<int32_t>(c));
    EXPECT_FALSE(out.clusters[c].mentions.empty());
    int32_t previous = -1;
    for (int32_t m : out.clusters[c].mentions) {
      EXPECT_LT(previous, m);
      EXPECT_EQ(out.entities[m].cluster, static_cast<int32_t>(c));
      EXPECT_EQ(out.entities[m].type, out.clusters[c].type);
      previous = m;
    }
  }
  for (const Entity& e : out.entities) {
    EXPECT_GE(e.cluster, 0);
    EXPECT_LT(e.cluster, static_cast<int32_t>(out.clusters.size()));
  }
  return out;
}

TEST(EntityLinkerTest, SampleArticleSchoiguIsOnePerson) {
  const Linked r = Link(
      "Der russische Verteidigungsminister Sergej Schoigu hat Teheran "
      "besucht. Shoigu traf Mohammad Reza Ashtiani. Laut Shoigu war es gut. "
      "Wladimir Putin und Ebrahim Raisi. Am Dienstag traf Shoigu Mohammad "
      "Bagheri. Schoigu und Putins Beamte.",
      {{"Sergej Schoigu", PER},
       {"Teheran", LOC},
       {"Shoigu", PER},
       {"Mohammad Reza Ashtiani", PER},
       {"Shoigu", PER},
       {"Wladimir Putin", PER},
       {"Ebrahim Raisi", PER},
       {"Dienstag", DATE},
       {"Shoigu", PER},
       {"Mohammad Bagheri", PER},
       {"Schoigu", PER},
       {"Putins", PER}});
  for (size_t m : {2, 4, 8, 10}) EXPECT_TRUE(r.Same(0, m)) << m;
  EXPECT_EQ(r.NameOf(2), "Sergej Schoigu");
  // Sharing the first name "Mohammad" does not make one person.
  EXPECT_FALSE(r.Same(3, 9));
  EXPECT_TRUE(r.Same(5, 11));
  EXPECT_EQ(r.NameOf(11), "Wladimir Putin");
  EXPECT_FALSE(r.Same(0, 5));
  EXPECT_EQ(r.clusters.size(), 7u);  // Schoigu Teheran Ashtiani Putin Raisi
                                     // Dienstag Bagheri
}

TEST(EntityLinkerTest, TransliterationVariants) {
  const Linked r = Link(
      "Shoygu, Schoigu, Raisi, Raeisi, Selenskyj, Zelensky, Zelenskyy, "
      "Wolodymyr Selenskyj, Chamenei, Khamenei, Jelzin, Yeltsin, Шойгу.",
      {{"Shoygu", PER},
       {"Schoigu", PER},
       {"Raisi", PER},
       {"Raeisi", PER},
       {"Selenskyj", PER},
       {"Zelensky", PER},
       {"Zelenskyy", PER},
       {"Wolodymyr Selenskyj", PER},
       {"Chamenei", PER},
       {"Khamenei", PER},
       {"Jelzin", PER},
       {"Yeltsin", PER},
       {"Шойгу", PER}},
      "de");
  EXPECT_TRUE(r.Same(0, 1));
  EXPECT_TRUE(r.Same(0, 12));
  EXPECT_TRUE(r.Same(2, 3));
  EXPECT_TRUE(r.Same(4, 5));
  EXPECT_TRUE(r.Same(4, 6));
  EXPECT_TRUE(r.Same(4, 7));
  EXPECT_EQ(r.NameOf(5), "Wolodymyr Selenskyj");
  EXPECT_TRUE(r.Same(8, 9));
  EXPECT_TRUE(r.Same(10, 11));
  EXPECT_FALSE(r.Same(0, 2));
  EXPECT_FALSE(r.Same(2, 4));
}

TEST(EntityLinkerTest, InflectedAndPossessiveForms) {
  const Linked de = Link(
      "Russland und Iran. Russlands Partner. Teheran und Tehran. Der Nahe "
      "Osten, im Nahen Osten. Irans Rolle. Paris.",
      {{"Russland", LOC},
       {"Iran", LOC},
       {"Russlands", LOC},
       {"Teheran", LOC},
       {"Tehran", LOC},
       {"Nahe Osten", LOC},
       {"Nahen Osten", LOC},
       {"Irans", LOC},
       {"Paris", LOC}});
  EXPECT_TRUE(de.Same(0, 2));
  EXPECT_EQ(de.NameOf(2), "Russland");
  EXPECT_TRUE(de.Same(1, 7));
  EXPECT_TRUE(de.Same(3, 4));
  EXPECT_TRUE(de.Same(5, 6));
  EXPECT_FALSE(de.Same(0, 1));
  EXPECT_EQ(de.NameOf(8), "Paris");  // no "Pari" made up

  const Linked en =
      Link("Vladimir Putin spoke. Putin's aides and Putin’s.",
           {{"Vladimir Putin", PER}, {"Putin's", PER}, {"Putin’s", PER}}, "en");
  EXPECT_TRUE(en.Same(0, 1));
  EXPECT_TRUE(en.Same(0, 2));
  EXPECT_EQ(en.NameOf(1), "Vladimir Putin");
}

TEST(EntityLinkerTest, DeclinedPartiesAndTitlesWithTheirArticle) {
  const Linked de = Link(
      "Die Linke und der Linken Chef. Der Spiegel und dem Spiegel. Die "
      "Grünen, die Grüne.",
      {{"Linke", ORG},
       {"Linken", ORG},
       {"Der Spiegel", ORG},
       {"Spiegel", ORG},
       {"Grünen", ORG},
       {"Grüne", ORG}});
  EXPECT_TRUE(de.Same(0, 1));
  EXPECT_TRUE(de.Same(2, 3));
  EXPECT_TRUE(de.Same(4, 5));
  EXPECT_EQ(de.NameOf(3), "Der Spiegel");
  EXPECT_FALSE(de.Same(0, 2));
  // Places keep their "-n": "Baden" is not "Bade".
  const Linked place = Link("Baden und Bade.", {{"Baden", LOC}, {"Bade", LOC}});
  EXPECT_FALSE(place.Same(0, 1));
}

TEST(EntityLinkerTest, CompaniesWithoutTheirLegalFormAndByTheirFirstWord) {
  const Linked r = Link(
      "Die Siemens Energy AG verhandelt; Siemens Energy schweigt. Meta "
      "Platforms Inc. und Meta. Deutsche Bank AG, Deutsche Telekom AG, "
      "Deutsche.",
      {{"Siemens Energy AG", ORG},
       {"Siemens Energy", ORG},
       {"Meta Platforms Inc.", ORG},
       {"Meta", ORG},
       {"Deutsche Bank AG", ORG},
       {"Deutsche Telekom AG", ORG},
       {"Deutsche", ORG}});
  EXPECT_TRUE(r.Same(0, 1));
  EXPECT_TRUE(r.Same(2, 3));
  EXPECT_EQ(r.NameOf(3), "Meta Platforms Inc.");
  // Two companies start with the word: it joins neither.
  EXPECT_FALSE(r.Same(4, 5));
  EXPECT_FALSE(r.Same(4, 6));
  EXPECT_FALSE(r.Same(5, 6));
  EXPECT_FALSE(r.Same(0, 2));
}

TEST(EntityLinkerTest, HyphenatedSurnames) {
  const Linked r =
      Link("Hossein Amir-Abdollahian sagte. Amir-Abdollahian und Abdollahian.",
           {{"Hossein Amir-Abdollahian", PER},
            {"Amir-Abdollahian", PER},
            {"Abdollahian", PER}});
  EXPECT_TRUE(r.Same(0, 1));
  EXPECT_TRUE(r.Same(0, 2));
  EXPECT_EQ(r.NameOf(2), "Hossein Amir-Abdollahian");
}

TEST(EntityLinkerTest, DoesNotOverMerge) {
  const Linked r = Link(
      "Iran und Irak. Olaf Scholz und Martin Schulz. Joe Biden und Hunter "
      "Biden. Biden sprach. Scholz sprach.",
      {{"Iran", LOC},
       {"Irak", LOC},
       {"Olaf Scholz", PER},
       {"Martin Schulz", PER},
       {"Joe Biden", PER},
       {"Hunter Biden", PER},
       {"Biden", PER},
       {"Scholz", PER}});
  EXPECT_FALSE(r.Same(0, 1));
  EXPECT_FALSE(r.Same(2, 3));
  EXPECT_FALSE(r.Same(4, 5));
  // A surname alone goes to the full name mentioned last before it.
  EXPECT_TRUE(r.Same(5, 6));
  EXPECT_TRUE(r.Same(2, 7));
}

TEST(EntityLinkerTest, WeakSimilaritiesStayApart) {
  const Linked r = Link(
      "Friedrich Peters traf Peter. Saône, Sonne. NSZ und NZZ. Bayern, Bern. "
      "Ilse Falk und Falco. Susanne R. und Rée.",
      {{"Friedrich Peters", PER},
       {"Peter", PER},
       {"Saône", LOC},
       {"Sonne", LOC},
       {"NSZ", ORG},
       {"NZZ", ORG},
       {"Bayern", LOC},
       {"Bern", LOC},
       {"Ilse Falk", PER},
       {"Falco", PER},
       {"Susanne R.", PER},
       {"Rée", PER}});
  for (size_t m = 0; m < 12; m += 2) EXPECT_FALSE(r.Same(m, m + 1)) << m;
}

TEST(EntityLinkerTest, AcronymsAndCaseVariants) {
  const Linked r =
      Link("UEFA, Uefa, BOCHUM, Bochum, NATO, Nato.", {{"UEFA", ORG},
                                                       {"Uefa", ORG},
                                                       {"BOCHUM", LOC},
                                                       {"Bochum", LOC},
                                                       {"NATO", ORG},
                                                       {"Nato", ORG}});
  EXPECT_TRUE(r.Same(0, 1));
  EXPECT_TRUE(r.Same(2, 3));
  EXPECT_TRUE(r.Same(4, 5));
  EXPECT_FALSE(r.Same(0, 4));
}

TEST(EntityLinkerTest, TypesStayApart) {
  const Linked r = Link("Washington in Washington. Mittwoch, Mittwoch.",
                        {{"Washington", PER},
                         {"Washington", LOC},
                         {"Mittwoch", DATE},
                         {"Mittwoch", DATE}});
  EXPECT_FALSE(r.Same(0, 1));
  EXPECT_TRUE(r.Same(2, 3));
  EXPECT_EQ(r.clusters[r.entities[1].cluster].type, LOC);
}

TEST(EntityLinkerTest, SurnameBeforeFullNameJoinsTheFirstLater) {
  const Linked r =
      Link("Schoigu kam. Dann Sergej Schoigu und Sergei Shoigu.",
           {{"Schoigu", PER}, {"Sergej Schoigu", PER}, {"Sergei Shoigu", PER}});
  EXPECT_TRUE(r.Same(0, 1));
  EXPECT_TRUE(r.Same(1, 2));
  EXPECT_EQ(r.clusters.size(), 1u);
}

TEST(EntityLinkerTest, BadInputIsSafeAndLinear) {
  std::vector<EntityCluster> clusters;
  std::vector<Entity> none;
  LinkEntities(u"", "de", &none, &clusters);
  EXPECT_TRUE(clusters.empty());

  // Spans outside the text, junk types, punctuation-only mentions.
  std::vector<Entity> junk = {{-5, 3, PER},
                              {0, 100, LOC},
                              {2, 1, ORG},
                              {0, 1, static_cast<EntityType>(42)},
                              {1, 2, PER}};
  LinkEntities(u"-- ", "de", &junk, &clusters);
  for (const Entity& e : junk) {
    EXPECT_GE(e.cluster, 0);
    EXPECT_LT(e.cluster, static_cast<int32_t>(clusters.size()));
  }

  // 50 000 mentions of one surname, half of them full names with distinct
  // given names, cost per mention no more than 50 000 distinct full names:
  // no comparison of all pairs.
  auto seconds_for = [&](bool one_surname) {
    std::u16string text;
    std::vector<Entity> many;
    for (int i = 0; i < 50000; ++i) {
      std::u16string name;
      for (int k = i; k > 0; k /= 26) name.push_back(u'a' + k % 26);
      const std::u16string surname =
          one_surname ? std::u16string(u"Schoigu") : u"Sur" + name;
      const std::u16string mention =
          i % 2 == 0 && one_surname ? surname : u"Vor" + name + u" " + surname;
      const int32_t start = static_cast<int32_t>(text.size());
      text += mention + u" ";
      many.push_back(
          {start, start + static_cast<int32_t>(mention.size()), PER});
    }
    const auto start = std::chrono::steady_clock::now();
    LinkEntities(text, "de", &many, &clusters);
    const std::chrono::duration<double> elapsed =
        std::chrono::steady_clock::now() - start;
    for (const Entity& e : many) EXPECT_GE(e.cluster, 0);
    return elapsed.count();
  };
  const double distinct = seconds_for(false);
  EXPECT_GT(clusters.size(), 10000u);  // spelling variants join some
  const double same = seconds_for(true);
  EXPECT_LT(same, 3.0 * distinct + 0.05);

  // One mention a megabyte long.
  std::u16string huge(1 << 20, u'x');
  std::vector<Entity> one = {{0, 1 << 20, LOC}};
  LinkEntities(huge, "en", &one, &clusters);
  ASSERT_EQ(clusters.size(), 1u);
}

TEST(EntityLinkerTest, LinksJoinClustersOfOneTypeOnly) {
  // "EZB" -> "Europäische Zentralbank" as abbreviations.h links them; the
  // second "EZB" joins through its own key. A link across types is ignored.
  const Linked l =
      Link("Die Europäische Zentralbank (EZB) und die EZB. Apple und Berlin.",
           {{"Europäische Zentralbank", ORG},
            {"EZB", ORG},
            {"EZB", ORG},
            {"Apple", ORG},
            {"Berlin", LOC}},
           "de", {{1, 0}, {4, 3}, {7, 0}});
  EXPECT_TRUE(l.Same(0, 1));
  EXPECT_TRUE(l.Same(0, 2));
  EXPECT_EQ(l.NameOf(2), "Europäische Zentralbank");
  EXPECT_FALSE(l.Same(3, 4));
  EXPECT_EQ(l.clusters.size(), 3u);
}

}  // namespace
}  // namespace lesbar
