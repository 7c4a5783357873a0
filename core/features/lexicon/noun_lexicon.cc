#include "features/lexicon/noun_lexicon.h"

#include <vector>

extern "C" {
extern const unsigned char lesbar_de_nouns[];
extern const unsigned long lesbar_de_nouns_size;
extern const unsigned char lesbar_de_proper_names[];
extern const unsigned long lesbar_de_proper_names_size;
}

namespace lesbar {
namespace {

// Shortest compound head looked up ("land" in "Russland" counts).
constexpr size_t kMinHeadLength = 4;
// German noun endings tried on words that are not stems themselves.
constexpr std::string_view kNounEndings[] = {"s", "es", "n",  "en",
                                             "e", "er", "ern"};

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

const WordList& GermanCommonNouns() {
  static const WordList* list =
      new WordList(lesbar_de_nouns, lesbar_de_nouns_size);
  return *list;
}

const WordList& GermanProperNames() {
  static const WordList* list =
      new WordList(lesbar_de_proper_names, lesbar_de_proper_names_size);
  return *list;
}

char LexiconClass(std::string_view lower) {
  const WordList& nouns = GermanCommonNouns();
  if (nouns.Contains(lower)) return 'N';
  if (GermanProperNames().Contains(lower)) return 'P';
  // Byte offset of every code point: the rules count code points.
  thread_local std::vector<size_t> starts;
  starts.clear();
  for (size_t i = 0; i < lower.size(); ++i) {
    if (!IsContinuationByte(lower[i])) starts.push_back(i);
  }
  const size_t length = starts.size();
  for (std::string_view ending : kNounEndings) {
    if (length > ending.size() + 2 && lower.size() > ending.size() &&
        lower.substr(lower.size() - ending.size()) == ending &&
        nouns.Contains(lower.substr(0, lower.size() - ending.size()))) {
      return 'N';
    }
  }
  for (size_t start = 1; start + kMinHeadLength <= length; ++start) {
    if (nouns.Contains(lower.substr(starts[start]))) return 'H';
  }
  return 'U';
}

}  // namespace lesbar
