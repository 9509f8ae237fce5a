#include "drivers/printer/thermal_printer.h"

#include "drivers/printer/escpos_builder.h"

namespace yizhan::drivers {

using escpos::StatusKind;

ThermalPrinter::ThermalPrinter(std::unique_ptr<ByteStream> link, PrinterProfile profile)
    : link_(std::move(link)), profile_(std::move(profile)) {}

PrinterStatus ThermalPrinter::queryStatus(std::chrono::milliseconds timeout) {
  std::lock_guard lock(mutex_);
  PrinterStatus status;
  try {
    link_->discardInput();
    for (StatusKind kind : {StatusKind::Printer, StatusKind::Offline, StatusKind::Paper}) {
      link_->write(statusRequest(kind), timeout);
      auto reply = link_->read(1, timeout);
      if (reply.empty() || !status.apply(kind, reply[0])) {
        status.answered = false;
        break;
      }
    }
  } catch (const DeviceIoError& e) {
    status = {};
    health_ = {HealthState::Fault, "打印机连接中断，请检查连接线",
               std::string("printer link failed: ") + e.what()};
    return status;
  }
  health_ = printerHealth(status, profile_.answersStatus);
  return status;
}

PrintResult ThermalPrinter::print(std::span<const std::uint8_t> job) {
  queryStatus();
  std::lock_guard lock(mutex_);
  if (health_.state == HealthState::Fault) return {false, health_};
  try {
    // A receipt is a few KB; even at 9600 baud it is written in a few seconds.
    link_->write(job, std::chrono::seconds(10));
  } catch (const DeviceIoError& e) {
    health_ = {HealthState::Fault, "打印机连接中断，请检查连接线",
               std::string("printing failed: ") + e.what()};
    return {false, health_};
  }
  return {true, health_};
}

DeviceHealth ThermalPrinter::health() const {
  std::lock_guard lock(mutex_);
  return health_;
}

}  // namespace yizhan::drivers
