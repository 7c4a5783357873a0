// The pipeline: text -> normalise -> language -> segment -> result, with
// every span mapped back to offsets in the caller's text.

#include <algorithm>
#include <map>

#include "analyses/entities/entities.h"
#include "analyses/quotes/quote_finder.h"
#include "analyses/readability/formulas.h"
#include "analyses/readability/levels.h"
#include "analyses/readability/readability.h"
#include "analyses/readability/word_facts_cache.h"
#include "compat/textstat/textstat_compat.h"
#include "features/syllables/syllable_counter.h"
#include "language/language_guess.h"
#include "language/language_identifier.h"
#include "lesbar/lesbar.h"
#include "normalize/normalizer.h"
#include "platform/assets.h"
#include "platform/icu_data.h"
#include "segment/language_rules.h"
#include "segment/paragraphs.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"

namespace lesbar {

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kMention:
      return "mention";
    case TokenKind::kEmoji:
      return "emoji";
  }
  return "unknown";
}

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kLocation:
      return "LOC";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kMisc:
      return "MISC";
    case EntityType::kDate:
      return "DATE";
    case EntityType::kTime:
      return "TIME";
    case EntityType::kMoney:
      return "MONEY";
    case EntityType::kPercent:
      return "PERCENT";
    case EntityType::kQuantity:
      return "QUANTITY";
  }
  return "unknown";
}

namespace {

bool IsValidLanguageTag(const std::string& tag) {
  if (tag.size() < 2 || tag.size() > 8) return false;
  for (char c : tag) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// A detected language is never certain, but the identifier's confidence
// rounds to exactly 1 for long texts, where 1 means "given by the caller".
constexpr double kMaxDetectedConfidence = 0.999;

double DetectedConfidence(double confidence) {
  return std::min(confidence, kMaxDetectedConfidence);
}

// Maps spans back to the caller's text. A span that starts or ends inside
// a normalisation edit widens to the whole edit; spans that then overlap
// (two tokens splitting one composed character) are merged, so the result
// stays ordered, non-empty and non-overlapping.
template <typename SpanLike>
void MapToOriginal(const OffsetMap& map, std::vector<SpanLike>* spans) {
  if (map.identity()) return;
  OffsetMap::Cursor cursor(map);
  size_t kept = 0;
  for (size_t i = 0; i < spans->size(); ++i) {
    SpanLike span = (*spans)[i];
    span.start = cursor.StartToOriginal(span.start);
    span.end = cursor.EndToOriginal(span.end);
    if (kept > 0 && span.start < (*spans)[kept - 1].end) {
      SpanLike& previous = (*spans)[kept - 1];
      previous.end = std::max(previous.end, span.end);
      continue;
    }
    (*spans)[kept++] = span;
  }
  spans->resize(kept);
}

// Quotations: cues are mapped one by one (two quotations can share a
// cue), then the quotations as spans.
void MapQuotesToOriginal(const OffsetMap& map, std::vector<Quote>* quotes) {
  if (map.identity()) return;
  for (Quote& quote : *quotes) {
    if (quote.cue.start < 0) continue;
    quote.cue = {map.StartToOriginal(quote.cue.start),
                 map.EndToOriginal(quote.cue.end)};
  }
  MapToOriginal(map, quotes);
}

// Language runs: few, one per change of language.
void MapLanguageSpansToOriginal(const OffsetMap& map,
                                std::vector<LanguageSpan>* runs) {
  if (map.identity()) return;
  for (LanguageSpan& run : *runs) {
    run.span = {map.StartToOriginal(run.span.start),
                map.EndToOriginal(run.span.end)};
  }
}

}  // namespace

class Analyzer::Impl {
 public:
  std::unique_ptr<Tokenizer> tokenizer;
  SentenceSplitter sentence_splitter;
  TokenizedText tokenized;  // reused so repeated calls do not reallocate

  const LanguageRules* RulesFor(const std::string& language) {
    auto found = rules.find(language);
    if (found == rules.end()) {
      found =
          rules.emplace(language, BuildRulesWithIcuExceptions(language)).first;
    }
    return &found->second;
  }

  // Keyed by base language so arbitrary tags cannot grow the cache.
  WordFactsCache* WordFactsFor(const std::string& tag) {
    const std::string language(BaseLanguage(tag));
    auto found = word_facts.find(language);
    if (found == word_facts.end()) {
      found = word_facts
                  .emplace(language, std::make_unique<WordFactsCache>(language))
                  .first;
    }
    return found->second.get();
  }

 private:
  std::map<std::string, LanguageRules> rules;
  std::map<std::string, std::unique_ptr<WordFactsCache>> word_facts;
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

std::unique_ptr<Analyzer> Analyzer::Create(Status* status) {
  *status = EnsureIcuData();
  if (!status->ok()) return nullptr;
  auto impl = std::make_unique<Impl>();
  impl->tokenizer = Tokenizer::Create(status);
  if (impl->tokenizer == nullptr) return nullptr;
  return std::unique_ptr<Analyzer>(new Analyzer(std::move(impl)));
}

Status Analyzer::LoadEntityData(std::string data) {
  std::string error;
  if (!LoadEntityAsset(std::move(data), &error)) {
    return {StatusCode::kInvalidArgument, "lesbar-entities.dat: " + error};
  }
  return {};
}

bool Analyzer::entity_data_loaded() { return EntityAssetLoaded(); }

Status Analyzer::Analyze(std::u16string_view text,
                         const AnalyzeOptions& options, Analysis* result) {
  *result = Analysis();
  if (static_cast<int64_t>(text.size()) > max_input_length_) {
    return {StatusCode::kTooLarge,
            "input of " + std::to_string(text.size()) +
                " UTF-16 code units exceeds the limit of " +
                std::to_string(max_input_length_)};
  }
  if (options.entities && !EntityAssetLoaded()) {
    // Finding no entities would look like a text without names.
    return {StatusCode::kFailedPrecondition,
            "entities need lesbar-entities.dat, which is not loaded: hand it "
            "over first (Analyzer::LoadEntityData) or analyze without "
            "entities"};
  }
  NormalizedText normalized;
  Status status = Normalize(text, &normalized);
  if (!status.ok()) return status;

  // Language identification only for "auto": per paragraph, and the
  // document from the paragraphs' summed evidence. A given tag is taken for
  // the whole text, and nothing is identified.
  result->paragraphs = SplitParagraphs(normalized.text);
  result->language = RequestedLanguage(options.language);
  if (!result->language.empty()) {
    if (!IsValidLanguageTag(result->language)) {
      return {StatusCode::kInvalidArgument,
              "language must be 'auto' or a BCP 47 language tag such as 'de' "
              "or 'en', got '" +
                  options.language + "'"};
    }
    result->language_guess = result->language;
    result->language_confidence = 1;
    if (!result->paragraphs.empty()) {
      result->languages.push_back(
          {{result->paragraphs.front().start, result->paragraphs.back().end},
           result->language,
           1});
    }
  } else {
    LanguageIdentification identified =
        LanguageIdentifier::Default().IdentifyParagraphs(normalized.text,
                                                         result->paragraphs);
    // "und" for a text too short to tell: analysed with the rules shared by
    // all languages, so nothing (labels included) follows a guess.
    result->language = identified.document.language;
    result->language_guess = identified.document.best_guess;
    result->language_confidence =
        DetectedConfidence(identified.document.confidence);
    for (LanguageSpan& run : identified.runs) {
      run.confidence = DetectedConfidence(run.confidence);
    }
    result->languages = std::move(identified.runs);
  }
  const LanguageRules* active = impl_->RulesFor(result->language);

  TokenizedText& tokenized = impl_->tokenized;
  status = impl_->tokenizer->Tokenize(normalized.text, *active,
                                      options.tokenization, &tokenized);
  if (!status.ok()) return status;
  status =
      impl_->sentence_splitter.Split(normalized.text, *active, tokenized,
                                     result->paragraphs, &result->sentences);
  if (!status.ok()) return status;
  result->tokens.swap(tokenized.tokens);

  // Analyses run here, on the normalised text: entities, then quotes, whose
  // speakers are entity clusters.
  if (options.entities) {
    FindEntities(normalized.text, result->tokens, result->sentences,
                 result->language, &result->entities, &result->clusters);
  }
  result->quotes =
      FindQuotes(normalized.text, result->paragraphs, result->sentences,
                 result->tokens, result->entities);
  std::vector<int32_t> cluster_ids;
  MapEntitiesToOriginal(normalized.to_original, &result->entities,
                        &result->clusters, &cluster_ids);
  if (!cluster_ids.empty()) {
    for (Quote& quote : result->quotes) {
      if (quote.speaker >= 0 &&
          quote.speaker < static_cast<int32_t>(cluster_ids.size())) {
        quote.speaker = cluster_ids[quote.speaker];
      }
    }
  }

  MapToOriginal(normalized.to_original, &result->paragraphs);
  MapToOriginal(normalized.to_original, &result->sentences);
  MapToOriginal(normalized.to_original, &result->tokens);

  // Readability reads the caller's text through the mapped spans, so its
  // per-token and per-sentence arrays line up with the final ones.
  if (options.readability) {
    AnalyzeReadability(text, result->language,
                       impl_->WordFactsFor(result->language), result);
    if (options.readability_compat == ReadabilityCompat::kTextstat) {
      // textstat's counts and scores for the document; the level reads its
      // main score, and difficulty stays lesbar's (textstat has none).
      Readability compat = ReadabilityLikeTextstat(text, result->language);
      compat.level = LevelFor(MainScore(compat.scores, result->language),
                              result->language);
      compat.difficulty = result->readability.difficulty;
      result->readability = compat;
    }
  }
  MapQuotesToOriginal(normalized.to_original, &result->quotes);
  MapLanguageSpansToOriginal(normalized.to_original, &result->languages);
  return {};
}

int Analyzer::CountSyllables(std::u16string_view word,
                             const std::string& language) {
  return impl_->WordFactsFor(language)->syllables().Count(word);
}

}  // namespace lesbar
