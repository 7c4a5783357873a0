// Points ICU at its data. Native builds use the system's libicudata; the
// WebAssembly build links lesbar's filtered data file as a C array and hands
// it to ICU once, before any service is opened.
#ifndef LESBAR_PLATFORM_ICU_DATA_H_
#define LESBAR_PLATFORM_ICU_DATA_H_

#include "lesbar/lesbar.h"

namespace lesbar {

Status EnsureIcuData();

}  // namespace lesbar

#endif  // LESBAR_PLATFORM_ICU_DATA_H_
