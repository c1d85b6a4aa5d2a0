import type { Message } from '@sme/domain';

export type AttestedCondition = { code: string; article: string; function: string | null; message: Message };

type SnapshotCheck = { code?: unknown; article?: unknown; function?: unknown; kind?: unknown; status?: unknown; message?: unknown };

/**
 * The qualitative conditions the applicant attested to, as frozen in the eligibility snapshot at
 * submission (checks of kind ATTESTED that were given). A reviewer confirms or rejects each.
 */
export function attestedConditionsOf(snapshot: unknown): AttestedCondition[] {
  const checks = (snapshot as { checks?: unknown } | null)?.checks;
  if (!Array.isArray(checks)) return [];
  return (checks as SnapshotCheck[])
    .filter((c) => c.kind === 'ATTESTED' && c.status === 'ATTESTED' && typeof c.code === 'string')
    .map((c) => ({
      code: c.code as string,
      article: typeof c.article === 'string' ? c.article : '',
      function: typeof c.function === 'string' ? c.function : null,
      message: isMessage(c.message) ? c.message : { zhCN: c.code as string, en: c.code as string },
    }));
}

function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && typeof (m as Message).zhCN === 'string' && typeof (m as Message).en === 'string';
}
