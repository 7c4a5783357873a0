#include "analyses/entities/name_tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

using testing::U16;
using testing::U8;

struct Tagged {
  std::u16string text;
  std::vector<Entity> names;
  // "TYPE text" of every name found.
  std::multiset<std::string> Found() const {
    std::multiset<std::string> out;
    for (const Entity& e : names) {
      out.insert(
          std::string(EntityTypeName(e.type)) + " " +
          U8(std::u16string_view(text).substr(e.start, e.end - e.start)));
    }
    return out;
  }
};

Tagged Tag(const std::string& utf8, const std::string& language) {
  Status status;
  auto analyzer = Analyzer::Create(&status);
  EXPECT_TRUE(status.ok()) << status.message;
  Tagged tagged;
  tagged.text = U16(utf8);
  AnalyzeOptions options;
  options.language = language;
  Analysis analysis;
  EXPECT_TRUE(analyzer->Analyze(tagged.text, options, &analysis).ok());
  tagged.names =
      TagNames(tagged.text, analysis.tokens, analysis.sentences, language);
  return tagged;
}

std::string Describe(const std::multiset<std::string>& found) {
  std::string out;
  for (const std::string& f : found) out += "  " + f + "\n";
  return out;
}

TEST(NameTaggerTest, ModelLoads) { EXPECT_TRUE(NameModelLoaded()); }

TEST(NameTaggerTest, EnglishNews) {
  const Tagged tagged = Tag(
      "Russian Defence Minister Sergei Shoigu met Iranian President Ebrahim "
      "Raisi in Tehran on Tuesday.",
      "en");
  const std::multiset<std::string> found = tagged.Found();
  EXPECT_EQ(found.count("LOC Tehran"), 1u) << Describe(found);
  EXPECT_EQ(found.count("PER Sergei Shoigu"), 1u) << Describe(found);
  // Known weakness: English has no gold news training text, and WikiANN's
  // silver spans teach it to take a title in front of an unknown name into
  // an organisation ("Iranian President Ebrahim Raisi"; "Ebrahim" is in no
  // name list). The name is found, its type is not asserted.
  bool raisi = false;
  for (const std::string& f : found) {
    raisi =
        raisi || (f.size() >= 13 && f.substr(f.size() - 13) == "Ebrahim Raisi");
  }
  EXPECT_TRUE(raisi) << Describe(found);
}

TEST(NameTaggerTest, EmptyAndWordlessInput) {
  EXPECT_TRUE(TagNames(u"", {}, {}, "de").empty());
  EXPECT_TRUE(Tag("... !!! 123", "de").names.empty());
}

TEST(NameTaggerTest, SampleArticle) {
  const std::string article = testing::ReadFile(LESBAR_SAMPLE_ARTICLE);
  ASSERT_FALSE(article.empty());
  const Tagged tagged = Tag(article, "de");
  const std::multiset<std::string> found = tagged.Found();
  // The full list is asserted through the analyzer in entities_test.cc;
  // here the tagger alone: names with scores, persons and places found.
  EXPECT_GE(found.count("PER Wladimir Putin"), 1u) << Describe(found);
  EXPECT_GE(found.count("LOC Teheran"), 3u) << Describe(found);
  for (const Entity& e : tagged.names) {
    EXPECT_GE(e.score, 0.0f);
    EXPECT_LE(e.score, 1.0f);
  }
}

}  // namespace
}  // namespace lesbar
