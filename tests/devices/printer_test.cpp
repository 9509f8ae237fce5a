// The receipt printer driver against its simulator, over a real pty and a real TCP socket.
#include <catch2/catch.hpp>

#include <filesystem>

#include "drivers/io/fd_stream.h"
#include "drivers/io/tcp_stream.h"
#include "drivers/printer/escpos_builder.h"
#include "drivers/printer/gb18030.h"
#include "drivers/printer/sim/escpos_parser.h"
#include "drivers/printer/sim/printer_simulator.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "drivers/printer/thermal_printer.h"
#include "kiosk/app/config.h"
#include "support/qr_decode.h"
#include "support/temp_dir.h"

using namespace yizhan::drivers;
using namespace std::chrono_literals;
using sim::PrinterSimulator;

namespace {
const TextRaster& raster() {
  static const TextRaster r(yizhan::kiosk::Config{}.ui.fontFile,
                            yizhan::kiosk::Config{}.ui.fontFace);
  return r;
}

PrinterProfile profile(const char* name) {
  return *PrinterProfile::named(name);
}

// A queue ticket as issue 4 will print it.
std::vector<std::uint8_t> queueTicket(const PrinterProfile& p, const std::string& name = "") {
  EscPosBuilder b(p, raster());
  b.align(Align::Center).bold(true).size(2, 2).line("红帆驿站");
  b.size(1, 1).bold(false).line("社区党群服务中心");
  b.size(3, 3).bold(true).line("A012");
  b.size(1, 1).bold(false).line("前面还有 3 人，请留意叫号");
  if (!name.empty()) b.line(name);
  b.qr("https://yizhan.example/t/A012?d=20261124", 6);
  b.align(Align::Left).line("2026-11-24 09:30");
  b.feed(1).cut();
  return b.bytes();
}

std::unique_ptr<ThermalPrinter> connect(const PrinterSimulator& sim, const PrinterProfile& p,
                                        bool tcp) {
  std::unique_ptr<ByteStream> link;
  if (tcp) {
    auto colon = sim.address().rfind(':');
    link = TcpStream::connect("127.0.0.1", std::stoi(sim.address().substr(colon + 1)), 2s);
  } else {
    link = FdStream::open(sim.address(), 115200);
  }
  return std::make_unique<ThermalPrinter>(std::move(link), p);
}
}  // namespace

TEST_CASE("GB18030: Chinese in two bytes, rare characters refused", "[printer]") {
  auto gb = toPrintableGb18030("叫号A1");
  REQUIRE(gb);
  CHECK(*gb == std::string("\xBD\xD0\xBA\xC5"
                           "A1"));
  CHECK(gb18030ToUtf8(*gb) == "叫号A1");
  CHECK_FALSE(toPrintableGb18030("王䶮"));  // 䶮 (FE9F) is not in printers' GBK fonts
  CHECK_FALSE(toPrintableGb18030("李𠈌"));  // Extension B: four bytes in GB18030
  CHECK(toPrintableGb18030("￥5.00，谢谢！"));
  CHECK_FALSE(toPrintableGb18030("\xE5\x8F"));  // truncated UTF-8
  CHECK(gb18030ToUtf8("\x81") == "\xEF\xBF\xBD");
}

TEST_CASE("a Chinese ticket with a QR code prints over a pty and renders to PNG", "[printer]") {
  yizhan::test::TempDir dir;
  PrinterProfile p = profile("standard-80mm");
  PrinterSimulator sim(PrinterSimulator::Link::Pty, p, raster(), dir / "tickets");
  auto printer = connect(sim, p, false);
  PrintResult result = printer->print(queueTicket(p, "王䶮"));
  REQUIRE(result.printed);
  CHECK(result.health.state == HealthState::Ok);
  REQUIRE(sim.waitForTickets(1, 5s));
  auto tickets = sim.tickets();
  REQUIRE(tickets.size() == 1);
  const auto& t = tickets[0];
  CHECK(t.cut);
  std::vector<std::string> texts = t.texts();
  CHECK(std::find(texts.begin(), texts.end(), "红帆驿站") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "A012") != texts.end());
  CHECK(t.qrPayloads() == std::vector<std::string>{"https://yizhan.example/t/A012?d=20261124"});
  CHECK(t.imageCount() == 1);        // the name with 䶮, drawn by us
  CHECK(sim.statusRequests() == 3);  // asked before printing

  // The rendered receipt carries a QR code a phone can read.
  REQUIRE(sim.pngFiles().size() == 1);
  CHECK(std::filesystem::file_size(sim.pngFiles()[0]) > 1000);
  Bitmap page = sim::renderTicket(t, p, raster());
  CHECK(page.width >= 576);
  CHECK(yizhan::test::decodeQrCodes(page) ==
        std::vector<std::string>{"https://yizhan.example/t/A012?d=20261124"});
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  page.writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/queue-ticket.png");
}

TEST_CASE("the same ticket prints over TCP port 9100 style links", "[printer]") {
  PrinterProfile p = profile("standard-80mm");
  PrinterSimulator sim(PrinterSimulator::Link::Tcp, p, raster());
  auto printer = connect(sim, p, true);
  REQUIRE(printer->print(queueTicket(p)).printed);
  REQUIRE(printer->print(queueTicket(p)).printed);
  REQUIRE(sim.waitForTickets(2, 5s));
  CHECK(sim.tickets().size() == 2);
}

TEST_CASE("a name the printer's font lacks prints as an image, never as garbage", "[printer]") {
  PrinterProfile p = profile("standard-80mm");
  EscPosBuilder b(p, raster());
  b.line("王䶮").line("张三").cut();
  CHECK(b.rasterTextLines() == 1);
  sim::EscPosParser parser;
  auto tickets = parser.feed(b.bytes());
  REQUIRE(tickets.size() == 1);
  CHECK(tickets[0].texts() == std::vector<std::string>{"张三"});  // only the plain line as text
  REQUIRE(tickets[0].imageCount() == 1);
  const Bitmap& image = std::get<sim::RasterImage>(tickets[0].elements[0]).bitmap;
  CHECK(image.width == 576);
  CHECK(image.height == 24 + 6);  // a text line and its spacing
  int black = 0;
  for (auto d : image.dots) black += d;
  CHECK(black > 50);  // two glyphs drawn, not an empty strip
  CHECK(parser.skippedBytes() == 0);
}

TEST_CASE("a clone printer without native QR gets the QR as an image that still scans",
          "[printer]") {
  PrinterProfile p = profile("clone-80mm");
  EscPosBuilder b(p, raster());
  REQUIRE(b.qr("VOL-2026-0042", 5));
  b.cut();
  for (size_t i = 0; i + 2 < b.bytes().size(); ++i) {
    bool qrCommand =
        b.bytes()[i] == escpos::GS && b.bytes()[i + 1] == '(' && b.bytes()[i + 2] == 'k';
    REQUIRE_FALSE(qrCommand);
  }
  sim::EscPosParser parser(false);
  auto tickets = parser.feed(b.bytes());
  REQUIRE(tickets.size() == 1);
  Bitmap page = sim::renderTicket(tickets[0], p, raster());
  CHECK(yizhan::test::decodeQrCodes(page) == std::vector<std::string>{"VOL-2026-0042"});
}

TEST_CASE("a clone printer never answers status, and printing still works", "[printer]") {
  PrinterProfile p = profile("clone-80mm");
  PrinterSimulator sim(PrinterSimulator::Link::Pty, p, raster());
  auto printer = connect(sim, p, false);
  PrinterStatus status = printer->queryStatus(100ms);
  CHECK_FALSE(status.answered);
  CHECK(printer->health().state == HealthState::Ok);
  CHECK(printer->print(queueTicket(p)).printed);
  REQUIRE(sim.waitForTickets(1, 5s));
}

TEST_CASE("printer faults refuse the job and tell staff what to do", "[printer]") {
  PrinterProfile p = profile("standard-80mm");
  PrinterSimulator sim(PrinterSimulator::Link::Pty, p, raster());
  auto printer = connect(sim, p, false);

  struct Case {
    sim::PrinterSwitches switches;
    const char* says;
  };
  for (const Case& c : {Case{{.paperOut = true}, "缺纸"}, Case{{.coverOpen = true}, "盖"},
                        Case{{.offline = true}, "故障"}}) {
    sim.setSwitches(c.switches);
    PrintResult r = printer->print(queueTicket(p));
    INFO(c.says);
    CHECK_FALSE(r.printed);
    CHECK(r.health.state == HealthState::Fault);
    CHECK_THAT(r.health.messageZh, Catch::Contains(c.says));
  }
  CHECK(sim.tickets().empty());

  sim.setSwitches({.paperNearEnd = true});
  PrintResult r = printer->print(queueTicket(p));
  CHECK(r.printed);
  CHECK(r.health.state == HealthState::Warning);
  CHECK_THAT(r.health.messageZh, Catch::Contains("快用完"));

  sim.setSwitches({});
  CHECK(printer->print(queueTicket(p)).printed);
  CHECK(printer->health().state == HealthState::Ok);
  REQUIRE(sim.waitForTickets(2, 5s));
}

TEST_CASE("an unplugged printer is a fault, not a hang", "[printer]") {
  PrinterProfile p = profile("standard-80mm");
  std::unique_ptr<ThermalPrinter> printer;
  {
    PrinterSimulator sim(PrinterSimulator::Link::Tcp, p, raster());
    printer = connect(sim, p, true);
  }
  PrintResult r = printer->print(queueTicket(p));
  CHECK_FALSE(r.printed);
  CHECK(r.health.state == HealthState::Fault);
  CHECK_THROWS_AS(FdStream::open("/dev/usb/no-such-printer"), DeviceIoError);
  CHECK_THROWS_AS(TcpStream::connect("127.0.0.1", 1, 500ms), DeviceIoError);
}

TEST_CASE("status replies: only well-formed bytes count", "[printer]") {
  PrinterStatus s;
  CHECK_FALSE(s.apply(escpos::StatusKind::Paper, 0xFF));
  CHECK_FALSE(s.answered);
  CHECK(s.apply(escpos::StatusKind::Paper, 0x12 | 0x60));
  CHECK(s.paperOut);
  CHECK_FALSE(s.canPrint());
  CHECK(s.apply(escpos::StatusKind::Printer, 0x12));
  CHECK_FALSE(s.offline);
}
