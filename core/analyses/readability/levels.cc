#include "analyses/readability/levels.h"

#include <cmath>

#include "analyses/readability/formulas.h"

namespace lesbar {
namespace {

// Flesch's bands, hardest first: below 30, 30-50, 50-60, 60-70, 70-80,
// 80-90, 90 and above (Flesch 1948; Amstad kept them for German).
constexpr double kFleschBandStarts[] = {30, 50, 60, 70, 80, 90};

struct FleschLabels {
  std::string_view language;
  const char* labels[7];
};

constexpr FleschLabels kFleschLabels[] = {
    {"en",
     {"very difficult", "difficult", "fairly difficult", "standard",
      "fairly easy", "easy", "very easy"}},
    {"de",
     {"sehr schwer", "schwer", "mittelschwer", "mittel", "mittelleicht",
      "leicht", "sehr leicht"}},
    {"fr",
     {"très difficile", "difficile", "assez difficile", "standard",
      "assez facile", "facile", "très facile"}},
    {"es",
     {"muy difícil", "difícil", "bastante difícil", "normal", "bastante fácil",
      "fácil", "muy fácil"}},
    {"it",
     {"molto difficile", "difficile", "abbastanza difficile", "standard",
      "abbastanza facile", "facile", "molto facile"}},
    {"nl",
     {"zeer moeilijk", "moeilijk", "vrij moeilijk", "standaard",
      "vrij makkelijk", "makkelijk", "zeer makkelijk"}},
    {"ru",
     {"очень трудно", "трудно", "довольно трудно", "стандартно",
      "довольно легко", "легко", "очень легко"}},
};

// LIX bands (Björnsson 1968), easiest first: below 30, 30-40, 40-50, 50-60,
// 60 and above.
constexpr double kLixBandStarts[] = {30, 40, 50, 60};
constexpr const char* kLixLabels[] = {"very easy", "easy", "medium",
                                      "difficult", "very difficult"};

template <size_t N>
int BandOf(double score, const double (&starts)[N]) {
  int band = 0;
  while (band < static_cast<int>(N) && score >= starts[band]) ++band;
  return band;
}

}  // namespace

ReadabilityLevel LevelFor(double main_score, std::string_view language) {
  ReadabilityLevel level;
  level.scale = MainScoreScale(language);
  if (std::isnan(main_score)) return level;
  const std::string_view base = BaseLanguage(language);
  for (const FleschLabels& entry : kFleschLabels) {
    if (entry.language == base) {
      level.label = entry.labels[BandOf(main_score, kFleschBandStarts)];
      return level;
    }
  }
  level.label = kLixLabels[BandOf(main_score, kLixBandStarts)];
  return level;
}

}  // namespace lesbar
