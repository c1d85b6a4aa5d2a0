import { err, ok, type DomainFailure, type Message, type Result } from '../shared/message';

export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RECOMMENDED',
  'RETURNED',
  'UNDER_REVIEW',
  'MORE_INFO_REQUESTED',
  'REVIEW_PASSED',
  'REVIEW_FAILED',
  'IN_PUBLIC_NOTICE',
  'ACCREDITED',
  'FAILED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const ROLES = ['MEMBER', 'UNIT_STAFF', 'REVIEWER', 'ADMIN', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export const APPLICATION_ACTIONS = [
  'submit',
  'recommend',
  'return',
  'resubmit',
  'startReview',
  'requestMoreInfo',
  'provideMoreInfo',
  'passReview',
  'failReview',
  'publishNotice',
  'upholdObjection',
  'award',
  'withdraw',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

type ActionRule = {
  /** States the action may be taken from. */
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** Roles allowed to take it. ANALYST appears nowhere: analysts read, they never act. */
  roles: readonly Role[];
  article: string;
  name: Message;
};

/**
 * Every status change is an action someone takes; there are no automatic edges (the API may
 * take `award` on the administrator's behalf once the notice ends, but it is still this edge).
 *
 * Decisions:
 * - `return` (退回) is open to the recommending unit while the application waits for it
 *   (SUBMITTED) and to an administrator until review starts (RECOMMENDED); the member then
 *   `resubmit`s, which sends it back to the unit.
 * - `withdraw` (撤回) is the member's, and only before any decision: from SUBMITTED, RETURNED,
 *   RECOMMENDED, UNDER_REVIEW and MORE_INFO_REQUESTED. Not from DRAFT (an unsent draft is
 *   discarded, not withdrawn, so it leaves no record), and not once the review has decided
 *   (REVIEW_PASSED, IN_PUBLIC_NOTICE): a result under public notice belongs to the public
 *   process of Art. 8 and is ended only by an upheld objection or the award.
 * - `upholdObjection` (异议成立) and `award` (授予称号) are administrator decisions at the end of
 *   the Art. 8 notice; whether the notice period has ended is a date question for
 *   `isNoticePeriodOver`, not for this table.
 * - Terminal: ACCREDITED, FAILED, WITHDRAWN, REVIEW_FAILED (a failed applicant applies anew in a
 *   later round).
 */
export const APPLICATION_TRANSITIONS: Record<ApplicationAction, ActionRule> = {
  submit: { from: ['DRAFT'], to: 'SUBMITTED', roles: ['MEMBER'], article: 'Art. 2', name: { zhCN: '提交申报', en: 'Submit' } },
  recommend: { from: ['SUBMITTED'], to: 'RECOMMENDED', roles: ['UNIT_STAFF', 'ADMIN'], article: 'Art. 2', name: { zhCN: '推荐', en: 'Recommend' } },
  return: {
    from: ['SUBMITTED', 'RECOMMENDED'],
    to: 'RETURNED',
    roles: ['UNIT_STAFF', 'ADMIN'],
    article: 'Art. 2',
    name: { zhCN: '退回修改', en: 'Return for changes' },
  },
  resubmit: { from: ['RETURNED'], to: 'SUBMITTED', roles: ['MEMBER'], article: 'Art. 2', name: { zhCN: '重新提交', en: 'Resubmit' } },
  startReview: { from: ['RECOMMENDED'], to: 'UNDER_REVIEW', roles: ['REVIEWER', 'ADMIN'], article: 'Art. 8', name: { zhCN: '开始评审', en: 'Start review' } },
  requestMoreInfo: {
    from: ['UNDER_REVIEW'],
    to: 'MORE_INFO_REQUESTED',
    roles: ['REVIEWER', 'ADMIN'],
    article: 'Art. 8',
    name: { zhCN: '要求补充材料', en: 'Request more information' },
  },
  provideMoreInfo: {
    from: ['MORE_INFO_REQUESTED'],
    to: 'UNDER_REVIEW',
    roles: ['MEMBER'],
    article: 'Art. 8',
    name: { zhCN: '补充材料', en: 'Provide more information' },
  },
  passReview: { from: ['UNDER_REVIEW'], to: 'REVIEW_PASSED', roles: ['REVIEWER', 'ADMIN'], article: 'Art. 8', name: { zhCN: '评审通过', en: 'Pass review' } },
  failReview: { from: ['UNDER_REVIEW'], to: 'REVIEW_FAILED', roles: ['REVIEWER', 'ADMIN'], article: 'Art. 8', name: { zhCN: '评审不通过', en: 'Fail review' } },
  publishNotice: { from: ['REVIEW_PASSED'], to: 'IN_PUBLIC_NOTICE', roles: ['ADMIN'], article: 'Art. 8', name: { zhCN: '发布公示', en: 'Publish notice' } },
  upholdObjection: {
    from: ['IN_PUBLIC_NOTICE'],
    to: 'FAILED',
    roles: ['ADMIN'],
    article: 'Art. 8',
    name: { zhCN: '异议成立', en: 'Uphold objection' },
  },
  award: { from: ['IN_PUBLIC_NOTICE'], to: 'ACCREDITED', roles: ['ADMIN'], article: 'Art. 9', name: { zhCN: '授予称号', en: 'Award' } },
  withdraw: {
    from: ['SUBMITTED', 'RETURNED', 'RECOMMENDED', 'UNDER_REVIEW', 'MORE_INFO_REQUESTED'],
    to: 'WITHDRAWN',
    roles: ['MEMBER'],
    article: 'Art. 3',
    name: { zhCN: '撤回申报', en: 'Withdraw' },
  },
};

export const TERMINAL_STATUSES: readonly ApplicationStatus[] = ['ACCREDITED', 'FAILED', 'WITHDRAWN', 'REVIEW_FAILED'];

export const APPLICATION_STATUS_NAMES: Record<ApplicationStatus, Message> = {
  DRAFT: { zhCN: '草稿', en: 'Draft' },
  SUBMITTED: { zhCN: '已提交', en: 'Submitted' },
  RECOMMENDED: { zhCN: '已推荐', en: 'Recommended' },
  RETURNED: { zhCN: '已退回', en: 'Returned' },
  UNDER_REVIEW: { zhCN: '评审中', en: 'Under review' },
  MORE_INFO_REQUESTED: { zhCN: '待补充材料', en: 'More information requested' },
  REVIEW_PASSED: { zhCN: '评审通过', en: 'Review passed' },
  REVIEW_FAILED: { zhCN: '评审未通过', en: 'Review failed' },
  IN_PUBLIC_NOTICE: { zhCN: '公示中', en: 'In public notice' },
  ACCREDITED: { zhCN: '已认定', en: 'Accredited' },
  FAILED: { zhCN: '未通过', en: 'Failed' },
  WITHDRAWN: { zhCN: '已撤回', en: 'Withdrawn' },
};

export type IllegalTransitionError = DomainFailure<'ILLEGAL_TRANSITION'> & { from: ApplicationStatus; action: ApplicationAction };
export type RoleNotPermittedError = DomainFailure<'ROLE_NOT_PERMITTED'> & {
  action: ApplicationAction;
  role: Role;
  allowedRoles: readonly Role[];
};
export type TransitionError = IllegalTransitionError | RoleNotPermittedError;

export function isTerminal(status: ApplicationStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/**
 * The status after `role` takes `action` on an application in `status`, or why not.
 * Whether the edge exists is asked first: an action impossible from this state is illegal for
 * everyone, and telling a member "you may not" would hide that.
 */
export function transition(status: ApplicationStatus, action: ApplicationAction, role: Role): Result<ApplicationStatus, TransitionError> {
  const rule = APPLICATION_TRANSITIONS[action];
  if (!rule || !rule.from.includes(status)) {
    const actionName = rule?.name ?? { zhCN: String(action), en: String(action) };
    return err({
      code: 'ILLEGAL_TRANSITION',
      article: rule?.article ?? 'Art. 8',
      from: status,
      action,
      message: {
        zhCN: `申报状态为“${APPLICATION_STATUS_NAMES[status]?.zhCN ?? status}”时不能执行“${actionName.zhCN}”（${rule ? articleZh(rule.article) : ''}）。`,
        en: `Cannot ${actionName.en.toLowerCase()} an application that is ${APPLICATION_STATUS_NAMES[status]?.en.toLowerCase() ?? status} (${rule?.article ?? ''}).`,
      },
    });
  }
  if (!rule.roles.includes(role)) {
    return err({
      code: 'ROLE_NOT_PERMITTED',
      article: rule.article,
      action,
      role,
      allowedRoles: rule.roles,
      message: {
        zhCN: `角色“${ROLE_NAMES[role]?.zhCN ?? role}”无权执行“${rule.name.zhCN}”（${articleZh(rule.article)}）。`,
        en: `Role ${ROLE_NAMES[role]?.en ?? role} may not ${rule.name.en.toLowerCase()} (${rule.article}).`,
      },
    });
  }
  return ok(rule.to);
}

/** The actions `role` may take now, in table order; empty for terminal states and for ANALYST. */
export function availableActions(status: ApplicationStatus, role: Role): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((a) => APPLICATION_TRANSITIONS[a].from.includes(status) && APPLICATION_TRANSITIONS[a].roles.includes(role));
}

export const ROLE_NAMES: Record<Role, Message> = {
  MEMBER: { zhCN: '会员单位', en: 'Member' },
  UNIT_STAFF: { zhCN: '推荐单位', en: 'Unit staff' },
  REVIEWER: { zhCN: '评审专家', en: 'Reviewer' },
  ADMIN: { zhCN: '管理员', en: 'Administrator' },
  ANALYST: { zhCN: '分析员', en: 'Analyst' },
};

const ARTICLE_ZH: Record<string, string> = { 'Art. 2': '第二条', 'Art. 3': '第三条', 'Art. 8': '第八条', 'Art. 9': '第九条' };
const articleZh = (article: string): string => ARTICLE_ZH[article] ?? article;
