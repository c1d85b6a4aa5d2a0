import {
  canSubmit,
  checkRoundOpen,
  missingMaterialsError,
  type ApplicationGateFacts,
  type DomainFailure,
  type EligibilityResult,
  type MaterialKind,
} from '@sme/domain';
import { todayInShanghai } from '../../clock.js';
import type { Tx } from '../../db.js';
import type { LoadedApplication } from '../../workflow/load-application.js';
import { toDomainRound } from '../round/round.object.js';
import { eligibilityOf, factsOf, factsSelect } from './application-facts.js';
import { titleGate } from './title-gate.js';

/**
 * The submission conditions, each by its own rule: the round is open (Art. 10), the organisation
 * is an active member (Art. 2), every material kind is uploaded (Art. 7), the facts meet Arts. 5
 * and 6, the authenticity declaration is given (Art. 7(8)), and no title stands in the way (Art. 11:
 * a renewal's title is neither revoked nor being revoked; an ordinary applicant holds no valid title). Also returns the eligibility
 * result, frozen on the application when the action succeeds.
 */
export async function submissionFacts(
  tx: Tx,
  app: LoadedApplication,
  declarationAccepted: boolean,
): Promise<{ facts: ApplicationGateFacts; eligibility: EligibilityResult }> {
  const today = todayInShanghai();
  const row = await tx.application.findUniqueOrThrow({
    where: { id: app.id },
    select: {
      ...factsSelect,
      round: true,
      organisation: {
        select: { memberships: { where: { status: 'ACTIVE' }, take: 1, select: { since: true, unitId: true } } },
      },
      materials: { where: { removedAt: null }, select: { kind: true, versions: { select: { id: true }, take: 1 } } },
    },
  });
  const round = checkRoundOpen(toDomainRound(row.round), today);
  const active = row.organisation.memberships[0];
  const membership = canSubmit(
    active
      ? {
          organisationId: app.organisationId,
          status: 'ACTIVE',
          since: active.since.toISOString().slice(0, 10),
          developedBy: null,
        }
      : null,
  );
  const present = row.materials.filter((m) => m.versions.length > 0).map((m) => m.kind as MaterialKind);
  const eligibility = eligibilityOf(factsOf(row as never), today);
  const title = await titleGate(tx, app, today, row.round.year);
  return {
    eligibility,
    facts: {
      submission: {
        round: round.ok ? null : round.error,
        membership: membership.ok ? null : membership.error,
        materials: missingMaterialsError(present),
        eligibility: notEligible(eligibility),
        declarationAccepted,
        title,
      },
    },
  };
}

/** Arts. 5/6 as one refusal: the article of the first unmet condition, and every unmet condition listed. */
export function notEligible(result: EligibilityResult): DomainFailure | null {
  if (result.eligible) return null;
  const failing = result.checks.filter((c) => !c.passed);
  const art5 = failing.some((c) => c.article.startsWith('Art. 5'));
  return {
    code: 'NOT_ELIGIBLE',
    article: art5 ? 'Art. 5' : 'Art. 6',
    message: {
      zhCN: `申报信息不符合认定条件：${failing.map((c) => c.message.zhCN).join('')}`,
      en: `The declared facts do not meet the conditions: ${failing.map((c) => c.message.en).join(' ')}`,
    },
  };
}
