// Direct quotations and who said them.
//
// Quotation marks: German „…“ „…” »…« ‚…‘ and English “…” ‘…’ (nested),
// French/Swiss «…», and straight "…" (opening after a space or at the
// start, closing before a space or punctuation). Marks pair within a
// paragraph only, up to kMaxNesting deep; a mark that never closes is
// dropped at the paragraph's end, so unbalanced input costs one pass. Only
// outermost quotations are reported; nested ones are part of them.
//
// Cue: a reporting verb or attribution in the quotation's sentence(s) —
// before the quotation, or after it when the quotation opens its sentence
// or nothing before it is a cue (sagte, erklärte, betonte, fügte … hinzu,
// zitierte, warnte, schlug Alarm, laut X, X zufolge, „…“, so X; said, told,
// added, according to X, ...: kGermanCues and kEnglishCues in the .cc, a
// documented hand list).
//
// Speakers are people (PER); an organisation is a source, not a speaker.
// In this order:
//   1. a PER entity right after the cue (up to kMaxSubjectGap words,
//      no punctuation between): "erklärte Shoigu", "said Smith",
//      "laut Shoigu";
//   2. a pronoun right before or after the cue ("Er fügte hinzu",
//      "sagte sie", "he said"): the most recent PER mention before the
//      quotation;
//   3. a role noun right before or after the cue ("der Minister sagte"):
//      the most recent PER mention, as for pronouns;
//   4. the nearest PER entity before the cue in the same sentence outside
//      quotations ("Shoigu, der …, beschrieb …");
//   5. without a cue: the speaker of the quotation before, if it ends in
//      the previous sentence (or this one) and nobody else is named between
//      ("„…“, sagte Smith. „We believe …“").
// speaker is that entity's cluster, -1 if none was found.
//
// Scare quotes and titles (the so-called „Sanktionsdruck“) are not
// reported: a quotation of at most kMaxScareQuoteWords words with no cue
// that sits inside a sentence (words before it, no sentence end inside),
// any quotation right after "sogenannt"/"so-called"/"sog.", and a
// capitalised title of at most kMaxTitleWords words without punctuation
// right after a reporting verb and an article ("sagte dem „Münchner
// Merkur“", "sagte in der „Tagesschau“", "told the “Guardian”").
#ifndef LESBAR_ANALYSES_QUOTES_QUOTE_FINDER_H_
#define LESBAR_ANALYSES_QUOTES_QUOTE_FINDER_H_

#include <string_view>
#include <vector>

#include "lesbar/lesbar.h"

namespace lesbar {

// All spans are offsets into `text`; tokens, sentences and paragraphs as
// produced by the segmenter, entities ordered and non-overlapping with
// their cluster ids (empty vectors are fine: speakers are then -1).
std::vector<Quote> FindQuotes(std::u16string_view text,
                              const std::vector<Span>& paragraphs,
                              const std::vector<Span>& sentences,
                              const std::vector<Token>& tokens,
                              const std::vector<Entity>& entities);

// The quotation spans alone (outermost, marks included), for tests.
std::vector<Span> FindQuotationSpans(std::u16string_view text,
                                     const std::vector<Span>& paragraphs);

}  // namespace lesbar

#endif  // LESBAR_ANALYSES_QUOTES_QUOTE_FINDER_H_
