// Reads the tagger's training and dev files written by train/ner/corpora.py:
// per sentence a "#S<TAB>corpus<TAB>language<TAB>weight" line, then one
// "word<TAB>TAG" line per token (BIO tags over PER, LOC, ORG, MISC), then a
// blank line. Shared by the trainer, the evaluator and the parity test, so
// all three see the corpora alike.
#ifndef LESBAR_TRAIN_NER_TRAINING_CORPUS_H_
#define LESBAR_TRAIN_NER_TRAINING_CORPUS_H_

#include <unicode/ustring.h>

#include <fstream>
#include <string>
#include <vector>

#include "analyses/entities/name_features.h"

namespace lesbar {
namespace training {

// The tagger's tag order: O, then B-/I- of PER, LOC, ORG, MISC.
inline constexpr int kNumTags = 9;
inline const char* const kTagNames[kNumTags] = {"O",     "B-PER",  "I-PER",
                                                "B-LOC", "I-LOC",  "B-ORG",
                                                "I-ORG", "B-MISC", "I-MISC"};

inline int TagIndex(const std::string& tag) {
  for (int t = 0; t < kNumTags; ++t) {
    if (tag == kTagNames[t]) return t;
  }
  return 0;
}

struct LabelledSentence {
  std::string corpus;
  std::string language;
  float weight = 1;
  bool has_misc = false;           // does the corpus annotate MISC names?
  std::vector<std::string> words;  // UTF-8
  std::vector<int> tags;
};

// False if the file cannot be read.
inline bool ReadLabelledSentences(const std::string& path,
                                  std::vector<LabelledSentence>* sentences) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  LabelledSentence sentence;
  bool open = false;
  auto flush = [&] {
    if (open && !sentence.words.empty()) sentences->push_back(sentence);
    open = false;
  };
  while (std::getline(in, line)) {
    if (line.rfind("#S\t", 0) == 0) {
      flush();
      sentence = LabelledSentence();
      const size_t a = line.find('\t', 3);
      const size_t b = line.find('\t', a + 1);
      const size_t c = line.find('\t', b + 1);
      sentence.corpus = line.substr(3, a - 3);
      sentence.language = line.substr(a + 1, b - a - 1);
      sentence.weight = std::stof(line.substr(b + 1, c - b - 1));
      sentence.has_misc =
          c != std::string::npos && line.find("MISC", c) != std::string::npos;
      open = true;
    } else if (line.empty()) {
      flush();
    } else if (open) {
      const size_t tab = line.rfind('\t');
      if (tab == std::string::npos) continue;
      sentence.words.push_back(line.substr(0, tab));
      sentence.tags.push_back(TagIndex(line.substr(tab + 1)));
    }
  }
  flush();
  return true;
}

// The sentence's words as the tagger reads them: UTF-16, cut as TagNames
// cuts a token (TaggedWordLength).
inline std::u16string Utf16(const std::string& utf8) {
  std::u16string out(utf8.size() + 1, u'\0');
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strFromUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length,
                       utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD,
                       nullptr, &error);
  out.resize(U_SUCCESS(error) ? static_cast<size_t>(length) : 0);
  return out;
}

inline std::vector<std::u16string> TrainingWords(
    const LabelledSentence& sentence) {
  std::vector<std::u16string> words;
  for (const std::string& w : sentence.words) {
    std::u16string word = Utf16(w);
    word.resize(TaggedWordLength(word));
    words.push_back(std::move(word));
  }
  return words;
}

// Strict BIO spans (begin, end, type 0..3); an I- without its B- starts one.
struct TagSpan {
  size_t begin, end;
  int type;
  bool operator==(const TagSpan& o) const {
    return begin == o.begin && end == o.end && type == o.type;
  }
};

inline std::vector<TagSpan> SpansOf(const std::vector<int>& tags) {
  std::vector<TagSpan> spans;
  int type = -1;
  size_t begin = 0;
  for (size_t i = 0; i <= tags.size(); ++i) {
    const int tag = i < tags.size() ? tags[i] : 0;
    const int tag_type = tag == 0 ? -1 : (tag - 1) / 2;
    const bool begins = tag != 0 && (tag % 2 == 1 || tag_type != type);
    if (tag == 0 || begins) {
      if (type >= 0) spans.push_back({begin, i, type});
      type = tag == 0 ? -1 : tag_type;
      begin = i;
    }
  }
  return spans;
}

}  // namespace training
}  // namespace lesbar

#endif  // LESBAR_TRAIN_NER_TRAINING_CORPUS_H_
