#include "analyses/readability/formulas.h"

#include <cmath>
#include <limits>

namespace lesbar {
namespace {

constexpr double kNotApplicable = std::numeric_limits<double>::quiet_NaN();

// Flesch Reading Ease = base - per_sentence_length * words/sentence
//                            - per_syllables * syllables/word.
struct FleschVariant {
  std::string_view language;
  double base;
  double per_sentence_length;
  double per_syllables;
};

// Sources: Flesch 1948 (en); Amstad 1978 (de); Kandel & Moles 1958 (fr);
// Fernández Huerta 1959 (es, 0.60 per 100 words = 60 per word); Franchina &
// Vacca 1986 (it); Douma 1960 (nl); Oborneva 2006 (ru).
constexpr FleschVariant kFleschVariants[] = {
    {"en", 206.835, 1.015, 84.6}, {"de", 180.0, 1.0, 58.5},
    {"fr", 207.0, 1.015, 73.6},   {"es", 206.84, 1.02, 60.0},
    {"it", 217.0, 1.3, 60.0},     {"nl", 206.835, 0.93, 77.0},
    {"ru", 206.835, 1.3, 60.1},
};

const FleschVariant* FleschFor(std::string_view language) {
  const std::string_view base = BaseLanguage(language);
  for (const FleschVariant& variant : kFleschVariants) {
    if (variant.language == base) return &variant;
  }
  return nullptr;
}

double Flesch(const FleschVariant& variant, double words_per_sentence,
              double syllables_per_word) {
  return variant.base - variant.per_sentence_length * words_per_sentence -
         variant.per_syllables * syllables_per_word;
}

double Lix(double words, double sentences, double long_words) {
  return words / sentences + 100.0 * long_words / words;
}

}  // namespace

std::string_view BaseLanguage(std::string_view language) {
  const size_t separator = language.find_first_of("-_");
  return separator == std::string_view::npos ? language
                                             : language.substr(0, separator);
}

bool HasFleschVariant(std::string_view language) {
  return FleschFor(language) != nullptr;
}

ReadabilityScores ComputeScores(const ReadabilityCounts& counts,
                                std::string_view language) {
  ReadabilityScores scores;
  const double na = kNotApplicable;
  scores.flesch_reading_ease = scores.flesch_kincaid_grade = na;
  scores.gunning_fog = scores.smog = scores.coleman_liau = na;
  scores.automated_readability_index = scores.dale_chall = na;
  scores.lix = scores.rix = na;
  for (double& wiener : scores.wiener_sachtextformel) wiener = na;
  if (counts.words == 0 || counts.sentences == 0) return scores;

  const double words = static_cast<double>(counts.words);
  const double sentences = static_cast<double>(counts.sentences);
  const double words_per_sentence = words / sentences;
  const double syllables_per_word = counts.syllables / words;
  const double letters_per_word = counts.letters / words;
  const double polysyllable_share = counts.polysyllables / words;
  const std::string_view base = BaseLanguage(language);

  if (const FleschVariant* variant = FleschFor(language)) {
    scores.flesch_reading_ease =
        Flesch(*variant, words_per_sentence, syllables_per_word);
  }
  scores.lix = Lix(words, sentences, static_cast<double>(counts.long_words));
  scores.rix = counts.long_words / sentences;

  if (base == "en") {
    scores.flesch_kincaid_grade =
        0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59;
    scores.gunning_fog =
        0.4 * (words_per_sentence + 100.0 * polysyllable_share);
    scores.smog =
        1.0430 * std::sqrt(counts.polysyllables * 30.0 / sentences) + 3.1291;
    scores.coleman_liau = 0.0588 * (100.0 * letters_per_word) -
                          0.296 * (100.0 * sentences / words) - 15.8;
    scores.automated_readability_index =
        4.71 * letters_per_word + 0.5 * words_per_sentence - 21.43;
    // Dale-Chall (1948, new formula 1995 constants): percent of words not
    // on the easy-word list, plus 3.6365 once that share passes 5 %.
    const double difficult_percent = 100.0 * counts.difficult_words / words;
    scores.dale_chall = 0.1579 * difficult_percent +
                        0.0496 * words_per_sentence +
                        (difficult_percent > 5.0 ? 3.6365 : 0.0);
  } else if (base == "de") {
    // Bamberger & Vanecek 1984: MS = % words of 3+ syllables, SL = words per
    // sentence, IW = % words of 7+ letters, ES = % one-syllable words.
    const double ms = 100.0 * polysyllable_share;
    const double sl = words_per_sentence;
    const double iw = 100.0 * counts.long_words / words;
    const double es = 100.0 * counts.monosyllables / words;
    scores.wiener_sachtextformel[0] =
        0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
    scores.wiener_sachtextformel[1] =
        0.2007 * ms + 0.1682 * sl + 0.1373 * iw - 2.779;
    scores.wiener_sachtextformel[2] = 0.2963 * ms + 0.1905 * sl - 1.1144;
    scores.wiener_sachtextformel[3] = 0.2744 * ms + 0.2656 * sl - 1.693;
    // SMOG-D (Bamberger & Vanecek): sqrt(polysyllables per 30 sentences) - 2.
    scores.smog = std::sqrt(counts.polysyllables * 30.0 / sentences) - 2.0;
  }
  return scores;
}

double MainScore(const ReadabilityScores& scores, std::string_view language) {
  return HasFleschVariant(language) ? scores.flesch_reading_ease : scores.lix;
}

const char* MainScoreScale(std::string_view language) {
  return HasFleschVariant(language) ? "flesch_reading_ease" : "lix";
}

double SentenceMainScore(int64_t words, int64_t syllables, int64_t long_words,
                         std::string_view language) {
  if (words == 0) return kNotApplicable;
  if (const FleschVariant* variant = FleschFor(language)) {
    return Flesch(*variant, static_cast<double>(words),
                  static_cast<double>(syllables) / words);
  }
  return Lix(static_cast<double>(words), 1.0, static_cast<double>(long_words));
}

double ReadingWordsPerMinute(std::string_view language) {
  struct Speed {
    std::string_view language;
    double words_per_minute;
  };
  // IReST silent reading of the same text in 17 languages.
  static constexpr Speed kSpeeds[] = {
      {"en", 228}, {"de", 179}, {"fr", 195}, {"es", 218}, {"it", 188},
      {"nl", 202}, {"pt", 181}, {"sv", 199}, {"fi", 161}, {"pl", 166},
      {"ru", 184}, {"tr", 166}, {"ar", 138}, {"he", 187}, {"sl", 180},
  };
  const std::string_view base = BaseLanguage(language);
  for (const Speed& speed : kSpeeds) {
    if (speed.language == base) return speed.words_per_minute;
  }
  return 200;
}

}  // namespace lesbar
