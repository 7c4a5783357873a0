#include "features/word_list.h"

#include <algorithm>

#include "platform/byte_count.h"

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
  const char* chars = reinterpret_cast<const char*>(bytes);
  const size_t lines = CountByte(std::string_view(chars, size), '\n') + 1;
  entries_.Reserve(lines);
  // First words of phrases, inserted once they are counted.
  std::vector<std::string_view> phrase_starts;
  const auto add_entry = [&](std::string_view entry, size_t hash,
                             size_t first_space) {
    if (entry.empty()) return;
    entries_.Insert(entry, hash);
    AddToFilter(hash, &filter_);
    if (first_space != std::string_view::npos) {
      phrase_starts.push_back(entry.substr(0, first_space));
    }
  };
  // One pass, last byte to first: Hash() reads a line backwards, so each
  // byte is prepended to its line's hash and the hash is complete when the
  // line's start is reached (the lists are built on the first analysis,
  // where this counts toward cold start). The set does not depend on the
  // order of insertion.
  SuffixHasher hasher;
  size_t line_end = size;
  size_t first_space = std::string_view::npos;
  for (size_t i = size; i-- > 0;) {
    const char c = chars[i];
    if (c == '\n') {
      add_entry(std::string_view(chars + i + 1, line_end - i - 1),
                hasher.value(),
                first_space == std::string_view::npos ? first_space
                                                      : first_space - i - 1);
      hasher = SuffixHasher();
      line_end = i;
      first_space = std::string_view::npos;
      continue;
    }
    hasher.Prepend(static_cast<unsigned char>(c));
    if (c == ' ') first_space = i;
  }
  add_entry(std::string_view(chars, line_end), hasher.value(), first_space);
  phrase_starts_.Reserve(phrase_starts.size());
  for (std::string_view first : phrase_starts) {
    const size_t first_hash = Hash(first);
    phrase_starts_.Insert(first, first_hash);
    AddToFilter(first_hash, &phrase_filter_);
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
