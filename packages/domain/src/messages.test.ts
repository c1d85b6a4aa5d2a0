// docs/measures.md, "Messages in Chinese are Chinese throughout": every zhCN message the rules can
// produce is scanned for Latin words. Allowed: the standard and format names a Chinese reader
// sees written that way (GB 32100, PDF, JPEG, PNG), the certificate prefix, single capital
// letters of a code alphabet, and whatever the user typed, which messages quote in “…”.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUS_NAMES,
  CHECK_STATUS_NAMES,
  MATERIAL_KIND_NAMES,
  MATERIAL_KINDS,
  MEMBERSHIP_STATUSES,
  MEMBERSHIP_STATUS_NAMES,
  ORGANISATION_KIND_NAMES,
  REVOCATION_REASON_NAMES,
  ROLE_NAMES,
  SERVICE_FUNCTION_NAMES,
  UNIT_KIND_NAMES,
  canApplyForRenewal,
  canFileNewApplication,
  canRecommend,
  canSubmit,
  checkCreditCode,
  checkEligibility,
  checkMaterialFileType,
  checkObjectionWindow,
  checkRoundOpen,
  createWorkingDayCalendar,
  missingMaterialsError,
  noticePeriod,
  parseCertificateNumber,
  validateRevocation,
  validateRound,
  validityOf,
  type Message,
  type Round,
} from './index';
import { eligibilityFactsArbitrary } from './testing/arbitraries';

const ALLOWED = new Set(['GB', 'PDF', 'JPEG', 'PNG', 'SMEPSP']);

/** Latin words in a Chinese message, outside quoted user input and the allowed names. */
function latinWords(zhCN: string): string[] {
  const unquoted = zhCN.replace(/“[^”]*”/g, '');
  return (unquoted.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED.has(w) && !/^[A-Z]$/.test(w));
}

function expectChinese(message: Message | null | undefined, where: string, sentence = true): void {
  if (!message) return;
  expect(latinWords(message.zhCN), `${where}: ${message.zhCN}`).toEqual([]);
  if (sentence) expect(message.zhCN, where).toMatch(/[\u4e00-\u9fff]/);
  expect(message.en, where).not.toMatch(/[\u4e00-\u9fff]/);
}

describe('Chinese messages are Chinese throughout', () => {
  it('finds the defects it is meant to find', () => {
    expect(latinWords('申报值：yes')).toEqual(['yes']);
    expect(latinWords('资产总额 3,000,000 CNY')).toEqual(['CNY']);
    expect(latinWords('founded 2024-03-01')).toEqual(['founded']);
    expect(latinWords('统一社会信用代码第3位“I”不是有效字符（不使用 I、O、Z、S、V），见 GB 32100')).toEqual([]);
  });

  it('in every eligibility check, for any declared facts (property)', () => {
    fc.assert(
      fc.property(eligibilityFactsArbitrary, (facts) => {
        for (const c of checkEligibility(facts).checks) {
          expectChinese(c.message, c.code);
          expectChinese(c.requiredText, `${c.code} required`, false);
          expectChinese(c.actualText, `${c.code} actual`, false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('in the names the UIs show', () => {
    const tables: Record<string, Record<string, Message>> = {
      APPLICATION_STATUS_NAMES,
      CHECK_STATUS_NAMES,
      MATERIAL_KIND_NAMES,
      MEMBERSHIP_STATUS_NAMES,
      ORGANISATION_KIND_NAMES,
      REVOCATION_REASON_NAMES,
      ROLE_NAMES,
      SERVICE_FUNCTION_NAMES,
      UNIT_KIND_NAMES,
    };
    for (const [table, names] of Object.entries(tables))
      for (const [key, name] of Object.entries(names)) expectChinese(name, `${table}.${key}`);
  });

  it('in the failures of materials, membership, rounds, notice, validity, revocation, certificates and credit codes', () => {
    const failures: (Message | null | undefined)[] = [];
    const collect = (result: { ok: boolean; error?: { message: Message } | { message: Message }[] }): void => {
      if (result.ok || !result.error) return;
      for (const e of Array.isArray(result.error) ? result.error : [result.error]) failures.push(e.message);
    };

    failures.push(
      missingMaterialsError([])?.message,
      missingMaterialsError([1, 2])?.message,
      checkMaterialFileType('text/plain')?.message,
    );
    expect(MATERIAL_KINDS).toHaveLength(8);

    collect(canSubmit(null));
    for (const status of MEMBERSHIP_STATUSES)
      collect(canSubmit({ organisationId: 'o', status, since: null, developedBy: null }));
    collect(
      canRecommend(
        { organisationId: 'o', status: 'ACTIVE', since: null, developedBy: { id: 'u1', kind: 'BRANCH' } },
        { id: 'u2', kind: 'MAGAZINE' },
      ),
    );

    const round: Round = {
      year: 2026,
      sequence: 1,
      opensOn: '2026-03-01',
      submissionDeadline: '2026-04-30',
      reviewEndsOn: '2026-06-30',
    };
    collect(validateRound({ ...round, opensOn: '2026-02-30' }, []));
    collect(
      validateRound({ ...round, year: 2027, sequence: 3, submissionDeadline: '2026-02-01' }, [
        round,
        { ...round, sequence: 2, opensOn: '2026-07-01', submissionDeadline: '2026-08-01', reviewEndsOn: '2026-09-01' },
      ]),
    );
    collect(checkRoundOpen(round, '2026-02-01'));
    collect(checkRoundOpen(round, '2026-05-01'));

    const period = noticePeriod('2026-09-30', createWorkingDayCalendar([]));
    collect(checkObjectionWindow(period, '2026-12-01'));

    collect(canApplyForRenewal({ validUntil: '2028-12-31', revocation: null }, '2027-01-01'));
    collect(canApplyForRenewal({ validUntil: '2028-12-31', revocation: { effectiveOn: '2027-06-01' } }, '2028-01-01'));
    collect(canFileNewApplication([{ ...validityOf('2025-06-01'), revocation: null }], '2026-11-25'));

    const title = validityOf('2025-06-01');
    collect(validateRevocation({ reason: 'OTHER', description: '', evidence: '', effectiveOn: '2026-12-01' }));
    collect(
      validateRevocation({
        reason: 'VIOLATION_VERIFIED',
        description: '',
        evidence: '',
        effectiveOn: '2030-01-01',
        accreditation: title,
      }),
    );
    collect(
      validateRevocation({
        reason: 'FAILED_SPOT_CHECK',
        description: '',
        evidence: '',
        effectiveOn: 'tomorrow',
        spotCheckOutcome: 'PASSED',
      }),
    );

    for (const text of ['', 'SMEPSP-2026-1-0000-K', 'SMEPSP-2026-1-0007-A', 'nonsense'])
      collect(parseCertificateNumber(text));
    for (const code of ['', '91440300715267', '9144030071526726XI', '9144030071526727XG'])
      failures.push(checkCreditCode(code).message);

    expect(failures.filter(Boolean).length).toBeGreaterThan(20);
    for (const message of failures) expectChinese(message, 'failure');
  });
});
