#include "analyses/readability/readability.h"

#include <cmath>
#include <string>

#include "analyses/readability/difficulty.h"
#include "analyses/readability/formulas.h"
#include "analyses/readability/levels.h"
#include "analyses/readability/word_facts_cache.h"
#include "segment/token_text.h"

namespace lesbar {
namespace {

bool IsWordToken(const Token& token) {
  return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber;
}

// The characters of all tokens, which is every character but whitespace,
// in UTF-16 code units (JavaScript's String.length).
int64_t CountTokenCharacters(const std::vector<Token>& tokens) {
  int64_t characters = 0;
  for (const Token& token : tokens) characters += token.end - token.start;
  return characters;
}

}  // namespace

void CollectTextStats(std::u16string_view text,
                      const std::vector<Token>& tokens,
                      const std::vector<Span>& sentences,
                      WordFactsCache* word_facts,
                      std::vector<int32_t>* token_syllables,
                      std::vector<TextStats>* sentence_stats,
                      int64_t* unique_words) {
  word_facts->BeginText();
  token_syllables->assign(tokens.size(), 0);
  sentence_stats->assign(sentences.size(), TextStats());
  size_t sentence = 0;
  bool first_word_in_sentence = true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    while (sentence < sentences.size() &&
           sentences[sentence].end <= token.start) {
      ++sentence;
      first_word_in_sentence = true;
    }
    if (sentence == sentences.size()) break;  // sentences cover all tokens
    TextStats& stats = (*sentence_stats)[sentence];
    if (!IsWordToken(token)) {
      AddPunctuation(TextOf(text, token), &stats);
      continue;
    }
    const WordFacts& facts = word_facts->Lookup(TextOf(text, token));
    (*token_syllables)[i] = facts.syllables;
    AddWord(facts, token.kind == TokenKind::kNumber, first_word_in_sentence,
            &stats);
    first_word_in_sentence = false;
  }
  if (unique_words != nullptr) {
    *unique_words = word_facts->unique_lowercase_forms();
  }
  for (TextStats& stats : *sentence_stats) {
    stats.sentences = stats.words > 0 ? 1 : 0;
  }
}

void AnalyzeReadability(std::u16string_view text, std::string_view language,
                        WordFactsCache* word_facts, Analysis* analysis) {
  std::vector<TextStats> sentence_stats;
  int64_t unique_words = 0;
  CollectTextStats(text, analysis->tokens, analysis->sentences, word_facts,
                   &analysis->token_syllables, &sentence_stats, &unique_words);

  TextStats document;
  analysis->sentence_readability.resize(sentence_stats.size());
  for (size_t i = 0; i < sentence_stats.size(); ++i) {
    const TextStats& stats = sentence_stats[i];
    document.Add(stats);
    SentenceReadability& sentence = analysis->sentence_readability[i];
    sentence.words = static_cast<int32_t>(stats.words);
    sentence.syllables = static_cast<int32_t>(stats.syllables);
    sentence.long_words = static_cast<int32_t>(stats.long_words);
    sentence.score = SentenceMainScore(stats.words, stats.syllables,
                                       stats.long_words, language);
    sentence.level = LevelFor(sentence.score, language);
    sentence.difficulty = PredictSentenceDifficulty(stats, language);
  }

  Readability& readability = analysis->readability;
  readability.counts = ToCounts(document);
  readability.counts.unique_words = unique_words;
  readability.counts.characters = CountTokenCharacters(analysis->tokens);
  readability.scores = ComputeScores(readability.counts, language);
  readability.level =
      LevelFor(MainScore(readability.scores, language), language);
  readability.difficulty = PredictDifficulty(document, language);
  readability.reading_time_seconds =
      60.0 * document.words / ReadingWordsPerMinute(language);
}

}  // namespace lesbar
