#pragma once
// Who is holding the card: the text block of a resident ID card, a Hong Kong/Macau/Taiwan
// residence permit or a foreigner's permanent residence card, decoded and checked. The
// photo is never part of it: it is not stored anywhere.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::drivers {

enum class CardKind { ResidentId, HkMacauTaiwanPermit, ForeignPermanent2017, ForeignPermanent2023 };
enum class Sex { Unknown, Male, Female };

struct Identity {
  CardKind kind = CardKind::ResidentId;
  std::string name;         // Chinese name (foreigners: their Chinese name, may be empty)
  std::string englishName;  // foreigners only
  std::string number;       // 18 characters (2017 foreign cards: 15)
  std::string birthDate;    // YYYYMMDD
  Sex sex = Sex::Unknown;
  std::string nationOrNationality;  // ethnic group code, or ISO 3166 alpha-3 for foreigners
  std::string address;
  std::string authority;
  std::string validFrom, validUntil;  // YYYYMMDD; validUntil may be 长期
};

inline constexpr size_t kTextBlockSize = 256;

// Why a card on the reader gave no identity: placing it again helps only when it is unreadable;
// the others will fail every time, and the resident needs staff.
enum class CardProblem {
  Unreadable,   // the read broke off or came back garbled
  Invalid,      // read, but the number, birth date or name are not possible
  Unsupported,  // a kind of card this reader's layouts do not know
  Expired,      // valid until a day that has passed (the kiosk decides; it knows the date)
};

struct IdentityResult {
  std::optional<Identity> identity;
  std::string error;  // English, for logs; empty when identity is set
  CardProblem problem = CardProblem::Invalid;
};

// Decodes the 256-byte UCS-2LE text block and validates the number and birth date.
IdentityResult parseTextBlock(std::span<const std::uint8_t> text);

// The text block a card of `id` carries (for the simulator's fixture cards).
std::vector<std::uint8_t> encodeTextBlock(const Identity& id);

// GB 11643-1999: 18 characters, MOD 11-2 check digit, a real birth date, a plausible region
// (mainland provinces, 81/82/83 for Hong Kong/Macau/Taiwan residents, 9 for foreigners'
// 2023 cards). `why` receives the reason when it returns false.
bool validIdNumber(std::string_view number, std::string* why = nullptr);
char idCheckDigit(std::string_view first17);
bool validDate(std::string_view yyyymmdd);

}  // namespace yizhan::drivers
