#include "compat/textstat/textstat_data.h"

#include <algorithm>
#include <charconv>

namespace lesbar {
namespace {

constexpr std::string_view kHeader = "lesbar-textstat 1\n";

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

std::shared_ptr<const TextstatData> TextstatData::Parse(std::string_view file) {
  if (!StartsWith(file, kHeader)) return nullptr;
  std::shared_ptr<TextstatData> data(new TextstatData());
  data->file_.assign(file.data(), file.size());
  const std::string_view text(data->file_);

  // Sections run from their "@kind language" line to the next "@" line.
  struct Section {
    std::string_view kind, language;
    size_t body_start = 0, body_end = 0;
  };
  std::vector<Section> sections;
  size_t line_start = kHeader.size();
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line =
        text.substr(line_start, line_end - line_start);
    if (!line.empty() && line[0] == '@') {
      if (!sections.empty()) sections.back().body_end = line_start;
      Section section;
      const size_t space = line.find(' ');
      section.kind = line.substr(1, space == std::string_view::npos
                                        ? std::string_view::npos
                                        : space - 1);
      section.language =
          space == std::string_view::npos ? "" : line.substr(space + 1);
      section.body_start = line_end + 1;
      sections.push_back(section);
    }
    line_start = line_end + 1;
  }
  if (!sections.empty()) sections.back().body_end = text.size();

  for (const Section& section : sections) {
    const size_t end = std::max(section.body_start, section.body_end);
    const std::string_view body =
        section.body_start >= text.size()
            ? std::string_view()
            : text.substr(section.body_start, end - section.body_start);
    if (section.kind == "hyphenation") {
      HyphenationSection hyphenation;
      hyphenation.language = std::string(section.language);
      hyphenation.patterns = body;
      data->hyphenation_.push_back(std::move(hyphenation));
    } else if (section.kind == "syllables" && section.language == "en") {
      data->cmudict_section_ = body;
    }
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
