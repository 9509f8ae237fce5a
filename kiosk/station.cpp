#include "kiosk/station.h"

#include "data/migrations.h"
#include "kiosk/app/version.h"
#include "kiosk/base/local_time.h"
#include "kiosk/devices/device_strings.h"
#include "kiosk/district/district_config_applier.h"
#include "kiosk/volunteers/district_roster.h"

namespace yizhan::kiosk {

std::vector<DeviceView> deviceViews(const std::vector<DeviceStatus>& statuses, Lang lang) {
  std::vector<DeviceView> views;
  for (const DeviceStatus& d : statuses) {
    std::string resident = lang == Lang::Zh ? d.health.residentZh : d.health.residentEn;
    if (resident.empty() && d.health.state == drivers::HealthState::Fault) {
      if (d.kind == DeviceKind::Printer) resident = text(DeviceStr::ResidentPrinterDown, lang);
      if (d.kind == DeviceKind::CardReader) resident = text(DeviceStr::ResidentReaderDown, lang);
    }
    views.push_back({d.kind, lang == Lang::Zh ? d.nameZh : d.nameEn, d.health.state,
                     lang == Lang::Zh ? d.health.messageZh : d.health.messageEn, resident});
  }
  return views;
}

std::vector<DeviceReport> deviceReports(const std::vector<DeviceStatus>& statuses) {
  std::vector<DeviceReport> reports;
  for (const DeviceStatus& d : statuses) {
    const char* kind = d.kind == DeviceKind::Printer      ? "printer"
                       : d.kind == DeviceKind::CardReader ? "card_reader"
                       : d.kind == DeviceKind::Scanner    ? "scanner"
                                                          : "speech";
    const char* state = d.health.state == drivers::HealthState::Ok        ? "ok"
                        : d.health.state == drivers::HealthState::Warning ? "warning"
                                                                          : "fault";
    reports.push_back({kind, state, d.health.messageZh});
  }
  return reports;
}

RequestRules requestRulesOf(const Config& config) {
  return {config.requests.untakenFlagHours, config.requests.callbackTries,
          config.requests.purgeDaysAfterClose, config.appeals.departments};
}

LockoutPolicy lockoutPolicyOf(const Config& config) {
  return {config.staff.maxFailures, std::chrono::seconds(config.staff.lockoutBaseSeconds),
          std::chrono::seconds(config.staff.lockoutMaxSeconds)};
}

Station::Station(const Config& config, const std::filesystem::path& dataDir, const Clock& clock,
                 drivers::SoundOutput& sound)
    : config_(config),
      clock_(clock),
      store_(data::Store::open(dataDir, formatStamp(clock.now()))),
      settings_(loadStationSettings(store_.db(), config_.queue)),
      catalog_(settings_.catalog),
      calendar_(settings_.calendar),
      auth_(store_.db(), clock, lockoutPolicyOf(config)),
      calls_(store_.db(), clock),
      queue_(store_.db(), catalog_, clock, &queueSignal_),
      personalKey_(PersonalKey::loadOrCreate(PersonalKey::fileIn(dataDir))),
      residents_(store_.db(), personalKey_, clock),
      appointments_(store_.db(), queue_, calendar_, clock),
      seal_(PersonalSeal::loadOrCreate(PersonalSeal::fileIn(dataDir))),
      roster_(store_.db(), personalKey_, seal_, clock, config_.grids),
      points_(store_.db(), config_.volunteerPoints, clock),
      shifts_(store_.db(), config_.volunteers, catalog_, calendar_, config_.station.id, clock,
              &points_),
      volunteerPins_(store_.db(), personalKey_, clock, lockoutPolicyOf(config)),
      requests_(store_.db(), personalKey_, seal_, clock, calendar_,
                settings_.errandTypes.value_or(config_.errandTypes), config_.grids,
                requestRulesOf(config_), &config_.volunteerPoints),
      syncControl_(store_.db(), clock),
      dataDir_(dataDir),
      sound_(sound),
      session_(SessionServices{
                   auth_,
                   calls_,
                   worker_,
                   sound,
                   clock,
                   [this] {
                     auto statuses = devices().check();
                     if (sync_) sync_->setDevices(deviceReports(statuses));
                     return deviceViews(statuses, lang());
                   },
                   &queue_,
                   &residents_,
                   [this](const SessionServices::Composer& compose) { return print(compose); },
                   [this](const std::string& words, bool replacing) { say(words, replacing); },
                   &appointments_,
                   &personalKey_,
                   &syncControl_,
                   [this] { return reloadDistrictSettings(); },
                   &volunteers_,
                   config.requests.offerAtKiosk ? &requests_ : nullptr,
                   config.station.phone,
                   config.requests.offerAtKiosk ? &appeals_ : nullptr,
                   config.requests.offerAtKiosk ? &echoSource_ : nullptr,
                   &figuresSource_},
               SessionSettings{lang(), config.station.name, config.station.id, YIZHAN_VERSION,
                               data::latestSchemaVersion(),
                               std::chrono::seconds(config.ui.inactivitySeconds)}) {}

Station::~Station() {
  // The uploader has its own connection but reads the clock and the credentials' directory.
  syncControl_.attach(nullptr);
  sync_.reset();
  // The watcher posts to the session through the worker, and the worker's jobs use the
  // devices: stop both before any member goes.
  console_.reset();
  cardWatcher_.reset();
  if (devices_) devices_->setScanHandler(nullptr);
  worker_.stop();
}

DeviceSet& Station::devices() {
  std::call_once(devicesOpened_, [this] {
    devices_ = std::make_unique<DeviceSet>(config_, dataDir_, sound_);
    watchCards();
    watchScans();
  });
  return *devices_;
}

SyncWorker& Station::startSync(std::optional<SyncSettings> settings) {
  if (!sync_) {
    sync_ = std::make_unique<SyncWorker>(store_.db().path(), StationCredentials::fileIn(dataDir_),
                                         settings.value_or(SyncSettings::from(config_.district)),
                                         clock_);
    std::shared_ptr<DistrictConfigApplier> applier = configApplier();
    sync_->setConfigSink([applier](data::Database& db, const std::string& json) {
      return applier->apply(db, json);
    });
    // The departments' replies are taken on the worker's own connection, by a desk of its own.
    sync_->setReplySink([this](data::Database& db, const std::string& replies) {
      RequestDesk desk(db, personalKey_, seal_, clock_, calendar_, {}, config_.grids,
                       requestRulesOf(config_), &config_.volunteerPoints);
      DepartmentReplies(db, desk, clock_).receiveAll(replies);
    });
    sync_->start();
    syncControl_.attach(sync_.get());
  }
  return *sync_;
}

std::shared_ptr<DistrictConfigApplier> Station::configApplier() {
  auto applier = std::make_shared<DistrictConfigApplier>(config_.queue, personalKey_, clock_);
  // The features' sections that are applied, not kept.
  applier->handle("volunteer_roster", [this](data::Database& db, const nlohmann::json& list) {
    return applyDistrictRoster(db, list, personalKey_, seal_, clock_);
  });
  return applier;
}

CounterConsole* Station::startConsole(std::optional<int> port) {
  if (!port && config_.console.port == 0) return nullptr;
  ConsoleSettings settings;
  settings.bind = config_.console.bind;
  settings.port = port.value_or(config_.console.port);
  settings.stationName = config_.station.name;
  settings.lockout = lockoutPolicyOf(config_);
  settings.tlsCertificate = config_.console.tlsCertificate;
  settings.tlsKey = config_.console.tlsKey;
  RequestSetup requests{settings_.errandTypes.value_or(config_.errandTypes), config_.grids,
                        requestRulesOf(config_), config_.appeals};
  console_ = std::make_unique<CounterConsole>(
      settings, store_.db().path(), catalog_, clock_, queueSignal_, personalKey_, calendar_,
      volunteerSetup(), config_.requests.offerAtKiosk ? &requests : nullptr);
  console_->start();
  return console_.get();
}

std::vector<Announcement> Station::reloadDistrictSettings() {
  if (storedDistrictVersion(store_.db()) != settings_.version) {
    settings_ = loadStationSettings(store_.db(), config_.queue);
    catalog_.replace(settings_.catalog);
    calendar_.replace(settings_.calendar);
  }
  return settings_.announcements;
}

void Station::watchCards() {
  drivers::IdCardReader* reader = devices_->cardReader();
  if (!reader) return;  // the device check reports why
  cardWatcher_ = std::make_unique<drivers::CardWatcher>(
      *reader,
      [this](const drivers::Identity& identity) {
        worker_.post([this, identity] { session_.cardRead(identity); });
      },
      [this](const drivers::IdCardReader::Attempt& attempt) {
        worker_.post([this, problem = attempt.problem] { session_.cardRefused(problem); });
      });
}

void Station::watchScans() {
  devices_->setScanHandler(
      [this](const std::string& code) { worker_.post([this, code] { session_.scanned(code); }); });
}

drivers::PrintResult Station::print(const SessionServices::Composer& compose) {
  DeviceSet& set = devices();
  drivers::ThermalPrinter* printer = set.printer();
  if (!printer || !set.textRaster()) {
    return {false,
            {drivers::HealthState::Fault, std::string(text(DeviceStr::PrinterUnavailable, lang())),
             "printer not available", "", ""}};
  }
  return printer->print(compose(printer->profile(), *set.textRaster()));
}

void Station::say(const std::string& words, bool replacing) {
  // Opening the devices may take a moment the first time: never on the UI thread.
  worker_.submit([this, words, replacing]() -> BackgroundWorker::Continuation {
    if (drivers::Announcer* announcer = devices().announcer()) {
      if (replacing) {
        announcer->sayInstead(words);
      } else {
        announcer->say(words);
      }
    }
    return {};
  });
}

}  // namespace yizhan::kiosk
