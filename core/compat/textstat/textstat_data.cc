#include "compat/textstat/textstat_data.h"

#include <algorithm>
#include <charconv>

#include "platform/assets.h"

namespace lesbar {
namespace {

constexpr std::string_view kHyphenationPrefix = "hyphenation.";
constexpr std::string_view kCmudictSection = "syllables.en";

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::mutex& CurrentDataMutex() {
  static std::mutex mutex;
  return mutex;
}

std::shared_ptr<const TextstatData>& CurrentDataSlot() {
  static std::shared_ptr<const TextstatData> data;
  return data;
}

}  // namespace

std::shared_ptr<const TextstatData> TextstatData::Parse(std::string_view file,
                                                        std::string* error) {
  std::string ignored;
  if (error == nullptr) error = &ignored;
  std::vector<AssetSectionView> sections;
  if (!ParseAssetContainer(file, &sections, error)) return nullptr;
  std::shared_ptr<TextstatData> data(new TextstatData());
  for (const AssetSectionView& section : sections) {
    const bool hyphenation = StartsWith(section.name, kHyphenationPrefix);
    if (!hyphenation && section.name != kCmudictSection) continue;
    std::string& lines = data->sections_.emplace_back();
    if (!DecodeAssetSection(section, &lines, error)) return nullptr;
    if (hyphenation) {
      HyphenationSection entry;
      entry.language =
          std::string(section.name.substr(kHyphenationPrefix.size()));
      entry.patterns = lines;
      data->hyphenation_.push_back(std::move(entry));
    } else {
      data->cmudict_section_ = lines;
    }
  }
  if (data->sections_.empty()) {
    *error = "no hyphenation or syllable section: not a textstat data file";
    return nullptr;
  }
  return data;
}

const LiangHyphenator* TextstatData::Hyphenator(
    std::string_view language) const {
  for (const HyphenationSection& section : hyphenation_) {
    if (section.language != language) continue;
    std::call_once(*section.built, [&section] {
      section.hyphenator = LiangHyphenator::FromPatterns(section.patterns);
    });
    return section.hyphenator.get();
  }
  return nullptr;
}

int TextstatData::CmudictSyllables(std::string_view lowercase_utf8_word) const {
  if (cmudict_section_.empty()) return -1;
  std::call_once(cmudict_built_, [this] {
    // "word\tcount" lines.
    size_t line_start = 0;
    const std::string_view body = cmudict_section_;
    cmudict_.reserve(140000);
    while (line_start < body.size()) {
      size_t line_end = body.find('\n', line_start);
      if (line_end == std::string_view::npos) line_end = body.size();
      const std::string_view line =
          body.substr(line_start, line_end - line_start);
      line_start = line_end + 1;
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      int count = 0;
      const std::string_view digits = line.substr(tab + 1);
      if (std::from_chars(digits.data(), digits.data() + digits.size(), count)
              .ec != std::errc()) {
        continue;
      }
      cmudict_.emplace(line.substr(0, tab), count);
    }
  });
  auto it = cmudict_.find(lowercase_utf8_word);
  return it == cmudict_.end() ? -1 : it->second;
}

std::shared_ptr<const TextstatData> CurrentTextstatData() {
  std::lock_guard<std::mutex> lock(CurrentDataMutex());
  return CurrentDataSlot();
}

void SetCurrentTextstatData(std::shared_ptr<const TextstatData> data) {
  std::lock_guard<std::mutex> lock(CurrentDataMutex());
  CurrentDataSlot() = std::move(data);
}

}  // namespace lesbar
