#pragma once
// The station's devices as configured: each one opened on its real link, or, when the
// configuration says "simulated", on a simulator started in-process (the demo, the doctor's
// dry runs and the tests). A device that cannot be opened is a fault to report, never a
// reason not to start: the kiosk stays usable without it.
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "drivers/audio/sound_output.h"
#include "drivers/device_health.h"
#include "drivers/idcard/id_card_reader.h"
#include "drivers/idcard/sim/id_card_simulator.h"
#include "drivers/printer/sim/printer_simulator.h"
#include "drivers/printer/text_raster.h"
#include "drivers/printer/thermal_printer.h"
#include "drivers/scanner/barcode_scanner.h"
#include "drivers/scanner/sim/scanner_simulator.h"
#include "drivers/speech/announcer.h"
#include "drivers/speech/espeak_synthesizer.h"
#include "kiosk/app/config.h"
#include "kiosk/devices/device_kind.h"

namespace yizhan::kiosk {

struct DeviceStatus {
  DeviceKind kind;
  std::string nameZh;
  std::string nameEn;
  std::string address;  // device path, host:port, or "simulated (…)"
  bool simulated = false;
  drivers::DeviceHealth health;
};

class DeviceSet {
 public:
  DeviceSet(const Config& config, const std::filesystem::path& dataDir,
            drivers::SoundOutput& sound);
  ~DeviceSet();
  DeviceSet(const DeviceSet&) = delete;
  DeviceSet& operator=(const DeviceSet&) = delete;

  // Null when the device could not be opened (check() says why).
  drivers::ThermalPrinter* printer() { return printer_.get(); }
  drivers::IdCardReader* cardReader() { return reader_.get(); }
  const drivers::TextRaster* textRaster() const { return raster_.get(); }
  drivers::Announcer* announcer() { return announcer_.get(); }
  // Every phrase the announcer has started to speak, oldest first (the speech sink that
  // tests and the doctor read).
  std::vector<std::string> spokenPhrases() const;
  // Where scans go (the scanner's thread calls it).
  void setScanHandler(std::function<void(const std::string&)> handler);

  // Asks each device how it is: printer status, a find on the card reader, the scanner's
  // link, the sound output. Blocking (up to a second or so): call it on a worker.
  std::vector<DeviceStatus> check();

  drivers::sim::PrinterSimulator* printerSimulator() { return printerSim_.get(); }
  drivers::sim::IdCardSimulator* cardReaderSimulator() { return readerSim_.get(); }
  drivers::sim::ScannerSimulator* scannerSimulator() { return scannerSim_.get(); }

 private:
  DeviceStatus status(DeviceKind kind, const std::string& address, bool simulated) const;

  drivers::SoundOutput& sound_;
  std::unique_ptr<drivers::TextRaster> raster_;
  std::string rasterError_;

  std::unique_ptr<drivers::sim::PrinterSimulator> printerSim_;
  std::unique_ptr<drivers::ThermalPrinter> printer_;
  std::string printerAddress_, printerError_;

  std::unique_ptr<drivers::sim::IdCardSimulator> readerSim_;
  std::unique_ptr<drivers::IdCardReader> reader_;
  std::string readerAddress_, readerError_;

  std::unique_ptr<drivers::sim::ScannerSimulator> scannerSim_;
  std::unique_ptr<drivers::BarcodeScanner> scanner_;
  std::string scannerAddress_, scannerError_;

  std::unique_ptr<drivers::EspeakSynthesizer> voice_;
  std::unique_ptr<drivers::Announcer> announcer_;
  std::string voiceError_;

  mutable std::mutex spokenMutex_;
  std::vector<std::string> spoken_;

  std::mutex scanMutex_;
  std::function<void(const std::string&)> onScan_;
};

}  // namespace yizhan::kiosk
