#include "normalize/offset_map.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(OffsetMapTest, EmptyMapIsIdentity) {
  OffsetMap map;
  EXPECT_TRUE(map.identity());
  EXPECT_EQ(map.ToOriginal(0), 0);
  EXPECT_EQ(map.ToOriginal(42), 42);
}

TEST(OffsetMapTest, DeletionShiftsLaterPositions) {
  // "ab\u00ADcd" -> "abcd": the soft hyphen at 2 was removed.
  OffsetMap map;
  map.AddAnchor(2, 3);
  EXPECT_EQ(map.ToOriginal(1), 1);
  EXPECT_EQ(map.ToOriginal(2), 3);
  EXPECT_EQ(map.ToOriginal(4), 5);
}

TEST(OffsetMapTest, ShrunkenChunkClampsInteriorPositions) {
  // Original [1,3) "u\u0308" became normalised [1,2) "ü".
  OffsetMap map;
  map.AddAnchor(1, 1);
  map.AddAnchor(2, 3);
  EXPECT_EQ(map.ToOriginal(1), 1);
  EXPECT_EQ(map.ToOriginal(2), 3);
  EXPECT_EQ(map.ToOriginal(5), 6);
}

TEST(OffsetMapTest, CursorAgreesWithRandomAccess) {
  OffsetMap map;
  map.AddAnchor(3, 4);
  map.AddAnchor(10, 12);
  map.AddAnchor(11, 14);
  OffsetMap::Cursor cursor(map);
  for (int32_t i = 0; i < 20; ++i) {
    EXPECT_EQ(cursor.ToOriginal(i), map.ToOriginal(i)) << i;
  }
  EXPECT_EQ(cursor.ToOriginal(2), map.ToOriginal(2));  // going backwards
}

}  // namespace
}  // namespace lesbar
