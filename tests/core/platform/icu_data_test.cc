#include "platform/icu_data.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>

#include <memory>

namespace lesbar {
namespace {

TEST(IcuDataTest, BreakRulesAndLocaleDataAreAvailable) {
  ASSERT_TRUE(EnsureIcuData().ok());
  ASSERT_TRUE(EnsureIcuData().ok());  // idempotent
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("de"), error));
  EXPECT_TRUE(U_SUCCESS(error)) << u_errorName(error);
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en"), error));
  EXPECT_TRUE(U_SUCCESS(error)) << u_errorName(error);
}

}  // namespace
}  // namespace lesbar
