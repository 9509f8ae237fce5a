#pragma once
// What enrollment gives a station: the district's address, the station id and the secret
// that signs every request. Kept in keys/station.json in the data directory (mode 0600, in a
// 0700 directory), outside the database and its backups.
#include <filesystem>
#include <optional>
#include <string>

#include "kiosk/sync/http_client.h"

namespace yizhan::kiosk {

struct StationCredentials {
  std::string url;  // the district's base address, e.g. https://district.example/
  std::string stationId;
  std::string secret;  // base64, as the district sent it

  static std::filesystem::path fileIn(const std::filesystem::path& dataDir);
  // nullopt when the station is not enrolled; throws std::runtime_error when the file is damaged.
  static std::optional<StationCredentials> load(const std::filesystem::path& file);
  void save(const std::filesystem::path& file) const;
};

// Enrolls at `url` with the one-time `token` (docs/district-api.md §1). Throws
// std::runtime_error saying what went wrong, in words for the person running the command.
StationCredentials enrollStation(const std::string& url, const std::string& token,
                                 const std::string& stationName,
                                 const HttpClientOptions& options = {});

}  // namespace yizhan::kiosk
