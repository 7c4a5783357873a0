#include "features/word_list.h"

#include <algorithm>

namespace lesbar {
namespace {

size_t CodePointCount(std::string_view utf8) {
  return static_cast<size_t>(std::count_if(
      utf8.begin(), utf8.end(),
      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void WordList::ViewSet::Reserve(size_t entries) {
  size_t capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  slots_.assign(capacity, std::string_view());
  size_ = 0;
}

bool WordList::ViewSet::Insert(std::string_view entry, size_t hash) {
  const size_t mask = slots_.size() - 1;
  size_t i = (hash ^ (hash >> 31)) & mask;
  for (; slots_[i].data() != nullptr; i = (i + 1) & mask) {
    if (slots_[i] == entry) return false;
  }
  slots_[i] = entry;
  ++size_;
  return true;
}

bool WordList::ViewSet::Contains(std::string_view entry, size_t hash) const {
  if (slots_.empty()) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t i = (hash ^ (hash >> 31)) & mask; slots_[i].data() != nullptr;
       i = (i + 1) & mask) {
    if (slots_[i] == entry) return true;
  }
  return false;
}

WordList::WordList(const unsigned char* bytes, size_t size) {
  std::string_view all(reinterpret_cast<const char*>(bytes), size);
  const size_t lines =
      static_cast<size_t>(std::count(all.begin(), all.end(), '\n')) + 1;
  entries_.Reserve(lines);
  phrase_starts_.Reserve(lines);
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    std::string_view entry = all.substr(start, end - start);
    if (!entry.empty()) {
      const size_t hash = Hash(entry);
      entries_.Insert(entry, hash);
      AddToFilter(hash, &filter_);
      const size_t space = entry.find(' ');
      if (space != std::string_view::npos) {
        const std::string_view first = entry.substr(0, space);
        const size_t first_hash = Hash(first);
        phrase_starts_.Insert(first, first_hash);
        AddToFilter(first_hash, &phrase_filter_);
      }
    }
    start = end + 1;
  }
}

void WordHashes::Compute(const std::vector<std::string>& lowers) {
  word.resize(lowers.size());
  without_s.resize(lowers.size());
  for (size_t i = 0; i < lowers.size(); ++i) {
    const std::string_view w = lowers[i];
    word[i] = WordList::Hash(w);
    without_s[i] = CodePointCount(w) > 3 && w.back() == 's'
                       ? WordList::Hash(w.substr(0, w.size() - 1))
                       : 0;
  }
}

void MatchPhrases(const WordList& list, const std::vector<std::string>& lowers,
                  std::vector<char>* marks) {
  WordHashes hashes;
  hashes.Compute(lowers);
  MatchPhrases(list, lowers, hashes, marks);
}

void MatchPhrases(const WordList& list, const std::vector<std::string>& lowers,
                  const WordHashes& hashes, std::vector<char>* marks) {
  const size_t n = lowers.size();
  marks->assign(n, 0);
  // Phrases are joined in a vector: std::string's appends are calls in the
  // wasm build (libc++ does not inline them).
  thread_local std::vector<char> phrase;
  size_t i = 0;
  while (i < n) {
    size_t matched = 0;
    if (list.StartsPhrase(lowers[i], hashes.word[i])) {
      const size_t longest = std::min<size_t>(kMaxPhraseWords, n - i);
      for (size_t length = longest; length > 1 && matched == 0; --length) {
        phrase.assign(lowers[i].begin(), lowers[i].end());
        for (size_t k = i + 1; k < i + length; ++k) {
          phrase.push_back(' ');
          phrase.insert(phrase.end(), lowers[k].begin(), lowers[k].end());
        }
        if (list.Contains(std::string_view(phrase.data(), phrase.size()))) {
          matched = length;
        }
      }
    }
    if (matched == 0) {
      const std::string& word = lowers[i];
      if (list.Contains(word, hashes.word[i])) {
        matched = 1;
      } else if (hashes.without_s[i] != 0 &&
                 list.Contains(
                     std::string_view(word).substr(0, word.size() - 1),
                     hashes.without_s[i])) {
        matched = 1;
      }
    }
    if (matched > 0) {
      (*marks)[i] = 'B';
      for (size_t k = i + 1; k < i + matched; ++k) (*marks)[k] = 'I';
      i += matched;
    } else {
      ++i;
    }
  }
}

}  // namespace lesbar
