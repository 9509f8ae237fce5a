#pragma once
// The printer's state from its DLE EOT replies, and what staff should do about it.
#include <cstdint>
#include <optional>

#include "drivers/device_health.h"
#include "drivers/printer/escpos.h"

namespace yizhan::drivers {

struct PrinterStatus {
  bool answered = false;  // false: no reply (cable, power, or a printer that never answers)
  bool offline = false;
  bool coverOpen = false;
  bool paperNearEnd = false;
  bool paperOut = false;
  bool error = false;

  // Folds in one reply byte to the request `kind`; false if the byte cannot be a reply.
  bool apply(escpos::StatusKind kind, std::uint8_t reply);
  bool canPrint() const { return answered && !offline && !coverOpen && !paperOut && !error; }
};

// `answersStatus`: whether this model ever replies; if not, silence is not a fault.
DeviceHealth printerHealth(const PrinterStatus& status, bool answersStatus);

}  // namespace yizhan::drivers
