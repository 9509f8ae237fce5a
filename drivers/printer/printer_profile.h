#pragma once
// What a model of receipt printer can do. Printers of the same paper width differ in whether
// they draw QR codes themselves and whether they answer status requests at all (cheap clones
// often do neither), so the driver asks the profile instead of assuming.
#include <optional>
#include <string>
#include <string_view>

namespace yizhan::drivers {

struct PrinterProfile {
  std::string name;
  int dotsPerLine = 576;      // 80 mm paper at 203 dpi: 72 mm printable
  int columns = 48;           // Font A is 12 dots wide: 48 Latin or 24 Chinese characters a line
  int lineDots = 24;          // Font A is 24 dots high
  bool nativeQr = true;       // GS ( k
  bool answersStatus = true;  // DLE EOT

  // "standard-80mm" (Epson-compatible, e.g. Xprinter XP-80) or "clone-80mm".
  static std::optional<PrinterProfile> named(std::string_view name);
};

}  // namespace yizhan::drivers
