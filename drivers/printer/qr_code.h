#pragma once
// QR codes drawn by us (libqrencode), for printers without native QR and for the simulator's
// rendering of the printer's native QR command.
#include <optional>
#include <string_view>

#include "drivers/printer/bitmap.h"

namespace yizhan::drivers {

enum class QrErrorLevel { L, M, Q, H };

// The symbol with a 4-module quiet zone, each module `moduleDots` dots square; nullopt if the
// payload does not fit a QR code.
std::optional<Bitmap> renderQr(std::string_view payload, int moduleDots, QrErrorLevel level);

}  // namespace yizhan::drivers
