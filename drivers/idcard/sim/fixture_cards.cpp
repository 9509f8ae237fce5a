#include "drivers/idcard/sim/fixture_cards.h"

namespace yizhan::drivers::sim {

std::string makeIdNumber(std::string_view region6, std::string_view yyyymmdd,
                         std::string_view seq3) {
  std::string first17 = std::string(region6) + std::string(yyyymmdd) + std::string(seq3);
  return first17 + idCheckDigit(first17);
}

Identity elderlyResident() {
  Identity id;
  id.kind = CardKind::ResidentId;
  id.name = "王秀英";
  id.sex = Sex::Female;
  id.nationOrNationality = "01";
  id.birthDate = "19480312";
  id.address = "广东省深圳市南山区桃源街道红帆社区12栋302";
  id.number = makeIdNumber("440305", id.birthDate, "024");
  id.authority = "深圳市公安局南山分局";
  id.validFrom = "20150601";
  id.validUntil = "长期";
  return id;
}

Identity residentWithRareName() {
  Identity id = elderlyResident();
  id.name = "刘䶮";
  id.sex = Sex::Male;
  id.birthDate = "19520807";
  id.number = makeIdNumber("440305", id.birthDate, "017");
  return id;
}

Identity residentBeyondBmp() {
  Identity id = elderlyResident();
  id.name = "𠮷田芳";
  id.birthDate = "19450203";
  id.number = makeIdNumber("440305", id.birthDate, "028");
  return id;
}

Identity hongKongResident() {
  Identity id;
  id.kind = CardKind::HkMacauTaiwanPermit;
  id.name = "陈家明";
  id.sex = Sex::Male;
  id.birthDate = "19600115";
  id.address = "广东省深圳市南山区桃源街道红帆社区3栋101";
  id.number = makeIdNumber("810000", id.birthDate, "031");
  id.authority = "深圳市公安局";
  id.validFrom = "20230301";
  id.validUntil = "20280301";
  return id;
}

Identity foreignResident2017() {
  Identity id;
  id.kind = CardKind::ForeignPermanent2017;
  id.englishName = "MUELLER, ANNA";
  id.name = "安娜";
  id.sex = Sex::Female;
  id.number = "DEU440355041201";
  id.nationOrNationality = "DEU";
  id.birthDate = "19550412";
  id.validFrom = "20180101";
  id.validUntil = "20280101";
  id.authority = "1500";
  return id;
}

Identity foreignResident2023() {
  Identity id;
  id.kind = CardKind::ForeignPermanent2023;
  id.englishName = "SANTOS DA SILVA OLIVEIRA, MARIA FERNANDA BEATRIZ";  // over 35 letters
  id.name = "玛丽亚";
  id.sex = Sex::Female;
  id.nationOrNationality = "BRA";
  id.birthDate = "19580923";
  id.number = makeIdNumber("944076", id.birthDate, "001");
  id.validFrom = "20240101";
  id.validUntil = "20340101";
  return id;
}

}  // namespace yizhan::drivers::sim
