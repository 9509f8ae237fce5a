// The on-behalf requests' refusals in the words staff, volunteers and residents read.
#include "kiosk/requests/request_desk.h"

namespace yizhan::kiosk {

const char* actionWords(RequestAction action) {
  switch (action) {
    case RequestAction::Dispatch:
      return "派单";
    case RequestAction::Take:
      return "接单";
    case RequestAction::Decline:
      return "退单";
    case RequestAction::Start:
      return "开始办理";
    case RequestAction::Resolve:
      return "办结";
    case RequestAction::CallbackSatisfied:
      return "记录回访满意";
    case RequestAction::CallbackUnsatisfied:
      return "记录回访不满意";
    case RequestAction::CallbackUnreachable:
      return "记录回访未接通";
    case RequestAction::GiveUpCallback:
      return "结束回访";
    case RequestAction::Hold:
      return "挂起";
    case RequestAction::Resume:
      return "恢复办理";
    case RequestAction::Extend:
      return "延期";
    case RequestAction::Refer:
      return "转办";
    case RequestAction::Cancel:
      return "撤销";
    case RequestAction::Forward:
      return "转派部门";
    case RequestAction::Escalate:
      return "上报上一级";
    case RequestAction::DepartmentReceived:
      return "部门签收";
    case RequestAction::DepartmentProgress:
      return "部门办理中";
    case RequestAction::DepartmentDone:
      return "部门办结";
    case RequestAction::DepartmentSentBack:
      return "部门退回";
    case RequestAction::CloseUnreviewed:
      return "办结（匿名，不回访）";
  }
  return "";
}

std::string historyWords(const std::string& actionId) {
  if (actionId == "accept") return "受理";
  auto action = actionFromId(actionId);
  return action ? actionWords(*action) : actionId;
}

std::string actorWords(const std::string& role, const std::string& actor) {
  if (role == "staff") {
    if (actor.rfind("console-", 0) == 0) return "工作人员（" + actor.substr(8) + "号窗口）";
    return actor == "kiosk" ? "工作人员（自助机）" : "工作人员";
  }
  if (role == "volunteer") return "志愿者";
  if (role == "resident") return "居民";
  if (role == "department") return actor;  // 城管, 物业公司, …
  return "系统";
}

std::string submitProblemText(SubmitProblem problem) {
  switch (problem) {
    case SubmitProblem::ErrandUnknown:
      return "没有这项代办服务";
    case SubmitProblem::AnswersInvalid:
      return "请从给出的选项中选择";
    case SubmitProblem::ResidentUnknown:
      return "没有找到这位居民，请刷身份证或请工作人员帮忙";
  }
  return "";
}

namespace {
// 这张代办单, or 这件诉求 for an appeal.
std::string itsName(const ActOutcome& o) {
  return o.request && o.request->kind == RequestKind::Appeal ? "这件诉求" : "这张代办单";
}

std::string refusalText(const ActOutcome& o) {
  switch (o.refusal.value_or(TransitionRefusal::NotFromThisState)) {
    case TransitionRefusal::NotFromThisState:
      return itsName(o) + "现在是“" +
             (o.request ? stateWords(o.request->state, o.request->kind) : "") + "”，不能" +
             actionWords(o.action);
    case TransitionRefusal::NotThisRole:
      return std::string("您不能") + actionWords(o.action) + "，请工作人员处理";
    case TransitionRefusal::ReasonRequired:
      return "请写明原因";
    case TransitionRefusal::NoteRequired:
      return "请选择办理结果";
    case TransitionRefusal::VolunteerRequired:
      return "请选择一位志愿者";
    case TransitionRefusal::DepartmentRequired:
      return "请选择转派的部门";
    case TransitionRefusal::NothingToResume:
      return itsName(o) + "没有挂起";
  }
  return "";
}
}  // namespace

std::string actProblemText(const ActOutcome& o) {
  if (!o.problem) return "";
  switch (*o.problem) {
    case ActProblem::NotFound:
      return "没有这张代办单或诉求";
    case ActProblem::Refused:
      return refusalText(o);
    case ActProblem::TakenByOther:
      return itsName(o) + "刚刚已被别人接走了";
    case ActProblem::ChangedMeanwhile:
      return itsName(o) + "刚刚有了变化，请看最新状态";
    case ActProblem::NotHolder:
      return itsName(o) + "不在您名下";
    case ActProblem::NotOwnRequest:
      return o.request && o.request->kind == RequestKind::Appeal ? "这不是您的诉求"
                                                                 : "这不是您的代办单";
    case ActProblem::VolunteerUnknown:
      return "没有这位志愿者，或已停用";
    case ActProblem::VolunteerLacksSkill:
      return "这位志愿者没有这项服务的技能";
    case ActProblem::OutsideVolunteerGrids:
      return "这张代办单不在您服务的网格，请工作人员派单";
    case ActProblem::VolunteerNotSignedIn:
      return "请先签到再接单";
    case ActProblem::ContactMissing:
      return "还没有居民的联系电话（上门服务还要住址），请先在居民名册中补登记";
    case ActProblem::AlreadyExtended:
      return itsName(o) + "已经延期过一次";
    case ActProblem::PastDeadline:
      return "已过办理期限，不能再延期";
    case ActProblem::ExtensionDays:
      return "延期天数要在1到10个工作日之间";
    case ActProblem::DepartmentUnknown:
      return "部门名单里没有这个部门";
    case ActProblem::NotForwarded:
      return "这件诉求还没有转派部门，请先转派";
    case ActProblem::AboveCounty:
      return "已经上报到区县，不能再往上报了";
    case ActProblem::WrongDepartment:
      return "这件诉求没有转派给这个部门，回复已留给工作人员查看";
  }
  return "";
}

}  // namespace yizhan::kiosk
