#pragma once
// Devices as staff and residents are told of them.
// Each feature keeps its own words; kiosk/features.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class DeviceStr : int {
  DevicesHeading,
  DevicesChecking,
  DevicesMoreOk,
  DevicesMore,
  DeviceOk,
  DeviceWarning,
  DeviceFault,
  PrinterDownNotice,
  ResidentPrinterDown,
  ResidentReaderDown,
  PrinterUnavailable,
  Count
};

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
inline constexpr TextEntry<DeviceStr> kDeviceStrEntries[] = {
    {DeviceStr::DevicesHeading, "设备状态", "Devices"},
    {DeviceStr::DevicesChecking, "正在检查设备…", "Checking devices…"},
    {DeviceStr::DevicesMoreOk, "其余{0}个设备正常", "{0} more devices OK"},
    {DeviceStr::DevicesMore, "还有{0}个设备，请在柜台网页查看",
     "{0} more devices: see the counter page"},
    {DeviceStr::DeviceOk, "正常", "OK"},
    {DeviceStr::DeviceWarning, "注意", "Warning"},
    {DeviceStr::DeviceFault, "故障", "Fault"},
    {DeviceStr::PrinterDownNotice, "{0}，请联系工作人员。仍可取号，请记住屏幕上的号码",
     "{0}: please ask staff. You can still take a number; remember it from the screen"},
    {DeviceStr::ResidentPrinterDown, "打印机暂时不能用", "The printer is not working"},
    {DeviceStr::ResidentReaderDown, "身份证读卡器暂时不能用，70周岁以上老人请联系工作人员优先办理",
     "The ID card reader is not working; if you are 70 or over, ask staff for priority"},
    {DeviceStr::PrinterUnavailable, "打印机无法连接，请检查电源和连接线",
     "The printer cannot be reached; check its power and cable"},
};
static_assert(isCompleteCatalog(kDeviceStrEntries),
              "every DeviceStr needs one entry, in the enum's order");

inline std::span<const TextEntry<DeviceStr>> catalogOf(DeviceStr) {
  return kDeviceStrEntries;
}

}  // namespace yizhan::kiosk
