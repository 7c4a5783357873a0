// The Wikipedia name lists (scripts/ner/build_wiki_gazetteers.py) are
// embedded, lower-cased and sorted by type.
#include "features/gazetteers/gazetteers.h"

#include <gtest/gtest.h>

#include "features/gazetteers/name_lists.h"

namespace lesbar {
namespace {

TEST(GazetteersTest, WikipediaListsHoldNamesByType) {
  EXPECT_TRUE(InNameList(kWikiPlaceList, "berlin"));
  EXPECT_FALSE(InNameList(kWikiPersonList, "berlin"));
  EXPECT_TRUE(InNameList(kWikiGivenNameList, "sergei"));
  EXPECT_FALSE(InNameList(kWikiGivenNameList, "Sergei"));  // lower-cased
  EXPECT_FALSE(InNameList(kWikiFamilyNameList, "the"));
  EXPECT_FALSE(InNameList(kWikiOrganisationList, ""));
}

TEST(GazetteersTest, OneLookupTellsEveryListHoldingAWord) {
  const NameListMask lists = NameListsHolding("berlin");
  EXPECT_NE(lists & NameListBit(kPlaceList), 0);
  EXPECT_NE(lists & NameListBit(kWikiPlaceList), 0);
  EXPECT_EQ(lists & NameListBit(kFirstNameList), 0);
  // A phrase is held whole, never by its first word alone.
  EXPECT_TRUE(InNameList(kPlaceList, "vereinigte staaten"));
  EXPECT_FALSE(InNameList(kPlaceList, "vereinigte"));
  EXPECT_EQ(NameListsHolding("keinname"), 0);
  // A group of lists in the same one lookup.
  EXPECT_TRUE(InAnyNameList(kPlaceLists, "berlin"));
  EXPECT_FALSE(InAnyNameList(kGivenNameLists | kFamilyNameLists, "berlin"));
  EXPECT_TRUE(InAnyNameList(kGivenNameLists, "sergei"));
}

TEST(GazetteersTest, ListsAreLargeEnoughToBeTheGeneratedOnes) {
  // Each list is generated from thousands of annotated lines; a stub or a
  // truncated file would be far smaller.
  EXPECT_GT(NameLists().entry_count(kWikiPersonList), 5000u);
  EXPECT_GT(NameLists().entry_count(kWikiPlaceList), 3000u);
  EXPECT_GT(NameLists().entry_count(kWikiOrganisationList), 3000u);
  EXPECT_GT(NameLists().entry_count(kWikiGivenNameList), 500u);
  EXPECT_GT(NameLists().entry_count(kWikiFamilyNameList), 500u);
}

}  // namespace
}  // namespace lesbar
