// Embind layer: converts between JavaScript and the core, nothing more.
// Results cross as flat Int32Arrays copied out of wasm memory, so the caller
// owns plain JS data and there is nothing to .delete() per token.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <memory>
#include <string>
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
  }
  return "internal";
}

val ErrorObject(const lesbar::Status& status) {
  val error = val::object();
  error.set("error", val(StatusName(status.code)));
  error.set("message", val(status.message));
  return error;
}

// Copies `count` int32s into a fresh Int32Array owned by JavaScript: the
// view into wasm memory is only valid until the next allocation.
val CopyToInt32Array(const void* data, size_t count) {
  return val::global("Int32Array")
      .new_(val(emscripten::typed_memory_view(
          count, static_cast<const int32_t*>(data))));
}

template <typename Packed>
val ToInt32Array(const std::vector<Packed>& items) {
  return CopyToInt32Array(items.data(),
                          items.size() * sizeof(Packed) / sizeof(int32_t));
}

// ---- Entities (issue #4) ----
// Entities cross as start,end,type,cluster quadruples plus a Float32Array of
// scores; clusters as id,type,mention count triples, their mentions in one
// flat Int32Array, and their names as an array of strings.
void SetEntities(const lesbar::Analysis& analysis, val* result) {
  std::vector<int32_t> entities;
  std::vector<float> scores;
  entities.reserve(analysis.entities.size() * 4);
  scores.reserve(analysis.entities.size());
  for (const lesbar::Entity& e : analysis.entities) {
    entities.insert(entities.end(),
                    {e.start, e.end, static_cast<int32_t>(e.type), e.cluster});
    scores.push_back(e.score);
  }
  std::vector<int32_t> clusters;
  std::vector<int32_t> mentions;
  val names = val::array();
  for (const lesbar::EntityCluster& c : analysis.clusters) {
    clusters.insert(clusters.end(), {c.id, static_cast<int32_t>(c.type),
                                     static_cast<int32_t>(c.mentions.size())});
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
  val AnalyzeUtf8(uintptr_t address, int32_t bytes, int32_t units,
                  const std::string& language, int tokenization,
                  double max_input_length) {
    std::u16string text(static_cast<size_t>(units), u'\0');
    int32_t written = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8WithSub(text.data(), units, &written,
                         reinterpret_cast<const char*>(address), bytes, 0xFFFD,
                         nullptr, &error);
    if (U_FAILURE(error) || written != units) {
      return ErrorObject({lesbar::StatusCode::kInternal,
                          "UTF-8 input does not match its UTF-16 length"});
    }
    return Analyze(text, language, tokenization, max_input_length);
  }

 private:
  val Analyze(const std::u16string& text, const std::string& language,
              int tokenization, double max_input_length) {
    if (analyzer_ == nullptr) return ErrorObject(create_status_);
    analyzer_->set_max_input_length(static_cast<int64_t>(max_input_length));
    lesbar::AnalyzeOptions options;
    options.language = language;
    options.tokenization = tokenization == 1
                               ? lesbar::Tokenization::kUniversalDependencies
                               : lesbar::Tokenization::kReader;
    lesbar::Analysis analysis;
    const lesbar::Status status = analyzer_->Analyze(text, options, &analysis);
    if (!status.ok()) return ErrorObject(status);

    val result = val::object();
    result.set("language", val(analysis.language));
    // Spans are pairs and tokens triples of int32 (see lesbar.h).
    result.set("paragraphs", ToInt32Array(analysis.paragraphs));
    result.set("sentences", ToInt32Array(analysis.sentences));
    result.set("tokens", ToInt32Array(analysis.tokens));
    SetEntities(analysis, &result);
    return result;
  }

  lesbar::Status create_status_;
  std::unique_ptr<lesbar::Analyzer> analyzer_;
};

// Bytes the allocator has handed out and not taken back: lets tests and
// callers check that repeated calls leave the heap flat.
double HeapUsedBytes() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(lesbar) {
  emscripten::function("heapUsedBytes", &HeapUsedBytes);
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("analyzeUtf8", &WasmAnalyzer::AnalyzeUtf8);
}
