import type { CombinedError } from 'urql';

type Answer = { __typename: string; message?: string } | null | undefined;

/** The words to show for a mutation's answer, or null when it succeeded: a refusal's own message
 * (already in the caller's language), or the transport's. */
export function mutationFailure(
  result: { data?: Record<string, unknown> | null; error?: CombinedError | undefined },
  field: string,
): string | null {
  if (result.error) return result.error.graphQLErrors[0]?.message ?? result.error.message;
  const answer = result.data?.[field] as Answer;
  if (!answer) return 'no answer';
  if (answer.__typename.endsWith('Success')) return null;
  return answer.message ?? answer.__typename;
}
