/** Every user-facing text is carried in both locales; zh-CN is the default in the UIs. */
export type Message = { zhCN: string; en: string };

/** The article of the measures that a rule, failure or state change comes from. */
export type Article = string;

/**
 * Shape shared by every failure value in this package. Failures are data, not exceptions:
 * the API layer maps them onto GraphQL error types by `code`.
 */
export type DomainFailure<Code extends string = string> = {
  code: Code;
  article: Article;
  message: Message;
};

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** Compile-time guard for exhaustive switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** Integer and money formatting that does not depend on the runtime's locale data. */
export function groupThousands(value: number): string {
  const [whole = '0', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
