// A status's name in both languages comes from the domain's table (the same one the API's exports
// and messages use); packages/ui adds the tag colour. One table per status enum, keyed by the
// schema's and the database's enum values.
import type { Message } from '@sme/domain';

export type StatusLabel = Message & { colour: string | undefined };
export type StatusTable<S extends string = string> = Readonly<Record<S, StatusLabel>>;

export function statusTable<S extends string>(
  names: Readonly<Record<S, Message>>,
  colours: Readonly<Record<S, string | undefined>>,
): StatusTable<S> {
  return Object.fromEntries(
    (Object.keys(names) as S[]).map((status) => [status, { ...names[status], colour: colours[status] }]),
  ) as Record<S, StatusLabel>;
}

/** The names of one language, for the i18n resources (`ui.<table>.<STATUS>`). */
export function namesIn<S extends string>(table: StatusTable<S>, language: keyof Message): Record<S, string> {
  return Object.fromEntries((Object.keys(table) as S[]).map((status) => [status, table[status][language]])) as Record<
    S,
    string
  >;
}
