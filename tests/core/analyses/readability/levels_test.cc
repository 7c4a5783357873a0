#include "analyses/readability/levels.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lesbar {
namespace {

TEST(LevelsTest, FleschBandsInTheTextsLanguage) {
  EXPECT_EQ(LevelFor(25, "de").label, "sehr schwer");
  EXPECT_EQ(LevelFor(30, "de").label, "schwer");
  EXPECT_EQ(LevelFor(55, "de").label, "mittelschwer");
  EXPECT_EQ(LevelFor(95, "de").label, "sehr leicht");
  EXPECT_EQ(LevelFor(-40, "en").label, "very difficult");
  EXPECT_EQ(LevelFor(55, "en").label, "fairly difficult");
  EXPECT_EQ(LevelFor(65, "en-US").label, "standard");
  EXPECT_EQ(LevelFor(85, "fr").label, "facile");
  EXPECT_EQ(LevelFor(65, "de").scale, "flesch_reading_ease");
}

TEST(LevelsTest, LixBandsWithoutFlesch) {
  EXPECT_EQ(LevelFor(25, "sv").label, "very easy");
  EXPECT_EQ(LevelFor(45, "sv").label, "medium");
  EXPECT_EQ(LevelFor(75, "sv").label, "very difficult");
  EXPECT_EQ(LevelFor(75, "sv").scale, "lix");
}

TEST(LevelsTest, NoScoreNoLabel) {
  EXPECT_EQ(LevelFor(std::nan(""), "de").label, "");
}

}  // namespace
}  // namespace lesbar
