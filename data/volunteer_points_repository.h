#pragma once
// The points ledger (append-only: triggers refuse changes) and each volunteer's monthly
// totals of credited minutes and points, kept in the same transaction as every credit.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct PointsEntry {
  std::int64_t id = 0;
  std::int64_t volunteerId = 0;
  std::string day, month;
  int tenths = 0;
  int wantedTenths = 0;
  std::string reason;  // shift or request
  std::string source;  // its uuid
  std::string ruleFrom;
  std::string at;
};

struct MonthTotal {
  std::int64_t volunteerId = 0;
  std::int64_t minutes = 0;
  std::int64_t tenths = 0;
};

class VolunteerPointsRepository {
 public:
  explicit VolunteerPointsRepository(Database& db) : db_(db) {}

  // False when that shift or request has already earned (nothing written).
  bool append(const PointsEntry& entry);
  std::vector<PointsEntry> ofVolunteer(std::int64_t volunteerId, const std::string& month);
  // Points awarded for service on days [fromDay, toDay].
  std::int64_t tenthsBetween(std::int64_t volunteerId, const std::string& fromDay,
                             const std::string& toDay);
  void addToMonth(std::int64_t volunteerId, const std::string& month, std::int64_t minutes,
                  std::int64_t tenths);
  MonthTotal month(std::int64_t volunteerId, const std::string& month);
  // 1 + how many served more minutes this month; and how many served at all.
  std::int64_t rankByMinutes(const std::string& month, std::int64_t minutes);
  std::int64_t ranked(const std::string& month);
  // The most minutes this month first (ties: the lower id), at most `limit`; with a team, only
  // that team's.
  std::vector<MonthTotal> top(const std::string& month, int limit,
                              const std::optional<std::string>& team = std::nullopt);

 private:
  Database& db_;
};

}  // namespace yizhan::data
