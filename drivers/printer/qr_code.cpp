#include "drivers/printer/qr_code.h"

#include <qrencode.h>

#include <memory>
#include <string>

namespace yizhan::drivers {

std::optional<Bitmap> renderQr(std::string_view payload, int moduleDots, QrErrorLevel level) {
  static constexpr QRecLevel kLevels[] = {QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H};
  std::string data(payload);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeData(static_cast<int>(data.size()),
                        reinterpret_cast<const unsigned char*>(data.data()), 0,
                        kLevels[static_cast<int>(level)]),
      &QRcode_free);
  if (!code || moduleDots < 1) return std::nullopt;
  constexpr int kQuiet = 4;
  int modules = code->width + 2 * kQuiet;
  Bitmap out(modules * moduleDots, modules * moduleDots);
  for (int y = 0; y < code->width; ++y) {
    for (int x = 0; x < code->width; ++x) {
      if (!(code->data[y * code->width + x] & 1)) continue;
      for (int dy = 0; dy < moduleDots; ++dy) {
        for (int dx = 0; dx < moduleDots; ++dx) {
          out.set((x + kQuiet) * moduleDots + dx, (y + kQuiet) * moduleDots + dy);
        }
      }
    }
  }
  return out;
}

}  // namespace yizhan::drivers
