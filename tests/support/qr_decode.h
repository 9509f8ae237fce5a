#pragma once
// Reads QR codes back out of a rendered ticket with zbar, so tests check what a phone would
// scan rather than the bytes we meant to send.
#include <zbar.h>

#include <string>
#include <vector>

#include "drivers/printer/bitmap.h"

namespace yizhan::test {

inline std::vector<std::string> decodeQrCodes(const drivers::Bitmap& page) {
  using namespace zbar;  // the C API, declared in a namespace when included from C++
  std::vector<unsigned char> gray(page.dots.size());
  for (size_t i = 0; i < gray.size(); ++i) gray[i] = page.dots[i] ? 0 : 255;
  zbar_image_scanner_t* scanner = zbar_image_scanner_create();
  zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
  zbar_image_t* image = zbar_image_create();
  zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
  zbar_image_set_size(image, static_cast<unsigned>(page.width), static_cast<unsigned>(page.height));
  zbar_image_set_data(image, gray.data(), gray.size(), nullptr);
  std::vector<std::string> out;
  if (zbar_scan_image(scanner, image) > 0) {
    for (const zbar_symbol_t* s = zbar_image_first_symbol(image); s; s = zbar_symbol_next(s)) {
      out.emplace_back(zbar_symbol_get_data(s), zbar_symbol_get_data_length(s));
    }
  }
  zbar_image_destroy(image);
  zbar_image_scanner_destroy(scanner);
  return out;
}

}  // namespace yizhan::test
