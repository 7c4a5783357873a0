// Times the parts of entity spotting natively on a UTF-8 file: the name
// tagger's feature extraction (NameFeatureExtractor::Extract, over the
// tagger's sentence windows), the value rules (FindValueEntities) and the
// whole FindEntities. Each part also prints a checksum of what it computed,
// so a speed change can be checked to leave the output alone.
// Times are the best of RUNS in thread CPU time (other processes on a
// shared machine change it less than wall time); PART (features, values or
// all) limits the run to one part, e.g. for counting its instructions with
// `perf stat -e instructions:u`.
//   lesbar_entities_native_bench FILE LANGUAGE [RUNS] [PART]
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "analyses/entities/entities.h"
#include "analyses/entities/name_features.h"
#include "analyses/entities/value_entities.h"
#include "lesbar/lesbar.h"
#include "test_util.h"

namespace {

// The tagger's windows (TagNames in name_tagger.cc): the tokens of each
// sentence, at most 256 a window, each cut to 64 code units.
std::vector<std::vector<std::u16string_view>> TaggerWindows(
    std::u16string_view text, const lesbar::Analysis& analysis) {
  constexpr size_t kMaxWindowTokens = 256, kMaxWordUnits = 64;
  std::vector<std::vector<std::u16string_view>> windows;
  const auto& tokens = analysis.tokens;
  size_t next = 0;
  for (const lesbar::Span& sentence : analysis.sentences) {
    while (next < tokens.size() && tokens[next].start < sentence.start) ++next;
    while (next < tokens.size() && tokens[next].end <= sentence.end) {
      std::vector<std::u16string_view> words;
      while (next < tokens.size() && tokens[next].end <= sentence.end &&
             words.size() < kMaxWindowTokens) {
        const lesbar::Token& token = tokens[next];
        size_t length = static_cast<size_t>(token.end - token.start);
        if (length > kMaxWordUnits) {
          length = kMaxWordUnits;
          if (U16_IS_LEAD(text[token.start + length - 1])) --length;
        }
        words.push_back(text.substr(token.start, length));
        ++next;
      }
      windows.push_back(std::move(words));
    }
  }
  return windows;
}

uint64_t Mix(uint64_t checksum, uint64_t value) {
  return (checksum ^ value) * 0x100000001B3ull;
}

double ThreadSeconds() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + now.tv_nsec * 1e-9;
}

template <typename F>
double BestSeconds(int runs, F&& f) {
  double best = 1e9;
  for (int run = 0; run < runs; ++run) {
    const double start = ThreadSeconds();
    f();
    best = std::min(best, ThreadSeconds() - start);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  lesbar::testing::LoadEntityAssetOrDie();
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s FILE LANGUAGE [RUNS] [PART]\n", argv[0]);
    return 2;
  }
  const std::string utf8 = lesbar::testing::ReadFile(argv[1]);
  const std::string language = argv[2];
  const int runs = argc > 3 ? std::stoi(argv[3]) : 7;
  const std::string part = argc > 4 ? argv[4] : "all";
  const std::u16string text = lesbar::testing::U16(utf8);
  const double megabytes = utf8.size() / 1e6;

  lesbar::Status status;
  auto analyzer = lesbar::Analyzer::Create(&status);
  if (!analyzer) return 1;
  lesbar::AnalyzeOptions options;
  options.language = language;
  options.readability = false;
  options.entities = false;
  lesbar::Analysis analysis;
  analyzer->Analyze(text, options, &analysis);
  const auto windows = TaggerWindows(text, analysis);

  lesbar::NameFeatureExtractor extractor;
  std::vector<lesbar::NameFeature> features;
  std::vector<uint32_t> offsets;
  // The first call builds the name lists (cold start).
  const double first_start = ThreadSeconds();
  extractor.Extract({u"Berlin"}, language, &features, &offsets);
  const double first_call_seconds = ThreadSeconds() - first_start;
  uint64_t feature_checksum = 0;
  const int extract_runs = part == "all" || part == "features" ? runs : 0;
  const double extract_seconds = BestSeconds(extract_runs, [&] {
    feature_checksum = 0;
    for (const auto& words : windows) {
      extractor.Extract(words, language, &features, &offsets);
      for (const lesbar::NameFeature& f : features) {
        feature_checksum = Mix(feature_checksum, f.feature_template);
        feature_checksum = Mix(feature_checksum, f.hash);
      }
      for (uint32_t offset : offsets) {
        feature_checksum = Mix(feature_checksum, offset);
      }
      for (size_t k = 0; k < words.size(); ++k) {
        feature_checksum = Mix(feature_checksum, extractor.place_mark(k));
        feature_checksum = Mix(feature_checksum, extractor.in_person_names(k));
        feature_checksum = Mix(feature_checksum, extractor.lexicon_class(k));
        feature_checksum = Mix(feature_checksum, extractor.transition_class(k));
      }
    }
  });

  const auto entity_checksum = [](const std::vector<lesbar::Entity>& found) {
    uint64_t checksum = found.size();
    for (const lesbar::Entity& e : found) {
      checksum = Mix(checksum, static_cast<uint64_t>(e.start));
      checksum = Mix(checksum, static_cast<uint64_t>(e.end));
      checksum = Mix(checksum, static_cast<uint64_t>(e.type));
      checksum = Mix(checksum, static_cast<uint64_t>(e.score * 1e6));
    }
    return checksum;
  };
  uint64_t value_checksum = 0;
  size_t values = 0;
  const int value_runs = part == "all" || part == "values" ? runs : 0;
  const double value_seconds = BestSeconds(value_runs, [&] {
    const auto found = lesbar::FindValueEntities(text, analysis.tokens,
                                                 analysis.sentences, language);
    values = found.size();
    value_checksum = entity_checksum(found);
  });

  uint64_t all_checksum = 0;
  size_t entities = 0;
  const double all_seconds = BestSeconds(part == "all" ? runs : 0, [&] {
    std::vector<lesbar::Entity> found;
    std::vector<lesbar::EntityCluster> clusters;
    lesbar::FindEntities(text, analysis.tokens, analysis.sentences, language,
                         &found, &clusters);
    entities = found.size();
    all_checksum = entity_checksum(found);
  });

  std::printf("%s (%s, %.2f MB, %zu tokens, best of %d)\n", argv[1],
              language.c_str(), megabytes, analysis.tokens.size(), runs);
  std::printf("  first Extract (builds the lists): %.1f ms\n",
              first_call_seconds * 1e3);
  std::printf("  name features:  %7.1f MB/s  checksum %016llx\n",
              megabytes / extract_seconds,
              static_cast<unsigned long long>(feature_checksum));
  std::printf("  value rules:    %7.1f MB/s  checksum %016llx (%zu values)\n",
              megabytes / value_seconds,
              static_cast<unsigned long long>(value_checksum), values);
  std::printf("  FindEntities:   %7.1f MB/s  checksum %016llx (%zu entities)\n",
              megabytes / all_seconds,
              static_cast<unsigned long long>(all_checksum), entities);
  return 0;
}
