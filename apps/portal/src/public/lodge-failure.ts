import type { CombinedError } from 'urql';

const FIELDS = ['name', 'contact', 'grounds'] as const;
type Field = (typeof FIELDS)[number];

export type LodgeFailure =
  | { kind: 'invalid'; fields: { name: Field; message: string }[]; message: string }
  | { kind: 'rateLimited'; message: string }
  | { kind: 'refused'; message: string };

type Answer =
  | { __typename: 'RuleViolationError'; message: string; code: string }
  | {
      __typename: 'ValidationError';
      message: string;
      fieldErrors: readonly { path: readonly string[]; message: string }[];
    }
  | { __typename: 'NotFoundError'; message: string }
  | { __typename: string; message?: string }
  | null
  | undefined;

/** How a lodged objection that was not taken is shown: field messages under their fields, the
 * rate limit as its own plain message, anything else (outside the period, gone) as a refusal. */
export function describeLodgeFailure(error: CombinedError | undefined, answer: Answer): LodgeFailure {
  if (error) return { kind: 'refused', message: error.graphQLErrors[0]?.message ?? error.message };
  if (!answer) return { kind: 'refused', message: '—' };
  if ('code' in answer && answer.code === 'TOO_MANY_OBJECTIONS')
    return { kind: 'rateLimited', message: answer.message };
  if ('fieldErrors' in answer) {
    const fields = answer.fieldErrors.flatMap((f) => {
      const name = f.path.at(-1);
      return FIELDS.includes(name as Field) ? [{ name: name as Field, message: f.message }] : [];
    });
    if (fields.length > 0) return { kind: 'invalid', fields, message: answer.message };
  }
  return { kind: 'refused', message: answer.message ?? answer.__typename };
}
