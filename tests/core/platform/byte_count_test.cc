#include "platform/byte_count.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

namespace lesbar {
namespace {

TEST(ByteCountTest, AgreesWithStdCountOnEveryByteValueAndLength) {
  std::mt19937 random(20261207);
  for (int trial = 0; trial < 20000; ++trial) {
    // Few distinct values, so that runs of the wanted byte and its
    // neighbours (0x09, 0x0B, 0x8A, 0xA0, 0x00, 0xFF) are common.
    const unsigned char alphabet[] = {'\n', ' ',  0x09, 0x0B, 0x8A,
                                      0xA0, 0x00, 0xFF, 'a',  0x7F};
    std::string bytes(random() % 40, '\0');
    for (char& c : bytes) {
      c = static_cast<char>(alphabet[random() % sizeof alphabet]);
    }
    for (unsigned char value : alphabet) {
      const char wanted = static_cast<char>(value);
      ASSERT_EQ(
          CountByte(bytes, wanted),
          static_cast<size_t>(std::count(bytes.begin(), bytes.end(), wanted)))
          << "value " << int{value} << " in " << bytes.size() << " bytes";
    }
  }
}

TEST(ByteCountTest, EmptyAndUnalignedViews) {
  const std::string text = "a\nb\nc\n\n\nd";
  EXPECT_EQ(CountByte(std::string_view(), '\n'), 0u);
  for (size_t start = 0; start <= text.size(); ++start) {
    const std::string_view view = std::string_view(text).substr(start);
    EXPECT_EQ(CountByte(view, '\n'),
              static_cast<size_t>(std::count(view.begin(), view.end(), '\n')));
  }
}

}  // namespace
}  // namespace lesbar
