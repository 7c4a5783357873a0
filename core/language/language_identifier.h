// Language identification: the writing system settles Korean, Japanese,
// Chinese, Greek, Hebrew, Thai, Hindi, Armenian and Georgian; within the
// Latin, Cyrillic and Arabic scripts character trigrams decide among 20
// languages (de en fr es it nl pt pl tr sv da no fi cs hu ro ru uk ar fa),
// scored against ranked trigram profiles (trained from Debian text by
// train/langid/train-profiles.mjs) as a Zipf-shaped naive Bayes.
//
// Short texts: de and en, the languages lesbar is made for, get a small
// prior that only counts when there is little evidence, and a text whose
// winner leads by less than a threshold is "und" with its best guess,
// rather than a language picked from a few trigrams.
//
// Cost is linear and bounded: each paragraph is read through at most
// kWindowsPerParagraph windows of kWindowLength code units, and the document
// is judged from the sum of its paragraphs' evidence, so no text is read
// twice.
#ifndef LESBAR_LANGUAGE_LANGUAGE_IDENTIFIER_H_
#define LESBAR_LANGUAGE_LANGUAGE_IDENTIFIER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

struct LanguageGuess {
  // "und" when the text has no letters, or too few to tell its language
  // from the runner-up (a greeting, a name and a verb).
  std::string language = "und";
  double confidence = 0;  // 0..1, for best_guess
  // The likeliest language even when `language` is "und" for a short
  // text; equal to `language` otherwise ("und" only without letters).
  std::string best_guess = "und";
};

struct LanguageIdentification {
  LanguageGuess document;
  // Runs of consecutive paragraphs in the same language, in paragraph
  // order, each spanning from its first paragraph's start to its last
  // paragraph's end. Paragraphs with too few letters to judge take the
  // document's language.
  std::vector<LanguageSpan> runs;
};

// Tuning knobs; the defaults are the values chosen on the dev set
// (train/langid/README.md).
struct LanguageIdentifierParams {
  double rank_offset = 50;       // K in P(rank) ~ 1 / (rank + K)
  double missing_penalty = 2;    // extra log-odds against an unlisted trigram
  double word_rank_offset = 50;  // the same for whole words
  double word_missing_penalty = 4;
  // Log-prior (nats) of de and en over the other languages of the Latin
  // script: decides short, ambiguous inputs ("Guten Morgen.") for the
  // languages lesbar is used with, and is lost in the evidence of a
  // sentence.
  double product_language_prior = 2.5;
  // A text of fewer letters (of its script) than undetermined_letters
  // whose winner leads the runner-up by fewer nats than
  // undetermined_margin is "und", its best guess kept. Longer texts are
  // always decided: a sentence's close call is still right more often
  // than not.
  double undetermined_margin = 2.0;
  int undetermined_letters = 18;
};

class LanguageIdentifier {
 public:
  explicit LanguageIdentifier(const LanguageIdentifierParams& params = {});
  ~LanguageIdentifier();
  LanguageIdentifier(const LanguageIdentifier&) = delete;
  LanguageIdentifier& operator=(const LanguageIdentifier&) = delete;

  // Built once, on first use, with the default parameters.
  static const LanguageIdentifier& Default();

  // The whole text as one paragraph.
  LanguageGuess Identify(std::u16string_view text) const;

  // The document language and per-paragraph runs. `paragraphs` are spans of
  // `text` as returned by SplitParagraphs (ordered, non-overlapping).
  LanguageIdentification IdentifyParagraphs(
      std::u16string_view text, const std::vector<Span>& paragraphs) const;

  // For the parity test of the profiles' trainer: the raw evidence of
  // `text` read whole (no windows, names kept), one sum per score column
  // (the profiles, then two per pair model) in 1/40 nats; and what the
  // tables give one unit in the same columns, a trigram of three lower-case
  // code points (' ' for a word boundary) or a word.
  std::vector<int64_t> ColumnScores(std::u16string_view text) const;
  std::vector<int64_t> UnitWeights(std::u32string_view unit, bool word) const;

 private:
  struct Tables;
  struct TableBuilder;
  struct Evidence;
  void Accumulate(std::u16string_view text, Evidence* evidence) const;
  // Whether a profile lists `word` (a word of letters) as a common word.
  bool IsListedWord(std::u16string_view word) const;
  LanguageGuess Decide(const Evidence& evidence) const;
  std::unique_ptr<Tables> tables_;
};

}  // namespace lesbar

#endif  // LESBAR_LANGUAGE_LANGUAGE_IDENTIFIER_H_
