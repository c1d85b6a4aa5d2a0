import type { CombinedError } from 'urql';

type Union = { __typename: string; message?: string; article?: string } | null | undefined;

/** The message to show for a mutation's answer, or null when it succeeded. Business refusals
 * come as union members naming their article; transport and authorisation errors as `error`. */
export function failureOf(
  result: { data?: Record<string, unknown> | null; error?: CombinedError },
  field: string,
): string | null {
  if (result.error) return result.error.graphQLErrors[0]?.message ?? result.error.message;
  const value = result.data?.[field] as Union;
  if (!value) return 'no answer';
  if (value.__typename.endsWith('Success')) return null;
  return value.message ?? value.__typename;
}
