// The shipped word clusters (train/clusters/) and their lookup.
#include "features/word_clusters/word_clusters.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "features/word_list.h"

namespace lesbar {
namespace {

int CommonPrefixLength(uint32_t a, uint32_t b) {
  const int length = std::min(WordClusterLength(a), WordClusterLength(b));
  int common = 0;
  while (common < length &&
         WordClusterPrefix(a, common + 1) == WordClusterPrefix(b, common + 1)) {
    ++common;
  }
  return common;
}

// The share of the words' pairs whose paths agree on at least `bits` bits.
double ShareOfPairsSharing(const std::vector<std::string>& words,
                           std::string_view language, int bits) {
  int pairs = 0, sharing = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t j = i + 1; j < words.size(); ++j) {
      const uint32_t a = WordClusterOf(words[i], language);
      const uint32_t b = WordClusterOf(words[j], language);
      EXPECT_NE(a, 0u) << words[i];
      EXPECT_NE(b, 0u) << words[j];
      ++pairs;
      sharing += CommonPrefixLength(a, b) >= bits;
    }
  }
  return pairs == 0 ? 0.0 : static_cast<double>(sharing) / pairs;
}

TEST(WordClustersTest, FrequentWordsHaveClusters) {
  for (const char* word : {"der", "und", "gericht", "berlin", "januar"}) {
    EXPECT_GT(WordClusterLength(WordClusterOf(word, "de")), 0) << word;
  }
  for (const char* word : {"the", "and", "said", "london", "january"}) {
    EXPECT_GT(WordClusterLength(WordClusterOf(word, "en")), 0) << word;
  }
  // The files hold lower-cased words.
  EXPECT_EQ(WordClusterOf("Berlin", "de"), 0u);
}

TEST(WordClustersTest, TablesAreTheGeneratedOnes) {
  // build_word_clusters.py ships thousands of words per language; a stub or
  // truncated file would be far smaller.
  EXPECT_GT(WordClustersFor("de").size(), 10000u);
  EXPECT_GT(WordClustersFor("en").size(), 5000u);
  EXPECT_EQ(WordClustersFor("fr").size(), 0u);
}

TEST(WordClustersTest, RelatedWordsShareLongPrefixes) {
  const std::vector<std::string> german_months = {
      "januar", "februar", "märz",      "april",   "mai",      "juni",
      "juli",   "august",  "september", "oktober", "november", "dezember"};
  const std::vector<std::string> german_cities = {
      "berlin",    "münchen", "hamburg", "köln",   "frankfurt",
      "stuttgart", "leipzig", "dresden", "bremen", "hannover"};
  const std::vector<std::string> german_unrelated = {
      "und",    "gericht", "schnell", "haus", "zwei",  "berlin",
      "januar", "klage",   "wird",    "der",  "nicht", "über"};
  const double unrelated = ShareOfPairsSharing(german_unrelated, "de", 4);
  EXPECT_LT(unrelated, 0.3);
  EXPECT_GT(ShareOfPairsSharing(german_months, "de", 4), 0.8);
  EXPECT_GT(ShareOfPairsSharing(german_cities, "de", 4), 0.8);

  // "may" is mostly the verb, so it is left out.
  const std::vector<std::string> english_months = {
      "january", "february",  "march",   "april",    "june",    "july",
      "august",  "september", "october", "november", "december"};
  const std::vector<std::string> english_first_names = {
      "john",    "james", "david", "michael", "robert",
      "william", "mary",  "peter", "paul",    "george"};
  const std::vector<std::string> english_unrelated = {
      "the", "house", "quickly", "london", "january", "said",
      "two", "of",    "very",    "john",   "game"};
  EXPECT_LT(ShareOfPairsSharing(english_unrelated, "en", 4), 0.3);
  EXPECT_GT(ShareOfPairsSharing(english_months, "en", 8), 0.8);
  EXPECT_GT(ShareOfPairsSharing(english_first_names, "en", 8), 0.8);
}

TEST(WordClustersTest, UnknownWordsAndLanguagesGetNoCluster) {
  EXPECT_EQ(WordClusterOf("xqzwvlkjh", "de"), 0u);
  EXPECT_EQ(WordClusterOf("xqzwvlkjh", "en"), 0u);
  EXPECT_EQ(WordClusterOf("der", "fr"), 0u);
  EXPECT_EQ(WordClusterOf("der", ""), 0u);
  EXPECT_EQ(WordClusterOf("<unknown>", "de"), 0u);  // the tool's own token
}

TEST(WordClustersTest, BadInputIsSafe) {
  EXPECT_EQ(WordClusterOf("", "de"), 0u);
  EXPECT_EQ(WordClusterOf(std::string_view("\xff\xfe\x80", 3), "de"), 0u);
  EXPECT_EQ(WordClusterOf(std::string_view("de\0r", 4), "de"), 0u);
  EXPECT_EQ(WordClusterOf(std::string(100000, 'a'), "en"), 0u);
  EXPECT_EQ(WordClusterOf("der\tund", "de"), 0u);
}

TEST(WordClustersTest, TheHashedLookupAgreesWithThePlainOne) {
  for (const char* word : {"der", "gericht", "xqzwvlkjh", ""}) {
    EXPECT_EQ(WordClusterOf(word, WordList::Hash(word), "de"),
              WordClusterOf(word, "de"));
  }
}

TEST(WordClustersTest, PrefixesArePackedPaths) {
  const uint32_t path_0110 = 0b10110;
  EXPECT_EQ(WordClusterLength(path_0110), 4);
  EXPECT_EQ(WordClusterPrefix(path_0110, 1), 0b10u);
  EXPECT_EQ(WordClusterPrefix(path_0110, 2), 0b101u);
  EXPECT_EQ(WordClusterPrefix(path_0110, 4), path_0110);
  // A path shorter than the prefix is its own prefix.
  EXPECT_EQ(WordClusterPrefix(path_0110, 12), path_0110);
  EXPECT_EQ(WordClusterPrefix(path_0110, 0), 1u);
  EXPECT_EQ(WordClusterPrefix(0, 4), 0u);
  EXPECT_EQ(WordClusterLength(0), 0);
  // Prefix "0" and prefix "00" differ.
  EXPECT_NE(WordClusterPrefix(0b100, 1), WordClusterPrefix(0b100, 2));
}

TEST(WordClustersTest, TableSkipsMalformedLines) {
  const std::string bytes =
      "alpha\t0110\n"
      "beta\t1\r\n"    // CRLF
      "alpha\t1111\n"  // repeated: the first line counts
      "gamma\n"        // no path
      "\t0101\n"       // no word
      "delta\t01x1\n"  // not a bit string
      "epsilon\t\n"    // empty path
      "zeta\t" +
      std::string(40, '1') +
      "\n"        // longer than a packed path
      "eta\t10";  // no final newline
  WordClusterTable table(bytes);
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.Find("alpha"), 0b10110u);
  EXPECT_EQ(table.Find("beta"), 0b11u);
  EXPECT_EQ(table.Find("eta"), 0b110u);
  for (const char* word : {"gamma", "delta", "epsilon", "zeta", ""}) {
    EXPECT_EQ(table.Find(word), 0u) << word;
  }
  EXPECT_EQ(WordClusterTable("").size(), 0u);
  EXPECT_EQ(WordClusterTable("").Find("alpha"), 0u);
}

}  // namespace
}  // namespace lesbar
