import { decodeGlobalID } from '@pothos/plugin-relay';

/** A route id given either as a global ID (`TWF0…`) or as the raw database id. */
export function rawId(value: string, typename: string): string {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // not base64: a raw id
  }
  return value;
}
