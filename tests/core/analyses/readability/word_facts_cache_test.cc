#include "analyses/readability/word_facts_cache.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lesbar {
namespace {

TEST(WordFactsCacheTest, SameFormSameFactsAndLowercaseUniqueness) {
  const std::u16string text = u"Die die DIE Abend Abend Museum";
  auto counter = SyllableCounter::Create("de");
  WordFactsCache cache(text, "de", *counter);
  EXPECT_EQ(cache.Lookup(0, 3).capitalised, true);
  EXPECT_EQ(cache.Lookup(4, 7).capitalised, false);
  EXPECT_EQ(cache.Lookup(8, 11).syllables, 1);
  EXPECT_EQ(cache.Lookup(12, 17).syllables, 2);
  EXPECT_EQ(&cache.Lookup(12, 17), &cache.Lookup(18, 23));
  EXPECT_EQ(cache.Lookup(24, 30).syllables, 3);
  EXPECT_EQ(cache.Lookup(24, 30).letters, 6);
  EXPECT_EQ(cache.unique_lowercase_forms(), 3);  // die, abend, museum
}

TEST(WordFactsCacheTest, GrowsPastItsFirstTableAndAgreesWithDirectCounting) {
  std::u16string text;
  for (int i = 0; i < 5000; ++i) {
    text += u"w" + std::u16string(1, u'a' + i % 26) +
            std::u16string(1, u'a' + (i / 26) % 26) +
            std::u16string(1, u'a' + (i / 676) % 26) + u" ";
  }
  auto counter = SyllableCounter::Create("en");
  WordFactsCache cache(text, "en", *counter);
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 5000; ++i) {
      const std::u16string_view word =
          std::u16string_view(text).substr(i * 5, 4);
      EXPECT_EQ(cache.Lookup(i * 5, i * 5 + 4).syllables, counter->Count(word));
    }
  }
  EXPECT_EQ(cache.unique_lowercase_forms(), 5000);
}

}  // namespace
}  // namespace lesbar
