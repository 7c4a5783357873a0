#include "analyses/readability/readability.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <cmath>
#include <string>
#include <unordered_set>

#include "analyses/readability/difficulty.h"
#include "analyses/readability/formulas.h"
#include "analyses/readability/levels.h"

namespace lesbar {
namespace {

bool IsWordToken(const Token& token) {
  return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber;
}

std::u16string_view TokenText(std::u16string_view text, const Token& token) {
  return text.substr(token.start, token.end - token.start);
}

// Lower-cased copy for counting distinct words; simple case mapping is
// enough to tell "Die" and "die" apart from "Tag".
void LowerInto(std::u16string_view word, std::u16string* out) {
  out->clear();
  for (size_t i = 0; i < word.size();) {
    UChar32 c;
    U16_NEXT(word.data(), i, word.size(), c);
    c = u_tolower(c);
    if (U_IS_BMP(c)) {
      out->push_back(static_cast<char16_t>(c));
    } else {
      out->push_back(U16_LEAD(c));
      out->push_back(U16_TRAIL(c));
    }
  }
}

int64_t CountUniqueWords(std::u16string_view text,
                         const std::vector<Token>& tokens) {
  std::unordered_set<std::u16string> seen;
  std::u16string lower;
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kWord) continue;
    LowerInto(TokenText(text, token), &lower);
    seen.insert(lower);
  }
  return static_cast<int64_t>(seen.size());
}

int64_t CountNonSpaceCharacters(std::u16string_view text) {
  int64_t characters = 0;
  for (size_t i = 0; i < text.size();) {
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    if (!u_isUWhiteSpace(c)) ++characters;
  }
  return characters;
}

}  // namespace

void CollectTextStats(std::u16string_view text,
                      const std::vector<Token>& tokens,
                      const std::vector<Span>& sentences,
                      std::string_view language,
                      const SyllableCounter& syllables,
                      std::vector<int32_t>* token_syllables,
                      std::vector<TextStats>* sentence_stats) {
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
    const std::u16string_view word = TokenText(text, token);
    if (!IsWordToken(token)) {
      AddPunctuation(word, &stats);
      continue;
    }
    const int count = syllables.Count(word);
    (*token_syllables)[i] = count;
    AddWord(word, count, token.kind == TokenKind::kNumber,
            first_word_in_sentence, language, &stats);
    first_word_in_sentence = false;
  }
  for (TextStats& stats : *sentence_stats) {
    stats.sentences = stats.words > 0 ? 1 : 0;
  }
}

void AnalyzeReadability(std::u16string_view text, std::string_view language,
                        const SyllableCounter& syllables, Analysis* analysis) {
  std::vector<TextStats> sentence_stats;
  CollectTextStats(text, analysis->tokens, analysis->sentences, language,
                   syllables, &analysis->token_syllables, &sentence_stats);

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
    sentence.difficulty = PredictDifficulty(stats, language);
  }

  Readability& readability = analysis->readability;
  readability.counts = ToCounts(document);
  readability.counts.unique_words = CountUniqueWords(text, analysis->tokens);
  readability.counts.characters = CountNonSpaceCharacters(text);
  readability.scores = ComputeScores(readability.counts, language);
  readability.level =
      LevelFor(MainScore(readability.scores, language), language);
  readability.difficulty = PredictDifficulty(document, language);
  readability.reading_time_seconds =
      60.0 * document.words / ReadingWordsPerMinute(language);
}

}  // namespace lesbar
