import { ApolloArmor } from '@escape.tech/graphql-armor';

// Query-cost limits (1,000 aliases signed out took seconds; 5,000 took 110 s and
// 2.8 GB). GraphQL Armor's rules run during validation, before any resolver. The limits are
// well above what the two front ends send (their deepest operation is 7 levels, their largest
// 184 tokens as urql sends it, as many as graphql-js's full introspection query) and well
// below what hurts the server.
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  // Also counted before Apollo runs (query-guard.ts). 1,000 rather than 3,000: graphql-js's
  // validation compares same-named fields pairwise, so a document of 3,000 tokens of one
  // repeated field cost ~15 ms of the event loop to refuse; 1,000 tokens cost a ninth of that.
  maxTokens: 1000,
  // Armor's cost grows 1.5× a level (objects 2, scalars 1) and with a list's `first`. The
  // console's heaviest page (decisions: 200 applications with their reviews and assignments)
  // costs ~29,300 as sent;
  // front-end-operations.test.ts checks every operation of both apps against these limits.
  maxCost: 60_000,
} as const;

// Rejections are logged by the error-logging plugin, with the request's correlation id.
export function armorProtection(): ReturnType<ApolloArmor['protect']> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // "Did you mean …?" hints reveal the schema to callers who may not introspect it.
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}
