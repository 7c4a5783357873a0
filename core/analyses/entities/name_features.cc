#include "analyses/entities/name_features.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <utility>

#include "features/asset_word_list.h"
#include "features/gazetteers/gazetteers.h"
#include "features/gazetteers/name_lists.h"
#include "features/lexicon/noun_lexicon.h"
#include "features/word_clusters/word_clusters.h"

namespace lesbar {
namespace {

constexpr char32_t kBeforeSentence = 0x02;  // BOS in the trainer
constexpr char32_t kAfterSentence = 0x03;   // EOS
constexpr size_t kAffixContext = 4;
// Upper bound of the features Extract adds for one word (it adds at most
// 50: 18 always, 13 on conditions, 12 shared copies, and 7 of clusters).
constexpr size_t kMaxFeaturesPerWord = 56;
// Path prefixes of the word's cluster that become features (Ratinov and
// Roth 2009 use 4, 6, 10 and 20 of Brown clusters' up to 20 bits; ours have
// up to 15), and the shorter prefix of each neighbour.
constexpr int kClusterPrefixLengths[] = {4, 6, 10, 15};
constexpr int kNeighbourClusterPrefixLength = 6;

char32_t ShapeSymbol(UChar32 c) {
  if (c < 0x80) {
    // ASCII without the property lookup: every ASCII character that is not
    // a letter or digit stands for itself.
    if (c >= 'A' && c <= 'Z') return U'X';
    if (c >= 'a' && c <= 'z') return U'x';
    if (c >= '0' && c <= '9') return U'd';
    return static_cast<char32_t>(c);
  }
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return U'X';
    case U_LOWERCASE_LETTER:
      return U'x';
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return U'a';
    case U_DECIMAL_DIGIT_NUMBER:
      return U'd';
    default:
      return U'o';
  }
}

// shape_of() in the trainer: X upper or title case, x lower case, a other
// letters, d digits, ASCII punctuation as itself, o the rest; runs longer
// than two are cut to two.
// Written at `out` (room for one symbol per unit of the word); returns the
// end. The sentence's shapes share one buffer: a string per shape cost
// calls per word in the wasm build (see LowerCase).
char32_t* ShapeOf(std::u16string_view word, char32_t* out) {
  char32_t* const begin = out;
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    const char32_t symbol = ShapeSymbol(c);
    if (out - begin >= 2 && out[-1] == symbol && out[-2] == symbol) continue;
    *out++ = symbol;
  }
  return out;
}

bool IsCapitalised(std::u16string_view word) {
  if (word.empty()) return false;
  if (word[0] < 0x80) return word[0] >= u'A' && word[0] <= u'Z';
  UChar32 c;
  size_t i = 0;
  U16_NEXT(word.data(), i, word.size(), c);
  const int8_t type = u_charType(c);
  return type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
}

// Writes c as UTF-8 at out and returns the position after it.
char* WriteUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    *out++ = static_cast<char>(c);
  } else if (c < 0x800) {
    *out++ = static_cast<char>(0xC0 | (c >> 6));
    *out++ = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (c >> 12));
    *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (c >> 18));
    *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// Latin-1 lower-cases one unit to one unit, without context (the
// context-dependent and one-to-many mappings, final sigma and U+0130, lie
// above it): A-Z, U+00C0-U+00D6 and U+00D8-U+00DE move up by 0x20.
bool IsLatin1(std::u16string_view word) {
  for (char16_t c : word) {
    if (c > 0xFF) return false;
  }
  return true;
}
char32_t Latin1Lower(char16_t c) {
  const bool upper =
      (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
  return upper ? c + 0x20 : c;
}

// The most UTF-8 bytes LowerCase writes per UTF-16 unit of the word, plus
// kUtf8Slack: ICU's result has at most 3 units per unit plus 4 (more fails
// and keeps the word), each unit at most 3 bytes.
constexpr size_t kUtf8PerUnit = 9;
constexpr size_t kUtf8Slack = 12;

// Python's str.lower(): full Unicode lower-casing, no locale. The UTF-8 form
// goes to `utf8` (room for kUtf8PerUnit bytes per unit plus kUtf8Slack);
// returns its end. std::string's members are not inlined in the wasm build
// (libc++ instantiates them once), so a word's UTF-8 is written straight
// into the sentence's one buffer rather than into a string of its own.
char* LowerCase(std::u16string_view word, std::u16string* buffer,
                std::u32string* lower, char* utf8) {
  constexpr size_t kBufferUnits = 64;
  if (word.size() <= kBufferUnits && IsLatin1(word)) {
    // Most words of German and English text: no ICU call, and the code
    // points made in a stack buffer and stored with one assign.
    char32_t code_points[kBufferUnits];
    for (size_t i = 0; i < word.size(); ++i) {
      const char32_t c = Latin1Lower(word[i]);
      code_points[i] = c;
      utf8 = WriteUtf8(c, utf8);
    }
    lower->assign(code_points, word.size());
    return utf8;
  }
  lower->clear();
  if (IsLatin1(word)) {
    lower->resize(word.size());
    for (size_t i = 0; i < word.size(); ++i) (*lower)[i] = Latin1Lower(word[i]);
  } else {
    buffer->resize(word.size() * 3 + 4);
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = u_strToLower(
        buffer->data(), static_cast<int32_t>(buffer->size()), word.data(),
        static_cast<int32_t>(word.size()), "", &error);
    if (U_FAILURE(error)) {
      buffer->assign(word);
      length = static_cast<int32_t>(word.size());
    }
    for (int32_t i = 0; i < length;) {
      UChar32 c;
      U16_NEXT(buffer->data(), i, length, c);
      lower->push_back(static_cast<char32_t>(c));
    }
  }
  for (char32_t c : *lower) utf8 = WriteUtf8(c, utf8);
  return utf8;
}

std::u32string_view Prefix(std::u32string_view s, size_t n) {
  return s.substr(0, n);
}

std::u32string_view Suffix(std::u32string_view s, size_t n) {
  return s.size() <= n ? s : s.substr(s.size() - n);
}

char32_t LanguageKeyFirst(std::string_view language) {
  return language == "de" ? U'd' : U'e';
}
char32_t LanguageKeySecond(std::string_view language) {
  return language == "de" ? U'e' : U'n';
}

bool EndsWith(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// institution_cue() in the trainer: the institution head a capitalised
// German compound ends with ("Verteidigungsministerium", "Finanzamt"),
// else "bundes" for a "Bundes…" compound, else empty.
std::u32string_view InstitutionCue(std::u16string_view word,
                                   std::u32string_view lower) {
  if (!IsCapitalised(word)) return {};
  // Views made at compile time: a view made from a literal per call counts
  // the literal's length per call (a loop, asked of every capitalised
  // word).
  static constexpr std::u32string_view kHeads[] = {
      U"ministerium", U"ministeriums", U"ministerien", U"behörde", U"behörden"};
  for (std::u32string_view head : kHeads) {
    if (EndsWith(lower, head)) return head;
  }
  constexpr size_t kAmtMinLength = 7;
  if (lower.size() >= kAmtMinLength) {
    static constexpr std::u32string_view kAmtHeads[] = {U"amt", U"amtes",
                                                        U"amts"};
    for (std::u32string_view head : kAmtHeads) {
      if (EndsWith(lower, head)) return head;
    }
  }
  constexpr std::u32string_view kFederal = U"bundes";
  if (lower.size() > kFederal.size() &&
      lower.substr(0, kFederal.size()) == kFederal) {
    return kFederal;
  }
  return {};
}

}  // namespace

uint32_t LanguageOffset(std::string_view language) {
  return language == "de" ? 0 : kLanguageStride;
}

uint32_t PreviousTagHash(uint32_t offset, int previous_tag) {
  return FeatureHasher(kFeaturePrevTag + offset)
      .Add(static_cast<char32_t>(previous_tag + 1))
      .value();
}

const WordList& NameInnerWords() {
  if (!EntityAssetLoaded()) return EmptyWordList();
  static const WordList* list = NewWordListFromAsset("name_inner_words");
  return *list;
}

int TransitionClassOf(std::u32string_view shape, std::string_view lower_utf8,
                      const WordList& inside_names) {
  constexpr int kLowerCase = 1, kOther = 4, kLowerCaseOutsideNames = 5;
  int word_class = kOther;
  for (int k = 0; k < kOther && !shape.empty(); ++k) {
    if (shape[0] == kWordClassNames[k]) word_class = k;
  }
  if (word_class == kLowerCase && !inside_names.Contains(lower_utf8)) {
    return kLowerCaseOutsideNames;
  }
  return word_class;
}

uint32_t PreviousTagClassHash(uint32_t offset, int word_class,
                              int previous_tag) {
  return FeatureHasher(kFeaturePrevTagClass + offset)
      .Add(kWordClassNames[word_class])
      .Add(static_cast<char32_t>(previous_tag + 1))
      .value();
}

void PreviousTagLowerHashes(std::string_view language,
                            std::u32string_view lower,
                            uint32_t hashes[kPreviousTagSlots]) {
  FeatureHasher word(kFeaturePrevTagLower + LanguageOffset(language));
  word.Add(lower);
  for (int slot = 0; slot < kPreviousTagSlots; ++slot) {
    hashes[slot] = FeatureHasher(word).Add(static_cast<char32_t>(slot)).value();
  }
}

void NameFeatureExtractor::Extract(
    const std::vector<std::u16string_view>& words, std::string_view language,
    std::vector<NameFeature>* features, std::vector<uint32_t>* offsets) {
  const size_t n = words.size();
  lowers_.resize(n);
  lowers_utf8_.resize(n);
  shapes_.resize(n);
  lexicon_.assign(n, 0);
  transition_classes_.resize(n);
  // Room for every word's UTF-8 form and shape up front, so the views stay
  // valid.
  size_t utf8_room = 0;
  size_t words_units = 0;
  for (std::u16string_view word : words) {
    utf8_room += kUtf8PerUnit * word.size() + kUtf8Slack;
    words_units += word.size();
  }
  if (lowers_utf8_bytes_.size() < utf8_room) {
    lowers_utf8_bytes_.resize(utf8_room);
  }
  char* utf8_end = lowers_utf8_bytes_.data();
  if (shape_symbols_.size() < words_units) shape_symbols_.resize(words_units);
  char32_t* shape_end = shape_symbols_.data();
  for (size_t i = 0; i < n; ++i) {
    char* const utf8_begin = utf8_end;
    utf8_end = LowerCase(words[i], &lower_buffer_, &lowers_[i], utf8_begin);
    lowers_utf8_[i] = std::string_view(
        utf8_begin, static_cast<size_t>(utf8_end - utf8_begin));
    char32_t* const shape_begin = shape_end;
    shape_end = ShapeOf(words[i], shape_begin);
    shapes_[i] = std::u32string_view(
        shape_begin, static_cast<size_t>(shape_end - shape_begin));
    if (IsCapitalised(words[i])) lexicon_[i] = LexiconClass(lowers_utf8_[i]);
    transition_classes_[i] =
        TransitionClassOf(shapes_[i], lowers_utf8_[i],
                          inner_words_ ? *inner_words_ : NameInnerWords());
  }
  // Every list in one pass, one lookup per word instead of one per list;
  // the marks in NameListIndex order.
  std::vector<char>* const list_marks[kNameListCount] = {&places_,
                                                         &first_names_,
                                                         &surnames_,
                                                         &proper_names_,
                                                         &wiki_persons_,
                                                         &wiki_places_,
                                                         &wiki_organisations_,
                                                         &wiki_given_names_,
                                                         &wiki_family_names_};
  NameLists().Match(lowers_utf8_, list_marks);

  clusters_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    clusters_[i] = WordClusterOf(lowers_utf8_[i], language);
  }

  const char32_t lang0 = LanguageKeyFirst(language);
  const char32_t lang1 = LanguageKeySecond(language);
  const std::u32string_view before(&kBeforeSentence, 1);
  const std::u32string_view after(&kAfterSentence, 1);
  auto shape_at = [&](ptrdiff_t i) -> std::u32string_view {
    if (i < 0) return before;
    if (i >= static_cast<ptrdiff_t>(n)) return after;
    return shapes_[i];
  };
  const uint32_t offset = LanguageOffset(language);
  auto Hasher = [offset](uint32_t feature_template) {
    return FeatureHasher(feature_template + offset);
  };
  // Features are written through a local pointer into room made up front:
  // push_back stores the vector's end back to memory after every feature,
  // and those stores and reloads chained all ~20 features of a word (a
  // third of this function's time natively).
  NameFeature* next_feature = nullptr;
  auto add = [&](uint32_t feature_template, const FeatureHasher& hasher) {
    *next_feature++ = {feature_template + offset, hasher.value()};
  };
  // A language-independent feature goes in twice: with the language's
  // offset and with the shared one (SHARED_TEMPLATES in the trainer).
  auto add_with_shared = [&](uint32_t feature_template, auto&& add_value) {
    FeatureHasher own = Hasher(feature_template);
    add_value(own);
    add(feature_template, own);
    FeatureHasher shared(feature_template + kSharedOffset);
    add_value(shared);
    *next_feature++ = {feature_template + kSharedOffset, shared.value()};
  };

  // The features over one neighbouring word hash every word five times
  // with different seeds; each hash is a chain of dependent multiplies, so
  // the five run side by side in one loop over the word (and the two
  // suffix features likewise), where the CPU overlaps them.
  neighbour_hashes_.resize(n + 2);
  const auto hash_neighbour = [&](std::u32string_view lower,
                                  NeighbourHashes* out) {
    uint32_t lanes[5] = {
        Hasher(kFeatureLower).value(), Hasher(kFeaturePrevLower).value(),
        Hasher(kFeatureNextLower).value(), Hasher(kFeaturePrev2Lower).value(),
        Hasher(kFeatureNext2Lower).value()};
    for (char32_t c : lower) {
      for (uint32_t& lane : lanes) lane = FeatureHasher::Extend(lane, c);
    }
    out->lower = lanes[0];
    out->as_previous = lanes[1];
    out->as_next = lanes[2];
    out->as_second_previous = lanes[3];
    out->as_second_next = lanes[4];
    uint32_t suffix_lanes[2] = {Hasher(kFeaturePrevSuffix).value(),
                                Hasher(kFeatureNextSuffix).value()};
    for (char32_t c : Suffix(lower, kAffixContext)) {
      for (uint32_t& lane : suffix_lanes) lane = FeatureHasher::Extend(lane, c);
    }
    out->suffix_as_previous = suffix_lanes[0];
    out->suffix_as_next = suffix_lanes[1];
  };
  hash_neighbour(before, &neighbour_hashes_[0]);
  for (size_t k = 0; k < n; ++k) {
    hash_neighbour(lowers_[k], &neighbour_hashes_[k + 1]);
  }
  hash_neighbour(after, &neighbour_hashes_[n + 1]);
  // Word i's neighbour at distance d (negative: before it).
  const auto neighbour = [&](size_t i, int d) -> const NeighbourHashes& {
    const ptrdiff_t j = static_cast<ptrdiff_t>(i) + d + 1;
    if (j <= 0) return neighbour_hashes_[0];
    if (j > static_cast<ptrdiff_t>(n)) return neighbour_hashes_[n + 1];
    return neighbour_hashes_[j];
  };
  const auto add_hash = [&](uint32_t feature_template, uint32_t hash) {
    *next_feature++ = {feature_template + offset, hash};
  };

  // Written into a scratch buffer that is never zeroed (resizing the output
  // vector to the most features words can have zeroed all of it for every
  // sentence), then copied out at its real length.
  if (scratch_features_capacity_ < n * kMaxFeaturesPerWord) {
    scratch_features_capacity_ = n * kMaxFeaturesPerWord;
    scratch_features_.reset(new NameFeature[scratch_features_capacity_]);
  }
  NameFeature* const first_feature = scratch_features_.get();
  next_feature = first_feature;
  offsets->resize(n + 1);
  (*offsets)[0] = 0;
  context_starts_.resize(n);
  for (size_t index = 0; index < n; ++index) {
    const ptrdiff_t i = static_cast<ptrdiff_t>(index);
    const std::u32string_view w = lowers_[index];
    const std::u32string_view s = shapes_[index];
    add(kFeatureBias, Hasher(kFeatureBias));
    add_hash(kFeatureLower, neighbour_hashes_[index + 1].lower);
    FeatureHasher as_written = Hasher(kFeatureWord);
    for (size_t k = 0; k < words[index].size();) {
      UChar32 c;
      U16_NEXT(words[index].data(), k, words[index].size(), c);
      as_written.Add(static_cast<char32_t>(c));
    }
    add(kFeatureWord, as_written);
    // The features that read the word's shape, hashed side by side in one
    // loop over it (as the neighbour features are): each hash is a chain of
    // dependent multiplies, and the CPU overlaps independent chains.
    // Emitted below in their usual order.
    const std::u32string_view previous_shape = shape_at(i - 1);
    const std::u32string_view next_shape = shape_at(i + 1);
    FeatureHasher previous_lexicon = Hasher(kFeaturePrevLexicon);
    if (index == 0) {
      previous_lexicon.Add(kBeforeSentence);
    } else if (lexicon_[index - 1]) {
      previous_lexicon.Add(static_cast<char32_t>(lexicon_[index - 1]));
    }
    enum ShapeLane {
      kShapeOwn,
      kShapeShared,
      kPrevShapeOwn,
      kPrevShapeShared,
      kNextShapeOwn,
      kNextShapeShared,
      kLangShape,
      kPrevLexicon,
      kShapeLanes
    };
    uint32_t shape_lanes[kShapeLanes] = {
        Hasher(kFeatureShape).value(),
        FeatureHasher(kFeatureShape + kSharedOffset).value(),
        Hasher(kFeaturePrevShape).value(),
        FeatureHasher(kFeaturePrevShape + kSharedOffset).value(),
        Hasher(kFeatureNextShape).value(),
        FeatureHasher(kFeatureNextShape + kSharedOffset).value(),
        Hasher(kFeatureLangShape).Add(lang0).Add(lang1).Add(U'|').value(),
        previous_lexicon.Add(U'|').value()};
    for (char32_t c : previous_shape) {
      for (int lane : {kPrevShapeOwn, kPrevShapeShared}) {
        shape_lanes[lane] = FeatureHasher::Extend(shape_lanes[lane], c);
      }
    }
    for (int lane : {kPrevShapeOwn, kPrevShapeShared}) {
      shape_lanes[lane] = FeatureHasher::Extend(shape_lanes[lane], U'|');
    }
    for (char32_t c : s) {
      for (uint32_t& lane : shape_lanes) lane = FeatureHasher::Extend(lane, c);
    }
    for (int lane : {kNextShapeOwn, kNextShapeShared}) {
      shape_lanes[lane] = FeatureHasher::Extend(shape_lanes[lane], U'|');
    }
    for (char32_t c : next_shape) {
      for (int lane : {kNextShapeOwn, kNextShapeShared}) {
        shape_lanes[lane] = FeatureHasher::Extend(shape_lanes[lane], c);
      }
    }
    const auto add_with_shared_hashes = [&](uint32_t feature_template,
                                            uint32_t own, uint32_t shared) {
      add_hash(feature_template, own);
      *next_feature++ = {feature_template + kSharedOffset, shared};
    };
    // The features of the word alone come first and the features of its
    // context after them: a decoder can then reuse the first group's sum
    // for every repetition of the word.
    add_with_shared_hashes(kFeatureShape, shape_lanes[kShapeOwn],
                           shape_lanes[kShapeShared]);
    add(kFeaturePrefix3, Hasher(kFeaturePrefix3).Add(Prefix(w, 3)));
    add(kFeatureSuffix2, Hasher(kFeatureSuffix2).Add(Suffix(w, 2)));
    add(kFeatureSuffix3, Hasher(kFeatureSuffix3).Add(Suffix(w, 3)));
    add(kFeatureSuffix4, Hasher(kFeatureSuffix4).Add(Suffix(w, 4)));
    add_hash(kFeatureLangShape, shape_lanes[kLangShape]);
    if (lexicon_[index]) {
      add(kFeatureLexicon, Hasher(kFeatureLexicon)
                               .Add(lang0)
                               .Add(lang1)
                               .Add(U'|')
                               .Add(static_cast<char32_t>(lexicon_[index])));
    }
    const std::u32string_view cue = InstitutionCue(words[index], w);
    if (!cue.empty())
      add(kFeatureInstitution, Hasher(kFeatureInstitution).Add(cue));
    if (const uint32_t cluster = clusters_[index]) {
      for (int length : kClusterPrefixLengths) {
        add(kFeatureClusterPrefix,
            Hasher(kFeatureClusterPrefix)
                .Add(
                    static_cast<char32_t>(WordClusterPrefix(cluster, length))));
      }
    }
    context_starts_[index] =
        static_cast<uint32_t>(next_feature - first_feature);
    add_hash(kFeaturePrevLower, neighbour(index, -1).as_previous);
    add_hash(kFeatureNextLower, neighbour(index, 1).as_next);
    add_hash(kFeaturePrev2Lower, neighbour(index, -2).as_second_previous);
    add_hash(kFeatureNext2Lower, neighbour(index, 2).as_second_next);
    add_with_shared_hashes(kFeaturePrevShape, shape_lanes[kPrevShapeOwn],
                           shape_lanes[kPrevShapeShared]);
    add_with_shared_hashes(kFeatureNextShape, shape_lanes[kNextShapeOwn],
                           shape_lanes[kNextShapeShared]);
    add_hash(kFeaturePrevSuffix, neighbour(index, -1).suffix_as_previous);
    add_hash(kFeatureNextSuffix, neighbour(index, 1).suffix_as_next);
    if (index == 0) {
      add_with_shared(kFeatureFirstShape, [&](FeatureHasher& h) { h.Add(s); });
    }
    if (proper_names_[index]) {
      add(kFeatureProperName,
          Hasher(kFeatureProperName).Add(proper_names_[index]));
    }
    add_hash(kFeaturePrevLexicon, shape_lanes[kPrevLexicon]);
    if (index + 1 < n && places_[index + 1] == 'B') {
      add(kFeatureNextPlacePrevLower,
          Hasher(kFeatureNextPlacePrevLower).Add(w));
    }
    // Unknown neighbours and the sentence's edges hash as prefix 0.
    add(kFeaturePrevCluster,
        Hasher(kFeaturePrevCluster)
            .Add(static_cast<char32_t>(
                index == 0
                    ? 1
                    : WordClusterPrefix(clusters_[index - 1],
                                        kNeighbourClusterPrefixLength))));
    add(kFeatureNextCluster,
        Hasher(kFeatureNextCluster)
            .Add(static_cast<char32_t>(
                index + 1 == n
                    ? 1
                    : WordClusterPrefix(clusters_[index + 1],
                                        kNeighbourClusterPrefixLength))));
    // Name-list membership: the mark ('B'/'I') of every list that matched.
    // A static table: a list of pairs built in the loop was built per word.
    using Marks = std::vector<char> NameFeatureExtractor::*;
    static constexpr std::pair<NameFeatureTemplate, Marks> kListFeatures[] = {
        {kFeaturePlace, &NameFeatureExtractor::places_},
        {kFeatureFirstName, &NameFeatureExtractor::first_names_},
        {kFeatureSurname, &NameFeatureExtractor::surnames_},
        {kFeatureWikiPerson, &NameFeatureExtractor::wiki_persons_},
        {kFeatureWikiPlace, &NameFeatureExtractor::wiki_places_},
        {kFeatureWikiOrganisation, &NameFeatureExtractor::wiki_organisations_},
        {kFeatureWikiGivenName, &NameFeatureExtractor::wiki_given_names_},
        {kFeatureWikiFamilyName, &NameFeatureExtractor::wiki_family_names_}};
    for (const auto& [list_template, marks] : kListFeatures) {
      const char mark = (this->*marks)[index];
      if (mark) {
        add_with_shared(list_template, [mark](FeatureHasher& h) {
          h.Add(static_cast<char32_t>(mark));
        });
      }
    }
    (*offsets)[index + 1] = static_cast<uint32_t>(next_feature - first_feature);
  }
  features->assign(first_feature, next_feature);
}

}  // namespace lesbar
