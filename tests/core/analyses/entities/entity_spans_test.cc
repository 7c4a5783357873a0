#include "analyses/entities/entity_spans.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lesbar {
namespace {

Entity Span(int32_t start, int32_t end) {
  Entity e;
  e.start = start;
  e.end = end;
  return e;
}

TEST(EntitySpansTest, SurfaceIsTheTextOfTheSpanOrEmptyOutsideIt) {
  const std::u16string text = u"Olaf Scholz sprach.";
  EXPECT_EQ(EntitySurface(text, Span(5, 11)), u"Scholz");
  EXPECT_EQ(EntitySurface(text, Span(5, 40)), u"");
  EXPECT_EQ(EntitySurface(text, Span(-1, 3)), u"");
  EXPECT_EQ(EntitySurface(text, Span(6, 5)), u"");
}

TEST(EntitySpansTest, AddedEntitiesTakeTheirPlaceInTextOrder) {
  std::vector<Entity> entities = {Span(0, 4), Span(10, 14), Span(30, 33)};
  AddEntitiesInOrder({Span(5, 8), Span(20, 25), Span(40, 41)}, &entities);
  std::vector<int32_t> starts;
  for (const Entity& e : entities) starts.push_back(e.start);
  EXPECT_EQ(starts, (std::vector<int32_t>{0, 5, 10, 20, 30, 40}));
  AddEntitiesInOrder({}, &entities);
  EXPECT_EQ(entities.size(), 6u);
}

}  // namespace
}  // namespace lesbar
