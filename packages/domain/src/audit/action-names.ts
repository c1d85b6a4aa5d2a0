import { applicationWorkflow } from '../application/application-workflow';
import { spotCheckWorkflow } from '../spot-check/spot-check-workflow';
import { titleWorkflow } from '../title/title-workflow';
import { annualReportWorkflow } from '../annual-report/annual-report-workflow';
import { membershipRequestWorkflow } from '../membership/membership-request-workflow';
import { membershipWorkflow } from '../membership/membership-workflow';
import { noticeWorkflow } from '../notice/notice-workflow';
import { objectionWorkflow } from '../objection/objection-workflow';
import { reviewAssignmentWorkflow } from '../review/review-assignment-workflow';
import type { Message } from '../shared/message';

// The audit trail in words (审计日志): every action code the API writes, named in both
// languages. Status changes run through the transition tables and are written as
// `<subject>.<action>` (application.award, accreditation.revoke, spotCheck.pass): their names are
// the tables' own. The rest are named here.
export const AUDIT_ACTION_NAMES: Readonly<Record<string, Message>> = {
  'auth.login': { zhCN: '登录', en: 'Signed in' },
  'auth.loginFailed': { zhCN: '登录失败', en: 'Failed to sign in' },
  'auth.lockedOut': { zhCN: '多次登录失败，暂时锁定', en: 'Locked out after repeated failed sign-ins' },
  'auth.logout': { zhCN: '退出登录', en: 'Signed out' },
  'auth.signOutEverywhere': { zhCN: '退出所有设备', en: 'Signed out everywhere' },
  'auth.sessionEnded': { zhCN: '退出一台设备的登录', en: 'Signed out one session' },
  'auth.twoFactorEnrolmentStarted': { zhCN: '开始启用两步验证', en: 'Started two-step sign-in enrolment' },
  'auth.twoFactorEnabled': { zhCN: '启用两步验证', en: 'Turned on two-step sign-in' },
  'auth.twoFactorDisabled': { zhCN: '停用两步验证', en: 'Turned off two-step sign-in' },
  'user.administratorCreated': { zhCN: '创建管理员账号', en: 'Created an administrator account' },
  'user.administratorReset': { zhCN: '重置管理员账号', en: 'Reset an administrator account' },
  'apiToken.create': { zhCN: '创建访问令牌', en: 'Created an access token' },
  'apiToken.revoke': { zhCN: '撤销访问令牌', en: 'Revoked an access token' },
  'apiToken.use': { zhCN: '使用访问令牌', en: 'Used an access token' },
  'organisation.register': { zhCN: '注册机构', en: 'Registered an organisation' },
  'membership.request': { zhCN: '申请入会', en: 'Applied for membership' },
  'membership.approve': { zhCN: '批准入会', en: 'Approved a membership' },
  'membership.refuse': { zhCN: '不予批准入会', en: 'Refused a membership' },
  'membership.end': { zhCN: '终止会员关系', en: 'Ended a membership' },
  'round.create': { zhCN: '创建申报批次', en: 'Created a round' },
  'round.update': { zhCN: '修改申报批次', en: 'Changed a round' },
  'round.autoAssignReviewers': { zhCN: '自动分配评审专家', en: 'Assigned reviewers automatically' },
  'application.createDraft': { zhCN: '创建申报草稿', en: 'Started an application' },
  'application.createRenewal': { zhCN: '创建再次申报', en: 'Started a renewal application' },
  'application.saveFacts': { zhCN: '保存申报信息', en: 'Saved application details' },
  'application.deleteDraft': { zhCN: '删除申报草稿', en: 'Deleted a draft application' },
  'application.assignReviewers': { zhCN: '分配评审专家', en: 'Assigned reviewers' },
  'material.upload': { zhCN: '上传申报材料', en: 'Uploaded a material' },
  'expert.save': { zhCN: '保存专家信息', en: 'Saved an expert' },
  'review.declareConflict': { zhCN: '声明存在利益冲突', en: 'Declared a conflict of interest' },
  'review.declareNoConflict': { zhCN: '声明无利益冲突', en: 'Declared no conflict of interest' },
  'review.submit': { zhCN: '提交评审意见', en: 'Submitted a review' },
  'review.revise': { zhCN: '修改评审意见', en: 'Revised a review' },
  'notice.publish': { zhCN: '发布公示', en: 'Published a notice' },
  'notice.award': { zhCN: '公示期满授予称号', en: 'Awarded the titles after the notice' },
  'objection.lodge': { zhCN: '提出异议', en: 'Lodged an objection' },
  'objection.attachment.upload': { zhCN: '上传异议附件', en: 'Uploaded an objection attachment' },
  'objection.uphold': { zhCN: '异议成立', en: 'Upheld an objection' },
  'objection.dismiss': { zhCN: '驳回异议', en: 'Dismissed an objection' },
  'accreditation.import': { zhCN: '导入存量称号', en: 'Imported titles' },
  'nationalRecommendation.recommend': { zhCN: '推荐国家级', en: 'Recommended for the national level' },
  'annualReport.saveDraft': { zhCN: '保存年度服务报告草稿', en: 'Saved an annual service report draft' },
  'associationActivity.create': { zhCN: '创建协会活动', en: 'Created an association activity' },
  'associationActivity.recordAttendance': { zhCN: '登记活动出席', en: 'Recorded activity attendance' },
  'nationalRecommendation.recommendFromRanking': {
    zhCN: '按择优排序推荐国家级',
    en: 'Recommended nationally from the ranking',
  },
  'recommendationWeights.set': { zhCN: '设置择优权重', en: 'Set the ranking weights' },
  'serviceRecord.record': { zhCN: '登记服务记录', en: 'Recorded a service' },
  'serviceRecord.update': { zhCN: '修改服务记录', en: 'Changed a service record' },
  'serviceRecord.delete': { zhCN: '删除服务记录', en: 'Deleted a service record' },
  'serviceRecord.evidence.upload': { zhCN: '上传服务记录证明', en: 'Uploaded service record evidence' },
  'spotCheck.draw': { zhCN: '抽取抽查对象', en: 'Drew platforms for spot checks' },
  'spotCheck.evidence.upload': { zhCN: '上传抽查材料', en: 'Uploaded spot-check evidence' },
  'spotCheck.evidence.remove': { zhCN: '删除抽查材料', en: 'Removed spot-check evidence' },
  'calendar.setWorkingDay': { zhCN: '调整工作日', en: 'Set a working day' },
  'calendar.clearWorkingDayOverride': { zhCN: '取消工作日调整', en: 'Cleared a working-day override' },
  'calendar.confirmYear': { zhCN: '确认年度节假日安排', en: "Confirmed a year's holidays" },
  'notification.markRead': { zhCN: '标记通知已读', en: 'Marked notifications read' },
};

type Named = { readonly actionList: readonly string[]; readonly actions: Record<string, { name: Message }> };

// The subjects whose status changes the workflow runners write, by the code's prefix.
const WORKFLOWS: Record<string, Named> = {
  application: applicationWorkflow as unknown as Named,
  accreditation: titleWorkflow as unknown as Named,
  spotCheck: spotCheckWorkflow as unknown as Named,
  objection: objectionWorkflow as unknown as Named,
  notice: noticeWorkflow as unknown as Named,
  membershipRequest: membershipRequestWorkflow as unknown as Named,
  membership: membershipWorkflow as unknown as Named,
  reviewerAssignment: reviewAssignmentWorkflow as unknown as Named,
  annualReport: annualReportWorkflow as unknown as Named,
};

/** The name of an audit action code, or null when it is unknown (show the code itself). */
export function auditActionName(code: string): Message | null {
  const fixed = AUDIT_ACTION_NAMES[code];
  if (fixed) return fixed;
  const dot = code.indexOf('.');
  const workflow = WORKFLOWS[code.slice(0, dot)];
  return workflow?.actions[code.slice(dot + 1)]?.name ?? null;
}

/** Every code with a name: the filter's choices. */
export function auditActionCodes(): string[] {
  const fromWorkflows = Object.entries(WORKFLOWS).flatMap(([prefix, w]) =>
    w.actionList.map((action) => `${prefix}.${action}`),
  );
  return [...new Set([...Object.keys(AUDIT_ACTION_NAMES), ...fromWorkflows])].sort();
}
