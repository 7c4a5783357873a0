#include "normalize/offset_map.h"

#include <gtest/gtest.h>

namespace lesbar {
namespace {

TEST(OffsetMapTest, EmptyMapIsIdentity) {
  OffsetMap map;
  EXPECT_TRUE(map.identity());
  EXPECT_EQ(map.StartToOriginal(42), 42);
  EXPECT_EQ(map.EndToOriginal(42), 42);
}

TEST(OffsetMapTest, DeletedSoftHyphen) {
  // "abc\u00AD def" -> "abc def": the soft hyphen at 3 was removed.
  OffsetMap map;
  map.AddEdit(3, 3, 3, 4);
  EXPECT_EQ(map.EndToOriginal(3), 3);    // "abc" ends before the hyphen
  EXPECT_EQ(map.StartToOriginal(4), 5);  // "def"
  EXPECT_EQ(map.EndToOriginal(7), 8);
  EXPECT_EQ(map.StartToOriginal(3), 4);  // a span starting right after it
}

TEST(OffsetMapTest, ComposedCharacterWidensToTheWholeEdit) {
  // Original "Mu\u0308ller": [1,3) became normalised [1,2) "ü".
  OffsetMap map;
  map.AddEdit(1, 2, 1, 3);
  EXPECT_EQ(map.StartToOriginal(0), 0);
  EXPECT_EQ(map.StartToOriginal(1), 1);
  EXPECT_EQ(map.EndToOriginal(2), 3);
  EXPECT_EQ(map.EndToOriginal(6), 7);  // end of "Müller"
}

TEST(OffsetMapTest, ExpansionNeverYieldsAnEmptySpan) {
  // One original unit [5,6) became two normalised units [5,7) (U+095F ->
  // U+092F U+093C). A token ending inside, and one starting inside, both
  // widen to the whole character.
  OffsetMap map;
  map.AddEdit(5, 7, 5, 6);
  EXPECT_EQ(map.EndToOriginal(6), 6);
  EXPECT_EQ(map.StartToOriginal(6), 5);
  EXPECT_LT(map.StartToOriginal(6), map.EndToOriginal(7));
  EXPECT_EQ(map.StartToOriginal(7), 6);
}

TEST(OffsetMapTest, CursorAgreesWithRandomAccess) {
  OffsetMap map;
  map.AddEdit(3, 3, 3, 4);
  map.AddEdit(10, 11, 11, 13);
  map.AddEdit(11, 13, 13, 14);
  map.AddEdit(20, 20, 21, 22);
  OffsetMap::Cursor starts(map);
  OffsetMap::Cursor ends(map);
  for (int32_t i = 0; i < 25; ++i) {
    EXPECT_EQ(starts.StartToOriginal(i), map.StartToOriginal(i)) << i;
    EXPECT_EQ(ends.EndToOriginal(i), map.EndToOriginal(i)) << i;
  }
  EXPECT_EQ(starts.StartToOriginal(2), map.StartToOriginal(2));  // backwards
  EXPECT_EQ(ends.EndToOriginal(2), map.EndToOriginal(2));
}

}  // namespace
}  // namespace lesbar
