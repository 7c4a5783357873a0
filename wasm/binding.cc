// Embind layer: converts between JavaScript and the core, nothing more.
// Results cross as flat Int32Arrays copied out of wasm memory, so the caller
// owns plain JS data and there is nothing to .delete() per token. Contract()
// describes those arrays and the enums, so the JS side spells neither out.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace {

using emscripten::val;

const char* StatusName(lesbar::StatusCode code) {
  switch (code) {
    case lesbar::StatusCode::kOk:
      return "ok";
    case lesbar::StatusCode::kInvalidArgument:
      return "invalid_argument";
    case lesbar::StatusCode::kTooLarge:
      return "too_large";
    case lesbar::StatusCode::kInternal:
      return "internal";
    case lesbar::StatusCode::kFailedPrecondition:
      return "failed_precondition";
  }
  return "internal";
}

val ErrorObject(const lesbar::Status& status) {
  val error = val::object();
  error.set("error", val(StatusName(status.code)));
  error.set("message", val(status.message));
  return error;
}

// ---- The contract with the JS wrapper ----
// Every record that crosses as a run of numbers in a flat typed array, as
// its field names in order: the stride is their count. Contract() hands
// them to the build, which writes them into dist/lesbar-contract.mjs for
// js/result.js, so a record's layout is written down here and nowhere else.
using Fields = std::initializer_list<const char*>;
constexpr Fields kSpanFields = {"start", "end"};
constexpr Fields kTokenFields = {"start", "end", "kind"};
constexpr Fields kQuoteFields = {"start", "end", "speaker", "cueStart",
                                 "cueEnd"};
constexpr Fields kEntityFields = {"start", "end", "type", "cluster"};
constexpr Fields kClusterFields = {"id", "type", "mentionCount"};
constexpr Fields kSentenceReadabilityFields = {
    "words", "syllables", "longWords", "score", "difficulty"};

// Spans, tokens and quotes are copied out as they lie in memory, so their
// structs must be exactly their fields.
static_assert(sizeof(lesbar::Span) == kSpanFields.size() * sizeof(int32_t),
              "Span must pack as its fields");
static_assert(sizeof(lesbar::Token) == kTokenFields.size() * sizeof(int32_t),
              "Token must pack as its fields");
static_assert(offsetof(lesbar::Token, kind) == 2 * sizeof(int32_t),
              "Token fields out of order");
static_assert(sizeof(lesbar::Quote) == kQuoteFields.size() * sizeof(int32_t),
              "Quote must pack as its fields");
static_assert(offsetof(lesbar::Quote, cue) == 3 * sizeof(int32_t),
              "Quote fields out of order");

// Appends one record built field by field: a record of the wrong length
// does not compile.
template <const Fields& kFields, typename Number, typename... Values>
void AppendRecord(std::vector<Number>* out, Values... values) {
  static_assert(sizeof...(Values) == kFields.size(),
                "record does not match its fields");
  out->insert(out->end(), {static_cast<Number>(values)...});
}

// Names by value, for enums numbered densely from 0 whose name function
// says "unknown" past the last one.
template <typename Enum>
val EnumNames(const char* (*name)(Enum)) {
  val names = val::array();
  for (int32_t value = 0;; ++value) {
    const std::string_view text = name(static_cast<Enum>(value));
    if (text == "unknown") break;
    names.call<void>("push", val(std::string(text)));
  }
  return names;
}

const char* TokenizationName(lesbar::Tokenization tokenization) {
  switch (tokenization) {
    case lesbar::Tokenization::kReader:
      return "reader";
    case lesbar::Tokenization::kUniversalDependencies:
      return "ud";
  }
  return "unknown";
}

const char* ReadabilityCompatName(lesbar::ReadabilityCompat compat) {
  switch (compat) {
    case lesbar::ReadabilityCompat::kLesbar:
      return "lesbar";
    case lesbar::ReadabilityCompat::kTextstat:
      return "textstat";
  }
  return "unknown";
}

val FieldArray(const Fields& fields) {
  val array = val::array();
  for (const char* field : fields) array.call<void>("push", val(field));
  return array;
}

val Contract() {
  val records = val::object();
  records.set("span", FieldArray(kSpanFields));
  records.set("token", FieldArray(kTokenFields));
  records.set("quote", FieldArray(kQuoteFields));
  records.set("entity", FieldArray(kEntityFields));
  records.set("cluster", FieldArray(kClusterFields));
  records.set("sentenceReadability", FieldArray(kSentenceReadabilityFields));
  val contract = val::object();
  contract.set("records", records);
  contract.set("tokenKinds", EnumNames(&lesbar::TokenKindName));
  contract.set("entityTypes", EnumNames(&lesbar::EntityTypeName));
  // Option values: analyzeUtf8 takes their index, the C++ enum's value.
  contract.set("tokenizations", EnumNames(&TokenizationName));
  contract.set("readabilityCompat", EnumNames(&ReadabilityCompatName));
  contract.set("defaultMaxInputLength",
               val(static_cast<double>(lesbar::kDefaultMaxInputLength)));
  return contract;
}

// A view of `items` in the module's memory, valid until the analyzer's
// releaseResult() or next analysis and while the memory does not grow: the
// JS wrapper reads it into objects right away. A copy of the tokens of a
// 10 MB text was 20 MB more at the peak of the call.
template <typename Packed>
val ViewInt32Array(const std::vector<Packed>& items) {
  static_assert(sizeof(Packed) % sizeof(int32_t) == 0);
  return val(emscripten::typed_memory_view(
      items.size() * sizeof(Packed) / sizeof(int32_t),
      reinterpret_cast<const int32_t*>(items.data())));
}

// The same as a fresh Int32Array owned by JavaScript, for vectors that do
// not outlive the call.
template <typename Packed>
val ToInt32Array(const std::vector<Packed>& items) {
  return val::global("Int32Array").new_(ViewInt32Array(items));
}

// NaN (a score that does not apply) becomes null.
val Number(double value) {
  return std::isnan(value) ? val::null() : val(value);
}

// Every score, by its key in `scores` and by the name the core gives it in
// ReadabilityLevel::scale (its C++ field), so that `level.scale` is looked
// up here and names the very key `scores` has.
struct ScoreField {
  const char* key;
  std::string_view core_name;
  double (*value)(const lesbar::ReadabilityScores&);
};
using Scores = lesbar::ReadabilityScores;
constexpr ScoreField kScoreFields[] = {
    {"fleschReadingEase", "flesch_reading_ease",
     [](const Scores& s) { return s.flesch_reading_ease; }},
    {"fleschKincaidGrade", "flesch_kincaid_grade",
     [](const Scores& s) { return s.flesch_kincaid_grade; }},
    {"gunningFog", "gunning_fog",
     [](const Scores& s) { return s.gunning_fog; }},
    {"smog", "smog", [](const Scores& s) { return s.smog; }},
    {"colemanLiau", "coleman_liau",
     [](const Scores& s) { return s.coleman_liau; }},
    {"automatedReadabilityIndex", "automated_readability_index",
     [](const Scores& s) { return s.automated_readability_index; }},
    {"daleChall", "dale_chall", [](const Scores& s) { return s.dale_chall; }},
    {"lix", "lix", [](const Scores& s) { return s.lix; }},
    {"rix", "rix", [](const Scores& s) { return s.rix; }},
    {"wienerSachtextformel1", "wiener_sachtextformel1",
     [](const Scores& s) { return s.wiener_sachtextformel[0]; }},
    {"wienerSachtextformel2", "wiener_sachtextformel2",
     [](const Scores& s) { return s.wiener_sachtextformel[1]; }},
    {"wienerSachtextformel3", "wiener_sachtextformel3",
     [](const Scores& s) { return s.wiener_sachtextformel[2]; }},
    {"wienerSachtextformel4", "wiener_sachtextformel4",
     [](const Scores& s) { return s.wiener_sachtextformel[3]; }},
};

// The key in `scores` of the score the core calls `scale`; empty for none
// (no sentences).
std::string ScoreKey(std::string_view scale) {
  for (const ScoreField& field : kScoreFields) {
    if (field.core_name == scale) return field.key;
  }
  return std::string();
}

val LevelObject(const lesbar::ReadabilityLevel& level) {
  val object = val::object();
  object.set("label", val(std::string(level.label)));
  object.set("scale", val(ScoreKey(level.scale)));
  return object;
}

val ReadabilityObject(const lesbar::Readability& readability) {
  const lesbar::ReadabilityCounts& c = readability.counts;
  val counts = val::object();
  counts.set("sentences", val(static_cast<double>(c.sentences)));
  counts.set("words", val(static_cast<double>(c.words)));
  counts.set("syllables", val(static_cast<double>(c.syllables)));
  counts.set("letters", val(static_cast<double>(c.letters)));
  counts.set("characters", val(static_cast<double>(c.characters)));
  counts.set("monosyllables", val(static_cast<double>(c.monosyllables)));
  counts.set("polysyllables", val(static_cast<double>(c.polysyllables)));
  counts.set("longWords", val(static_cast<double>(c.long_words)));
  counts.set("uniqueWords", val(static_cast<double>(c.unique_words)));
  counts.set("difficultWords", val(static_cast<double>(c.difficult_words)));

  val scores = val::object();
  for (const ScoreField& field : kScoreFields) {
    scores.set(field.key, Number(field.value(readability.scores)));
  }

  val object = val::object();
  object.set("counts", counts);
  object.set("scores", scores);
  object.set("level", LevelObject(readability.level));
  object.set("difficulty", Number(readability.difficulty));
  object.set("readingTimeSeconds", val(readability.reading_time_seconds));
  return object;
}

// Per sentence: a sentenceReadability record of float64s (NaN for "none")
// and a level index into `levelLabels`, so half a million sentences cross
// as two typed arrays, not as objects.
void SetSentenceReadability(
    const std::vector<lesbar::SentenceReadability>& sentences, val* result) {
  std::vector<double> numbers;
  numbers.reserve(sentences.size() * kSentenceReadabilityFields.size());
  std::vector<int32_t> levels;
  levels.reserve(sentences.size());
  std::vector<std::string_view> labels;
  for (const lesbar::SentenceReadability& s : sentences) {
    AppendRecord<kSentenceReadabilityFields>(
        &numbers, s.words, s.syllables, s.long_words, s.score, s.difficulty);
    auto found = std::find(labels.begin(), labels.end(), s.level.label);
    if (found == labels.end())
      found = labels.insert(labels.end(), s.level.label);
    levels.push_back(static_cast<int32_t>(found - labels.begin()));
  }
  val label_array = val::array();
  for (std::string_view label : labels) {
    label_array.call<void>("push", val(std::string(label)));
  }
  result->set("sentenceReadability",
              val::global("Float64Array")
                  .new_(val(emscripten::typed_memory_view(numbers.size(),
                                                          numbers.data()))));
  result->set("sentenceLevels", ToInt32Array(levels));
  result->set("levelLabels", label_array);
  result->set("levelScale",
              val(ScoreKey(sentences.empty() ? std::string_view()
                                             : sentences[0].level.scale)));
}

// ---- Entities ----
// Entities cross as entity records plus a Float32Array of scores; clusters
// as cluster records, their mentions in one flat Int32Array, and their names
// as an array of strings.
void SetEntities(const lesbar::Analysis& analysis, val* result) {
  std::vector<int32_t> entities;
  std::vector<float> scores;
  entities.reserve(analysis.entities.size() * kEntityFields.size());
  scores.reserve(analysis.entities.size());
  for (const lesbar::Entity& e : analysis.entities) {
    AppendRecord<kEntityFields>(&entities, e.start, e.end, e.type, e.cluster);
    scores.push_back(e.score);
  }
  std::vector<int32_t> clusters;
  std::vector<int32_t> mentions;
  val names = val::array();
  for (const lesbar::EntityCluster& c : analysis.clusters) {
    AppendRecord<kClusterFields>(&clusters, c.id, c.type, c.mentions.size());
    mentions.insert(mentions.end(), c.mentions.begin(), c.mentions.end());
    std::string name;
    icu::UnicodeString(false, c.name.data(),
                       static_cast<int32_t>(c.name.size()))
        .toUTF8String(name);
    names.call<void>("push", val(name));
  }
  result->set("entities", ToInt32Array(entities));
  result->set("entityScores", val::global("Float32Array")
                                  .new_(val(emscripten::typed_memory_view(
                                      scores.size(), scores.data()))));
  result->set("clusters", ToInt32Array(clusters));
  result->set("clusterMentions", ToInt32Array(mentions));
  result->set("clusterNames", names);
}

class WasmAnalyzer {
 public:
  WasmAnalyzer() { analyzer_ = lesbar::Analyzer::Create(&create_status_); }

  // Input as UTF-8 bytes at `address`, written there by the JS wrapper with
  // TextEncoder.encodeInto (native speed, unlike a per-character copy).
  // TextEncoder turns a lone surrogate into U+FFFD, one code unit like the
  // surrogate, so offsets stay those of the JavaScript string; the core
  // would make the same replacement anyway.
  // tokenization and readability_compat are the C++ enums' values, which
  // Contract() names.
  val AnalyzeUtf8(uintptr_t address, int32_t bytes, int32_t units,
                  const std::string& language, int tokenization,
                  bool readability, int readability_compat, bool entities,
                  double max_input_length) {
    std::u16string text(static_cast<size_t>(units), u'\0');
    int32_t written = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8WithSub(text.data(), units, &written,
                         reinterpret_cast<const char*>(address), bytes, 0xFFFD,
                         nullptr, &error);
    // The UTF-8 copy is ours (the wrapper's #withUtf8 hands it over): freed
    // now, its memory serves the analysis instead of idling beside it.
    std::free(reinterpret_cast<void*>(address));
    if (U_FAILURE(error) || written != units) {
      return ErrorObject({lesbar::StatusCode::kInternal,
                          "UTF-8 input does not match its UTF-16 length"});
    }
    if (std::string_view(TokenizationName(
            static_cast<lesbar::Tokenization>(tokenization))) == "unknown" ||
        std::string_view(ReadabilityCompatName(
            static_cast<lesbar::ReadabilityCompat>(readability_compat))) ==
            "unknown") {
      return ErrorObject({lesbar::StatusCode::kInvalidArgument,
                          "tokenization or readability mode out of range"});
    }
    lesbar::AnalyzeOptions options;
    options.language = language;
    options.tokenization = static_cast<lesbar::Tokenization>(tokenization);
    options.readability = readability;
    options.readability_compat =
        static_cast<lesbar::ReadabilityCompat>(readability_compat);
    options.entities = entities;
    return Analyze(text, options, max_input_length);
  }

 private:
  val Analyze(const std::u16string& text, const lesbar::AnalyzeOptions& options,
              double max_input_length) {
    if (analyzer_ == nullptr) return ErrorObject(create_status_);
    analyzer_->set_max_input_length(static_cast<int64_t>(max_input_length));
    ReleaseResult();
    lesbar::Analysis& analysis = last_analysis_;
    const lesbar::Status status = analyzer_->Analyze(text, options, &analysis);
    if (!status.ok()) {
      ReleaseResult();
      return ErrorObject(status);
    }

    val result = val::object();
    result.set("language", val(analysis.language));
    // Spans, tokens and quotes as they lie in memory (see the contract);
    // the large ones as views into it, kept until releaseResult().
    result.set("paragraphs", ViewInt32Array(analysis.paragraphs));
    result.set("sentences", ViewInt32Array(analysis.sentences));
    result.set("tokens", ViewInt32Array(analysis.tokens));
    if (options.readability) {
      result.set("tokenSyllables", ViewInt32Array(analysis.token_syllables));
      result.set("readability", ReadabilityObject(analysis.readability));
      SetSentenceReadability(analysis.sentence_readability, &result);
    }
    // Language identification and quotations; language runs are few, so
    // objects.
    result.set("languageConfidence", val(analysis.language_confidence));
    result.set("languageGuess", val(analysis.language_guess));
    val languages = val::array();
    for (const lesbar::LanguageSpan& run : analysis.languages) {
      val item = val::object();
      item.set("start", val(run.span.start));
      item.set("end", val(run.span.end));
      item.set("language", val(run.language));
      item.set("confidence", val(run.confidence));
      languages.call<void>("push", item);
    }
    result.set("languages", languages);
    result.set("quotes", ToInt32Array(analysis.quotes));
    SetEntities(analysis, &result);
    return result;
  }

 public:
  // Frees the last analysis, which the views of its result read from.
  void ReleaseResult() { last_analysis_ = lesbar::Analysis(); }

  // `word` arrives as UTF-8 (Embind's std::string), converted back here.
  int CountSyllables(const std::string& word, const std::string& language) {
    if (analyzer_ == nullptr) return 0;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
    return analyzer_->CountSyllables(
        std::u16string_view(text.getBuffer(), text.length()), language);
  }

 private:
  lesbar::Status create_status_;
  std::unique_ptr<lesbar::Analyzer> analyzer_;
  lesbar::Analysis last_analysis_;
};

// Bytes the allocator has handed out and not taken back: lets tests and
// callers check that repeated calls leave the heap flat.
double HeapUsedBytes() { return static_cast<double>(mallinfo().uordblks); }

// Data files arrive as bytes the JS wrapper copied to `address` with one
// HEAPU8.set: Embind's std::string conversion of a Uint8Array copies byte by
// byte in JavaScript, which cost tens of milliseconds of cold start for the
// entity data. The copy is ours, freed once taken over.
std::string TakeBytes(uintptr_t address, size_t length) {
  void* copy = reinterpret_cast<void*>(address);
  std::string bytes(static_cast<const char*>(copy), length);
  std::free(copy);
  return bytes;
}

// The textstat compat data (dist/lesbar-textstat.dat). Returns an error
// object or null.
val SetTextstatData(uintptr_t address, size_t length) {
  const lesbar::Status status =
      lesbar::Analyzer::SetTextstatData(TakeBytes(address, length));
  return status.ok() ? val::null() : ErrorObject(status);
}

// lesbar-entities.dat, which the core takes over. Returns an error object
// or null.
val LoadEntityData(uintptr_t address, size_t length) {
  const lesbar::Status status =
      lesbar::Analyzer::LoadEntityData(TakeBytes(address, length));
  return status.ok() ? val::null() : ErrorObject(status);
}

}  // namespace

EMSCRIPTEN_BINDINGS(lesbar) {
  emscripten::function("contract", &Contract);
  emscripten::function("heapUsedBytes", &HeapUsedBytes);
  emscripten::function("setTextstatData", &SetTextstatData);
  emscripten::function("loadEntityData", &LoadEntityData);
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("analyzeUtf8", &WasmAnalyzer::AnalyzeUtf8)
      .function("releaseResult", &WasmAnalyzer::ReleaseResult)
      .function("countSyllables", &WasmAnalyzer::CountSyllables);
}
