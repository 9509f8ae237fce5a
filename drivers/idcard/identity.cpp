#include "drivers/idcard/identity.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "drivers/text/utf8.h"

namespace yizhan::drivers {

namespace {
// UTF-16LE field of `bytes` length at `offset`, trailing spaces and NULs removed. Names with
// characters beyond the Basic Multilingual Plane (𠮷, U+20BB7, in some family names) are
// written as surrogate pairs; a lone surrogate (a damaged card) becomes U+FFFD.
std::string field(std::span<const std::uint8_t> text, size_t offset, size_t bytes) {
  std::string out;
  size_t end = std::min(offset + bytes, text.size());
  auto unitAt = [&](size_t i) { return static_cast<char16_t>(text[i] | (text[i + 1] << 8)); };
  for (size_t i = offset; i + 1 < end; i += 2) {
    char16_t c = unitAt(i);
    if (c == 0) break;
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < end) {
      char16_t low = unitAt(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        appendUtf8(out, 0x10000 + ((char32_t{c} - 0xD800) << 10) + (char32_t{low} - 0xDC00));
        i += 2;
        continue;
      }
    }
    appendUtf8(out, c);  // appendUtf8 turns a lone surrogate into U+FFFD
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\0')) out.pop_back();
  return out;
}

Sex sexFrom(const std::string& code) {
  if (code == "1") return Sex::Male;
  if (code == "2") return Sex::Female;
  return Sex::Unknown;
}

bool allDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool mainlandProvince(int code) {
  static constexpr int kProvinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33,
                                       34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
                                       51, 52, 53, 54, 61, 62, 63, 64, 65};
  return std::find(std::begin(kProvinces), std::end(kProvinces), code) != std::end(kProvinces);
}

// The text block's layouts (byte offsets and lengths of UCS-2LE fields). One table serves
// the parser and the encoder the simulator uses, so they cannot disagree.
constexpr size_t kTypeOffset = 248;  // one UCS-2 letter: ' ' resident, J, I, Y

struct FieldSpec {
  std::string Identity::*member;
  size_t offset;
  size_t bytes;
};
struct Layout {
  CardKind kind;
  const char* type;
  size_t sexOffset;
  std::vector<FieldSpec> fields;
};

const std::vector<Layout>& layouts() {
  static const std::vector<FieldSpec> resident = {
      {&Identity::name, 0, 30},        {&Identity::nationOrNationality, 32, 4},
      {&Identity::birthDate, 36, 16},  {&Identity::address, 52, 70},
      {&Identity::number, 122, 36},    {&Identity::authority, 158, 30},
      {&Identity::validFrom, 188, 16}, {&Identity::validUntil, 204, 16}};
  // Hong Kong/Macau/Taiwan residence permit: the resident layout without an ethnic group,
  // with the pass number and issue count (not read) after it.
  static const std::vector<FieldSpec> permit = [] {
    std::vector<FieldSpec> fields = resident;
    std::erase_if(fields,
                  [](const FieldSpec& f) { return f.member == &Identity::nationOrNationality; });
    return fields;
  }();
  static const std::vector<Layout> all = {
      {CardKind::ResidentId, " ", 30, resident},
      {CardKind::HkMacauTaiwanPermit, "J", 30, permit},
      {CardKind::ForeignPermanent2017,
       "I",
       120,
       {{&Identity::englishName, 0, 120},
        {&Identity::number, 122, 30},
        {&Identity::nationOrNationality, 152, 6},
        {&Identity::name, 158, 30},
        {&Identity::validFrom, 188, 16},
        {&Identity::validUntil, 204, 16},
        {&Identity::birthDate, 220, 16},
        {&Identity::authority, 240, 8}}},
      // The 2023 card: 18-digit numbers, and the English name split over two fields.
      {CardKind::ForeignPermanent2023,
       "Y",
       70,
       {{&Identity::englishName, 0, 70},
        {&Identity::number, 72, 36},
        {&Identity::nationOrNationality, 108, 6},
        {&Identity::name, 114, 30},
        {&Identity::validFrom, 144, 16},
        {&Identity::validUntil, 160, 16},
        {&Identity::birthDate, 176, 16},
        {&Identity::englishName, 192, 46}}},
  };
  return all;
}

const Layout& layoutFor(const std::string& type) {
  for (const Layout& l : layouts()) {
    if (type == l.type) return l;
  }
  return layouts().front();  // resident cards leave the type blank
}

const Layout& layoutFor(CardKind kind) {
  for (const Layout& l : layouts()) {
    if (l.kind == kind) return l;
  }
  return layouts().front();
}

void putField(std::vector<std::uint8_t>& out, size_t offset, size_t bytes, std::string_view utf8) {
  size_t at = offset;
  auto put = [&](char16_t u) {
    out[at] = static_cast<std::uint8_t>(u & 0xFF);
    out[at + 1] = static_cast<std::uint8_t>(u >> 8);
    at += 2;
  };
  forEachUtf8(utf8, [&](char32_t cp, std::string_view) {
    if (cp > 0xFFFF && cp <= 0x10FFFF) {
      // A surrogate pair, as cards write such characters; never half of one.
      if (at + 3 >= offset + bytes) return;
      put(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      put(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
      return;
    }
    if (at + 1 >= offset + bytes) return;
    put(cp > 0xFFFF ? char16_t{0xFFFD} : static_cast<char16_t>(cp));
  });
}
}  // namespace

std::vector<std::uint8_t> encodeTextBlock(const Identity& id) {
  // Unused space is UCS-2 spaces, as on real cards.
  std::vector<std::uint8_t> out(kTextBlockSize, 0);
  for (size_t i = 0; i < kTextBlockSize; i += 2) out[i] = ' ';
  const Layout& layout = layoutFor(id.kind);
  for (const FieldSpec& f : layout.fields) {
    std::string_view value = id.*f.member;
    // A field listed twice (the 2023 English name) continues where the first ended.
    for (const FieldSpec& g : layout.fields) {
      if (&g == &f) break;
      if (g.member == f.member) value.remove_prefix(std::min(value.size(), g.bytes / 2));
    }
    putField(out, f.offset, f.bytes, value);
  }
  putField(out, layout.sexOffset, 2, id.sex == Sex::Male ? "1" : id.sex == Sex::Female ? "2" : "0");
  if (layout.type[0] != ' ') putField(out, kTypeOffset, 2, layout.type);
  return out;
}

bool validDate(std::string_view d) {
  if (d.size() != 8 || !allDigits(d)) return false;
  int y = std::stoi(std::string(d.substr(0, 4)));
  int m = std::stoi(std::string(d.substr(4, 2)));
  int day = std::stoi(std::string(d.substr(6, 2)));
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return day <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

char idCheckDigit(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  int sum = 0;
  for (size_t i = 0; i < 17 && i < first17.size(); ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

bool validIdNumber(std::string_view number, std::string* why) {
  auto fail = [&](const char* reason) {
    if (why) *why = reason;
    return false;
  };
  if (number.size() != 18) return fail("an ID number has 18 characters");
  if (!allDigits(number.substr(0, 17))) return fail("the first 17 characters must be digits");
  char last = static_cast<char>(std::toupper(static_cast<unsigned char>(number[17])));
  if (!(std::isdigit(static_cast<unsigned char>(last)) || last == 'X')) {
    return fail("the last character must be a digit or X");
  }
  int region = std::stoi(std::string(number.substr(0, 2)));
  bool regionOk =
      mainlandProvince(region) ||
      ((region == 81 || region == 82 || region == 83) && number.substr(2, 4) == "0000") ||
      (number[0] == '9' && mainlandProvince(std::stoi(std::string(number.substr(1, 2)))));
  if (!regionOk) return fail("the region code is not a Chinese region");
  if (!validDate(number.substr(6, 8))) return fail("the birth date in the number is not a date");
  if (idCheckDigit(number) != last) return fail("the check digit does not match");
  return true;
}

IdentityResult parseTextBlock(std::span<const std::uint8_t> text) {
  if (text.size() < kTextBlockSize) {
    return {std::nullopt, "text block shorter than 256 bytes", CardProblem::Unreadable};
  }
  std::string type = field(text, kTypeOffset, 2);
  if (!type.empty() && type != " " && &layoutFor(type) == &layouts().front()) {
    return {std::nullopt, "card type '" + type + "' is not one this kiosk reads",
            CardProblem::Unsupported};
  }
  const Layout& layout = layoutFor(type);
  Identity id;
  id.kind = layout.kind;
  for (const FieldSpec& f : layout.fields) id.*f.member += field(text, f.offset, f.bytes);
  id.sex = sexFrom(field(text, layout.sexOffset, 2));
  if (id.name.empty() && id.englishName.empty()) return {std::nullopt, "the card has no name"};
  if (!validDate(id.birthDate)) return {std::nullopt, "the birth date is not a date"};
  if (id.kind == CardKind::ForeignPermanent2017) {
    bool shape = id.number.size() == 15 &&
                 std::all_of(id.number.begin(), id.number.begin() + 3,
                             [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                 allDigits(std::string_view(id.number).substr(3));
    if (!shape) return {std::nullopt, "a 2017 permanent residence number is 3 letters, 12 digits"};
  } else {
    std::string why;
    if (!validIdNumber(id.number, &why)) return {std::nullopt, "ID number: " + why};
    if (id.number.substr(6, 8) != id.birthDate) {
      return {std::nullopt, "the birth date does not match the number"};
    }
  }
  return {std::move(id), {}};
}

}  // namespace yizhan::drivers
