#pragma once
// The district sync as staff see it.
// Each feature keeps its own words; kiosk/features.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class SyncStr : int {
  SyncButton,
  SyncTitle,
  SyncStateOnline,
  SyncStateConnecting,
  SyncStateOffline,
  SyncStateNotEnrolled,
  SyncStateUnauthorized,
  SyncStateSetup,
  SyncStateRefused,
  SyncStateLocalStore,
  SyncStateNotRunning,
  SyncBacklog,
  SyncOldest,
  SyncLastSuccess,
  SyncNeverDelivered,
  SyncConfigVersion,
  SyncConfigLocal,
  SyncConfigRefused,
  SyncHeldHeading,
  SyncHeldNone,
  SyncHeldItem,
  SyncRetry,
  SyncDiscard,
  SyncDiscardWhy,
  SyncReasonTest,
  SyncReasonDuplicate,
  SyncReasonHandled,
  SyncReconnect,
  SyncRetried,
  SyncDiscarded,
  StaffSyncLine,
  SyncWordOnline,
  SyncWordOffline,
  SyncWordAttention,
  OfflineMark,
  Count
};

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
inline constexpr TextEntry<SyncStr> kSyncStrEntries[] = {
    {SyncStr::SyncButton, "数据上报", "District sync"},
    {SyncStr::SyncTitle, "区级平台数据上报", "District platform sync"},
    {SyncStr::SyncStateOnline, "在线：数据正常上报", "Online: records are being delivered"},
    {SyncStr::SyncStateConnecting, "正在连接区级平台…", "Connecting to the district platform…"},
    {SyncStr::SyncStateOffline, "离线：数据已存在本机，联网后自动补传，不影响办事",
     "Offline: records are kept here and sent when the network returns"},
    {SyncStr::SyncStateNotEnrolled, "本站尚未登记到区级平台：请技术人员运行 yizhan admin enroll",
     "Not enrolled with the district: run yizhan admin enroll"},
    {SyncStr::SyncStateUnauthorized,
     "区级平台拒绝了本站的身份：请联系街道核对登记，然后点“重新连接”",
     "The district refused this station's identity: check the enrollment, then press Reconnect"},
    {SyncStr::SyncStateSetup, "连接设置有误（证书或地址）：请联系技术人员",
     "Connection settings are wrong (certificate or address): call the technician"},
    {SyncStr::SyncStateRefused, "区级平台不接受本站发送的数据：请联系技术支持",
     "The district refuses the station's uploads: call technical support"},
    {SyncStr::SyncStateLocalStore,
     "本机存储写入失败（磁盘可能已满）：请联系技术人员清理空间，已保存的数据不会丢失",
     "The station cannot write its database (disk full?): call the technician; saved records are "
     "safe"},
    {SyncStr::SyncStateNotRunning, "数据上报未启动", "Sync is not running"},
    {SyncStr::SyncBacklog, "待上报 {0} 条", "{0} waiting to be sent"},
    {SyncStr::SyncOldest, "最早一条产生于 {0}", "oldest from {0}"},
    {SyncStr::SyncLastSuccess, "上次成功上报：{0}", "Last delivered: {0}"},
    {SyncStr::SyncNeverDelivered, "尚未成功上报", "Nothing delivered yet"},
    {SyncStr::SyncConfigVersion, "平台配置版本：{0}", "District configuration: {0}"},
    {SyncStr::SyncConfigLocal, "平台配置：使用本机设置",
     "District configuration: the station's own"},
    {SyncStr::SyncConfigRefused, "平台下发的新配置未采用，仍用原配置：{0}",
     "New district configuration refused, the old one stays: {0}"},
    {SyncStr::SyncHeldHeading, "被平台退回的记录（{0} 条）", "Records the district returned ({0})"},
    {SyncStr::SyncHeldNone, "没有被退回的记录", "No returned records"},
    {SyncStr::SyncHeldItem, "#{0} {1} · {2}", "#{0} {1} · {2}"},
    {SyncStr::SyncRetry, "重新上报", "Send again"},
    {SyncStr::SyncDiscard, "放弃", "Discard"},
    {SyncStr::SyncDiscardWhy, "放弃原因：", "Why discard:"},
    {SyncStr::SyncReasonTest, "测试数据", "Test record"},
    {SyncStr::SyncReasonDuplicate, "重复记录", "Duplicate"},
    {SyncStr::SyncReasonHandled, "平台已另行处理", "Handled by the district"},
    {SyncStr::SyncReconnect, "重新连接", "Reconnect"},
    {SyncStr::SyncRetried, "已重新排队上报", "Queued to send again"},
    {SyncStr::SyncDiscarded, "已放弃，并记入操作日志", "Discarded and logged"},
    {SyncStr::StaffSyncLine, "区级平台：{0} · 待上报 {1} 条", "District: {0} · {1} waiting"},
    {SyncStr::SyncWordOnline, "在线", "online"},
    {SyncStr::SyncWordOffline, "离线", "offline"},
    {SyncStr::SyncWordAttention, "需处理", "needs attention"},
    {SyncStr::OfflineMark, "离线", "Offline"},
};
static_assert(isCompleteCatalog(kSyncStrEntries),
              "every SyncStr needs one entry, in the enum's order");

inline std::span<const TextEntry<SyncStr>> catalogOf(SyncStr) {
  return kSyncStrEntries;
}

}  // namespace yizhan::kiosk
