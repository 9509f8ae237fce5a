#pragma once
// The kinds of device a station has; screens use it to tell residents which one is down.
namespace yizhan::kiosk {

enum class DeviceKind { Printer, CardReader, Scanner, Speaker };

}  // namespace yizhan::kiosk
