#include "segment/language_rules.h"

#include <unicode/ures.h>
#include <unicode/utypes.h>

#include <initializer_list>
#include <string>

namespace lesbar {
namespace {

using Words = std::initializer_list<std::u16string_view>;

void Add(std::unordered_set<std::u16string_view>* set, Words words) {
  set->insert(words.begin(), words.end());
}

LanguageRules MakeGerman() {
  LanguageRules rules;
  rules.language = "de";
  Add(&rules.abbreviations,
      {u"Abb",     u"Abk",    u"Abt",  u"allg",  u"Anh",     u"Anm",
       u"Aufl",    u"Az",     u"Bd",   u"Bde",   u"bes",     u"betr",
       u"Bhf",     u"bspw",   u"bzgl", u"bzw",   u"ca",      u"Chr",
       u"Co",      u"dgl",    u"Di",   u"Dipl",  u"Do",      u"Dr",
       u"dt",      u"ebd",    u"ehem", u"eigtl", u"einschl", u"engl",
       u"entspr",  u"erg",    u"etc",  u"ev",    u"evtl",    u"exkl",
       u"Fa",      u"ff",     u"Fr",   u"frz",   u"geb",     u"Gebr",
       u"gegr",    u"gem",    u"Ges",  u"gesch", u"gest",    u"ggf",
       u"ggfs",    u"Hbf",    u"Hg",   u"hl",    u"Hr",      u"Hrn",
       u"Hrsg",    u"Ing",    u"inkl", u"insb",  u"Inh",     u"Jh",
       u"Jhd",     u"Jhs",    u"jun",  u"jur",   u"Kap",     u"kath",
       u"Kfm",     u"kgl",    u"Kl",   u"Komm",  u"lat",     u"lfd",
       u"Lkw",     u"lt",     u"Mag",  u"max",   u"med",     u"Mi",
       u"Mill",    u"min",    u"Mio",  u"Mo",    u"Mrd",     u"mtl",
       u"Nachf",   u"nachm",  u"nat",  u"Nr",    u"Nrn",     u"od",
       u"orig",    u"österr", u"Pkt",  u"Pkw",   u"Pl",      u"Prof",
       u"Prov",    u"rd",     u"Red",  u"Reg",   u"röm",     u"Sa",
       u"schweiz", u"sen",    u"So",   u"sog",   u"spez",    u"St",
       u"Std",     u"Str",    u"stv",  u"svw",   u"Tel",     u"Tsd",
       u"u",       u"usf",    u"usw",  u"Verf",  u"verh",    u"verw",
       u"vgl",     u"vorm",   u"Vors", u"vs",    u"wg",      u"Wwe",
       u"zit",     u"zzgl",   u"Ztg",  u"zw",    u"Jan",     u"Feb",
       u"Febr",    u"Mär",    u"Apr",  u"Jun",   u"Jul",     u"Aug",
       u"Sep",     u"Sept",   u"Okt",  u"Nov",   u"Dez",     u"Mrz",
       u"bzgl",    u"Art",    u"Abs",  u"Ziff",  u"Zi",      u"Tab",
       u"Bsp",     u"Kt",     u"Kr",   u"Ldkr",  u"Landkr",  u"Reg.-Bez",
       u"Dres",    u"em",     u"o",    u"pp",    u"sc"});
  Add(&rules.final_abbreviations,
      {u"usw", u"usf", u"etc", u"ff", u"Co", u"Chr", u"ca"});
  Add(&rules.numeric_abbreviations, {u"S", u"Nr", u"Art", u"Abs", u"Bd"});
  Add(&rules.months,
      {u"Januar",  u"Jänner",   u"Februar",  u"März",   u"April",
       u"Mai",     u"Juni",     u"Juli",     u"August", u"September",
       u"Oktober", u"November", u"Dezember", u"Jan",    u"Feb",
       u"Febr",    u"Mär",      u"Mrz",      u"Apr",    u"Jun",
       u"Jul",     u"Aug",      u"Sep",      u"Sept",   u"Okt",
       u"Nov",     u"Dez"});
  Add(&rules.ordinal_cues,
      {u"am",     u"Am",     u"im",    u"Im",    u"vom",   u"Vom",   u"zum",
       u"Zum",    u"beim",   u"Beim",  u"bis",   u"Bis",   u"seit",  u"Seit",
       u"ab",     u"Ab",     u"dem",   u"Dem",   u"den",   u"Den",   u"der",
       u"Der",    u"die",    u"Die",   u"das",   u"Das",   u"des",   u"Des",
       u"zur",    u"Zur",    u"ihr",   u"ihrem", u"ihrer", u"sein",  u"seinem",
       u"seiner", u"seines", u"ihres", u"vor",   u"Vor",   u"nach",  u"Nach",
       u"zum",    u"einem",  u"einer", u"eines", u"jedem", u"jeden", u"jeder"});
  Add(&rules.truncation_joiners, {u"und", u"oder", u"bis", u"sowie", u"als",
                                  u"wie", u"noch", u"bzw", u"&", u","});
  rules.ordinal_periods = true;
  rules.ud_splits_mark_runs = true;
  return rules;
}

LanguageRules MakeEnglish() {
  LanguageRules rules;
  rules.language = "en";
  Add(&rules.abbreviations,
      {u"Mr",    u"Mrs",  u"Ms",     u"Dr",   u"Drs",  u"Prof",  u"Sr",
       u"Jr",    u"St",   u"Sts",    u"Mt",   u"Ft",   u"Gen",   u"Gov",
       u"Sen",   u"Rep",  u"Rev",    u"Col",  u"Lt",   u"Capt",  u"Sgt",
       u"Maj",   u"Cmdr", u"Adm",    u"Hon",  u"Pres", u"Supt",  u"Inc",
       u"Ltd",   u"LTD",  u"Corp",   u"Co",   u"Bros", u"PVT",   u"vs",
       u"etc",   u"ect",  u"approx", u"dept", u"Dept", u"est",   u"fig",
       u"Fig",   u"Jan",  u"Feb",    u"Mar",  u"Apr",  u"Jun",   u"Jul",
       u"Aug",   u"Sep",  u"Sept",   u"Oct",  u"Nov",  u"Dec",   u"Mon",
       u"Tue",   u"Tues", u"Wed",    u"Thu",  u"Thur", u"Thurs", u"Fri",
       u"Ave",   u"Blvd", u"Rd",     u"ext",  u"PS",   u"Ph",    u"Univ",
       u"Assn",  u"Dist", u"Messrs", u"cf",   u"viz",  u"al",    u"Esq",
       u"Calif", u"Mass", u"Penn",   u"Ariz", u"Colo", u"Conn",  u"Fla",
       u"Ill",   u"Ind",  u"Kan",    u"Mich", u"Minn", u"Neb",   u"Okla",
       u"Ore",   u"Tenn", u"Tex",    u"Va",   u"Wash", u"Wis",   u"Wyo"});
  Add(&rules.final_abbreviations,
      {u"etc", u"ect", u"Inc", u"Ltd", u"LTD", u"Corp", u"Co", u"Bros", u"Jr",
       u"Sr", u"al", u"Esq", u"PVT"});
  Add(&rules.numeric_abbreviations,
      {u"No", u"Nos", u"no", u"Vol", u"vol", u"pp", u"p", u"Nr"});
  Add(&rules.months,
      {u"January", u"February", u"March", u"April", u"May", u"June", u"July",
       u"August", u"September", u"October", u"November", u"December"});
  Add(&rules.hyphen_prefixes,
      {u"e",    u"E",    u"non",  u"Non",  u"anti",    u"Anti",  u"over",
       u"re",   u"semi", u"vice", u"Vice", u"counter", u"mis",   u"pre",
       u"post", u"co",   u"ex",   u"self", u"multi",   u"inter", u"sub",
       u"un",   u"pro",  u"mid",  u"mega", u"micro",   u"ultra", u"x",
       u"X",    u"t",    u"T"});
  rules.split_clitics = true;
  Add(&rules.informal_contractions,
      {u"dont",    u"cant",    u"wont",     u"didnt",  u"doesnt", u"isnt",
       u"wasnt",   u"arent",   u"werent",   u"havent", u"hasnt",  u"hadnt",
       u"couldnt", u"wouldnt", u"shouldnt", u"im",     u"ive",    u"youre",
       u"theyre",  u"thats",   u"whats",    u"alot",   u"Dont",   u"Cant",
       u"Im",      u"Ive",     u"Thats",    u"Whats",  u"Didnt",  u"Doesnt",
       u"Isnt"});
  return rules;
}

LanguageRules MakeOther(std::string_view language) {
  LanguageRules rules;
  rules.language = std::string(language);
  return rules;
}

}  // namespace

const LanguageRules& RulesFor(std::string_view language) {
  static const LanguageRules* const kGerman = new LanguageRules(MakeGerman());
  static const LanguageRules* const kEnglish = new LanguageRules(MakeEnglish());
  static const LanguageRules* const kOther = new LanguageRules(MakeOther(""));
  if (language == "de") return *kGerman;
  if (language == "en") return *kEnglish;
  return *kOther;
}

namespace {

// ICU's exceptions include abbreviations that are also everyday words
// ending many sentences: German "Test." (for Testament) would join
// "Das war ein Test. Dann ging er." into one sentence.
bool IsEverydayWord(std::string_view language, std::u16string_view word) {
  static constexpr std::u16string_view kGerman[] = {u"Test", u"Port"};
  if (language == "de") {
    for (std::u16string_view everyday : kGerman) {
      if (word == everyday) return true;
    }
  }
  return false;
}

}  // namespace

LanguageRules BuildRulesWithIcuExceptions(std::string_view language) {
  LanguageRules rules = RulesFor(language);
  rules.language = std::string(language);
  rules.owned_words = std::make_shared<std::deque<std::u16string>>();
  UErrorCode error = U_ZERO_ERROR;
  const std::string locale(language);
  UResourceBundle* bundle =
      ures_open(U_ICUDATA_NAME "-brkitr", locale.c_str(), &error);
  const bool own_bundle = error == U_ZERO_ERROR;
  UResourceBundle* table = ures_getByKey(bundle, "exceptions", nullptr, &error);
  UResourceBundle* exceptions =
      ures_getByKey(table, "SentenceBreak", nullptr, &error);
  // Only the language's own list: root has none, and a fallback would be
  // another language's.
  if (own_bundle && U_SUCCESS(error)) {
    while (ures_hasNext(exceptions)) {
      int32_t length = 0;
      UErrorCode item_error = U_ZERO_ERROR;
      const UChar* item =
          ures_getNextString(exceptions, &length, nullptr, &item_error);
      if (U_FAILURE(item_error) || length < 2) continue;
      std::u16string word(item, length);
      // Multi-word entries ("D. h.") are handled piecewise as initials.
      if (word.back() != u'.' || word.find(u' ') != std::u16string::npos) {
        continue;
      }
      word.pop_back();
      if (IsEverydayWord(language, word)) continue;
      rules.owned_words->push_back(std::move(word));
      const std::u16string_view view = rules.owned_words->back();
      if (rules.final_abbreviations.count(view) == 0) {
        rules.abbreviations.insert(view);
      }
    }
  }
  ures_close(exceptions);
  ures_close(table);
  ures_close(bundle);
  return rules;
}

}  // namespace lesbar
