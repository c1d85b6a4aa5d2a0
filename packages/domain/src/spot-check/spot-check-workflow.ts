import type { Message } from '../shared/message';
import { createWorkflow } from '../workflow/workflow';

/**
 * Art. 13 (不定期抽查): one drawn platform's check. The association asks the holder for evidence
 * (possibly again after an answer), the holder answers, and an administrator records the result.
 * PASSED and FAILED are final; a FAILED check opens the title's revocation (titleWorkflow).
 */
export const SPOT_CHECK_STATUSES = ['PENDING', 'EVIDENCE_REQUESTED', 'RESPONDED', 'PASSED', 'FAILED'] as const;
export type SpotCheckStatus = (typeof SPOT_CHECK_STATUSES)[number];

/** ADMIN: the secretariat; HOLDER: the members of the organisation holding the checked title. */
export const SPOT_CHECK_PARTIES = ['ADMIN', 'HOLDER'] as const;
export type SpotCheckParty = (typeof SPOT_CHECK_PARTIES)[number];

export const SPOT_CHECK_STATUS_NAMES: Record<SpotCheckStatus, Message> = {
  PENDING: { zhCN: '已抽中', en: 'Drawn' },
  EVIDENCE_REQUESTED: { zhCN: '待提交材料', en: 'Evidence requested' },
  RESPONDED: { zhCN: '已提交材料', en: 'Evidence provided' },
  PASSED: { zhCN: '抽查合格', en: 'Passed' },
  FAILED: { zhCN: '抽查不合格', en: 'Failed' },
};

const open = ['PENDING', 'EVIDENCE_REQUESTED', 'RESPONDED'] as const;

export const spotCheckWorkflow = createWorkflow<
  SpotCheckStatus,
  'requestEvidence' | 'respond' | 'pass' | 'fail',
  SpotCheckParty,
  never
>({
  subjectName: { zhCN: '抽查', en: 'Spot check' },
  statusNames: SPOT_CHECK_STATUS_NAMES,
  partyNames: {
    ADMIN: { zhCN: '协会管理员', en: 'An administrator' },
    HOLDER: { zhCN: '被抽查的示范平台', en: 'The checked platform' },
  },
  actions: {
    requestEvidence: {
      to: 'EVIDENCE_REQUESTED',
      edges: open.map((from) => ({ from, by: ['ADMIN'] as const })),
      article: 'Art. 13',
      name: { zhCN: '要求提交抽查材料', en: 'Request evidence' },
    },
    respond: {
      to: 'RESPONDED',
      // An answer may be corrected until the result is recorded.
      edges: [
        { from: 'EVIDENCE_REQUESTED', by: ['HOLDER'] },
        { from: 'RESPONDED', by: ['HOLDER'] },
      ],
      article: 'Art. 13',
      name: { zhCN: '提交抽查材料', en: 'Respond to the spot check' },
    },
    pass: {
      to: 'PASSED',
      edges: open.map((from) => ({ from, by: ['ADMIN'] as const })),
      article: 'Art. 13',
      name: { zhCN: '记录抽查合格', en: 'Record a pass' },
    },
    fail: {
      to: 'FAILED',
      edges: open.map((from) => ({ from, by: ['ADMIN'] as const })),
      article: 'Art. 13',
      name: { zhCN: '记录抽查不合格', en: 'Record a failure' },
    },
  },
});
export type SpotCheckAction = (typeof spotCheckWorkflow.actionList)[number];
