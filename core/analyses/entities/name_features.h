// Features of the name tagger, defined here once: the trainer
// (train/ner/train_ner.cc) extracts them with this same class, and
// tests/core/analyses/entities/name_features_test.cc checks on a real corpus
// sample that training and run time see the same features. A feature is a
// template id plus a sequence of code points, hashed with 32-bit FNV-1a, one
// step per integer.
#ifndef LESBAR_ANALYSES_ENTITIES_NAME_FEATURES_H_
#define LESBAR_ANALYSES_ENTITIES_NAME_FEATURES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "features/word_list.h"

namespace lesbar {

// Template ids: part of the model file's meaning (a model trained with other
// ids reads the wrong rows), so they only change with a retrained model.
enum NameFeatureTemplate : uint32_t {
  kFeatureBias = 0,
  kFeatureLower,
  kFeatureShape,
  kFeaturePrefix3,
  kFeatureSuffix2,
  kFeatureSuffix3,
  kFeatureSuffix4,
  kFeaturePrevLower,
  kFeatureNextLower,
  kFeaturePrev2Lower,
  kFeatureNext2Lower,
  kFeaturePrevShape,
  kFeatureNextShape,
  kFeatureFirstShape,
  kFeaturePlace,
  kFeatureFirstName,
  kFeatureSurname,
  kFeatureProperName,
  kFeatureLexicon,
  kFeaturePrevSuffix,
  kFeatureNextSuffix,
  kFeatureLangShape,
  kFeaturePrevLexicon,
  kFeatureNextPlacePrevLower,
  // Transition features: depend on the previous tag.
  kFeaturePrevTag = 24,
  kFeaturePrevTagClass = 25,
  kFeaturePrevTagLower = 26,
  // The word as written (case matters: "US" and "us").
  kFeatureWord = 27,
  // The institution head or "bundes" prefix of a capitalised compound.
  kFeatureInstitution = 28,
  // Inside a match of a Wikipedia name list.
  kFeatureWikiPerson = 29,
  kFeatureWikiPlace = 30,
  kFeatureWikiOrganisation = 31,
  // A given or family name of Wikipedia's persons.
  kFeatureWikiGivenName = 32,
  kFeatureWikiFamilyName = 33,
  // Word clusters learned from unlabeled text (features/word_clusters):
  // the word's path prefixes, and the neighbours' shorter prefixes.
  kFeatureClusterPrefix = 34,
  kFeaturePrevCluster = 35,
  kFeatureNextCluster = 36,
};

// How much of a token the tagger reads: its first 64 code units, not
// splitting a surrogate pair (no name is that long, and a 50 MB "word"
// would otherwise be copied several times).
inline size_t TaggedWordLength(std::u16string_view word) {
  constexpr size_t kMaxWordUnits = 64;
  if (word.size() <= kMaxWordUnits) return word.size();
  const char16_t last = word[kMaxWordUnits - 1];
  return last >= 0xD800 && last <= 0xDBFF ? kMaxWordUnits - 1 : kMaxWordUnits;
}

class FeatureHasher {
 public:
  explicit FeatureHasher(uint32_t feature_template)
      : hash_((kOffset ^ feature_template) * kPrime) {}
  FeatureHasher& Add(char32_t c) {
    hash_ = Extend(hash_, c);
    return *this;
  }
  // One FNV-1a step on a bare hash value, for hashing several features in
  // one loop.
  static uint32_t Extend(uint32_t hash, char32_t c) {
    return (hash ^ static_cast<uint32_t>(c)) * kPrime;
  }
  FeatureHasher& Add(std::u32string_view s) {
    for (char32_t c : s) Add(c);
    return *this;
  }
  uint32_t value() const { return hash_; }

 private:
  static constexpr uint32_t kOffset = 2166136261u;
  static constexpr uint32_t kPrime = 16777619u;
  uint32_t hash_;
};

// Folds a feature hash to `bits` bits (bucket_of() in the trainer).
inline uint32_t BucketOf(uint32_t hash, int bits) {
  hash ^= hash >> 15;
  hash *= 0x2C1B3C6Du;
  hash ^= hash >> 12;
  return hash & ((uint32_t{1} << bits) - 1);
}

struct NameFeature {
  uint32_t feature_template;
  uint32_t hash;
};

// German and English have separate weights in the one hashed table: for
// any language but German every template id is offset by kLanguageStride
// (sharing weights let English social-media data cost German news 5 F1
// points).
inline constexpr uint32_t kLanguageStride = 64;
// Language-independent features (shapes, list membership, tag transitions)
// are also emitted with this offset, shared by German and English, so
// English learns "Minister Sergei Shoigu" from German news too.
inline constexpr uint32_t kSharedOffset = 2 * kLanguageStride;
uint32_t LanguageOffset(std::string_view language);

// Transition features (transition_features() in the trainer): the step
// from the previous tag p (-1 at the sentence start) into a word, alone,
// with the word's class and with the word. Arrays are indexed by p + 1.
inline constexpr int kPreviousTagSlots = 10;
// transition_class() in the trainer: the first character of the word's
// shape folded to X, x, a, d or p, and y for a lower-case word that is not
// among the words names hold inside (`inside_names`).
inline constexpr int kWordClasses = 6;
inline constexpr char32_t kWordClassNames[kWordClasses] = {U'X', U'x', U'a',
                                                           U'd', U'p', U'y'};
int TransitionClassOf(std::u32string_view shape, std::string_view lower_utf8,
                      const WordList& inside_names);
// The lower-case words the training names hold inside ("of", "von", "der"),
// written by train/ner/train_ner.cc along with the model.
const WordList& NameInnerWords();
// `offset` is LanguageOffset(language) or kSharedOffset.
uint32_t PreviousTagHash(uint32_t offset, int previous_tag);
uint32_t PreviousTagClassHash(uint32_t offset, int word_class,
                              int previous_tag);
void PreviousTagLowerHashes(std::string_view language,
                            std::u32string_view lower,
                            uint32_t hashes[kPreviousTagSlots]);

// Reuses its buffers across sentences; not thread-safe.
class NameFeatureExtractor {
 public:
  // Static features of one sentence: features of word i are
  // features[offsets[i]] .. features[offsets[i + 1]].
  void Extract(const std::vector<std::u16string_view>& words,
               std::string_view language, std::vector<NameFeature>* features,
               std::vector<uint32_t>* offsets);
  // Lower-cased words of the last Extract call, as code points.
  const std::vector<std::u32string>& lowers() const { return lowers_; }
  // The same as UTF-8.
  std::string_view lower_utf8(size_t i) const { return lowers_utf8_[i]; }
  int transition_class(size_t i) const { return transition_classes_[i]; }
  // Word i's features in [offsets[i], context_start(i)) depend on the word
  // (and the language) alone; those from there to offsets[i + 1] on its
  // neighbours and position.
  uint32_t context_start(size_t i) const { return context_starts_[i]; }
  // Per word of the last Extract call: the lexicon class (LexiconClass(),
  // 0 for a word that is not capitalised) and whether a gazetteer matched.
  char lexicon_class(size_t i) const { return lexicon_[i]; }
  bool in_place_names(size_t i) const { return places_[i] != 0; }
  bool in_person_names(size_t i) const {
    return first_names_[i] != 0 || surnames_[i] != 0;
  }
  // In any list of given names or family names, the Wikipedia ones too.
  bool in_given_names(size_t i) const {
    return first_names_[i] != 0 || wiki_given_names_[i] != 0;
  }
  bool in_family_names(size_t i) const {
    return surnames_[i] != 0 || wiki_family_names_[i] != 0;
  }
  // 'B' or 'I' inside a place-gazetteer match, 0 outside.
  char place_mark(size_t i) const { return places_[i]; }
  // The trainer writes a new list of the words names hold inside and
  // extracts with it before it is embedded; null means NameInnerWords().
  void set_inner_words(const WordList* inner_words) {
    inner_words_ = inner_words;
  }

 private:
  const WordList* inner_words_ = nullptr;
  std::vector<std::u32string> lowers_;
  std::vector<std::string_view> lowers_utf8_;  // into lowers_utf8_bytes_
  std::vector<char> lowers_utf8_bytes_;
  std::vector<std::u32string_view> shapes_;  // into shape_symbols_
  std::vector<char32_t> shape_symbols_;
  std::vector<char> lexicon_;
  std::vector<int> transition_classes_;
  std::vector<uint32_t> context_starts_;
  std::unique_ptr<NameFeature[]> scratch_features_;
  size_t scratch_features_capacity_ = 0;
  std::vector<char> places_, first_names_, surnames_, proper_names_;
  std::vector<char> wiki_persons_, wiki_places_, wiki_organisations_;
  std::vector<char> wiki_given_names_, wiki_family_names_;
  std::vector<uint32_t> clusters_;
  std::u16string lower_buffer_;
  // Per word, the hashes of the features that read one neighbouring word
  // alone (see Extract); entry 0 is the sentence start, entry n + 1 its end.
  struct NeighbourHashes {
    uint32_t lower;  // kFeatureLower, only for the word itself
    uint32_t as_previous, as_next, as_second_previous, as_second_next;
    uint32_t suffix_as_previous, suffix_as_next;
  };
  std::vector<NeighbourHashes> neighbour_hashes_;
};

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_ENTITIES_NAME_FEATURES_H_
