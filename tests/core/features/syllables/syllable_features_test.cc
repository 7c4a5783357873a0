// Parity of training and run time: the lines the syllable trainer learns
// from (lesbar_syllable_features, train/syllables/) give, summed over the
// shipped weights as the trainer scores them, the counter's own count; and
// the symbol table and Liang patterns in the tables are those the tool
// derives from their sources.
#include "features/syllables/syllable_features.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "features/syllables/syllable_counter.h"
#include "features/syllables/syllable_tables.h"
#include "syllable_dev_data.h"
#include "syllable_training_data.h"
#include "test_util.h"

namespace lesbar {
namespace {

namespace internal = syllables_internal;
namespace training = syllables_training;
using testing::U16;

// The count the trainer's scoring (group_label in train_syllables.py) gives
// one feature line: each group's label from the summed weight pairs of its
// buckets, plus the fixed part.
int CountOfLine(const std::string& line, const int8_t* weights) {
  std::istringstream fields(line);
  std::string fixed, has_letter, groups;
  std::getline(fields, fixed, '\t');
  std::getline(fields, has_letter, '\t');
  std::getline(fields, groups, '\t');
  int total = std::stoi(fixed);
  std::istringstream each_group(groups);
  std::string group;
  while (std::getline(each_group, group, ';')) {
    std::istringstream buckets(group.substr(group.find(':') + 1));
    std::string bucket;
    int silent = 0;
    int hiatus = 0;
    int count = 0;
    while (std::getline(buckets, bucket, ',')) {
      const int b = std::stoi(bucket);
      EXPECT_LT(b, 1 << internal::kHashBits);
      silent += weights[2 * b];
      hiatus += weights[2 * b + 1];
      ++count;
    }
    EXPECT_EQ(count, internal::kNumTemplates) << line;
    total += internal::LabelOfScores(silent, hiatus);
  }
  return (total == 0 && has_letter == "1") ? 1 : total;
}

// Words whose tool line disagrees with SyllableCounter::Count (at most a
// few are listed); *checked counts the words.
std::vector<std::string> Mismatches(const char* language,
                                    const std::vector<std::u16string>& words,
                                    int* checked) {
  const auto counter = SyllableCounter::Create(language);
  const int8_t* weights = std::string(language) == "de"
                              ? internal::kGermanWeights
                              : internal::kEnglishWeights;
  const internal::LiangPatterns* patterns =
      internal::CompiledPatterns(language);
  std::vector<std::string> wrong;
  for (const std::u16string& word : words) {
    const std::string line = training::FeatureLine(
        language, internal::ExtractWordFeatures(language, patterns, word));
    const int expected = counter->Count(word);
    const int got = CountOfLine(line, weights);
    ++*checked;
    if (got != expected && wrong.size() < 10) {
      wrong.push_back(testing::U8(word) + ": tool " + std::to_string(got) +
                      ", counter " + std::to_string(expected));
    }
  }
  return wrong;
}

// The first column of a committed word list, plus spellings that exercise
// the token policy: capitalised, all caps, hyphenated with the next word,
// with a number and with a possessive.
std::vector<std::u16string> CommittedWords(const std::string& relative) {
  std::ifstream in(std::string(LESBAR_SOURCE_DIR) + "/" + relative);
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    const std::string word = line.substr(0, line.find('\t'));
    if (!word.empty()) words.push_back(word);
  }
  std::vector<std::u16string> result;
  for (size_t k = 0; k < words.size(); ++k) {
    std::u16string word = U16(words[k]);
    result.push_back(word);
    if (k % 7 == 0) {
      std::u16string upper = word;
      for (char16_t& c : upper) {
        if (c >= u'a' && c <= u'z') c = static_cast<char16_t>(c - 32);
      }
      result.push_back(upper);
    }
    if (k % 5 == 0 && k + 1 < words.size()) {
      result.push_back(word + u"-" + U16(words[k + 1]));
    }
    if (k % 11 == 0) result.push_back(word + u"1990");
    if (k % 13 == 0) result.push_back(word + u"'s");
  }
  return result;
}

TEST(SyllableFeaturesTest, ToolLinesGiveTheCountersCountOnCommittedWords) {
  struct {
    const char* language;
    std::vector<std::string> lists;
  } sets[] = {
      {"de",
       {"core/features/word_clusters/data/word_clusters_de.txt",
        "core/features/lexicon/data/de_nouns.txt",
        "core/features/lexicon/data/de_proper_names.txt"}},
      {"en", {"core/features/word_clusters/data/word_clusters_en.txt"}},
  };
  for (const auto& set : sets) {
    std::vector<std::u16string> words;
    for (const std::string& list : set.lists) {
      const std::vector<std::u16string> more = CommittedWords(list);
      ASSERT_FALSE(more.empty()) << "cannot read " << list;
      words.insert(words.end(), more.begin(), more.end());
    }
    int checked = 0;
    const std::vector<std::string> wrong =
        Mismatches(set.language, words, &checked);
    EXPECT_TRUE(wrong.empty())
        << set.language << ": " << ::testing::PrintToString(wrong);
    EXPECT_GT(checked, 10000) << set.language;
  }
}

TEST(SyllableFeaturesTest, ToolLinesGiveTheCountersCountOnDevData) {
  const std::string dir = testing::SharedDataDir() + "/syllables/";
  const struct {
    const char* language;
    const char* file;
  } sets[] = {{"de", "de-marytts-dev.tsv"}, {"en", "en-cmudict-dev.tsv"}};
  for (const auto& set : sets) {
    const auto entries = testing::LoadSyllableDev(dir + set.file);
    if (entries.empty()) {
      GTEST_SKIP() << "no syllable dev data in " << dir
                   << " (the committed word lists are checked above)";
    }
    std::vector<std::u16string> words;
    for (const auto& entry : entries) words.push_back(entry.word);
    int checked = 0;
    const std::vector<std::string> wrong =
        Mismatches(set.language, words, &checked);
    EXPECT_TRUE(wrong.empty())
        << set.language << ": " << ::testing::PrintToString(wrong);
  }
}

TEST(SyllableFeaturesTest, SymbolTableIsTheOneTheToolDerives) {
  const std::vector<uint8_t> derived = training::LatinSymbolTable();
  ASSERT_EQ(derived.size(), static_cast<size_t>(internal::kLatinTableEnd -
                                                internal::kLatinTableFirst));
  for (size_t k = 0; k < derived.size(); ++k) {
    EXPECT_EQ(derived[k], internal::kLatinSymbols[k])
        << "U+" << std::hex << (internal::kLatinTableFirst + k);
  }
}

TEST(SyllableFeaturesTest, CompiledPatternsAreThoseOfTheDebianFiles) {
  const std::string dir = LESBAR_HYPHEN_DIR;
  const struct {
    const char* file;
    const char* compiled;
  } sets[] = {{"hyph_de_DE.dic", internal::kGermanPatterns},
              {"hyph_en_US.dic", internal::kEnglishPatterns}};
  for (const auto& set : sets) {
    const std::vector<std::string> coded =
        training::CodedHyphenPatterns(dir + "/" + set.file);
    if (coded.empty()) {
      GTEST_SKIP() << dir << "/" << set.file
                   << " missing (Debian hyphen-de, hyphen-en-us; "
                      "scripts/setup.sh installs them)";
    }
    // A mismatch means the tables were trained on other patterns:
    // `npm run train:syllables` rebuilds them.
    EXPECT_TRUE(training::JoinPatterns(coded) == set.compiled) << set.file;
  }
}

TEST(SyllableFeaturesTest, WordsWithoutVowelGroupsAreFixedCounts) {
  const auto number = internal::ExtractWordFeatures(
      "de", internal::CompiledPatterns("de"), u"1990");
  EXPECT_EQ(number.fixed, 6);  // neunzehnhundertneunzig
  EXPECT_TRUE(number.groups.empty());
  const auto acronym = internal::ExtractWordFeatures(
      "de", internal::CompiledPatterns("de"), u"BMW");
  EXPECT_EQ(acronym.fixed, 3);
  EXPECT_TRUE(acronym.groups.empty());
  const auto word = internal::ExtractWordFeatures(
      "en", internal::CompiledPatterns("en"), u"idea");
  EXPECT_EQ(word.fixed, 0);
  EXPECT_EQ(word.groups.size(), 2u);  // i, ea
  EXPECT_EQ(training::PriorHint("en", word.groups[1]), 1);
  const auto make = internal::ExtractWordFeatures(
      "en", internal::CompiledPatterns("en"), u"makes");
  ASSERT_EQ(make.groups.size(), 2u);
  EXPECT_EQ(training::PriorHint("en", make.groups[1]), 0);  // final e + s
}

}  // namespace
}  // namespace lesbar
