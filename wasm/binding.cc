// Embind layer: converts between JavaScript and the core, nothing more.
// Results cross as flat Int32Arrays copied out of wasm memory, so the caller
// owns plain JS data and there is nothing to .delete() per token.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <memory>
#include <string>
#include <vector>

#include "lesbar/lesbar.h"

namespace {

using emscripten::val;

const char* StatusName(lesbar::StatusCode code) {
  switch (code) {
    case lesbar::StatusCode::kOk: return "ok";
    case lesbar::StatusCode::kInvalidArgument: return "invalid_argument";
    case lesbar::StatusCode::kTooLarge: return "too_large";
    case lesbar::StatusCode::kInternal: return "internal";
  }
  return "internal";
}

val ErrorObject(const lesbar::Status& status) {
  val error = val::object();
  error.set("error", val(StatusName(status.code)));
  error.set("message", val(status.message));
  return error;
}

// Copies `values` into a fresh Int32Array owned by JavaScript.
val CopyToInt32Array(const std::vector<int32_t>& values) {
  return val::global("Int32Array")
      .new_(val(emscripten::typed_memory_view(values.size(), values.data())));
}

class WasmAnalyzer {
 public:
  WasmAnalyzer() { analyzer_ = lesbar::Analyzer::Create(&create_status_); }

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
    result.set("paragraphs", SpansToArray(analysis.paragraphs));
    result.set("sentences", SpansToArray(analysis.sentences));
    flat_.clear();
    flat_.reserve(analysis.tokens.size() * 3);
    for (const lesbar::Token& token : analysis.tokens) {
      flat_.push_back(token.start);
      flat_.push_back(token.end);
      flat_.push_back(static_cast<int32_t>(token.kind));
    }
    result.set("tokens", CopyToInt32Array(flat_));
    ReleaseIfLarge();
    return result;
  }

 private:
  val SpansToArray(const std::vector<lesbar::Span>& spans) {
    flat_.clear();
    flat_.reserve(spans.size() * 2);
    for (const lesbar::Span& span : spans) {
      flat_.push_back(span.start);
      flat_.push_back(span.end);
    }
    return CopyToInt32Array(flat_);
  }

  // Keeps small buffers for reuse but hands huge ones back to the allocator.
  void ReleaseIfLarge() {
    if (flat_.capacity() > (1u << 20)) std::vector<int32_t>().swap(flat_);
  }

  lesbar::Status create_status_;
  std::unique_ptr<lesbar::Analyzer> analyzer_;
  std::vector<int32_t> flat_;
};

// Bytes the allocator has handed out and not taken back: lets tests and
// callers check that repeated calls leave the heap flat.
double HeapUsedBytes() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(lesbar) {
  emscripten::function("heapUsedBytes", &HeapUsedBytes);
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("analyze", &WasmAnalyzer::Analyze);
}
