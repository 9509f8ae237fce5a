#pragma once
// Devices as staff and residents are told of them.
// Each feature keeps its own words; kiosk/app/text_catalogs.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class DeviceStr : int {
  DevicesHeading,
  DevicesChecking,
  DeviceOk,
  DeviceWarning,
  DeviceFault,
  PrinterDownNotice,
  ResidentPrinterDown,
  ResidentReaderDown,
  PrinterUnavailable,
  Count
};
std::span<const TextEntry<DeviceStr>> catalogOf(DeviceStr);

}  // namespace yizhan::kiosk
