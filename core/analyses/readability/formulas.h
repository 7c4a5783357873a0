// The standard readability formulas, computed from counts. Each formula is
// applied only where it was made for the language: the US-grade formulas
// (Flesch-Kincaid, Gunning fog, Coleman-Liau, ARI, Dale-Chall) to English,
// Wiener Sachtextformel to German, Flesch Reading Ease in the variant fitted
// for the language; LIX and RIX are language-independent. Everything else is
// NaN, which JavaScript receives as null.
#ifndef LESBAR_ANALYSES_READABILITY_FORMULAS_H_
#define LESBAR_ANALYSES_READABILITY_FORMULAS_H_

#include <string_view>

#include "lesbar/lesbar.h"

namespace lesbar {

// Base language of a tag: "de-AT" -> "de".
std::string_view BaseLanguage(std::string_view language);

// Whether `language` has a Flesch Reading Ease variant (en, de, fr, es, it,
// nl, ru); without one the main score is LIX.
bool HasFleschVariant(std::string_view language);

ReadabilityScores ComputeScores(const ReadabilityCounts& counts,
                                std::string_view language);

// The score a reader sees first: Flesch Reading Ease (in the language's
// variant) where one exists, else LIX. `scale` names it.
double MainScore(const ReadabilityScores& scores, std::string_view language);
const char* MainScoreScale(std::string_view language);

// Flesch Reading Ease of one sentence (or LIX where no Flesch variant
// exists), so sentence scores share the document's scale.
double SentenceMainScore(int64_t words, int64_t syllables, int64_t long_words,
                         std::string_view language);

// Silent reading speed in words per minute (IReST, Trauzettel-Klosinski and
// Dietz 2012; 200 for languages it does not cover).
double ReadingWordsPerMinute(std::string_view language);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_FORMULAS_H_
