import type { Message } from '@sme/domain';

export type AttestedCondition = {
  code: string;
  article: string;
  function: string | null;
  /** The check's message as frozen at submission (article, condition and "attested"). */
  message: Message;
  /** The condition alone, in the measures' words (具有独立法人资格), for messages that cite it with its article. */
  condition: Message;
};

type SnapshotCheck = {
  code?: unknown;
  article?: unknown;
  function?: unknown;
  kind?: unknown;
  status?: unknown;
  message?: unknown;
  condition?: unknown;
};

/**
 * The qualitative conditions the applicant attested to, as frozen in the eligibility snapshot at
 * submission (checks of kind ATTESTED that were given). A reviewer confirms or rejects each.
 */
export function attestedConditionsOf(snapshot: unknown): AttestedCondition[] {
  const checks = (snapshot as { checks?: unknown } | null)?.checks;
  if (!Array.isArray(checks)) return [];
  return (checks as SnapshotCheck[])
    .filter((c) => c.kind === 'ATTESTED' && c.status === 'ATTESTED' && typeof c.code === 'string')
    .map((c) => {
      const message = isMessage(c.message) ? c.message : { zhCN: c.code as string, en: c.code as string };
      return {
        code: c.code as string,
        article: typeof c.article === 'string' ? c.article : '',
        function: typeof c.function === 'string' ? c.function : null,
        message,
        condition: isMessage(c.condition) ? c.condition : conditionOf(message),
      };
    });
}

/**
 * The condition's words inside an attested check's message, which reads
 * "第五条第（一）项：具有独立法人资格；申报单位已声明，待评审核实。" /
 * "Art. 5(1): an independent legal person — attested, to be verified in review." Snapshots keep
 * only the message; the article is cited afresh by whoever quotes the condition.
 */
export function conditionOf(message: Message): Message {
  return { zhCN: between(message.zhCN, '：', '；申报单位'), en: between(message.en, ': ', ' — attested') };
}

function between(text: string, after: string, before: string): string {
  const start = text.indexOf(after);
  const from = start >= 0 && start < 24 ? start + after.length : 0;
  const end = text.lastIndexOf(before);
  return (end > from ? text.slice(from, end) : text.slice(from)).trim();
}

function isMessage(m: unknown): m is Message {
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof (m as Message).zhCN === 'string' &&
    typeof (m as Message).en === 'string'
  );
}
