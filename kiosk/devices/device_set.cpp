#include "kiosk/devices/device_set.h"

#include "drivers/io/fd_stream.h"
#include "drivers/io/tcp_stream.h"

namespace yizhan::kiosk {

using namespace drivers;
using namespace std::chrono_literals;

namespace {
constexpr int kReaderBaud = 115200;  // the SAM protocol's fixed rate
constexpr int kPrinterBaud = 9600;   // serial receipt printers' factory setting
constexpr int kScannerBaud = 9600;

// "tcp://HOST:PORT" or a device path.
std::unique_ptr<ByteStream> openLink(const std::string& address, int baud) {
  if (address.rfind("tcp://", 0) == 0) {
    std::string rest = address.substr(6);
    auto colon = rest.rfind(':');
    int port = colon == std::string::npos ? 9100 : std::stoi(rest.substr(colon + 1));
    return TcpStream::connect(rest.substr(0, colon), port, 2s);
  }
  return FdStream::open(address, baud);
}

DeviceHealth cannotOpen(const char* zh, const std::string& en) {
  return {HealthState::Fault, zh, en};
}
}  // namespace

DeviceSet::DeviceSet(const Config& config, const std::filesystem::path& dataDir, SoundOutput& sound)
    : sound_(sound) {
  try {
    raster_ = std::make_unique<TextRaster>(config.ui.fontFile, config.ui.fontFace);
  } catch (const std::exception& e) {
    rasterError_ = e.what();
  }
  PrinterProfile profile = PrinterProfile::named(config.devices.printerProfile)
                               .value_or(PrinterProfile{"standard-80mm"});

  // Printer
  try {
    if (config.devices.printer == "simulated") {
      if (!raster_) throw DeviceIoError("the simulator needs the font: " + rasterError_);
      printerSim_ = std::make_unique<sim::PrinterSimulator>(
          sim::PrinterSimulator::Link::Pty, profile, *raster_, dataDir / "printed-tickets");
      printerAddress_ = printerSim_->address();
    } else {
      printerAddress_ = config.devices.printer;
    }
    printer_ = std::make_unique<ThermalPrinter>(openLink(printerAddress_, kPrinterBaud), profile);
  } catch (const std::exception& e) {
    printerError_ = e.what();
  }

  // ID card reader
  try {
    if (config.devices.cardReader == "simulated") {
      readerSim_ = std::make_unique<sim::IdCardSimulator>();
      readerAddress_ = readerSim_->devicePath();
    } else {
      readerAddress_ = config.devices.cardReader;
    }
    reader_ = std::make_unique<IdCardReader>(openLink(readerAddress_, kReaderBaud));
  } catch (const std::exception& e) {
    readerError_ = e.what();
  }

  // Speech
  try {
    voice_ = std::make_unique<EspeakSynthesizer>();
    announcer_ = std::make_unique<Announcer>(*voice_, sound_, [this](const Announcer::Spoken& s) {
      std::lock_guard lock(spokenMutex_);
      spoken_.push_back(s.text);
    });
  } catch (const std::exception& e) {
    voiceError_ = e.what();
  }

  // Scanner: evdev devices are keyboard mode, anything else serial lines.
  try {
    auto forward = [this](const std::string& scan) {
      std::lock_guard lock(scanMutex_);
      if (onScan_) onScan_(scan);
    };
    if (config.devices.scanner == "simulated") {
      scannerSim_ =
          std::make_unique<sim::ScannerSimulator>(sim::ScannerSimulator::Mode::SerialLines);
      scannerAddress_ = scannerSim_->devicePath();
    } else {
      scannerAddress_ = config.devices.scanner;
    }
    if (scannerAddress_.rfind("/dev/input/", 0) == 0) {
      scanner_ = BarcodeScanner::keyboardMode(scannerAddress_, forward);
    } else {
      scanner_ = BarcodeScanner::lineMode(openLink(scannerAddress_, kScannerBaud), forward);
    }
  } catch (const std::exception& e) {
    scannerError_ = e.what();
  }
}

DeviceSet::~DeviceSet() {
  // Drivers first: they hold the simulators' ptys open.
  announcer_.reset();
  scanner_.reset();
  reader_.reset();
  printer_.reset();
}

void DeviceSet::setScanHandler(std::function<void(const std::string&)> handler) {
  std::lock_guard lock(scanMutex_);
  onScan_ = std::move(handler);
}

DeviceStatus DeviceSet::status(DeviceKind kind, const std::string& address, bool simulated) const {
  static const struct {
    DeviceKind kind;
    const char* zh;
    const char* en;
  } kNames[] = {{DeviceKind::Printer, "打印机", "printer"},
                {DeviceKind::CardReader, "身份证读卡器", "ID card reader"},
                {DeviceKind::Scanner, "扫码器", "QR scanner"},
                {DeviceKind::Speaker, "语音播报", "speech"}};
  for (const auto& n : kNames) {
    if (n.kind == kind) return {kind, n.zh, n.en, address, simulated, {}};
  }
  return {kind, "", "", address, simulated, {}};
}

std::vector<DeviceStatus> DeviceSet::check() {
  std::vector<DeviceStatus> out;

  DeviceStatus p = status(DeviceKind::Printer, printerAddress_, printerSim_ != nullptr);
  if (printer_) {
    printer_->queryStatus();
    p.health = printer_->health();
  } else {
    p.health = cannotOpen("打印机无法连接，请检查电源和连接线", "printer: " + printerError_);
  }
  out.push_back(p);

  DeviceStatus r = status(DeviceKind::CardReader, readerAddress_, readerSim_ != nullptr);
  if (reader_) {
    reader_->findCard();
    r.health = reader_->health();
  } else {
    r.health = cannotOpen("身份证读卡器无法连接，请检查连接线", "ID card reader: " + readerError_);
  }
  out.push_back(r);

  DeviceStatus s = status(DeviceKind::Scanner, scannerAddress_, scannerSim_ != nullptr);
  s.health = scanner_ ? scanner_->health()
                      : cannotOpen("扫码器无法连接，请检查连接线", "QR scanner: " + scannerError_);
  out.push_back(s);

  DeviceStatus v = status(DeviceKind::Speaker, "espeak-ng cmn-latn-pinyin", false);
  v.health = voice_ ? sound_.health()
                    : DeviceHealth{HealthState::Warning, "语音播报不可用，叫号只显示不播报",
                                   "speech: " + voiceError_};
  out.push_back(v);
  return out;
}

std::vector<std::string> DeviceSet::spokenPhrases() const {
  std::lock_guard lock(spokenMutex_);
  return spoken_;
}

}  // namespace yizhan::kiosk
