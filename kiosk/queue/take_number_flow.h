#pragma once
// 取号排队: home → service → ticket. An ID card tapped on the way (on the home screen or the
// service screen) gives priority to people aged 70 and over or registered as disabled; only
// that yes/no is kept, and only until the ticket is taken. The ticket screen is also where a
// checked-in booking's ticket shows, and the staff menu lists the tickets whose printing
// failed, for a reprint.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/queue/queue_service.h"
#include "kiosk/residents/resident_priority.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen TakeNumber{"take-number", Audience::Resident};
inline constexpr Screen TicketTaken{"ticket-taken", Audience::Resident, true};
}  // namespace screens

namespace tiles {
inline constexpr TileId TakeNumber{"take-number", 10};
}  // namespace tiles

namespace intent {
struct ChooseService {
  std::string serviceId;
};
struct FinishTicket {};  // 好的: the resident is done with the ticket (or booking slip) screen
struct ReprintTicket {   // staff menu: a ticket whose printing failed
  std::int64_t ticketId;
};
}  // namespace intent

// The ticket just taken, as the resident sees it (never their name or ID number).
struct TakenTicket {
  std::int64_t id = 0;
  std::string code;
  std::string serviceName;
  int ahead = 0;
  std::optional<int> waitMinutes;
  bool priority = false;
  std::string bookedAt;              // HH:MM for a checked-in booking
  std::vector<std::string> windows;  // the counters that serve it, by name (1号窗口)
  PrintState print = PrintState::Printing;
  std::string printProblem;  // the printer's resident message when it failed
};

// The take-a-number flow's part of the snapshot.
struct TakeNumberPart {
  std::vector<ServiceChoice> services;
  // Set while a resident's card has been read on the way to a ticket.
  std::optional<bool> residentPriority;
  // What was wrong with the card just placed (read again, or ask staff).
  std::optional<std::string> cardProblem;
  std::optional<TakenTicket> ticket;
  struct FailedPrint {
    std::int64_t id;
    std::string code;
  };
  std::vector<FailedPrint> failedPrints;  // for the staff menu: today's tickets not printed
};

class TakeNumberFlow : public Flow {
 public:
  // `residents` may be null: priority from age alone.
  TakeNumberFlow(FlowHost& host, QueueService& queue, ResidentPriority* residents)
      : host_(host), queue_(queue), residents_(residents) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  void tick(TimePoint now) override;
  TimePoint deadline(TimePoint upTo) const override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardReadOnHome(const drivers::Identity& card) override;
  bool cardRefused(const CardRefusal& refusal) override;
  std::string prompt(const Screen& screen) const override;
  void declareCodes(CodeRoutes& routes) override;
  void staffMenuShown() override;

  // Shows a ticket issued elsewhere (a checked-in booking's) and prints it.
  void showTicket(const IssuedTicket& issued);

 private:
  static constexpr Screen kScreens[] = {screens::TakeNumber, screens::TicketTaken};
  void open();
  void refreshServices();
  void choose(const std::string& serviceId);
  void takeCard(const drivers::Identity& card);
  void forgetCard();
  // On the worker; `reprint`: staff asked again for a ticket whose printing failed.
  void print(const IssuedTicket& issued, bool reprint);
  void showScanned(const std::string& code);

  FlowHost& host_;
  QueueService& queue_;
  ResidentPriority* residents_;
  std::optional<TimePoint> cardReadAt_;
};

}  // namespace yizhan::kiosk
