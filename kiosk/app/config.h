#pragma once
// Station configuration. Every key has a default here, so the kiosk runs without a file; a
// TOML file overrides keys, and any mistake in it names the key and what is wrong.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "kiosk/appeals/appeal_catalog.h"
#include "kiosk/queue/service_catalog.h"
#include "kiosk/requests/errand_types.h"
#include "kiosk/residents/grid_map.h"
#include "kiosk/volunteers/points_rules.h"
#include "kiosk/volunteers/shift_credit.h"

namespace yizhan::kiosk {

struct Config {
  struct Station {
    std::string id = "demo-station";
    std::string name = "红帆驿站（演示）";
    std::string timezone = "Asia/Shanghai";
    // Printed on residents' request slips, for them to call about their request.
    std::string phone = "010-12345678";
  } station;
  struct Storage {
    std::string dataDir;  // empty: $XDG_DATA_HOME/yizhan or ~/.local/share/yizhan
  } storage;
  struct District {
    std::string url = "http://127.0.0.1:8750";  // used by `admin enroll` when --url is not given
    std::string caFile;                         // empty: the system's CA certificates
    std::string pinnedPublicKey;  // empty, or sha256//<base64> of the server's public key
    std::string proxy;            // empty: no proxy (environment variables are ignored)
    int batchEvents = 200;
    int batchKib = 512;
    int connectTimeoutSeconds = 5;
    int totalTimeoutSeconds = 30;
    int lowSpeedSeconds = 20;  // give up when under 64 bytes/s for this long
    int backoffBaseMs = 1000;
    int backoffCapSeconds = 300;
    int heartbeatSeconds = 300;
    int configPollSeconds = 600;
    int keepSentDays = 90;
  } district;
  struct Devices {
    std::string printer = "simulated";
    std::string printerProfile = "standard-80mm";
    std::string cardReader = "simulated";
    std::string scanner = "simulated";
  } devices;
  struct Ui {
    std::string language = "zh";
    int inactivitySeconds = 60;
    std::string fontFile = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    int fontFace = 2;  // Simplified Chinese face of the Noto Sans CJK collection
  } ui;
  struct Display {
    // The panel's diagonal: with the resolution it gives the pixel pitch, so text and targets
    // hold their sizes in millimetres. 0: 21.5 for 1920×1080, 15.6 for 1280×800.
    double diagonalInches = 0;
    // The waiting-room display's monthly volunteer board (top ten by team, masked names):
    // shown for `volunteerBoardSeconds` at the start of every `volunteerBoardEveryMinutes`
    // (0: never), and never within a minute of a call.
    int volunteerBoardEveryMinutes = 0;
    int volunteerBoardSeconds = 20;
    // The echo wall (回音墙: what was done for residents in the last seven days), paged: shown
    // for `echoWallSeconds` in the middle of every `echoWallEveryMinutes` (0: never), so it
    // does not meet the volunteer board; never within a minute of a call.
    int echoWallEveryMinutes = 10;
    int echoWallSeconds = 40;
  } display;
  struct Staff {
    int maxFailures = 5;
    int lockoutBaseSeconds = 30;
    int lockoutMaxSeconds = 3600;
  } staff;
  struct Console {
    std::string bind = "127.0.0.1";  // loopback: only this machine, until staff open it up
    int port = 8751;                 // 0: no console
    // Both set: the console speaks HTTPS. Required for any address beyond loopback, so the
    // PIN and the session cookie never cross the station's network in clear.
    std::string tlsCertificate;
    std::string tlsKey;
  } console;
  ServiceCatalog queue = defaultCatalog();
  // How volunteers' shifts count (issue 15): rounding, the shortest and the longest.
  ShiftRules volunteers;
  // What their service earns in points ([[volunteer_points]]), each rule from its date.
  PointsRules volunteerPoints;
  // [[errand_types]]: what residents can ask volunteers to do (not offered at the kiosk until
  // the on-behalf requests feature is finished).
  std::vector<ErrandType> errandTypes = defaultErrandTypes();
  // [[grids]]: buildings → grids and their grid officers (residents' requests go by grid).
  std::vector<Grid> grids = defaultGrids();
  // [[appeal_categories]] and [appeals]: what appeals (民意诉求) can be about, the public
  // places residents can name, and the departments they are passed up to.
  AppealCatalog appeals = defaultAppealCatalog();
  struct Requests {
    int untakenFlagHours = 4;       // a request nobody has taken this long is flagged for staff
    int callbackTries = 3;          // unanswered callbacks before it closes as no contact
    int purgeDaysAfterClose = 180;  // a closed request's personal details are purged after this
    // 红色代办 at the kiosk; a station that does not run on-behalf requests turns it off, so no
    // resident is promised a call nobody is asked to make.
    int offerAtKiosk = 1;
  } requests;
};

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads `file` over the defaults. Throws ConfigError naming the key (and line) at fault.
Config loadConfig(const std::filesystem::path& file);
// Parses TOML text; `origin` names it in messages.
Config parseConfig(std::string_view toml, const std::string& origin);
// The configuration as TOML, every key with a comment; used by `yizhan admin show-config`.
std::string renderConfig(const Config& config);

std::filesystem::path resolveDataDir(const Config& config);

}  // namespace yizhan::kiosk
