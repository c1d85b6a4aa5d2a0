// Pothos hands a result-union field (errors plugin) an empty `select` when the client asks only
// for `__typename`, and Prisma refuses an empty select. Selecting the key keeps the query valid.
export function nonEmptyQuery<Q extends object>(query: Q, key = 'id'): Q {
  if ('select' in query && query.select && typeof query.select === 'object' && Object.keys(query.select).length === 0) {
    return { ...query, select: { [key]: true } };
  }
  return query;
}
