#pragma once
// Draws a printed ticket as the paper would look: the 576-dot printable width with a margin, text
// in the same CJK font the kiosk uses, QR codes regenerated from their payloads, images as sent.
#include "drivers/printer/bitmap.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/sim/printed_ticket.h"
#include "drivers/printer/text_raster.h"

namespace yizhan::drivers::sim {

Bitmap renderTicket(const PrintedTicket& ticket, const PrinterProfile& profile,
                    const TextRaster& raster);

}  // namespace yizhan::drivers::sim
