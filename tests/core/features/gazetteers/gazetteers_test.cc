// The Wikipedia name lists (scripts/ner/build_wiki_gazetteers.py) are
// embedded, lower-cased and sorted by type.
#include "features/gazetteers/gazetteers.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(GazetteersTest, WikipediaListsHoldNamesByType) {
  EXPECT_TRUE(WikiPlaces().Contains("berlin"));
  EXPECT_FALSE(WikiPersons().Contains("berlin"));
  EXPECT_TRUE(WikiGivenNames().Contains("sergei"));
  EXPECT_FALSE(WikiGivenNames().Contains("Sergei"));  // lower-cased
  EXPECT_FALSE(WikiFamilyNames().Contains("the"));
  EXPECT_FALSE(WikiOrganisations().Contains(""));
}

TEST(GazetteersTest, ListsAreLargeEnoughToBeTheGeneratedOnes) {
  // Each list is generated from thousands of annotated lines; a stub or a
  // truncated file would be far smaller.
  EXPECT_GT(WikiPersons().size(), 5000u);
  EXPECT_GT(WikiPlaces().size(), 3000u);
  EXPECT_GT(WikiOrganisations().size(), 3000u);
  EXPECT_GT(WikiGivenNames().size(), 500u);
  EXPECT_GT(WikiFamilyNames().size(), 500u);
}

}  // namespace
}  // namespace lesbar
