#pragma once
// The ESC/POS command bytes the driver sends and the simulator parses: one list, so the two
// cannot drift apart.
#include <cstdint>

namespace yizhan::drivers::escpos {

inline constexpr std::uint8_t LF = 0x0A;
inline constexpr std::uint8_t ESC = 0x1B;
inline constexpr std::uint8_t GS = 0x1D;
inline constexpr std::uint8_t FS = 0x1C;
inline constexpr std::uint8_t DLE = 0x10;
inline constexpr std::uint8_t EOT = 0x04;

// ESC @ init, ESC a n align, ESC E n bold, ESC d n feed lines, GS ! n size,
// FS & Chinese mode on, GS V m [n] cut, GS v 0 raster, GS ( k QR, DLE EOT n status.
inline constexpr std::uint8_t kInit = '@';
inline constexpr std::uint8_t kAlign = 'a';
inline constexpr std::uint8_t kBold = 'E';
inline constexpr std::uint8_t kFeedLines = 'd';
inline constexpr std::uint8_t kSize = '!';
inline constexpr std::uint8_t kChineseOn = '&';
inline constexpr std::uint8_t kCut = 'V';
inline constexpr std::uint8_t kRaster = 'v';
inline constexpr std::uint8_t kQr = '(';

// DLE EOT n: 1 printer, 2 offline cause, 3 error cause, 4 paper roll sensor.
enum class StatusKind : std::uint8_t { Printer = 1, Offline = 2, Error = 3, Paper = 4 };
// Every status reply has bits 1 and 4 set and bits 0 and 7 clear.
inline constexpr std::uint8_t kStatusFixedMask = 0x93;
inline constexpr std::uint8_t kStatusFixedBits = 0x12;
inline constexpr std::uint8_t kPrinterOffline = 0x08;  // n = 1
inline constexpr std::uint8_t kCoverOpen = 0x04;       // n = 2
inline constexpr std::uint8_t kPaperStop = 0x20;       // n = 2: stopped for paper end
inline constexpr std::uint8_t kErrorOccurred = 0x40;   // n = 2
inline constexpr std::uint8_t kPaperNearEnd = 0x0C;    // n = 4
inline constexpr std::uint8_t kPaperOut = 0x60;        // n = 4

}  // namespace yizhan::drivers::escpos
