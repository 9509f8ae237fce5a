#include "kiosk/app/config.h"

#include "drivers/printer/printer_profile.h"

#include <toml++/toml.h>

#include <cstdlib>
#include <functional>
#include <regex>
#include <sstream>
#include <variant>
#include <vector>

#include "kiosk/appeals/appeal_config.h"
#include "kiosk/base/local_time.h"
#include "kiosk/console/listen_address.h"
#include "kiosk/queue/catalog_config.h"
#include "kiosk/requests/errand_config.h"
#include "kiosk/residents/grid_config.h"
#include "kiosk/volunteers/points_config.h"

namespace yizhan::kiosk {

namespace {

// A key's value check: returns an empty string when fine, else what is wrong.
using StringCheck = std::function<std::string(const std::string&)>;

struct IntRange {
  int min, max;
};
struct DoubleRange {
  double min, max;
};

struct Key {
  const char* section;
  const char* name;
  std::variant<std::string*, int*, double*> target;
  std::variant<StringCheck, IntRange, DoubleRange> check;
  const char* help;
};

std::string nonEmpty(const std::string& v) {
  return v.empty() ? "must not be empty" : "";
}

std::string absoluteOrEmpty(const std::string& v) {
  return v.empty() || v.front() == '/' ? "" : "must be empty or an absolute path";
}

std::string devicePath(const std::string& v) {
  if (v == "simulated" || (!v.empty() && v.front() == '/') || v.rfind("tcp://", 0) == 0) return "";
  return "must be \"simulated\", an absolute device path such as /dev/ttyUSB0, or tcp://HOST:PORT";
}

std::vector<Key> keysOf(Config& c) {
  return {
      {"station", "id", &c.station.id, StringCheck([](const std::string& v) -> std::string {
         static const std::regex pattern("[A-Za-z0-9_-]{1,64}");
         return std::regex_match(v, pattern) ? "" : "must be 1-64 letters, digits, '-' or '_'";
       }),
       "station id issued by the district"},
      {"station", "name", &c.station.name, StringCheck(nonEmpty), "name shown on the home screen"},
      {"station", "timezone", &c.station.timezone,
       StringCheck([](const std::string& v) -> std::string {
         return isKnownTimeZone(v) ? "" : "unknown time zone (use an IANA name like Asia/Shanghai)";
       }),
       "IANA time zone of the station"},
      {"station", "phone", &c.station.phone, StringCheck([](const std::string& v) -> std::string {
         static const std::regex pattern("[0-9][0-9-]{4,19}");
         return std::regex_match(v, pattern) ? "" : "must be a telephone number like 010-12345678";
       }),
       "the station's telephone, printed on residents' request slips"},
      {"storage", "data_dir", &c.storage.dataDir,
       StringCheck([](const std::string&) { return ""; }),
       "where the database and backups live (empty: ~/.local/share/yizhan)"},
      {"district", "url", &c.district.url, StringCheck([](const std::string& v) -> std::string {
         return v.rfind("https://", 0) == 0 || v.rfind("http://", 0) == 0
                    ? ""
                    : "must start with https:// (or http:// for a loopback test server)";
       }),
       "base URL of the district platform"},
      {"district", "ca_file", &c.district.caFile, StringCheck(absoluteOrEmpty),
       "CA certificates (PEM) that sign the district's certificate; empty: the system's"},
      {"district", "pinned_public_key", &c.district.pinnedPublicKey,
       StringCheck([](const std::string& v) -> std::string {
         return v.empty() || v.rfind("sha256//", 0) == 0 ? "" : "must be empty or sha256//<base64>";
       }),
       "optional pin of the district's public key, sha256//<base64>"},
      {"district", "proxy", &c.district.proxy, StringCheck([](const std::string&) { return ""; }),
       "HTTP proxy such as http://10.0.0.1:3128; empty: connect directly"},
      {"district", "batch_events", &c.district.batchEvents, IntRange{1, 500},
       "most events in one upload"},
      {"district", "batch_kib", &c.district.batchKib, IntRange{4, 1024},
       "largest upload body, KiB"},
      {"district", "connect_timeout_seconds", &c.district.connectTimeoutSeconds, IntRange{1, 120},
       "give up connecting after this long"},
      {"district", "total_timeout_seconds", &c.district.totalTimeoutSeconds, IntRange{1, 600},
       "give up on a request after this long"},
      {"district", "low_speed_seconds", &c.district.lowSpeedSeconds, IntRange{1, 600},
       "give up when a transfer crawls (under 64 bytes/s) this long"},
      {"district", "backoff_base_ms", &c.district.backoffBaseMs, IntRange{1, 60000},
       "first retry waits up to this long; doubles with each failure"},
      {"district", "backoff_cap_seconds", &c.district.backoffCapSeconds, IntRange{1, 3600},
       "longest wait between retries"},
      {"district", "heartbeat_seconds", &c.district.heartbeatSeconds, IntRange{10, 3600},
       "how often the station reports its health"},
      {"district", "config_poll_seconds", &c.district.configPollSeconds, IntRange{10, 86400},
       "how often the station asks for new configuration"},
      {"district", "keep_sent_days", &c.district.keepSentDays, IntRange{1, 3650},
       "events the district accepted are deleted from the station after this many days"},
      {"devices", "printer", &c.devices.printer, StringCheck(devicePath),
       "thermal printer: simulated, /dev/usb/lp0, /dev/ttyS0 or tcp://HOST:9100"},
      {"devices", "printer_profile", &c.devices.printerProfile,
       StringCheck([](const std::string& v) -> std::string {
         return drivers::PrinterProfile::named(v) ? ""
                                                  : "must be \"standard-80mm\" or \"clone-80mm\"";
       }),
       "standard-80mm (draws QR codes, answers status) or clone-80mm (neither)"},
      {"devices", "card_reader", &c.devices.cardReader, StringCheck(devicePath),
       "ID card reader: simulated or a serial device"},
      {"devices", "scanner", &c.devices.scanner, StringCheck(devicePath),
       "QR scanner: simulated or a serial/evdev device"},
      {"ui", "language", &c.ui.language, StringCheck([](const std::string& v) -> std::string {
         return v == "zh" || v == "en" ? "" : "must be \"zh\" or \"en\"";
       }),
       "zh for residents; en only for development"},
      {"ui", "inactivity_seconds", &c.ui.inactivitySeconds, IntRange{15, 600},
       "seconds without a touch before the kiosk returns home and forgets input"},
      {"ui", "font_file", &c.ui.fontFile, StringCheck(nonEmpty), "Noto Sans CJK collection"},
      {"ui", "font_face", &c.ui.fontFace, IntRange{0, 9}, "face index of Simplified Chinese"},
      {"display", "diagonal_inches", &c.display.diagonalInches, DoubleRange{0, 100},
       "the touch panel's diagonal in inches (0: 21.5 for 1920x1080, 15.6 for 1280x800); sizes "
       "on screen hold in millimetres by it"},
      {"display", "volunteer_board_every_minutes", &c.display.volunteerBoardEveryMinutes,
       IntRange{0, 120},
       "yizhan display shows this month's volunteer board (top ten by team, masked names) this "
       "often, in minutes; 0: never"},
      {"display", "volunteer_board_seconds", &c.display.volunteerBoardSeconds, IntRange{10, 120},
       "how long the volunteer board stays each time (never within a minute of a call)"},
      {"display", "echo_wall_every_minutes", &c.display.echoWallEveryMinutes, IntRange{0, 120},
       "yizhan display shows the echo wall (what was done for residents in the last 7 days, "
       "nothing that names a person) this often, in minutes, halfway between volunteer boards; "
       "0: never"},
      {"display", "echo_wall_seconds", &c.display.echoWallSeconds, IntRange{10, 300},
       "how long the echo wall stays each time, its pages turning every 10 seconds"},
      {"volunteers", "rounding_minutes", &c.volunteers.roundingMinutes, IntRange{0, 15},
       "service hours are whole minutes rounded down to this: 0 (exact), 5, 10 or 15"},
      {"volunteers", "minimum_minutes", &c.volunteers.minimumMinutes, IntRange{0, 240},
       "a shift shorter than this is recorded but credits no hours"},
      {"volunteers", "maximum_minutes", &c.volunteers.maximumMinutes, IntRange{30, 1440},
       "a longer shift is credited this much and flagged for staff; a forgotten sign-out is "
       "closed at closing time or after this long"},
      {"requests", "untaken_flag_hours", &c.requests.untakenFlagHours, IntRange{1, 72},
       "an on-behalf request nobody has taken this many hours after it was made is flagged for "
       "staff"},
      {"requests", "callback_tries", &c.requests.callbackTries, IntRange{1, 10},
       "unanswered callbacks before a resolved request closes as no contact"},
      {"requests", "purge_days_after_close", &c.requests.purgeDaysAfterClose, IntRange{1, 3650},
       "a closed request's resident details (name, phone, address) are purged this many days "
       "after it closed"},
      {"requests", "offer_at_kiosk", &c.requests.offerAtKiosk, IntRange{0, 1},
       "1: residents can ask for errands (红色代办) at the kiosk; 0: a station that does not "
       "run on-behalf requests turns them off (the tile, the lists and the console's pages)"},
      {"staff", "max_failures", &c.staff.maxFailures, IntRange{3, 20},
       "wrong PINs in a row before staff login locks"},
      {"staff", "lockout_base_seconds", &c.staff.lockoutBaseSeconds, IntRange{1, 3600},
       "first lockout; doubles with each further wrong PIN"},
      {"staff", "lockout_max_seconds", &c.staff.lockoutMaxSeconds, IntRange{1, 86400},
       "longest lockout"},
      {"console", "bind", &c.console.bind, StringCheck(listenAddressProblem),
       "address the counter console listens on: 127.0.0.1 (this machine) or 0.0.0.0 (the "
       "station network, only with tls_certificate and tls_key)"},
      {"console", "port", &c.console.port, IntRange{0, 65535},
       "port of the counter console web page; 0 turns it off"},
      {"console", "tls_certificate", &c.console.tlsCertificate, StringCheck(absoluteOrEmpty),
       "certificate (PEM) for HTTPS; needed when bind is not 127.0.0.1"},
      {"console", "tls_key", &c.console.tlsKey, StringCheck(absoluteOrEmpty),
       "private key (PEM) of tls_certificate"},
      {"queue", "no_show_after_recalls", &c.queue.settings.noShowAfterRecalls, IntRange{0, 10},
       "recalls before staff may mark a number as not present"},
      {"queue", "appointment_early_minutes", &c.queue.settings.appointmentEarlyMinutes,
       IntRange{0, 240}, "a booking can be checked in from this long before its slot"},
      {"queue", "appointment_late_minutes", &c.queue.settings.appointmentLateMinutes,
       IntRange{0, 240}, "and until this long after its slot starts; later it is missed"},
      {"queue", "appointment_days_ahead", &c.queue.settings.appointmentDaysAhead, IntRange{1, 60},
       "working days (today included, when it is one) residents can book at the kiosk"},
      {"queue", "min_samples", &c.queue.settings.minSamples, IntRange{1, 100},
       "measured service times needed before estimates use them"},
      {"queue", "sample_window", &c.queue.settings.sampleWindow, IntRange{3, 500},
       "recent services the rolling median of service time looks at"},
  };
}

std::string where(const std::string& origin, const toml::node& node) {
  const auto& src = node.source();
  if (src.begin.line == 0) return origin;
  return origin + ":" + std::to_string(src.begin.line);
}

std::string typeName(const toml::node& node) {
  std::ostringstream out;
  out << node.type();
  return out.str();
}

std::string keyName(const Key& k) {
  return std::string("[") + k.section + "] " + k.name;
}

void applyKey(const Key& key, const toml::node& node, const std::string& origin) {
  std::string at = where(origin, node) + ": " + keyName(key) + ": ";
  if (auto* s = std::get_if<std::string*>(&key.target)) {
    auto value = node.value<std::string>();
    if (!node.is_string() || !value) {
      throw ConfigError(at + "expected a string in quotes, got " + typeName(node));
    }
    std::string problem = std::get<StringCheck>(key.check)(*value);
    if (!problem.empty()) throw ConfigError(at + problem + " (got \"" + *value + "\")");
    **s = *value;
  } else if (auto* d = std::get_if<double*>(&key.target)) {
    if (!node.is_number()) throw ConfigError(at + "expected a number, got " + typeName(node));
    double value = *node.value<double>();
    DoubleRange range = std::get<DoubleRange>(key.check);
    if (!(value >= range.min && value <= range.max) || (value > 0 && value < 5)) {
      std::ostringstream got;
      got << value;
      throw ConfigError(at + "must be 0 (from the resolution) or a diagonal from 5 to " +
                        std::to_string(static_cast<int>(range.max)) + " inches, got " + got.str());
    }
    **d = value;
  } else {
    int* target = std::get<int*>(key.target);
    if (!node.is_integer()) {
      throw ConfigError(at + "expected a whole number, got " + typeName(node));
    }
    auto value = *node.value<std::int64_t>();
    IntRange range = std::get<IntRange>(key.check);
    if (value < range.min || value > range.max) {
      throw ConfigError(at + "must be between " + std::to_string(range.min) + " and " +
                        std::to_string(range.max) + ", got " + std::to_string(value));
    }
    *target = static_cast<int>(value);
  }
}

Config fromTable(const toml::table& root, const std::string& origin) {
  Config config;
  std::vector<Key> keys = keysOf(config);
  for (const auto& [sectionName, sectionNode] : root) {
    std::string section(sectionName.str());
    if (isCatalogArray(section)) {
      readCatalogArray(config.queue, section, sectionNode, origin);
      continue;
    }
    if (section == kPointsSection) {
      readPointsArray(config.volunteerPoints, sectionNode, origin);
      continue;
    }
    if (section == kErrandSection) {
      readErrandArray(config.errandTypes, sectionNode, origin);
      continue;
    }
    if (section == kGridSection) {
      readGridArray(config.grids, sectionNode, origin);
      continue;
    }
    if (section == kAppealCategorySection) {
      readAppealCategoryArray(config.appeals, sectionNode, origin);
      continue;
    }
    if (section == kAppealSection) {
      readAppealTable(config.appeals, sectionNode, origin);
      continue;
    }
    bool sectionKnown = false;
    for (const Key& k : keys) sectionKnown |= section == k.section;
    if (!sectionKnown) {
      throw ConfigError(
          where(origin, sectionNode) + ": unknown section [" + section +
          "] (known: station, storage, district, devices, ui, display, volunteers, "
          "requests, staff, console, queue, counters, services, volunteer_points, errand_types, "
          "grids, appeals, appeal_categories)");
    }
    const toml::table* table = sectionNode.as_table();
    if (!table) {
      throw ConfigError(where(origin, sectionNode) + ": [" + section + "] must be a table");
    }
    for (const auto& [name, node] : *table) {
      const Key* match = nullptr;
      std::string known;
      for (const Key& k : keys) {
        if (section != k.section) continue;
        if (name.str() == k.name) match = &k;
        known += known.empty() ? k.name : std::string(", ") + k.name;
      }
      if (!match) {
        throw ConfigError(where(origin, node) + ": unknown key [" + section + "] " +
                          std::string(name.str()) + " (known keys: " + known + ")");
      }
      applyKey(*match, node, origin);
    }
  }
  validateCatalog(config.queue, origin);
  if (config.console.tlsCertificate.empty() != config.console.tlsKey.empty()) {
    throw ConfigError(origin + ": [console] tls_certificate and tls_key go together");
  }
  if (config.console.port != 0 && !isLoopbackAddress(config.console.bind) &&
      config.console.tlsCertificate.empty()) {
    throw ConfigError(origin + ": [console] bind = \"" + config.console.bind +
                      "\" reaches the station network: set tls_certificate and tls_key, so the "
                      "PIN and session cookie are not sent in clear, or bind 127.0.0.1");
  }
  if (int r = config.volunteers.roundingMinutes; r != 0 && r != 5 && r != 10 && r != 15) {
    throw ConfigError(origin + ": [volunteers] rounding_minutes must be 0, 5, 10 or 15, got " +
                      std::to_string(r));
  }
  if (config.volunteers.minimumMinutes >= config.volunteers.maximumMinutes) {
    throw ConfigError(origin + ": [volunteers] minimum_minutes must be less than maximum_minutes");
  }
  if (config.staff.lockoutMaxSeconds < config.staff.lockoutBaseSeconds) {
    throw ConfigError(origin +
                      ": [staff] lockout_max_seconds must not be less than lockout_base_seconds");
  }
  return config;
}

}  // namespace

Config parseConfig(std::string_view text, const std::string& origin) {
  try {
    toml::table root = toml::parse(text, origin);
    return fromTable(root, origin);
  } catch (const toml::parse_error& e) {
    std::ostringstream message;
    message << origin << ":" << e.source().begin.line << ":" << e.source().begin.column
            << ": not valid TOML: " << e.description();
    throw ConfigError(message.str());
  }
}

Config loadConfig(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    throw ConfigError(file.string() + ": config file not found");
  }
  try {
    toml::table root = toml::parse_file(file.string());
    return fromTable(root, file.string());
  } catch (const toml::parse_error& e) {
    std::ostringstream message;
    message << file.string() << ":" << e.source().begin.line << ":" << e.source().begin.column
            << ": not valid TOML: " << e.description();
    throw ConfigError(message.str());
  }
}

std::string renderConfig(const Config& config) {
  Config copy = config;
  std::ostringstream out;
  std::string section;
  for (const Key& k : keysOf(copy)) {
    if (section != k.section) {
      section = k.section;
      out << (out.tellp() > 0 ? "\n" : "") << "[" << section << "]\n";
    }
    out << "# " << k.help << "\n" << k.name << " = ";
    if (auto* s = std::get_if<std::string*>(&k.target)) {
      out << toml::value<std::string>(**s) << "\n";
    } else if (auto* d = std::get_if<double*>(&k.target)) {
      out << toml::value<double>(**d) << "\n";
    } else {
      out << *std::get<int*>(k.target) << "\n";
    }
  }
  out << renderCatalogArrays(copy.queue);
  out << renderPointsArray(copy.volunteerPoints);
  out << renderErrandArray(copy.errandTypes);
  out << renderGridArray(copy.grids);
  out << renderAppealConfig(copy.appeals);
  return out.str();
}

std::filesystem::path resolveDataDir(const Config& config) {
  if (!config.storage.dataDir.empty()) return config.storage.dataDir;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "yizhan";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".local/share/yizhan";
  }
  return "/var/lib/yizhan";
}

}  // namespace yizhan::kiosk
