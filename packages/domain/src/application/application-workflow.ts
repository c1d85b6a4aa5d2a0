import type { IsoDate } from '../shared/iso-date';
import { formatChineseDate } from '../shared/chinese-format';
import type { DomainFailure, Message } from '../shared/message';
import { createWorkflow, type TransitionError } from '../workflow/workflow';

export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RECOMMENDED',
  'RETURNED',
  'NOT_RECOMMENDED',
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

/**
 * Who stands in which relation to one application. Roles alone do not decide: a unit's staff
 * recommend only the members their unit developed (Art. 2), a reviewer scores only what they
 * were assigned, a member acts only on their own organisation's application.
 */
export const APPLICATION_PARTIES = ['APPLICANT', 'RECOMMENDING_UNIT', 'ASSIGNED_REVIEWER', 'ADMIN'] as const;
export type ApplicationParty = (typeof APPLICATION_PARTIES)[number];

export const APPLICATION_PARTY_NAMES: Record<ApplicationParty, Message> = {
  APPLICANT: { zhCN: '申报单位', en: 'The applicant' },
  RECOMMENDING_UNIT: { zhCN: '发展该会员的推荐单位', en: "The member's recommending unit" },
  ASSIGNED_REVIEWER: { zhCN: '分配的评审专家', en: 'An assigned reviewer' },
  ADMIN: { zhCN: '协会管理员', en: 'An administrator' },
};

/** The facts an application's gates read; the API gathers only those its action needs. */
export type ApplicationGateFacts = {
  /**
   * For submit and resubmit: failures of the submission conditions, computed by their own rules
   * (checkRoundOpen, canSubmit, missingMaterialsError, checkEligibility); null where a condition
   * holds. The gate reports them in the order an applicant fixes them.
   */
  submission?: {
    round: DomainFailure | null;
    membership: DomainFailure | null;
    materials: DomainFailure | null;
    eligibility: DomainFailure | null;
    declarationAccepted: boolean;
    /**
     * Art. 11: for a renewal, the title it renews is revoked or being revoked (renewedTitleBlocker);
     * for an ordinary application, the organisation holds a valid title (canFileNewApplication).
     * Absent or null when neither stands in the way.
     */
    title?: DomainFailure | null;
  };
  /** For award and failAfterObjection: this entry's notice and objections (Art. 8). */
  notice?: { endsOn: IsoDate; over: boolean; pendingObjections: number; upheldObjections: number };
  /**
   * For award and failRevokedRenewal: why the title a renewal renews can no longer be renewed
   * (Art. 11: revoked, or being revoked, since the renewal was submitted); null or absent otherwise.
   */
  renewedTitle?: DomainFailure | null;
};

const declarationRequired: DomainFailure = {
  code: 'DECLARATION_REQUIRED',
  article: 'Art. 7',
  message: {
    zhCN: '第七条第（八）项：提交前须确认对申报材料真实性的声明。',
    en: 'Art. 7(8): confirm the declaration that the materials are authentic before submitting.',
  },
};

function submissionGate(requireRound: boolean, requireDeclaration: boolean) {
  return (facts: ApplicationGateFacts): DomainFailure | null => {
    const s = facts.submission;
    if (!s) throw new Error('submission facts are required');
    return (
      (requireRound ? s.round : null) ??
      s.membership ??
      s.title ??
      s.materials ??
      s.eligibility ??
      (requireDeclaration && !s.declarationAccepted ? declarationRequired : null)
    );
  };
}

function noticeNotOver(n: NonNullable<ApplicationGateFacts['notice']>): DomainFailure | null {
  if (n.over) return null;
  return {
    code: 'NOTICE_NOT_OVER',
    article: 'Art. 8',
    message: {
      zhCN: `第八条：公示期至${formatChineseDate(n.endsOn)}结束，公示期满后方可授予称号。`,
      en: `Art. 8: the public notice runs until ${n.endsOn}; the title can be awarded only after it ends.`,
    },
  };
}

function objectionPending(n: NonNullable<ApplicationGateFacts['notice']>): DomainFailure | null {
  if (n.pendingObjections === 0) return null;
  return {
    code: 'OBJECTION_PENDING',
    article: 'Art. 8',
    message: {
      zhCN: `第八条：尚有${n.pendingObjections}项异议未处理，处理完毕后方可授予称号。`,
      en: `Art. 8: ${n.pendingObjections} objection(s) are still pending; resolve them before awarding.`,
    },
  };
}

function noticeFacts(facts: ApplicationGateFacts): NonNullable<ApplicationGateFacts['notice']> {
  if (!facts.notice) throw new Error('notice facts are required');
  return facts.notice;
}

/**
 * Every status change of an application, and who may make it.
 *
 * Decisions:
 * - Recommendation is the recommending unit's alone (Art. 2: 各处（部）、杂志社、二级分会负责本部门发展的会员服务机构的推荐工作;
 *   direct members through the Membership Department). An administrator of the secretariat does
 *   not recommend unless they are staff of that unit, in which case they are that party too.
 * - `return` (退回修改): the unit, while the application waits for it (SUBMITTED); an
 *   administrator once recommended, until review starts (RECOMMENDED). The unit cannot take
 *   back its recommendation by returning it: that is the secretariat's call. The member then
 *   `resubmit`s, which sends it back to the unit.
 * - `declineRecommendation` (不予推荐): the unit refuses, with a reason; final.
 * - Review decisions (`passReview`, `failReview`) are the association's (Art. 8: 协会对申报材料进行评审),
 *   taken by an administrator on the reviewers' scores; reviewers recommend, they do not decide.
 * - `award` and `failAfterObjection` wait for the end of the five-working-day notice and for every
 *   objection on the entry to be resolved (Art. 8); an upheld objection fails the entry.
 * - `withdraw` (撤回) is the member's, before any decision. Not from DRAFT (a draft is deleted,
 *   leaving no record), nor once review has decided: a result under public notice is ended only
 *   by an upheld objection or the award.
 */
export const applicationWorkflow = createWorkflow<
  ApplicationStatus,
  ApplicationAction,
  ApplicationParty,
  ApplicationGateFacts
>({
  subjectName: { zhCN: '申报', en: 'Application' },
  statusNames: {} as Record<ApplicationStatus, Message>, // filled below (hoisting)
  partyNames: APPLICATION_PARTY_NAMES,
  actions: {
    submit: {
      to: 'SUBMITTED',
      edges: [{ from: 'DRAFT', by: ['APPLICANT'] }],
      article: 'Art. 7',
      name: { zhCN: '提交申报', en: 'Submit' },
      gate: submissionGate(true, true),
    },
    recommend: {
      to: 'RECOMMENDED',
      edges: [{ from: 'SUBMITTED', by: ['RECOMMENDING_UNIT'] }],
      article: 'Art. 2',
      name: { zhCN: '推荐', en: 'Recommend' },
      notAParty: {
        code: 'WRONG_RECOMMENDING_UNIT',
        article: 'Art. 2',
        message: {
          zhCN: '第二条：该会员只能由发展其入会的单位推荐（直接入会的会员由会员部推荐）。',
          en: 'Art. 2: only the unit that developed this member may recommend it (the Membership Department for direct members).',
        },
      },
    },
    return: {
      to: 'RETURNED',
      edges: [
        { from: 'SUBMITTED', by: ['RECOMMENDING_UNIT'] },
        { from: 'RECOMMENDED', by: ['ADMIN'] },
      ],
      article: 'Art. 2',
      name: { zhCN: '退回修改', en: 'Return for changes' },
    },
    declineRecommendation: {
      to: 'NOT_RECOMMENDED',
      edges: [{ from: 'SUBMITTED', by: ['RECOMMENDING_UNIT'] }],
      article: 'Art. 2',
      name: { zhCN: '不予推荐', en: 'Decline to recommend' },
      notAParty: {
        code: 'WRONG_RECOMMENDING_UNIT',
        article: 'Art. 2',
        message: {
          zhCN: '第二条：只有发展该会员的单位可以决定是否推荐。',
          en: 'Art. 2: only the unit that developed this member decides whether to recommend it.',
        },
      },
    },
    resubmit: {
      to: 'SUBMITTED',
      edges: [{ from: 'RETURNED', by: ['APPLICANT'] }],
      article: 'Art. 2',
      name: { zhCN: '重新提交', en: 'Resubmit' },
      // A returned application may be resubmitted after the deadline: it was in time when first sent.
      gate: submissionGate(false, false),
    },
    startReview: {
      to: 'UNDER_REVIEW',
      edges: [{ from: 'RECOMMENDED', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '分配评审', en: 'Assign reviewers' },
    },
    requestMoreInfo: {
      to: 'MORE_INFO_REQUESTED',
      edges: [{ from: 'UNDER_REVIEW', by: ['ASSIGNED_REVIEWER', 'ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '要求补充材料', en: 'Request more information' },
    },
    provideMoreInfo: {
      to: 'UNDER_REVIEW',
      edges: [{ from: 'MORE_INFO_REQUESTED', by: ['APPLICANT'] }],
      article: 'Art. 8',
      name: { zhCN: '补充材料', en: 'Provide more information' },
    },
    passReview: {
      to: 'REVIEW_PASSED',
      edges: [{ from: 'UNDER_REVIEW', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '评审通过', en: 'Pass review' },
    },
    failReview: {
      to: 'REVIEW_FAILED',
      edges: [{ from: 'UNDER_REVIEW', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '评审不通过', en: 'Fail review' },
    },
    publishNotice: {
      to: 'IN_PUBLIC_NOTICE',
      edges: [{ from: 'REVIEW_PASSED', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '发布公示', en: 'Publish notice' },
    },
    award: {
      to: 'ACCREDITED',
      edges: [{ from: 'IN_PUBLIC_NOTICE', by: ['ADMIN'] }],
      article: 'Art. 9',
      name: { zhCN: '授予称号', en: 'Award' },
      gate: (facts) => {
        const n = noticeFacts(facts);
        const blocked = noticeNotOver(n) ?? objectionPending(n);
        if (blocked) return blocked;
        if (facts.renewedTitle) return facts.renewedTitle;
        if (n.upheldObjections > 0) {
          return {
            code: 'OBJECTION_UPHELD',
            article: 'Art. 8',
            message: {
              zhCN: '第八条：该申报的公示异议成立，不能授予称号。',
              en: 'Art. 8: an objection to this entry was upheld; the title cannot be awarded.',
            },
          };
        }
        return null;
      },
    },
    failAfterObjection: {
      to: 'FAILED',
      edges: [{ from: 'IN_PUBLIC_NOTICE', by: ['ADMIN'] }],
      article: 'Art. 8',
      name: { zhCN: '异议成立，不予认定', en: 'Fail on an upheld objection' },
      gate: (facts) => {
        const n = noticeFacts(facts);
        const blocked = noticeNotOver(n) ?? objectionPending(n);
        if (blocked) return blocked;
        if (n.upheldObjections === 0) {
          return {
            code: 'NO_UPHELD_OBJECTION',
            article: 'Art. 8',
            message: {
              zhCN: '第八条：该申报没有成立的异议，不能据此不予认定。',
              en: 'Art. 8: no objection to this entry was upheld.',
            },
          };
        }
        return null;
      },
    },
    // Art. 11: a renewal whose title was revoked (or is being revoked) after it was submitted is
    // not awarded; its entry fails at the award like one with an upheld objection, with the reason.
    failRevokedRenewal: {
      to: 'FAILED',
      edges: [{ from: 'IN_PUBLIC_NOTICE', by: ['ADMIN'] }],
      article: 'Art. 11',
      name: { zhCN: '所续称号已撤销或正在撤销，不予认定', en: 'Fail: the renewed title is revoked or being revoked' },
      gate: (facts) => {
        const n = noticeFacts(facts);
        const blocked = noticeNotOver(n) ?? objectionPending(n);
        if (blocked) return blocked;
        if (!facts.renewedTitle) {
          return {
            code: 'RENEWED_TITLE_HELD',
            article: 'Art. 11',
            message: {
              zhCN: '第十一条：该申报不是再次申报，或所续称号未被撤销，不能据此不予认定。',
              en: 'Art. 11: this entry renews no revoked title; it cannot be failed on that ground.',
            },
          };
        }
        return null;
      },
    },
    withdraw: {
      to: 'WITHDRAWN',
      edges: (['SUBMITTED', 'RETURNED', 'RECOMMENDED', 'UNDER_REVIEW', 'MORE_INFO_REQUESTED'] as const).map((from) => ({
        from,
        by: ['APPLICANT'] as const,
      })),
      article: 'Art. 3',
      name: { zhCN: '撤回申报', en: 'Withdraw' },
    },
  },
});

export const APPLICATION_ACTIONS = [
  'submit',
  'recommend',
  'return',
  'declineRecommendation',
  'resubmit',
  'startReview',
  'requestMoreInfo',
  'provideMoreInfo',
  'passReview',
  'failReview',
  'publishNotice',
  'award',
  'failAfterObjection',
  'failRevokedRenewal',
  'withdraw',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const APPLICATION_STATUS_NAMES: Record<ApplicationStatus, Message> = {
  DRAFT: { zhCN: '草稿', en: 'Draft' },
  SUBMITTED: { zhCN: '已提交', en: 'Submitted' },
  RECOMMENDED: { zhCN: '已推荐', en: 'Recommended' },
  RETURNED: { zhCN: '已退回', en: 'Returned' },
  NOT_RECOMMENDED: { zhCN: '不予推荐', en: 'Not recommended' },
  UNDER_REVIEW: { zhCN: '评审中', en: 'Under review' },
  MORE_INFO_REQUESTED: { zhCN: '待补充材料', en: 'More information requested' },
  REVIEW_PASSED: { zhCN: '评审通过', en: 'Review passed' },
  REVIEW_FAILED: { zhCN: '评审未通过', en: 'Review failed' },
  IN_PUBLIC_NOTICE: { zhCN: '公示中', en: 'In public notice' },
  ACCREDITED: { zhCN: '已认定', en: 'Accredited' },
  FAILED: { zhCN: '未通过认定', en: 'Not accredited' },
  WITHDRAWN: { zhCN: '已撤回', en: 'Withdrawn' },
};
Object.assign(applicationWorkflow.statusNames, APPLICATION_STATUS_NAMES);

export const APPLICATION_TRANSITIONS = applicationWorkflow.actions;

export const TERMINAL_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter(
  (s) => applicationWorkflow.isTerminal(s) && s !== 'DRAFT',
);

/** What the applicant may still change in each status (not status changes, so not in the table). */
export const EDITABLE_STATUSES = {
  /** Facts and functions: a draft, or an application returned for changes. */
  facts: ['DRAFT', 'RETURNED'] as readonly ApplicationStatus[],
  /** Materials: also while answering a request for more information. */
  materials: ['DRAFT', 'RETURNED', 'MORE_INFO_REQUESTED'] as readonly ApplicationStatus[],
  /** A draft is deleted, not withdrawn. */
  delete: ['DRAFT'] as readonly ApplicationStatus[],
};

export function isTerminal(status: ApplicationStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** The status after `parties` take `action`, or why not (see `createWorkflow().decide`). */
export function transition(
  status: ApplicationStatus,
  action: ApplicationAction,
  parties: readonly ApplicationParty[],
  facts?: ApplicationGateFacts,
) {
  return applicationWorkflow.decide(status, action, parties, facts);
}

/** The actions these parties may take now, in table order; empty for terminal states. */
export function availableActions(status: ApplicationStatus, parties: readonly ApplicationParty[]): ApplicationAction[] {
  return applicationWorkflow.allowed(status, parties);
}

export type { TransitionError };

/** The viewer and the application, as the API knows them, for `partiesOf`. */
export type PartyFacts = {
  viewer: { userId: string; roles: readonly Role[]; organisationId: string | null; unitId: string | null };
  application: {
    organisationId: string;
    /** The unit of the organisation's current (active) membership, the one that recommends (Art. 2). */
    recommendingUnitId: string | null;
    /** Reviewers assigned and not recused. */
    reviewerIds: readonly string[];
  };
};

/** Which parties the viewer is to this application. */
export function partiesOf({ viewer, application }: PartyFacts): ApplicationParty[] {
  const parties: ApplicationParty[] = [];
  if (viewer.roles.includes('MEMBER') && viewer.organisationId === application.organisationId)
    parties.push('APPLICANT');
  if (
    viewer.roles.includes('UNIT_STAFF') &&
    viewer.unitId !== null &&
    viewer.unitId === application.recommendingUnitId
  ) {
    parties.push('RECOMMENDING_UNIT');
  }
  if (viewer.roles.includes('REVIEWER') && application.reviewerIds.includes(viewer.userId))
    parties.push('ASSIGNED_REVIEWER');
  if (viewer.roles.includes('ADMIN')) parties.push('ADMIN');
  return parties;
}

export const ROLE_NAMES: Record<Role, Message> = {
  MEMBER: { zhCN: '会员单位', en: 'Member' },
  UNIT_STAFF: { zhCN: '推荐单位', en: 'Unit staff' },
  REVIEWER: { zhCN: '评审专家', en: 'Reviewer' },
  ADMIN: { zhCN: '管理员', en: 'Administrator' },
  ANALYST: { zhCN: '分析员', en: 'Analyst' },
};
