// The combined table must mark exactly what each list's own MatchPhrases
// marks: on made-up lists that hit the corner cases, and with the real lists
// on the sample article and on sentences of the German and English NER dev
// corpora.
#include "features/gazetteers/name_lists.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "analyses/entities/name_features.h"
#include "features/asset_word_list.h"
#include "features/gazetteers/gazetteers.h"
#include "features/lexicon/noun_lexicon.h"
#include "lesbar/lesbar.h"
#include "test_util.h"

namespace lesbar {
namespace {

using testing::U16;

std::string Utf8(std::u32string_view code_points) {
  std::u16string utf16;
  for (char32_t c : code_points) {
    if (c < 0x10000) {
      utf16.push_back(static_cast<char16_t>(c));
    } else {
      utf16.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
      utf16.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
    }
  }
  return testing::U8(utf16);
}

// Compares the table's marks with MatchPhrases list by list; returns the
// number of words some list marked, so a test can tell it compared
// something.
size_t ExpectSameMarks(const std::vector<const WordList*>& lists,
                       const PhraseListTable& table,
                       const std::vector<std::string>& lowers) {
  std::vector<std::vector<char>> combined(lists.size());
  std::vector<std::vector<char>*> outputs;
  for (auto& marks : combined) outputs.push_back(&marks);
  table.Match(std::vector<std::string_view>(lowers.begin(), lowers.end()),
              outputs.data());
  size_t marked = 0;
  for (size_t k = 0; k < lists.size(); ++k) {
    std::vector<char> alone;
    MatchPhrases(*lists[k], lowers, &alone);
    EXPECT_EQ(combined[k], alone) << "list " << k << " on: " << [&] {
      std::string sentence;
      for (const std::string& w : lowers) sentence += "[" + w + "]";
      return sentence;
    }();
    for (char mark : alone) marked += mark != 0;
  }
  return marked;
}

TEST(NameListsTest, MatchesEachListAloneOnCornerCases) {
  // Overlapping phrases of different lengths across lists, a phrase longer
  // than four words, an entry with a double space and one starting with a
  // space, genitive 's', and a word that itself holds a space.
  constexpr unsigned char kFirst[] =
      "vereinigte staaten von amerika\nvereinigte staaten\nnaher osten\n"
      "a b c d e\na b\nrussland\nhans\nx  y\n z\n";
  constexpr unsigned char kSecond[] =
      "staaten von amerika\nvon\nvereinigte\nosten\na b c d\nb c\nhans peter"
      "\npeter\n50 000\nc\n";
  constexpr unsigned char kThird[] = "amerika\nnaher\nhans peter müller\n";
  const WordList first(kFirst, sizeof(kFirst) - 1);
  const WordList second(kSecond, sizeof(kSecond) - 1);
  const WordList third(kThird, sizeof(kThird) - 1);
  const std::vector<const WordList*> lists = {&first, &second, &third};
  const auto bytes = [](const unsigned char* list, size_t size) {
    return std::string_view(reinterpret_cast<const char*>(list), size - 1);
  };
  const PhraseListTable table({bytes(kFirst, sizeof(kFirst)),
                               bytes(kSecond, sizeof(kSecond)),
                               bytes(kThird, sizeof(kThird))});
  // Each list's entries once, however often a line repeats it.
  for (size_t k = 0; k < lists.size(); ++k) {
    EXPECT_EQ(table.entry_count(k), lists[k]->size()) << "list " << k;
  }
  const std::vector<std::string> vocabulary = {
      "vereinigte", "staaten", "von",   "amerika", "naher",    "osten",
      "a",          "b",       "c",     "d",       "e",        "russland",
      "russlands",  "hans",    "peter", "müller",  "amerikas", "x",
      "",           "y",       "z",     "50 000",  "50",       "000",
      "b c",        "a b",     "x  y",  "ostens",  "vons"};
  std::mt19937 random(7);
  size_t marked = 0;
  for (int sentence = 0; sentence < 20000; ++sentence) {
    std::vector<std::string> words(random() % 9);
    for (std::string& w : words) w = vocabulary[random() % vocabulary.size()];
    marked += ExpectSameMarks(lists, table, words);
    if (HasFailure()) return;
  }
  EXPECT_GT(marked, 20000u);
}

const std::vector<const WordList*>& RealLists() {
  // In NameListIndex order; owned here, so they are freed at exit.
  static const std::vector<std::unique_ptr<const WordList>> owned = [] {
    std::vector<std::unique_ptr<const WordList>> out;
    for (int k = 0; k < kNameListCount; ++k) {
      out.emplace_back(
          NewWordListFromAsset(NameListSection(static_cast<NameListIndex>(k))));
    }
    return out;
  }();
  static const std::vector<const WordList*> lists = [] {
    std::vector<const WordList*> out;
    for (const auto& list : owned) out.push_back(list.get());
    return out;
  }();
  return lists;
}

// The words' lower-cased UTF-8 forms as the feature extractor makes them.
std::vector<std::string> Lowers(const std::vector<std::u16string>& words,
                                std::string_view language) {
  std::vector<std::u16string_view> views(words.begin(), words.end());
  NameFeatureExtractor extractor;
  std::vector<NameFeature> features;
  std::vector<uint32_t> offsets;
  extractor.Extract(views, language, &features, &offsets);
  std::vector<std::string> lowers;
  for (const std::u32string& lower : extractor.lowers()) {
    lowers.push_back(Utf8(lower));
  }
  return lowers;
}

// Sentences of a CoNLL-style file: one token a line in column
// `token_column` (tab-separated), blank lines between sentences, '#' lines
// skipped; `strip` is removed from the front of each token.
std::vector<std::vector<std::u16string>> ReadConll(const std::string& path,
                                                   int token_column,
                                                   std::string_view strip) {
  std::ifstream in(path);
  std::vector<std::vector<std::u16string>> sentences(1);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] == '#') continue;
    if (line.empty()) {
      if (!sentences.back().empty()) sentences.emplace_back();
      continue;
    }
    std::istringstream fields(line);
    std::string token;
    for (int column = 0; column <= token_column; ++column) {
      std::getline(fields, token, '\t');
    }
    if (token.compare(0, strip.size(), strip) == 0) {
      token = token.substr(strip.size());
    }
    sentences.back().push_back(U16(token));
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

TEST(NameListsTest, MatchesEachListAloneOnTheSampleArticle) {
  const std::string utf8 = testing::ReadFile(
      testing::SharedDataDir() + "/samples/article-de-russland-iran.txt");
  ASSERT_FALSE(utf8.empty());
  const std::u16string text = U16(utf8);
  Status status;
  auto analyzer = Analyzer::Create(&status);
  ASSERT_TRUE(analyzer);
  AnalyzeOptions options;
  options.language = "de";
  options.entities = false;
  options.readability = false;
  Analysis analysis;
  ASSERT_TRUE(analyzer->Analyze(text, options, &analysis).ok());
  size_t marked = 0;
  size_t next = 0;
  for (const Span& sentence : analysis.sentences) {
    std::vector<std::u16string> words;
    for (; next < analysis.tokens.size() &&
           analysis.tokens[next].end <= sentence.end;
         ++next) {
      const Token& token = analysis.tokens[next];
      words.push_back(text.substr(token.start, token.end - token.start));
    }
    marked += ExpectSameMarks(RealLists(), NameLists(), Lowers(words, "de"));
  }
  EXPECT_GT(marked, 100u);
}

TEST(NameListsTest, MatchesEachListAloneOnNerDevSentences) {
  const std::string ner = testing::SharedDataDir() + "/ner/";
  const auto german = ReadConll(ner + "germeval2014-de-dev.tsv", 1, "");
  const auto english = ReadConll(ner + "wikiann-en/dev", 0, "en:");
  ASSERT_GT(german.size(), 1000u);
  ASSERT_GT(english.size(), 1000u);
  size_t marked = 0;
  for (const auto& words : german) {
    marked += ExpectSameMarks(RealLists(), NameLists(), Lowers(words, "de"));
    if (HasFailure()) return;
  }
  for (const auto& words : english) {
    marked += ExpectSameMarks(RealLists(), NameLists(), Lowers(words, "en"));
    if (HasFailure()) return;
  }
  EXPECT_GT(marked, 10000u);
}

}  // namespace
}  // namespace lesbar
