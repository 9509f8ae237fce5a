#pragma once
// A receipt printer in software, at the other end of a pseudo-terminal or a loopback TCP
// port: it parses what the driver sends into tickets, renders each to a PNG, and answers
// status requests as its switches say (paper out, cover open, offline, paper near end).
// With a clone profile it ignores QR commands and never answers, like cheap printers do.
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "drivers/io/fd_io.h"
#include "drivers/io/pty_pair.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/sim/escpos_parser.h"
#include "drivers/printer/text_raster.h"

namespace yizhan::drivers::sim {

struct PrinterSwitches {
  bool paperOut = false;
  bool coverOpen = false;
  bool offline = false;
  bool paperNearEnd = false;
};

class PrinterSimulator {
 public:
  enum class Link { Pty, Tcp };
  // `pngDir`: where to write ticket-NNNN.png for each printed ticket (none if empty).
  // Throws std::runtime_error if the pty or socket cannot be made.
  PrinterSimulator(Link link, PrinterProfile profile, const TextRaster& raster,
                   std::filesystem::path pngDir = {});
  ~PrinterSimulator();
  PrinterSimulator(const PrinterSimulator&) = delete;
  PrinterSimulator& operator=(const PrinterSimulator&) = delete;

  // Where the driver connects: the pty's device path, or "127.0.0.1:PORT".
  std::string address() const;
  void setSwitches(PrinterSwitches switches);

  std::vector<PrintedTicket> tickets() const;
  std::vector<std::filesystem::path> pngFiles() const;
  // Tickets cut while the printer could not print (they never reach paper).
  size_t lostTickets() const;
  size_t statusRequests() const;
  // Waits until `count` tickets were printed or lost; false on timeout.
  bool waitForTickets(size_t count, std::chrono::milliseconds timeout) const;

 private:
  void serve();
  void handle(int fd, std::span<const std::uint8_t> bytes);
  std::uint8_t statusReply(escpos::StatusKind kind) const;

  Link link_;
  PrinterProfile profile_;
  const TextRaster& raster_;
  std::filesystem::path pngDir_;
  std::unique_ptr<PtyPair> pty_;
  int masterFd_ = -1;  // pty master, or the listening socket
  std::string address_;
  Wakeup stop_;
  EscPosParser parser_;

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  PrinterSwitches switches_;
  std::vector<PrintedTicket> tickets_;
  std::vector<std::filesystem::path> pngs_;
  size_t lost_ = 0;
  size_t statusRequests_ = 0;
  std::thread thread_;
};

}  // namespace yizhan::drivers::sim
