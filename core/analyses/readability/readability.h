// Readability of a segmented text: syllables per word token, the standard
// formulas for the document, and for every sentence its own figures on the
// document's scale, plus the fitted difficulty. Runs on the normalised text
// the tokens and sentences point into.
#ifndef LESBAR_ANALYSES_READABILITY_READABILITY_H_
#define LESBAR_ANALYSES_READABILITY_READABILITY_H_

#include <string_view>
#include <vector>

#include "analyses/readability/text_stats.h"
#include "analyses/readability/word_facts_cache.h"
#include "lesbar/lesbar.h"

namespace lesbar {

// Counts every word token (kinds word and number) once, in the sentence
// that holds it, with `word_facts` of the text's language. `token_syllables`
// gets one entry per token (0 for non-words); `sentence_stats` one per
// sentence; `unique_words` (if not null) the number of distinct lower-cased
// word forms.
void CollectTextStats(std::u16string_view text,
                      const std::vector<Token>& tokens,
                      const std::vector<Span>& sentences,
                      WordFactsCache* word_facts,
                      std::vector<int32_t>* token_syllables,
                      std::vector<TextStats>* sentence_stats,
                      int64_t* unique_words = nullptr);

// Fills analysis->token_syllables, ->readability and
// ->sentence_readability from analysis->tokens and ->sentences.
void AnalyzeReadability(std::u16string_view text, std::string_view language,
                        WordFactsCache* word_facts, Analysis* analysis);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_READABILITY_READABILITY_H_
