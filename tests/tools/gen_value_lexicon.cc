// Generates core/analyses/entities/value_lexicon.cc from the CLDR data in
// the native ICU (Debian's libicu72): month and weekday names, day periods,
// the clock word ("Uhr"), relative dates ("letzte Woche", "yesterday"),
// currency names and symbols, compact number scales ("Mio.", "billion"),
// unit names, the percent sign and spelled-out numbers, for German and
// English. The wasm build carries no formatting data, so the lists are
// committed; rerun with `node scripts/gen-value-lexicon.mjs`.
#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/reldatefmt.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

// Mirrors value_lexicon::WordKind.
enum Kind {
  kMonth = 0,
  kMonthAbbrev = 1,
  kWeekday = 2,
  kDayPeriod = 3,
  kClockWord = 4,
  kRelativeDate = 5,
  kCurrencyName = 6,
  kCurrencySymbol = 7,
  kScale = 8,
  kUnit = 9,
  kDateUnit = 10,
  kTimeUnit = 11,
  kPercentWord = 12,
  kNumberWord = 13,
};
const char* const kKindNames[] = {
    "kMonth",       "kMonthAbbrev",  "kWeekday",      "kDayPeriod",
    "kClockWord",   "kRelativeDate", "kCurrencyName", "kCurrencySymbol",
    "kScale",       "kUnit",         "kDateUnit",     "kTimeUnit",
    "kPercentWord", "kNumberWord"};

struct Language {
  const char* locale;
  int bit;
};

// (form, kind, value) -> language bits.
std::map<std::tuple<std::u16string, int, int>, int> words;

void Check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "gen_value_lexicon: %s: %s\n", what,
                 u_errorName(status));
    std::exit(1);
  }
}

bool IsBlank(char16_t c) {
  return c == u' ' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

// Collapses blanks to one ASCII space and trims.
std::u16string Clean(const icu::UnicodeString& s) {
  std::u16string out;
  for (int32_t i = 0; i < s.length(); ++i) {
    char16_t c = s.charAt(i);
    if (c == 0xAD) continue;  // soft hyphens in spelled-out numbers
    if (IsBlank(c)) {
      if (!out.empty() && out.back() != u' ') out.push_back(u' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == u' ') out.pop_back();
  return out;
}

// Short forms that are common words of German or English text.
bool IsCommonWord(const std::u16string& form) {
  return form == u"in" || form == u"an" || form == u"am" || form == u"pm";
}

void Add(const icu::UnicodeString& form, int kind, int value, int bit) {
  std::u16string clean = Clean(form);
  if (clean.empty()) return;
  // Names of old currencies carry dates and brackets ("(1952–2006)").
  if (clean.find_first_of(u"0123456789()") != std::u16string::npos) return;
  if (kind != kDayPeriod && IsCommonWord(clean)) return;
  words[{clean, kind, value}] |= bit;
}

// The text of a formatted measure without its number: "2 Kilometer" ->
// "Kilometer", "$2" -> "$".
std::u16string WithoutNumber(const icu::UnicodeString& formatted) {
  std::u16string s = Clean(formatted);
  size_t first = s.find_first_of(u"0123456789");
  if (first == std::u16string::npos) return s;
  size_t last = first;
  while (last < s.size() &&
         std::u16string_view(u"0123456789.,").find(s[last]) !=
             std::u16string_view::npos) {
    ++last;
  }
  auto trim = [](std::u16string t) {
    while (!t.empty() && t.front() == u' ') t.erase(t.begin());
    while (!t.empty() && t.back() == u' ') t.pop_back();
    return t;
  };
  const std::u16string before = trim(s.substr(0, first));
  const std::u16string after = trim(s.substr(last));
  return before.empty() ? after : before;
}

void AddDates(const Language& lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(lang.locale);
  icu::DateFormatSymbols symbols(locale, status);
  Check(status, "DateFormatSymbols");
  int32_t count = 0;
  for (auto context :
       {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    const icu::UnicodeString* months =
        symbols.getMonths(count, context, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count; ++i) Add(months[i], kMonth, i + 1, lang.bit);
    months =
        symbols.getMonths(count, context, icu::DateFormatSymbols::ABBREVIATED);
    for (int32_t i = 0; i < count; ++i) {
      Add(months[i], kMonthAbbrev, i + 1, lang.bit);
    }
    const icu::UnicodeString* days =
        symbols.getWeekdays(count, context, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 1; i < count; ++i) Add(days[i], kWeekday, i, lang.bit);
  }

  // The clock word: the literal in the hour-only pattern ("HH 'Uhr'").
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(locale, status));
  Check(status, "DateTimePatternGenerator");
  icu::UnicodeString hour = generator->getBestPattern(u"H", status);
  Check(status, "getBestPattern");
  int32_t open = hour.indexOf(u'\'');
  int32_t close = open < 0 ? -1 : hour.indexOf(u'\'', open + 1);
  if (close > open + 1) {
    Add(hour.tempSubStringBetween(open + 1, close), kClockWord, 0, lang.bit);
  }

  icu::RelativeDateTimeFormatter relative(locale, status);
  Check(status, "RelativeDateTimeFormatter");
  const UDateDirection directions[] = {
      UDAT_DIRECTION_LAST_2, UDAT_DIRECTION_LAST, UDAT_DIRECTION_THIS,
      UDAT_DIRECTION_NEXT, UDAT_DIRECTION_NEXT_2};
  const UDateAbsoluteUnit units[] = {
      UDAT_ABSOLUTE_SUNDAY,    UDAT_ABSOLUTE_MONDAY,   UDAT_ABSOLUTE_TUESDAY,
      UDAT_ABSOLUTE_WEDNESDAY, UDAT_ABSOLUTE_THURSDAY, UDAT_ABSOLUTE_FRIDAY,
      UDAT_ABSOLUTE_SATURDAY,  UDAT_ABSOLUTE_DAY,      UDAT_ABSOLUTE_WEEK,
      UDAT_ABSOLUTE_MONTH,     UDAT_ABSOLUTE_YEAR,     UDAT_ABSOLUTE_QUARTER};
  for (auto direction : directions) {
    for (auto unit : units) {
      icu::UnicodeString out;
      UErrorCode s = U_ZERO_ERROR;
      relative.format(direction, unit, out, s);
      // Directions a unit lacks come back empty or as an error.
      if (U_SUCCESS(s) && !out.isEmpty()) {
        Add(out, kRelativeDate, 0, lang.bit);
      }
    }
  }
}

void AddDayPeriods(const char* locale, int bit) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols{icu::Locale(locale), status};
  Check(status, "DateFormatSymbols");
  int32_t count = 0;
  const icu::UnicodeString* ampm = symbols.getAmPmStrings(count);
  for (int32_t i = 0; i < count && i < 2; ++i) {
    Add(ampm[i], kDayPeriod, i, bit);
  }
}

void AddNumbers(const Language& lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(lang.locale);
  namespace number = icu::number;

  // Scales: "2 Millionen" / "2 Mio." / "2 million"; counts 1 and 2 give
  // singular and plural. One-letter short forms ("2M") are left out: as a
  // separate word they are too ambiguous.
  for (int exponent : {3, 6, 9, 12}) {
    for (double count : {1.0, 2.0}) {
      for (auto notation : {number::Notation::compactLong(),
                            number::Notation::compactShort()}) {
        double value = count;
        for (int i = 0; i < exponent; ++i) value *= 10;
        icu::UnicodeString out = number::NumberFormatter::withLocale(locale)
                                     .notation(notation)
                                     .formatDouble(value, status)
                                     .toString(status);
        Check(status, "compact");
        std::u16string scale = WithoutNumber(out);
        if (scale.size() > 1) {
          Add(icu::UnicodeString(scale.data(), scale.size()), kScale, exponent,
              lang.bit);
        }
      }
    }
  }

  // Units, their full names and short forms, singular and plural.
  struct UnitKind {
    const char* id;
    int kind;
  };
  const UnitKind kUnits[] = {
      {"kilometer", kUnit},
      {"meter", kUnit},
      {"centimeter", kUnit},
      {"millimeter", kUnit},
      {"mile", kUnit},
      {"foot", kUnit},
      {"inch", kUnit},
      {"yard", kUnit},
      {"nautical-mile", kUnit},
      {"kilogram", kUnit},
      {"gram", kUnit},
      {"milligram", kUnit},
      {"ton", kUnit},
      {"metric-ton", kUnit},
      {"tonne", kUnit},
      {"ounce", kUnit},
      {"liter", kUnit},
      {"milliliter", kUnit},
      {"hectoliter", kUnit},
      {"cubic-meter", kUnit},
      {"gallon", kUnit},
      {"square-kilometer", kUnit},
      {"square-meter", kUnit},
      {"square-mile", kUnit},
      {"hectare", kUnit},
      {"acre", kUnit},
      {"kilometer-per-hour", kUnit},
      {"mile-per-hour", kUnit},
      {"meter-per-second", kUnit},
      {"celsius", kUnit},
      {"fahrenheit", kUnit},
      {"degree", kUnit},
      {"watt", kUnit},
      {"kilowatt", kUnit},
      {"megawatt", kUnit},
      {"gigawatt", kUnit},
      {"kilowatt-hour", kUnit},
      {"megabyte", kUnit},
      {"gigabyte", kUnit},
      {"terabyte", kUnit},
      {"century", kDateUnit},
      {"decade", kDateUnit},
      {"year", kDateUnit},
      {"month", kDateUnit},
      {"week", kDateUnit},
      {"day", kDateUnit},
      {"hour", kTimeUnit},
      {"minute", kTimeUnit},
      {"second", kTimeUnit},
      {"percent", kPercentWord},
      {"permille", kPercentWord},
  };
  for (const UnitKind& unit : kUnits) {
    UErrorCode s = U_ZERO_ERROR;
    icu::MeasureUnit measure = icu::MeasureUnit::forIdentifier(unit.id, s);
    if (U_FAILURE(s)) {
      std::fprintf(stderr, "gen_value_lexicon: no unit %s in this ICU\n",
                   unit.id);
      continue;
    }
    for (double count : {1.0, 2.0}) {
      for (auto width : {UNUM_UNIT_WIDTH_FULL_NAME, UNUM_UNIT_WIDTH_SHORT}) {
        // German case forms too: "vor drei Jahren" (dative), "des Jahres".
        for (const char* grammatical_case :
             {"nominative", "accusative", "dative", "genitive"}) {
          icu::UnicodeString out = number::NumberFormatter::withLocale(locale)
                                       .unit(measure)
                                       .unitWidth(width)
                                       .unitDisplayCase(grammatical_case)
                                       .formatDouble(count, status)
                                       .toString(status);
          Check(status, "unit");
          std::u16string name = WithoutNumber(out);
          if (name.size() > 1 || unit.kind == kPercentWord) {
            Add(icu::UnicodeString(name.data(), name.size()), unit.kind, 0,
                lang.bit);
          }
        }
      }
    }
  }

  // Spelled-out numbers 2..20 and the tens: "drei Jahre", "twenty percent".
  icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, locale, status);
  Check(status, "RuleBasedNumberFormat");
  for (int n = 2; n <= 100; ++n) {
    if (n > 20 && n % 10 != 0) continue;
    icu::UnicodeString out;
    spellout.format(static_cast<int32_t>(n), out);
    Add(out, kNumberWord, n, lang.bit);
  }
}

void AddCurrencies(const Language& lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(lang.locale);
  UEnumeration* codes =
      ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  Check(status, "ucurr_openISOCurrencies");
  const char* code;
  int32_t length;
  while ((code = uenum_next(codes, &length, &status)) != nullptr) {
    Check(status, "uenum_next");
    icu::UnicodeString code16(code, length, US_INV);
    const UChar* iso = code16.getTerminatedBuffer();
    UErrorCode s = U_ZERO_ERROR;
    icu::CurrencyUnit unit(iso, s);
    if (U_FAILURE(s)) continue;
    Add(code16, kCurrencySymbol, 0, lang.bit);
    for (double count : {1.0, 2.0}) {
      icu::UnicodeString out = icu::number::NumberFormatter::withLocale(locale)
                                   .unit(unit)
                                   .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
                                   .precision(icu::number::Precision::integer())
                                   .formatDouble(count, status)
                                   .toString(status);
      Check(status, "currency name");
      std::u16string name = WithoutNumber(out);
      Add(icu::UnicodeString(name.data(), name.size()), kCurrencyName, 0,
          lang.bit);
      // The head noun alone ("Russischer Rubel" -> "Rubel", "US dollars"
      // -> "dollars") is how articles usually write it.
      size_t space = name.rfind(u' ');
      if (space != std::u16string::npos) {
        std::u16string head = name.substr(space + 1);
        Add(icu::UnicodeString(head.data(), head.size()), kCurrencyName, 0,
            lang.bit);
      }
    }
    for (auto kind : {UCURR_SYMBOL_NAME, UCURR_NARROW_SYMBOL_NAME}) {
      UBool is_choice = false;
      int32_t symbol_length = 0;
      UErrorCode ss = U_ZERO_ERROR;
      const UChar* symbol = ucurr_getName(iso, lang.locale, kind, &is_choice,
                                          &symbol_length, &ss);
      if (U_FAILURE(ss)) continue;
      icu::UnicodeString sym(symbol, symbol_length);
      // A one-letter symbol without a currency sign ("R", "K") is too
      // ambiguous next to a number.
      bool has_sign = false;
      for (int32_t i = 0; i < sym.length(); ++i) {
        if (u_charType(sym.char32At(i)) == U_CURRENCY_SYMBOL) has_sign = true;
      }
      if (has_sign || sym.length() > 1) Add(sym, kCurrencySymbol, 0, lang.bit);
    }
  }
  uenum_close(codes);
}

void PrintForm(const std::u16string& form) {
  std::printf("u\"");
  for (char16_t c : form) {
    if (c == u'"' || c == u'\\') {
      std::printf("\\%c", static_cast<char>(c));
    } else if (c >= 0x20 && c < 0x7F) {
      std::printf("%c", static_cast<char>(c));
    } else {
      std::printf("\\u%04X", static_cast<unsigned>(c));
    }
  }
  std::printf("\"");
}

}  // namespace

int main() {
  const Language kLanguages[] = {{"de", 1}, {"en", 2}};
  for (const Language& lang : kLanguages) {
    AddDates(lang);
    AddNumbers(lang);
    AddCurrencies(lang);
  }
  // English day periods as the regional Englishes write them ("AM",
  // "am", "a.m.").
  for (const char* locale : {"en", "en_GB", "en_CA", "en_AU"}) {
    AddDayPeriods(locale, 2);
  }

  std::printf(
      "// Generated by tests/tools/gen_value_lexicon.cc from ICU %s (CLDR).\n"
      "// Do not edit; rerun `node scripts/gen-value-lexicon.mjs`.\n"
      "#include \"analyses/entities/value_lexicon.h\"\n\n"
      "namespace lesbar {\nnamespace value_lexicon {\n\n"
      "const Word kWords[] = {\n",
      U_ICU_VERSION);
  for (const auto& [key, bits] : words) {
    const auto& [form, kind, value] = key;
    std::printf("    {");
    PrintForm(form);
    std::printf(", WordKind::%s, %d, %d},\n", kKindNames[kind], bits, value);
  }
  std::printf(
      "};\nconst int kNumWords = static_cast<int>(sizeof(kWords) / "
      "sizeof(kWords[0]));\n\n}  // namespace value_lexicon\n}  // namespace "
      "lesbar\n");
  return 0;
}
