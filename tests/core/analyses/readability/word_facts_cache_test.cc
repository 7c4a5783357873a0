#include "analyses/readability/word_facts_cache.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lesbar {
namespace {

TEST(WordFactsCacheTest, SameFormSameFactsAndLowercaseUniqueness) {
  WordFactsCache cache("de");
  cache.BeginText();
  EXPECT_TRUE(cache.Lookup(u"Die").capitalised);
  EXPECT_FALSE(cache.Lookup(u"die").capitalised);
  EXPECT_EQ(cache.Lookup(u"DIE").syllables, 1);
  EXPECT_EQ(cache.Lookup(u"Abend").syllables, 2);
  EXPECT_EQ(&cache.Lookup(u"Abend"), &cache.Lookup(std::u16string(u"Abend")));
  EXPECT_EQ(cache.Lookup(u"Museum").syllables, 3);
  EXPECT_EQ(cache.Lookup(u"Museum").letters, 6);
  EXPECT_EQ(cache.unique_lowercase_forms(), 3);  // die, abend, museum
}

TEST(WordFactsCacheTest, UniqueFormsCountPerTextWhileFactsAreKept) {
  WordFactsCache cache("en");
  cache.BeginText();
  cache.Lookup(u"The");
  cache.Lookup(u"cat");
  EXPECT_EQ(cache.unique_lowercase_forms(), 2);
  cache.BeginText();
  EXPECT_EQ(cache.unique_lowercase_forms(), 0);
  cache.Lookup(u"the");  // a new exact form of a known lower-case form
  cache.Lookup(u"cat");
  cache.Lookup(u"cat");
  EXPECT_EQ(cache.unique_lowercase_forms(), 2);
  EXPECT_EQ(cache.forms_kept(), 3u);
}

TEST(WordFactsCacheTest, GrowsAgreesWithDirectCountingAndStaysBounded) {
  auto counter = SyllableCounter::Create("en");
  WordFactsCache cache("en");
  std::u16string word = u"waaa";
  cache.BeginText();
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 5000; ++i) {
      word[1] = u'a' + i % 26;
      word[2] = u'a' + (i / 26) % 26;
      word[3] = u'a' + (i / 676) % 26;
      EXPECT_EQ(cache.Lookup(word).syllables, counter->Count(word));
    }
  }
  EXPECT_EQ(cache.unique_lowercase_forms(), 5000);
  // One text may hold any number of forms; the next text starts afresh
  // once the cache is over its bound.
  std::u16string many = u"xxxxxxx";
  for (size_t i = 0; i <= WordFactsCache::kMaxFormsKept; ++i) {
    for (int digit = 0; digit < 7; ++digit) {
      many[digit] = u'a' + (i >> (3 * digit)) % 8 + 8 * (digit % 2);
    }
    cache.Lookup(many);
  }
  EXPECT_GT(cache.forms_kept(), WordFactsCache::kMaxFormsKept);
  cache.BeginText();
  EXPECT_EQ(cache.forms_kept(), 0u);
}

}  // namespace
}  // namespace lesbar
