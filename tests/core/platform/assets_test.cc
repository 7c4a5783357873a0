#include "platform/assets.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

using ::lesbar::testing::ReadFile;

void PutU32(uint32_t value, std::string* out, size_t at) {
  for (int i = 0; i < 4; ++i)
    (*out)[at + i] = static_cast<char>(value >> (8 * i));
}

using Section = ::lesbar::testing::PackedSection;

std::string Pack(const std::vector<Section>& sections) {
  return ::lesbar::testing::PackAssetContainer(sections);
}

std::string ParseError(const std::string& container) {
  std::vector<AssetSectionView> sections;
  std::string error;
  EXPECT_FALSE(ParseAssetContainer(container, &sections, &error));
  EXPECT_FALSE(error.empty());
  return error;
}

TEST(AssetContainerTest, ReadsSectionsAlignedInPlace) {
  const std::string container = Pack({{"a", "alpha"}, {"dir/b.txt", "beta!"}});
  std::vector<AssetSectionView> sections;
  std::string error;
  ASSERT_TRUE(ParseAssetContainer(container, &sections, &error)) << error;
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].name, "a");
  EXPECT_EQ(sections[0].bytes, "alpha");
  EXPECT_EQ(sections[1].name, "dir/b.txt");
  EXPECT_EQ(sections[1].bytes, "beta!");
  for (const AssetSectionView& section : sections) {
    EXPECT_EQ((section.bytes.data() - container.data()) % 16, 0);
  }
}

TEST(AssetContainerTest, EmptyContainerIsValid) {
  std::vector<AssetSectionView> sections;
  std::string error;
  EXPECT_TRUE(ParseAssetContainer(Pack({}), &sections, &error)) << error;
  EXPECT_TRUE(sections.empty());
}

TEST(AssetContainerTest, EveryTruncationIsRefusedWithoutReadingPastTheEnd) {
  const std::string container =
      Pack({{"model", std::string(300, 'x')}, {"list", "a\nb\n"}});
  for (size_t length = 0; length < container.size(); ++length) {
    // A copy of exactly `length` bytes, so ASan sees any read beyond it.
    const std::string cut = container.substr(0, length);
    std::vector<AssetSectionView> sections;
    std::string error;
    EXPECT_FALSE(ParseAssetContainer(cut, &sections, &error)) << length;
    EXPECT_NE(error.find("truncated"), std::string::npos)
        << length << ": " << error;
  }
}

TEST(AssetContainerTest, RefusesCorruptHeaders) {
  const std::string good = Pack({{"one", "1111"}, {"two", "2222"}});
  std::string bad = good;
  bad[0] = 'X';
  EXPECT_NE(ParseError(bad).find("magic"), std::string::npos);
  bad = good;
  PutU32(1, &bad, 8);
  EXPECT_NE(ParseError(bad).find("version 1"), std::string::npos);
  EXPECT_NE(ParseError(good + "trailing").find("corrupt"), std::string::npos);
  bad = good;
  PutU32(0xFFFFFFFF, &bad, 12);  // section count
  EXPECT_NE(ParseError(bad).find("do not fit"), std::string::npos);
  bad = good;
  PutU32(1000, &bad, 12);
  EXPECT_NE(ParseError(bad).find("do not fit"), std::string::npos);
}

TEST(AssetContainerTest, RefusesCorruptTables) {
  const std::string good =
      Pack({{"one", std::string(64, '1')}, {"two", "2222"}});
  const size_t first = 24, second = 24 + 48;
  std::string bad = good;
  bad.replace(first, 32, std::string(32, 'n'));  // no terminating NUL
  EXPECT_NE(ParseError(bad).find("bad name"), std::string::npos);
  bad = good;
  bad[first] = '\0';  // empty name
  EXPECT_NE(ParseError(bad).find("bad name"), std::string::npos);
  bad = good;
  bad[first] = ' ';
  EXPECT_NE(ParseError(bad).find("bad name"), std::string::npos);
  bad = good;
  PutU32(0xFFFFFFF0, &bad, first + 40);  // offset far past the end
  EXPECT_NE(ParseError(bad).find("outside"), std::string::npos);
  bad = good;
  PutU32(0xFFFFFFFF, &bad, first + 44);  // offset + size wraps in 32 bits
  EXPECT_NE(ParseError(bad).find("outside"), std::string::npos);
  bad = good;
  PutU32(129, &bad, first + 40);  // misaligned
  EXPECT_NE(ParseError(bad).find("aligned"), std::string::npos);
  bad = good;
  PutU32(0, &bad, first + 40);  // inside the header
  EXPECT_NE(ParseError(bad).find("outside"), std::string::npos);
  bad = good;
  PutU32(66, &bad, first + 44);  // runs into the second section
  EXPECT_NE(ParseError(bad).find("overlap"), std::string::npos);
  bad = good;
  bad.replace(second, 3, "one");
  EXPECT_NE(ParseError(bad).find("twice"), std::string::npos);
  bad = good;
  PutU32(3, &bad, first + 32);
  EXPECT_NE(ParseError(bad).find("unknown coding"), std::string::npos);
}

TEST(AssetContainerTest, RandomByteFlipsNeverCrash) {
  const std::string good =
      Pack({{"a", std::string(64, 'a')}, {"b", std::string(17, 'b')}});
  uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string bad = good;
    for (int flips = 0; flips < 3; ++flips) {
      state = state * 1664525u + 1013904223u;
      // Header and table only: flips in the data are not the parser's business.
      bad[(state >> 8) % (24 + 48 * 2)] ^= static_cast<char>(1u << (state % 8));
    }
    std::vector<AssetSectionView> sections;
    std::string error;
    if (ParseAssetContainer(bad, &sections, &error)) {
      for (const AssetSectionView& s : sections) {
        EXPECT_GE(s.bytes.data(), bad.data());
        EXPECT_LE(s.bytes.data() + s.bytes.size(), bad.data() + bad.size());
      }
    }
  }
}

// Every section of the build's asset reads back as the file the manifest
// names, whatever coding build-assets.mjs stored it in.
TEST(EntityAssetTest, EverySectionReadsBackAsItsFile) {
  const std::string manifest =
      ReadFile(LESBAR_SOURCE_DIR "/assets/lesbar-entities.manifest");
  size_t checked = 0;
  size_t at = 0;
  while (at < manifest.size()) {
    size_t end = manifest.find('\n', at);
    if (end == std::string::npos) end = manifest.size();
    std::string line = manifest.substr(at, end - at);
    at = end + 1;
    line = line.substr(0, line.find('#'));
    std::vector<std::string> fields;
    for (size_t p = 0; p < line.size();) {
      const size_t q = line.find_first_of(" \t", p);
      const size_t stop = q == std::string::npos ? line.size() : q;
      if (stop > p) fields.push_back(line.substr(p, stop - p));
      p = stop + 1;
    }
    if (fields.size() < 2) continue;
    EXPECT_EQ(AssetSection(fields[0]),
              ReadFile(std::string(LESBAR_SOURCE_DIR) + "/" + fields[1]))
        << fields[0];
    ++checked;
  }
  EXPECT_GE(checked, 14u);
}

TEST(AssetContainerTest, CodedSectionsDecodeAndCorruptOnesAreRefused) {
  std::string decoded, error;
  ASSERT_TRUE(DecodeAssetSection(
      {"places", std::string("\0berlin\n\3gen\n\0zug\n", 18), 1}, &decoded,
      &error))
      << error;
  EXPECT_EQ(decoded, "berlin\nbergen\nzug\n");
  ASSERT_TRUE(DecodeAssetSection({"clusters", "01\tan\tauf\n1\tzu\n", 2},
                                 &decoded, &error))
      << error;
  EXPECT_EQ(decoded, "an\t01\nauf\t01\nzu\t1\n");
  // A shared prefix longer than the line before it.
  EXPECT_FALSE(DecodeAssetSection({"places", "\x05x\n", 1}, &decoded, &error));
  EXPECT_NE(error.find("places does not decode"), std::string::npos) << error;
  // A group without its final newline, one without keys, an empty key.
  for (std::string_view bad : {"0101\tan", "0101\n", "0101\tan\t\n"}) {
    EXPECT_FALSE(DecodeAssetSection({"clusters", bad, 2}, &decoded, &error))
        << bad;
  }
  EXPECT_FALSE(DecodeAssetSection({"x", "a", 7}, &decoded, &error));
}

// The environment (entity_asset_environment.cc) has registered the build's
// lesbar-entities.dat before this runs.
TEST(EntityAssetTest, TheBuildsAssetIsRegisteredWithItsSections) {
  ASSERT_TRUE(EntityAssetLoaded());
  const std::string_view model = AssetSection("ner_model");
  ASSERT_GE(model.size(), 4u);
  EXPECT_EQ(model.substr(0, 4), "LNER");
  EXPECT_FALSE(AssetSection("places").empty());
  EXPECT_TRUE(AssetSection("no such section").empty());
}

TEST(EntityAssetTest, LoadingRefusesBadOrDifferentDataAndAcceptsTheSame) {
  const std::string file = ReadFile(LESBAR_ENTITY_ASSET_FILE);
  std::string error;
  EXPECT_TRUE(LoadEntityAsset(file, &error)) << error;  // the same bytes again
  EXPECT_FALSE(LoadEntityAsset(file.substr(0, file.size() / 2), &error));
  EXPECT_NE(error.find("truncated"), std::string::npos) << error;
  EXPECT_FALSE(LoadEntityAsset(Pack({{"places", "berlin\n"}}), &error));
  EXPECT_NE(error.find("no section ner_model"), std::string::npos) << error;
  std::string changed = file;
  changed.back() ^= 1;
  EXPECT_FALSE(LoadEntityAsset(changed, &error));
  EXPECT_NE(error.find("already loaded"), std::string::npos) << error;
  EXPECT_FALSE(LoadEntityAssetFile("/nonexistent/lesbar-entities.dat", &error));
  EXPECT_NE(error.find("/nonexistent/lesbar-entities.dat"), std::string::npos);
  // The registered asset is untouched by the refusals.
  EXPECT_EQ(AssetSection("ner_model").substr(0, 4), "LNER");
}

}  // namespace
}  // namespace lesbar
