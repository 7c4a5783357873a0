// lesbar: text analytics for pasted articles, the same code natively and in
// WebAssembly. This is the one public header of the core.
//
// All offsets are UTF-16 code unit indices into the text handed to
// Analyzer::Analyze, so JavaScript's text.slice(start, end) is always right.
#ifndef LESBAR_LESBAR_H_
#define LESBAR_LESBAR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lesbar {

// Stable numeric values: they cross the WebAssembly boundary as integers and
// the JavaScript wrapper maps them to names in the same order. 32 bits wide
// so a Token is exactly three int32s and a token vector can be handed to
// JavaScript as one Int32Array without repacking.
enum class TokenKind : int32_t {
  kWord = 0,
  kNumber = 1,
  kPunct = 2,
  kSymbol = 3,
  kUrl = 4,
  kEmail = 5,
  kHashtag = 6,
  kMention = 7,
  kEmoji = 8,
};
const char* TokenKindName(TokenKind kind);

struct Span {
  int32_t start = 0;
  int32_t end = 0;
  bool operator==(const Span& other) const {
    return start == other.start && end == other.end;
  }
};

struct Token {
  int32_t start = 0;
  int32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};
static_assert(sizeof(Token) == 3 * sizeof(int32_t), "Token must pack");
static_assert(sizeof(Span) == 2 * sizeof(int32_t), "Span must pack");

// Reader tokens keep what a reader sees as one unit ("Berg-Karabach",
// "long-term", "!!!"); Universal Dependencies tokens follow the treebanks
// (UD German GSD and English EWT split at hyphens, GSD splits "!!!"), for
// feeding UD tools or scoring against UD data. Both split English clitics.
enum class Tokenization : uint8_t { kReader = 0, kUniversalDependencies = 1 };

// kLesbar counts with lesbar's own segmentation and syllable model;
// kTextstat counts words, sentences and syllables as textstat 0.7.11 does and
// uses its formulas, so its numbers can be reproduced.
enum class ReadabilityCompat : uint8_t { kLesbar = 0, kTextstat = 1 };

struct AnalyzeOptions {
  // "de", "en", "auto", or any BCP 47 language tag; languages without
  // lesbar's own rules fall back to ICU's rules for that locale.
  std::string language = "auto";
  Tokenization tokenization = Tokenization::kReader;
  ReadabilityCompat readability_compat = ReadabilityCompat::kLesbar;
  // false leaves token_syllables, readability and sentence_readability empty.
  bool readability = true;
  // false leaves entities and clusters empty (and quotes without speakers);
  // the name tagger is the most expensive analysis.
  bool entities = true;
};

// ---- Readability ------------------------------------------------------
struct ReadabilityCounts {
  int64_t sentences = 0;
  int64_t words = 0;
  int64_t syllables = 0;
  int64_t letters = 0;     // letters and digits in words
  int64_t characters = 0;  // UTF-16 code units of all tokens (no spaces)
  int64_t monosyllables = 0;
  int64_t polysyllables = 0;    // words of three or more syllables
  int64_t long_words = 0;       // words of seven or more letters (LIX, RIX)
  int64_t unique_words = 0;     // distinct lower-cased words
  int64_t difficult_words = 0;  // English: not on the Dale-Chall list
};

// A score is NaN when it makes no sense for the language (Dale-Chall without
// that language's word list) or for the text (no words); JS gets null.
struct ReadabilityScores {
  double flesch_reading_ease = 0;  // per-language variant (Amstad for de)
  double flesch_kincaid_grade = 0;
  double gunning_fog = 0;
  double smog = 0;
  double coleman_liau = 0;
  double automated_readability_index = 0;
  double dale_chall = 0;
  double lix = 0;
  double rix = 0;
  double wiener_sachtextformel[4] = {0, 0, 0, 0};
};

// Both views point to static strings, so a level per sentence costs no
// allocation.
struct ReadabilityLevel {
  std::string_view label;  // in the text's language: "schwer", "difficult"
  std::string_view scale;  // the score the label reads: "flesch_reading_ease"
};

struct Readability {
  ReadabilityCounts counts;
  ReadabilityScores scores;
  ReadabilityLevel level;
  double difficulty = 0;  // 1 (very easy) ... 7 (very hard), fitted on people
  double reading_time_seconds = 0;
};

struct SentenceReadability {
  int32_t words = 0;
  int32_t syllables = 0;
  int32_t long_words = 0;
  double score = 0;  // the document's main score, on this sentence alone
  ReadabilityLevel level;
  double difficulty = 0;
};

// ---- Entities ---------------------------------------------------------
// Stable numeric values, mapped to names in the same order by the JS wrapper.
enum class EntityType : int32_t {
  kPerson = 0,
  kLocation = 1,
  kOrganization = 2,
  kMisc = 3,
  kDate = 4,
  kTime = 5,
  kMoney = 6,
  kPercent = 7,
  kQuantity = 8,
};
const char* EntityTypeName(EntityType type);

struct Entity {
  int32_t start = 0;
  int32_t end = 0;
  EntityType type = EntityType::kPerson;
  int32_t cluster = -1;  // index into Analysis::clusters
  float score = 0;       // confidence in 0..1
};

// Every mention of one real-world entity: "Sergej Schoigu", "Shoigu",
// "Schoigu". `name` is the most complete form.
struct EntityCluster {
  int32_t id = 0;  // equals its index in Analysis::clusters
  EntityType type = EntityType::kPerson;
  std::u16string name;
  std::vector<int32_t> mentions;  // indices into Analysis::entities
};

// ---- Quotations -------------------------------------------------------
struct Quote {
  int32_t start = 0;  // the quotation including its quotation marks
  int32_t end = 0;
  int32_t speaker = -1;  // cluster id of who said it, or -1
  Span cue{-1, -1};      // the reporting verb ("sagte"), or {-1, -1}
};

// ---- Language identification ------------------------------------------
struct LanguageSpan {
  Span span;  // a paragraph
  std::string language;
  double confidence = 0;
};

struct Analysis {
  std::string language;  // the language used: "de", "en", ..., "und"
  // The likeliest language when `language` is "und" because the text is
  // too short to tell ("Hallo Anna"); otherwise equal to `language`, and
  // "und" too for a text without letters.
  std::string language_guess;
  double language_confidence = 0;  // 0..1 (of language_guess); 1 if given
  // Runs of paragraphs in one language, for mixed texts; with a given
  // language, one run over all paragraphs in it (confidence 1).
  std::vector<LanguageSpan> languages;
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;
  std::vector<Token> tokens;
  std::vector<int32_t> token_syllables;  // per token; 0 for non-words
  Readability readability;
  std::vector<SentenceReadability> sentence_readability;  // per sentence
  std::vector<Entity> entities;  // ordered, non-overlapping
  std::vector<EntityCluster> clusters;
  std::vector<Quote> quotes;
};

// kFailedPrecondition: data the request needs has not been handed over
// (the entity asset, see Analyzer::LoadEntityData).
enum class StatusCode {
  kOk,
  kInvalidArgument,
  kTooLarge,
  kInternal,
  kFailedPrecondition
};

struct Status {
  StatusCode code = StatusCode::kOk;
  std::string message;
  bool ok() const { return code == StatusCode::kOk; }
};

// Default upper bound on the input, in UTF-16 code units (64 Mi).
constexpr int64_t kDefaultMaxInputLength = int64_t{64} * 1024 * 1024;

// Holds ICU break iterators so repeated calls do not rebuild them. Not
// thread-safe: use one Analyzer per thread.
class Analyzer {
 public:
  // Returns nullptr and fills *status if ICU cannot be initialised (for
  // example when its data is missing).
  static std::unique_ptr<Analyzer> Create(Status* status);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  void set_max_input_length(int64_t units) { max_input_length_ = units; }
  int64_t max_input_length() const { return max_input_length_; }

  // Any sequence of code units is accepted, lone surrogates and NUL
  // included; only input over max_input_length() is refused.
  Status Analyze(std::u16string_view text, const AnalyzeOptions& options,
                 Analysis* result);

  // Syllables of one word as lesbar counts them for readability ("Abend" 2,
  // "Museum" 3); 0 for a string without letters or digits.
  int CountSyllables(std::u16string_view word, const std::string& language);

  // ---- textstat compatibility data ----
  // ReadabilityCompat::kTextstat counts syllables with the hyphenation
  // patterns Pyphen uses and, for English, CMUdict. That data is the build
  // output lesbar-textstat.dat (dist/ for wasm, build/native/ natively;
  // 3.4 MB, about 0.9 MB brotli), kept out of the module so the default
  // download stays small: hand its bytes over once, before analyzing in that
  // mode. Process-wide (every Analyzer sees it), copied, replaces earlier
  // data. Until then compat scores built on syllables are NaN.
  // kInvalidArgument if `data` is not such a file.
  static Status SetTextstatData(std::string_view data);

  // ---- entity data ----
  // options.entities reads the name tagger's model and the name lists from
  // lesbar-entities.dat (dist/lesbar-entities.<hash>.dat for wasm,
  // build/native/lesbar-entities.dat natively; format: docs/assets.md),
  // kept out of the module so that users without entities never download
  // it. Hand its bytes over once per process; they are taken over, not
  // copied. Until then Analyze() with options.entities fails with
  // kFailedPrecondition. kInvalidArgument if `data` is not such a file
  // (truncated, corrupt, another version) or differs from data already
  // loaded.
  static Status LoadEntityData(std::string data);
  static bool entity_data_loaded();

 private:
  class Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  int64_t max_input_length_ = kDefaultMaxInputLength;
};

}  // namespace lesbar

#endif  // LESBAR_LESBAR_H_
