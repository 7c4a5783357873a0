#include "analyses/entities/german_name_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace lesbar {
namespace {

// Trainer tag order.
constexpr int O = 0, BPER = 1, IPER = 2, BLOC = 3, ILOC = 4, BORG = 5, IORG = 6;

struct Sentence {
  std::vector<std::u16string> texts;
  std::vector<std::u32string> lowers;
  std::vector<RuleWord> words;
};

// Words as "text" or "text/flags": N/P/H lexicon class, B/I place mark, F
// in a person-name list.
Sentence Make(const std::vector<std::string>& specs) {
  Sentence s;
  for (const std::string& spec : specs) {
    const size_t slash = spec.find('/');
    const std::string word = spec.substr(0, slash);
    s.texts.push_back(testing::U16(word));
    std::u32string lower;
    for (char16_t c : s.texts.back()) {
      lower.push_back(c < 0x80 ? static_cast<char32_t>(std::tolower(c)) : c);
    }
    s.lowers.push_back(lower);
  }
  for (size_t i = 0; i < specs.size(); ++i) {
    RuleWord w;
    w.text = s.texts[i];
    w.lower = s.lowers[i];
    const size_t slash = specs[i].find('/');
    if (slash != std::string::npos) {
      for (char f : specs[i].substr(slash + 1)) {
        if (f == 'N' || f == 'P' || f == 'H' || f == 'U') w.lexicon_class = f;
        if (f == 'B' || f == 'I') w.place_mark = f;
        if (f == 'F') w.in_name_lists = true;
      }
    }
    s.words.push_back(w);
  }
  return s;
}

// Applies the rules as if the tagger were unsure of every word.
void Apply(const Sentence& s, std::vector<int>* tags) {
  std::vector<float> unsure(tags->size(), 0.1f);
  ApplyGermanNameRules(s.words, tags, &unsure);
}

TEST(GermanNameRulesTest, InflectedCompassRegionIsOnePlace) {
  Sentence s = Make({"im", "Nahen", "Osten/N", "."});
  std::vector<int> tags = {O, O, O, O};
  std::vector<float> probabilities = {1, 1, 1, 1};
  ApplyGermanNameRules(s.words, &tags, &probabilities);
  EXPECT_EQ(tags, (std::vector<int>{O, BLOC, ILOC, O}));
  // The rule, not the model, found the place.
  EXPECT_EQ(probabilities, (std::vector<float>{1, 0.5f, 0.5f, 1}));
  // An article in front of a compass noun is no region name.
  Sentence article = Make({"Dem", "Osten/N", "fehlt", "Geld", "."});
  std::vector<int> article_tags = {O, O, O, O, O};
  Apply(article, &article_tags);
  EXPECT_EQ(article_tags, (std::vector<int>{O, O, O, O, O}));
}

TEST(GermanNameRulesTest, InstitutionTakesItsNationalityAdjective) {
  Sentence s = Make({"wie", "das", "russische", "Verteidigungsministerium/H",
                     "zitierte", "."});
  std::vector<int> tags = {O, O, O, O, O, O};
  Apply(s, &tags);
  EXPECT_EQ(tags, (std::vector<int>{O, O, BORG, IORG, O, O}));
  // A bare "Amt", "Behörde" or "Ministerium" is no institution name, nor
  // are the plural "Sicherheitsbehörden"; "Finanzamt" is one.
  for (const char* noun :
       {"Amt/N", "Behörde/N", "Ministerium/N", "Sicherheitsbehörden/H"}) {
    Sentence office = Make({"Das", noun, "ruht", "."});
    std::vector<int> office_tags = {O, O, O, O};
    Apply(office, &office_tags);
    EXPECT_EQ(office_tags, (std::vector<int>{O, O, O, O})) << noun;
  }
  Sentence tax = Make({"Das", "Finanzamt/H", "prüft", "."});
  std::vector<int> tax_tags = {O, O, O, O};
  Apply(tax, &tax_tags);
  EXPECT_EQ(tax_tags, (std::vector<int>{O, BORG, O, O}));
}

TEST(GermanNameRulesTest, NameAfterSecretServiceIsAnOrganisation) {
  Sentence s = Make({"Chef/N", "des", "Geheimdienstes/H", "Mossad/U", ",",
                     "David/F", "Barnea/F"});
  std::vector<int> tags = {O, O, O, BPER, O, BPER, IPER};
  Apply(s, &tags);
  EXPECT_EQ(tags, (std::vector<int>{O, O, O, BORG, O, BPER, IPER}));
}

TEST(GermanNameRulesTest, AdjacentGazetteerPlacesSplit) {
  Sentence s = Make({"Russland/B", "Iran/B", "Beziehungen/N"});
  std::vector<int> tags = {BLOC, ILOC, O};
  Apply(s, &tags);
  EXPECT_EQ(tags, (std::vector<int>{BLOC, BLOC, O}));
  // One multi-word gazetteer entry stays one place.
  Sentence one = Make({"Vereinigte/B", "Staaten/I", "."});
  std::vector<int> one_tags = {BLOC, ILOC, O};
  Apply(one, &one_tags);
  EXPECT_EQ(one_tags, (std::vector<int>{BLOC, ILOC, O}));
}

TEST(GermanNameRulesTest, LexiconNounIsNoPlaceButGazetteerPlaceIs) {
  Sentence s = Make({"neues", "Niveau/P", "in", "Moskau/PB", "."});
  std::vector<int> tags = {O, BLOC, O, BLOC, O};
  Apply(s, &tags);
  EXPECT_EQ(tags, (std::vector<int>{O, O, O, BLOC, O}));
  // A place the tagger is sure of stays, lexicon word or not.
  std::vector<int> sure_tags = {O, BLOC, O, BLOC, O};
  std::vector<float> sure(5, 0.9f);
  ApplyGermanNameRules(s.words, &sure_tags, &sure);
  EXPECT_EQ(sure_tags, (std::vector<int>{O, BLOC, O, BLOC, O}));
  // Nor is an unsure lexicon word an organisation.
  std::vector<int> organisation_tags = {O, BORG, O, BLOC, O};
  Apply(s, &organisation_tags);
  EXPECT_EQ(organisation_tags, (std::vector<int>{O, O, O, BLOC, O}));
}

TEST(GermanNameRulesTest, PlaceInTheGenitiveEndsBeforeItsNoun) {
  Sentence s = Make({"Russlands", "Armee/N", "sei", "bereit", "."});
  std::vector<int> tags = {BLOC, ILOC, O, O, O};
  Apply(s, &tags);
  EXPECT_EQ(tags, (std::vector<int>{BLOC, O, O, O, O}));
  // An adjective in -es starts a place of two words; a noun the place
  // gazetteer holds belongs to the place; an unknown word is not trimmed.
  for (const auto& specs : std::vector<std::vector<std::string>>{
           {"Vereinigtes", "Königreich/N", "."},
           {"Kaps", "Hoorn/NI", "."},
           {"Sankts", "Wolfgang", "."},
           {"Corpus", "Christi/N", "."}}) {
    Sentence kept = Make(specs);
    std::vector<int> place = {BLOC, ILOC, O};
    Apply(kept, &place);
    EXPECT_EQ(place, (std::vector<int>{BLOC, ILOC, O})) << specs[0];
  }
}

TEST(GermanNameRulesTest, SectionLabelsOfATitleLine) {
  Sentence s = Make(
      {"Neues", "Niveau/P", "–", "Verteidigungsminister/H", "–", "World/U"});
  std::vector<int> tags = {O, O, O, BORG, O, BLOC};
  Apply(s, &tags);
  EXPECT_EQ(tags, (std::vector<int>{O, O, O, O, O, O}));
  // In a sentence with a full stop the same words stay names.
  Sentence sentence = Make({"Er", "sagte", "–", "World/U", "."});
  std::vector<int> sentence_tags = {O, O, O, BLOC, O};
  Apply(sentence, &sentence_tags);
  EXPECT_EQ(sentence_tags, (std::vector<int>{O, O, O, BLOC, O}));
}

}  // namespace
}  // namespace lesbar
