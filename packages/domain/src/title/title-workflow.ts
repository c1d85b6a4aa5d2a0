import type { Message } from '../shared/message';
import { createWorkflow } from '../workflow/workflow';

/**
 * The stored side of a title's life (Arts. 11, 13): HELD until a revocation is opened or decided.
 * Validity by dates (valid, expiring this year, expired) is derived, see titleStatusOn.
 *
 * - openRevocation: a failed spot check opens the revocation at once (Art. 13: 抽查不合格的平台将撤销);
 *   only the system takes it, as the consequence of recording the failure.
 * - completeRevocation: an administrator completes an open revocation with its effective date.
 * - revoke: an administrator revokes a held title outright (Art. 11: a verified violation; or
 *   Art. 13 when the failed check's revocation was never opened).
 * No action leaves REVOCATION_OPEN except completing it: a revocation cannot be dismissed.
 */
export const TITLE_STATES = ['HELD', 'REVOCATION_OPEN', 'REVOKED'] as const;
export type TitleState = (typeof TITLE_STATES)[number];

export const TITLE_PARTIES = ['ADMIN', 'SYSTEM'] as const;
export type TitleParty = (typeof TITLE_PARTIES)[number];

export const TITLE_STATE_NAMES: Record<TitleState, Message> = {
  HELD: { zhCN: '持有', en: 'Held' },
  REVOCATION_OPEN: { zhCN: '撤销办理中', en: 'Being revoked' },
  REVOKED: { zhCN: '已撤销', en: 'Revoked' },
};

export const titleWorkflow = createWorkflow<
  TitleState,
  'openRevocation' | 'completeRevocation' | 'revoke',
  TitleParty,
  never
>({
  subjectName: { zhCN: '示范平台称号', en: 'Title' },
  statusNames: TITLE_STATE_NAMES,
  partyNames: {
    ADMIN: { zhCN: '协会管理员', en: 'An administrator' },
    SYSTEM: { zhCN: '系统（抽查不合格）', en: 'The system (failed spot check)' },
  },
  actions: {
    openRevocation: {
      to: 'REVOCATION_OPEN',
      edges: [{ from: 'HELD', by: ['SYSTEM'] }],
      article: 'Art. 13',
      name: { zhCN: '启动撤销', en: 'Open a revocation' },
    },
    completeRevocation: {
      to: 'REVOKED',
      edges: [{ from: 'REVOCATION_OPEN', by: ['ADMIN'] }],
      article: 'Art. 13',
      name: { zhCN: '完成撤销', en: 'Complete the revocation' },
    },
    revoke: {
      to: 'REVOKED',
      edges: [{ from: 'HELD', by: ['ADMIN'] }],
      article: 'Art. 11',
      name: { zhCN: '撤销称号', en: 'Revoke the title' },
    },
  },
});
export type TitleAction = (typeof titleWorkflow.actionList)[number];

/** The stored state from the title's revocation row, if any. */
export function titleStateOf(revocation: { status: 'OPEN' | 'COMPLETED' } | null): TitleState {
  if (!revocation) return 'HELD';
  return revocation.status === 'OPEN' ? 'REVOCATION_OPEN' : 'REVOKED';
}
