// Prints localized place names from the ICU 72 data installed on this
// machine (CLDR): every ISO 3166 country, CLDR's continents, subcontinents
// and groupings, and the exemplar city of every canonical time zone, in the
// locales given on the command line. One "locale<TAB>kind<TAB>name" per line.
// Built and run by scripts/ner/build_gazetteers.mjs at generation time only.
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <iostream>
#include <memory>
#include <string>

namespace {

void Print(const char* locale, const char* kind, const icu::UnicodeString& name) {
  if (name.isEmpty()) return;
  std::string utf8;
  name.toUTF8String(utf8);
  std::cout << locale << '\t' << kind << '\t' << utf8 << '\n';
}

void PrintRegions(const icu::Locale& display, const char* locale) {
  const URegionType kinds[] = {URGN_TERRITORY, URGN_CONTINENT,
                               URGN_SUBCONTINENT, URGN_GROUPING};
  for (URegionType kind : kinds) {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> regions(
        icu::Region::getAvailable(kind, error));
    if (U_FAILURE(error)) continue;
    while (const char* code = regions->next(nullptr, error)) {
      if (U_FAILURE(error)) break;
      icu::UnicodeString name;
      icu::Locale(("und_" + std::string(code)).c_str())
          .getDisplayCountry(display, name);
      // ICU echoes the code when it has no name for it.
      if (name == icu::UnicodeString(code)) continue;
      Print(locale, kind == URGN_TERRITORY ? "country" : "region", name);
    }
  }
}

void PrintExemplarCities(const icu::Locale& display, const char* locale) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names(
      icu::TimeZoneNames::createInstance(display, error));
  std::unique_ptr<icu::StringEnumeration> zones(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION,
                                                 nullptr, nullptr, error));
  if (U_FAILURE(error)) return;
  while (const icu::UnicodeString* zone = zones->snext(error)) {
    if (U_FAILURE(error)) break;
    icu::UnicodeString city;
    names->getExemplarLocationName(*zone, city);
    Print(locale, "city", city);
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    icu::Locale display(argv[i]);
    PrintRegions(display, argv[i]);
    PrintExemplarCities(display, argv[i]);
  }
  return 0;
}
