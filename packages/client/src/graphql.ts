import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

// The one typed `graphql()` both front ends write their operations with. Typed against
// apps/api/schema.graphql through src/graphql-env.d.ts, which is generated from it
// (pnpm --filter @sme/client run generate:graphql) and committed.
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string; Decimal: number };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';

export type ApplicationStatus = ReturnType<typeof graphql.scalar<'ApplicationStatus'>>;
export type ServiceFunction = ReturnType<typeof graphql.scalar<'ServiceFunction'>>;
export type Role = ReturnType<typeof graphql.scalar<'Role'>>;
export type DaySource = ReturnType<typeof graphql.scalar<'DaySource'>>;
