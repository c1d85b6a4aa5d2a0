// A value made once per owner and key. The owner is an object that lives for one request (the
// GraphQL context, or a parent object made for the request), so what is made goes with it:
// resolvers of one request that need the same query's answer share one run of it.
const made = new WeakMap<object, Map<string, unknown>>();

/** `make()`'s value, made the first time `owner` asks for `key`, and the same value after. */
export function oncePer<T>(owner: object, key: string, make: () => T): T {
  let values = made.get(owner);
  if (!values) made.set(owner, (values = new Map()));
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}
