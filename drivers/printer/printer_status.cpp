#include "drivers/printer/printer_status.h"

namespace yizhan::drivers {

using namespace escpos;

bool PrinterStatus::apply(StatusKind kind, std::uint8_t reply) {
  if ((reply & kStatusFixedMask) != kStatusFixedBits) return false;
  answered = true;
  switch (kind) {
    case StatusKind::Printer:
      offline = (reply & kPrinterOffline) != 0;
      break;
    case StatusKind::Offline:
      coverOpen = (reply & kCoverOpen) != 0;
      error = (reply & kErrorOccurred) != 0;
      if (reply & kPaperStop) paperOut = true;
      break;
    case StatusKind::Error:
      break;
    case StatusKind::Paper:
      paperNearEnd = (reply & kPaperNearEnd) != 0;
      paperOut = (reply & kPaperOut) != 0;
      break;
  }
  return true;
}

DeviceHealth printerHealth(const PrinterStatus& s, bool answersStatus) {
  if (!s.answered) {
    if (!answersStatus) return {};
    return {HealthState::Fault, "打印机没有响应，请检查电源和连接线",
            "printer does not answer: check power and cable", "打印机暂时不能用",
            "The printer is not working"};
  }
  if (s.paperOut) {
    return {HealthState::Fault, "打印机缺纸，请更换纸卷", "printer is out of paper", "打印机缺纸",
            "The printer is out of paper"};
  }
  if (s.coverOpen) {
    return {HealthState::Fault, "打印机盖没有合上，请合好", "printer cover is open",
            "打印机盖没有合上", "The printer cover is open"};
  }
  if (s.offline || s.error) {
    return {HealthState::Fault, "打印机故障，请重启打印机", "printer is offline or in error",
            "打印机暂时不能用", "The printer is not working"};
  }
  if (s.paperNearEnd) {
    return {HealthState::Warning, "打印纸快用完了，请准备新纸卷", "printer paper is nearly out"};
  }
  return {};
}

}  // namespace yizhan::drivers
