// The data of the textstat compatibility mode: per language the
// hyphenation patterns Pyphen uses (textstat's syllables are hyphenation
// points + 1) and, for English, CMUdict syllable counts (textstat looks a
// word up there first). Built by scripts/textstat/build-compat-data.mjs
// into lesbar-textstat.dat, an asset container (platform/assets.h) with a
// section per list; not linked into the module but handed over at run time
// (Analyzer::SetTextstatData).
#ifndef LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_DATA_H_
#define LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_DATA_H_

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compat/textstat/liang_hyphenator.h"

namespace lesbar {

class TextstatData {
 public:
  // Returns nullptr, with `*error` saying why when given, unless `file` is
  // an asset container holding "hyphenation.<language>" or "syllables.en"
  // sections. Copies what it needs (the decoded sections).
  static std::shared_ptr<const TextstatData> Parse(
      std::string_view file, std::string* error = nullptr);

  // The hyphenator for a language root ("de", "en", ...), built on first
  // use (tens of milliseconds for German); nullptr if the file has none.
  const LiangHyphenator* Hyphenator(std::string_view language) const;

  // CMUdict syllables of a lower-case UTF-8 word (first pronunciation), or
  // -1 when the word is not in the dictionary (or the file has none).
  int CmudictSyllables(std::string_view lowercase_utf8_word) const;

  bool has_cmudict() const { return !cmudict_section_.empty(); }

 private:
  TextstatData() = default;

  struct HyphenationSection {
    std::string language;
    std::string_view patterns;
    std::unique_ptr<std::once_flag> built = std::make_unique<std::once_flag>();
    mutable std::unique_ptr<LiangHyphenator> hyphenator;
  };

  // The decoded sections; a deque, so the views below stay valid.
  std::deque<std::string> sections_;
  std::vector<HyphenationSection> hyphenation_;
  std::string_view cmudict_section_;
  mutable std::once_flag cmudict_built_;
  mutable std::unordered_map<std::string_view, int> cmudict_;
};

// The process-wide data set by Analyzer::SetTextstatData (nullptr before).
std::shared_ptr<const TextstatData> CurrentTextstatData();
void SetCurrentTextstatData(std::shared_ptr<const TextstatData> data);

}  // namespace lesbar

#endif  // LESBAR_COMPAT_TEXTSTAT_TEXTSTAT_DATA_H_
