import type { TFunction } from 'i18next';
import isNetworkError from 'is-network-error';

/** The parts of urql's CombinedError this needs; structural so that ui does not depend on urql. */
export type RequestErrorLike = {
  networkError?: Error | undefined;
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> | undefined }>;
};

export function errorCodes(error: RequestErrorLike): string[] {
  return error.graphQLErrors
    .map((e) => e.extensions?.['code'])
    .filter((code): code is string => typeof code === 'string');
}

/** A user-facing sentence for a failed request: transport and auth failures get fixed texts,
 * anything else shows the server's messages. */
export function describeRequestError(error: RequestErrorLike, t: TFunction): string {
  if (error.networkError) return t('ui.error.network');
  const codes = errorCodes(error);
  if (codes.includes('UNAUTHENTICATED')) return t('ui.error.unauthenticated');
  if (codes.includes('FORBIDDEN')) return t('ui.error.forbidden');
  const messages = error.graphQLErrors.map((e) => e.message).filter(Boolean);
  if (messages.length === 0) return t('ui.error.unknown');
  return t('ui.error.server', { message: messages.join('; ') });
}

/** A user-facing sentence for an error a dialog's work threw (rather than returned): a failed
 * fetch (an upload, an import) says the server cannot be reached, in the user's language, not
 * the browser's "Failed to fetch"; a programming error (TypeError and the like) says something
 * went wrong, since its message means nothing to the user; an `Error` thrown on purpose keeps
 * its message, which its code wrote for the user. */
export function describeThrownError(error: unknown, t: TFunction): string {
  if (isNetworkError(error)) return t('ui.error.network');
  if (
    error instanceof TypeError ||
    error instanceof ReferenceError ||
    error instanceof RangeError ||
    error instanceof SyntaxError
  )
    return t('ui.error.unknown');
  if (error instanceof Error && error.message) return error.message;
  return t('ui.error.unknown');
}

/** A malformed or unknown id in a link (?round=xyz, /applications/xyz) comes back from the API as
 * a top-level "Invalid global ID" error (or a NOT_FOUND code); to the user it is simply
 * something that does not exist, shown as a not-found page rather than a server error. */
export function isNotFoundError(error: RequestErrorLike | undefined): boolean {
  if (!error || error.networkError) return false;
  return error.graphQLErrors.some(
    (e) => e.extensions?.['code'] === 'NOT_FOUND' || /invalid global id/i.test(e.message),
  );
}

/** Whether `id` is a well-formed relay global id of `typename` (base64 of "Typename:key"). A
 * malformed id in a link is refused by the API as an unexpected error, which it masks; checking
 * first lets the page say "not found" instead. */
export function isGlobalIdOf(id: string, typename: string): boolean {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(id)) return false;
  try {
    const decoded = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
    return decoded.startsWith(`${typename}:`) && decoded.length > typename.length + 1;
  } catch {
    return false;
  }
}
