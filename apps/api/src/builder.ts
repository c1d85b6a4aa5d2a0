import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from './generated/pothos-prisma-types.js';
import { getDatamodel } from './generated/pothos-prisma-types.js';
import { hasRole, type Context } from './context.js';
import { prisma } from './db.js';
import { isProduction } from './env.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from './graphql/error-classes.js';
import './graphql/zod-messages.js';

// Scopes are the only vocabulary of authorisation in the schema. Root fields are denied to
// signed-out callers by default (queryType/mutationType below); public ones opt out explicitly.
type AuthScopes = {
  signedIn: boolean;
  member: boolean;
  unitStaff: boolean;
  reviewer: boolean;
  admin: boolean;
  analyst: boolean;
  // Association staff of any kind: the admin console's audience.
  staff: boolean;
  public: boolean;
};

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string | Date };
    DateTime: { Input: Date; Output: Date };
    Decimal: { Input: number; Output: number | { toString(): string } };
  };
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    // A type's scopes run when an object of it is returned (isTypeOf), not only before its own
    // fields resolve: a relation field returning an object the caller may not see is refused
    // even when the query asks for nothing but its `__typename`.
    runScopesOnType: true,
    authScopes: (ctx) => ({
      signedIn: ctx.viewer !== null,
      member: hasRole(ctx.viewer, 'MEMBER'),
      unitStaff: hasRole(ctx.viewer, 'UNIT_STAFF'),
      reviewer: hasRole(ctx.viewer, 'REVIEWER'),
      admin: hasRole(ctx.viewer, 'ADMIN'),
      analyst: hasRole(ctx.viewer, 'ANALYST'),
      staff: ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'].some((r) => hasRole(ctx.viewer, r as never)),
      public: true,
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new ForbiddenError({ zhCN: '没有权限执行此操作。', en: 'You may not do this.' }, ctx.locale)
        : new UnauthenticatedError(
            { zhCN: '请先登录或重新登录。', en: 'Sign in first, or sign in again.' },
            ctx.locale,
          ),
  },
  errors: {
    defaultTypes: [],
    // Input that fails its zod schema becomes a ValidationError member of the result union.
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (result, _args, ctx) => new ValidationError(result.issues, ctx.locale),
  },
  prisma: {
    client: () => prisma(),
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: isProduction ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // No generic node(id) lookup: it would bypass the per-type ownership checks.
    nodeQueryOptions: false,
    // An ID whose decoded id holds a control character (NUL among them, which PostgreSQL
    // refuses) identifies nothing: refused as an invalid ID (NOT_FOUND), not sent to the database.
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalID(globalID);
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(decoded.id) || /[\u0000-\u001f\u007f]/.test(decoded.typename))
        throw new PothosValidationError(`Invalid global ID: ${JSON.stringify(globalID)}`);
      return decoded;
    },
    nodesQueryOptions: false,
  },
});
