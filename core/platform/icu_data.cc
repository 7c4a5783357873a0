#include "platform/icu_data.h"

#include <unicode/udata.h>
#include <unicode/utypes.h>

#include <string>

#ifdef LESBAR_EMBEDDED_ICU_DATA
// Generated from the filtered icudt72l.dat by scripts/embed-file.mjs.
extern "C" const unsigned char lesbar_icu_data[];
#endif

namespace lesbar {

Status EnsureIcuData() {
#ifdef LESBAR_EMBEDDED_ICU_DATA
  static const UErrorCode result = [] {
    UErrorCode error = U_ZERO_ERROR;
    udata_setCommonData(lesbar_icu_data, &error);
    return error;
  }();
  if (U_FAILURE(result)) {
    return {StatusCode::kInternal,
            std::string("ICU data rejected: ") + u_errorName(result)};
  }
#endif
  return {};
}

}  // namespace lesbar
