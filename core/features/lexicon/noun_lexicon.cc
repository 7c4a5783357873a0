#include "features/lexicon/noun_lexicon.h"

#include <algorithm>
#include <vector>

#include "features/asset_word_list.h"

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
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("de_nouns");
  return *list;
}

const WordList& GermanProperNames() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("de_proper_names");
  return *list;
}

char LexiconClass(std::string_view lower) {
  const WordList& nouns = GermanCommonNouns();
  // One backward pass hashes every suffix (WordList::SuffixHasher), so the
  // compound heads below cost one lookup each instead of one hash of
  // O(length) each. A head starts at a code point after the first and has
  // at least kMinHeadLength code points.
  const size_t first_code_point = static_cast<size_t>(
      std::find_if(lower.begin(), lower.end(),
                   [](char c) { return !IsContinuationByte(c); }) -
      lower.begin());
  struct Head {
    size_t offset;
    size_t hash;
  };
  thread_local std::vector<Head> heads;
  heads.clear();
  WordList::SuffixHasher hasher;
  size_t length = 0;  // in code points
  for (size_t i = lower.size(); i-- > 0;) {
    hasher.Prepend(static_cast<unsigned char>(lower[i]));
    if (IsContinuationByte(lower[i])) continue;
    ++length;
    if (length >= kMinHeadLength && i > first_code_point) {
      heads.push_back({i, hasher.value()});
    }
  }
  const size_t whole_hash = hasher.value();
  if (nouns.Contains(lower, whole_hash)) return 'N';
  if (GermanProperNames().Contains(lower, whole_hash)) return 'P';
  for (std::string_view ending : kNounEndings) {
    if (length > ending.size() + 2 && lower.size() > ending.size() &&
        lower.substr(lower.size() - ending.size()) == ending &&
        nouns.Contains(lower.substr(0, lower.size() - ending.size()))) {
      return 'N';
    }
  }
  // Any head makes the word a compound; which one does not matter.
  for (const Head& head : heads) {
    if (nouns.Contains(lower.substr(head.offset), head.hash)) return 'H';
  }
  return 'U';
}

}  // namespace lesbar
