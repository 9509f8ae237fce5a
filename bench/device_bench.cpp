// Device latencies through the real drivers and their simulators over ptys:
//   card placed → parsed identity (find, select, read; 115200 baud on real hardware)
//   print call → last byte written (status query, then the ticket)
// A pty has no baud rate, so these are the software's own cost; the protocol's floor (bytes
// on the wire ÷ baud rate) is printed beside them: a real device takes at least the floor.
// Prints one JSON object.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "bench/bench_stats.h"
#include "drivers/idcard/id_card_reader.h"
#include "drivers/idcard/sam_frame.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/idcard/sim/id_card_simulator.h"
#include "drivers/io/fd_stream.h"
#include "drivers/printer/escpos_builder.h"
#include "drivers/printer/sim/printer_simulator.h"
#include "drivers/printer/thermal_printer.h"
#include "kiosk/app/config.h"

using namespace yizhan::drivers;
using Clock = std::chrono::steady_clock;

using yizhan::bench::ms;
using yizhan::bench::percentile;

namespace {
// 8N1: ten bits on the wire per byte.
double wireMs(size_t bytes, int baud) {
  return 1000.0 * static_cast<double>(bytes) * 10 / baud;
}
}  // namespace

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::atoi(argv[1]) : 100;

  // Card reader
  sim::IdCardSimulator readerSim;
  IdCardReader reader(FdStream::open(readerSim.devicePath(), 115200));
  readerSim.place(sim::elderlyResident());
  std::vector<double> card;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    auto attempt = reader.tryRead();
    card.push_back(ms(Clock::now() - start));
    if (attempt.outcome != IdCardReader::Outcome::Read) return 1;
  }
  // Requests: 3 × 10 bytes. Answers: find 15, select 19, read 1295 (text 256 + photo 1024).
  size_t cardBytes = 3 * 10 + 15 + 19 + 1295;

  // Printer
  yizhan::kiosk::Config config;
  TextRaster raster(config.ui.fontFile, config.ui.fontFace);
  PrinterProfile profile = *PrinterProfile::named("standard-80mm");
  sim::PrinterSimulator printerSim(sim::PrinterSimulator::Link::Pty, profile, raster);
  ThermalPrinter printer(FdStream::open(printerSim.address(), 115200), profile);
  EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).size(2, 2).line("红帆驿站");
  b.size(3, 3).line("A012");
  b.size(1, 1).bold(false).line("前面还有 3 人，请留意叫号");
  b.qr("https://yizhan.example/t/A012?d=20261124", 6);
  b.line("2026-11-24 09:30").feed(1).cut();
  std::vector<double> print;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    if (!printer.print(b.bytes()).printed) return 1;
    print.push_back(ms(Clock::now() - start));
  }
  printerSim.waitForTickets(static_cast<size_t>(runs), std::chrono::seconds(30));
  size_t printBytes = b.bytes().size() + 3 * 4;  // the ticket, and 3 status requests + replies

  std::printf(
      "{\"runs\": %d, \"card_read_ms_p50\": %.2f, \"card_read_ms_p99\": %.2f, "
      "\"card_bytes\": %zu, \"card_floor_ms_115200\": %.1f, "
      "\"print_ms_p50\": %.2f, \"print_ms_p99\": %.2f, \"print_bytes\": %zu, "
      "\"print_floor_ms_9600\": %.1f, \"print_floor_ms_115200\": %.1f, "
      "\"tickets_printed\": %zu}\n",
      runs, percentile(card, 0.5), percentile(card, 0.99), cardBytes, wireMs(cardBytes, 115200),
      percentile(print, 0.5), percentile(print, 0.99), printBytes, wireMs(printBytes, 9600),
      wireMs(printBytes, 115200), printerSim.tickets().size());
  return 0;
}
