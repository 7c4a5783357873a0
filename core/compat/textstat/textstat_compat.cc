#include "compat/textstat/textstat_compat.h"

#include <cmath>
#include <limits>
#include <unordered_set>

#include "compat/textstat/textstat_counts.h"
#include "compat/textstat/textstat_data.h"
#include "features/lexicon/dale_chall.h"

namespace lesbar {
namespace textstat {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double Ratio(int64_t numerator, int64_t denominator) {
  // textstat: try: a / b except ZeroDivisionError: return 0.0
  return denominator == 0 ? 0.0
                          : static_cast<double>(numerator) /
                                static_cast<double>(denominator);
}

}  // namespace

bool IsEnglishEasyWord(std::u32string_view lowercase_word) {
  std::u16string word;
  word.reserve(lowercase_word.size());
  for (char32_t c : lowercase_word) {
    if (c >= 0x10000) return false;  // the list is ASCII
    word.push_back(static_cast<char16_t>(c));
  }
  return IsDaleChallEasyWord(word);
}

std::string LanguageRoot(std::string_view language) {
  std::string root;
  for (char c : language) {
    if (c == '-' || c == '_') break;
    root.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return root;
}

LanguageConfig ConfigFor(std::string_view root) {
  // textstat/backend/utils/constants.py, LANG_CONFIGS.
  if (root == "de") return {180, 1, 58.5, -1, true};         // Amstad
  if (root == "es") return {206.84, 1.02, 60.0, -1, false};  // Fernandez Huerta
  if (root == "fr") return {207, 1.015, 73.6, -1, true};
  if (root == "it") return {217, 1.3, 60.0, -1, true};     // Flesch-Vacca
  if (root == "nl") return {206.835, 0.93, 77, -1, true};  // Flesch-Douma
  if (root == "pl") return {kNaN, kNaN, kNaN, 4, true};
  if (root == "ru") return {206.835, 1.3, 60.1, -1, true};
  if (root == "hu") return {206.835, 1.015, 58.5, 5, true};
  return {206.835, 1.015, 84.6, 3, true};  // "en", the default
}

double Measures::WordsPerSentence() const { return Ratio(words, sentences); }
double Measures::SyllablesPerWord() const { return Ratio(syllables, words); }
double Measures::CharsPerWord() const {
  return Ratio(characters, words_with_punctuation);
}
double Measures::LettersPerWord() const { return Ratio(letters, words); }
double Measures::SentencesPerWord() const { return Ratio(sentences, words); }

Measures Measure(std::u16string_view text16, std::string_view root,
                 const TextstatData* data) {
  const std::u32string text = ToCodePoints(text16);
  const LanguageConfig config = ConfigFor(root);
  Measures m;
  m.empty_text = text.empty();
  m.words = CountWords(text);
  WordListOptions keep_punctuation;
  keep_punctuation.remove_punctuation = false;
  m.words_with_punctuation = CountWords(text, keep_punctuation);
  m.sentences = CountSentences(text);
  m.letters = CountLetters(text);
  m.characters = CountChars(text, /*ignore_spaces=*/true);
  m.long_words = CountLongWords(text);

  WordListOptions lowercase;
  lowercase.lowercase = true;
  const std::u32string lowercase_words = WordListText(text, lowercase);
  std::unordered_set<std::u32string_view> unique;
  ForEachToken(lowercase_words,
               [&unique](std::u32string_view word) { unique.insert(word); });
  m.unique_words = static_cast<int64_t>(unique.size());

  const LiangHyphenator* hyphenator =
      data != nullptr ? data->Hyphenator(root) : nullptr;
  const SyllableCounter syllables(hyphenator, data, root == "en");
  m.has_syllables = syllables.can_count();
  if (m.has_syllables) {
    m.syllables = syllables.CountInText(text);
    m.monosyllables = CountMonosyllables(text, syllables);
    m.polysyllables = CountPolysyllables(text, syllables);
  }
  if (config.has_easy_words) {
    // Threshold 0: every word off the list (no syllables needed).
    m.dale_chall_hard_words = CountDifficultWords(
        text, syllables, 0, /*unique=*/false, IsEnglishEasyWord);
    if (m.has_syllables && config.syllable_threshold >= 0) {
      m.fog_difficult_words =
          CountDifficultWords(text, syllables, config.syllable_threshold,
                              /*unique=*/false, IsEnglishEasyWord);
    }
  }
  return m;
}

ReadabilityScores Scores(const Measures& m, const LanguageConfig& config) {
  ReadabilityScores s;
  const double words = static_cast<double>(m.words);
  const double words_per_sentence = m.WordsPerSentence();
  const double syllables_per_word = m.SyllablesPerWord();

  // flesch_reading_ease, flesch_kincaid_grade
  if (!m.has_syllables || std::isnan(config.fre_base)) {
    s.flesch_reading_ease = kNaN;
  } else if (words_per_sentence == 0 || syllables_per_word == 0) {
    s.flesch_reading_ease = 0.0;
  } else {
    s.flesch_reading_ease = config.fre_base -
                            config.fre_sentence_length * words_per_sentence -
                            config.fre_syllables_per_word * syllables_per_word;
  }
  if (!m.has_syllables) {
    s.flesch_kincaid_grade = kNaN;
  } else if (words_per_sentence == 0 || syllables_per_word == 0) {
    s.flesch_kincaid_grade = 0.0;
  } else {
    s.flesch_kincaid_grade =
        0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59;
  }

  // smog_index: no minimum of sentences in 0.7.11.
  if (!m.has_syllables) {
    s.smog = kNaN;
  } else if (m.sentences == 0) {
    s.smog = 0.0;
  } else {
    s.smog = 1.043 * std::sqrt(30.0 * static_cast<double>(m.polysyllables) /
                               static_cast<double>(m.sentences)) +
             3.1291;
  }

  // gunning_fog: difficult words at the language's syllable threshold.
  if (m.fog_difficult_words < 0) {
    s.gunning_fog = kNaN;
  } else if (m.words == 0) {
    s.gunning_fog = 0.0;
  } else {
    s.gunning_fog =
        0.4 * (words_per_sentence +
               100.0 * static_cast<double>(m.fog_difficult_words) / words);
  }

  // coleman_liau_index (0.058 in 0.7.11; later versions use 0.0588).
  const double letters = m.LettersPerWord() * 100;
  const double sentences = m.SentencesPerWord() * 100;
  s.coleman_liau = (letters == 0 || sentences == 0)
                       ? 0.0
                       : 0.058 * letters - 0.296 * sentences - 15.8;

  // automated_readability_index: characters per word counts punctuation
  // "words" too.
  const double chars_per_word = m.CharsPerWord();
  s.automated_readability_index =
      (chars_per_word == 0 || words_per_sentence == 0)
          ? 0.0
          : 4.71 * chars_per_word + 0.5 * words_per_sentence - 21.43;

  // dale_chall_readability_score
  if (m.dale_chall_hard_words < 0) {
    s.dale_chall = kNaN;
  } else if (m.words == 0) {
    s.dale_chall = 0.0;
  } else {
    const double percent_hard =
        100.0 * static_cast<double>(m.dale_chall_hard_words) / words;
    s.dale_chall = 0.1579 * percent_hard + 0.0496 * words_per_sentence;
    if (percent_hard > 5) s.dale_chall += 3.6365;
  }

  s.lix = m.words == 0 ? 0.0
                       : words_per_sentence +
                             static_cast<double>(m.long_words) * 100 / words;
  s.rix = Ratio(m.long_words, m.sentences);

  // wiener_sachtextformel 1..4
  for (int variant = 1; variant <= 4; ++variant) {
    double& score = s.wiener_sachtextformel[variant - 1];
    if (m.empty_text) {
      score = 0.0;
      continue;
    }
    if (!m.has_syllables || m.words == 0) {  // textstat divides by zero
      score = kNaN;
      continue;
    }
    const double ms = 100.0 * static_cast<double>(m.polysyllables) / words;
    const double sl = words_per_sentence;
    const double iw = 100.0 * static_cast<double>(m.long_words) / words;
    const double es = 100.0 * static_cast<double>(m.monosyllables) / words;
    switch (variant) {
      case 1:
        score = 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
        break;
      case 2:
        score = 0.2007 * ms + 0.1682 * sl + 0.1373 * iw - 2.779;
        break;
      case 3:
        score = 0.2963 * ms + 0.1905 * sl - 1.1144;
        break;
      default:
        score = 0.2744 * ms + 0.2656 * sl - 1.693;
        break;
    }
  }
  return s;
}

double ReadingTimeSeconds(std::u16string_view text, double ms_per_char) {
  const std::u32string code_points = ToCodePoints(text);
  return static_cast<double>(CountChars(code_points, /*ignore_spaces=*/true)) *
         ms_per_char / 1000.0;
}

}  // namespace textstat

Readability ReadabilityLikeTextstat(std::u16string_view text,
                                    std::string_view language) {
  const std::string root = textstat::LanguageRoot(language);
  const std::shared_ptr<const TextstatData> data = CurrentTextstatData();
  const textstat::Measures m = textstat::Measure(text, root, data.get());

  Readability readability;
  ReadabilityCounts& counts = readability.counts;
  counts.sentences = m.sentences;
  counts.words = m.words;
  counts.syllables = m.syllables;
  counts.letters = m.letters;
  counts.characters = m.characters;
  counts.monosyllables = m.monosyllables;
  counts.polysyllables = m.polysyllables;
  counts.long_words = m.long_words;
  counts.unique_words = m.unique_words;
  counts.difficult_words = std::max<int64_t>(0, m.dale_chall_hard_words);
  readability.scores = textstat::Scores(m, textstat::ConfigFor(root));
  readability.difficulty = std::numeric_limits<double>::quiet_NaN();
  readability.reading_time_seconds =
      static_cast<double>(m.characters) * textstat::kDefaultMsPerChar / 1000.0;
  return readability;
}

Status Analyzer::SetTextstatData(std::string_view data) {
  std::string error;
  std::shared_ptr<const TextstatData> parsed =
      TextstatData::Parse(data, &error);
  if (parsed == nullptr) {
    return {StatusCode::kInvalidArgument,
            "not a lesbar-textstat data file (lesbar-textstat.dat): " + error};
  }
  SetCurrentTextstatData(std::move(parsed));
  return {};
}

}  // namespace lesbar
