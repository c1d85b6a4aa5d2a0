import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';

// Expected business failures. Each becomes a GraphQL object type implementing `Error`
// (modules/common/errors.object.ts) and is returned as a member of a result union.

export type FieldIssue = { path: string[]; message: string };

export class ValidationError extends Error {
  readonly fieldErrors: FieldIssue[];
  constructor(issues: readonly StandardSchemaV1.Issue[] | FieldIssue[]) {
    const fieldErrors = issues.map((issue) => ({
      path: (issue.path ?? []).map((part) => String(typeof part === 'object' && part !== null ? part.key : part)),
      message: issue.message,
    }));
    super(`输入有误 (invalid input): ${fieldErrors.map((f) => (f.path.length ? `${f.path.join('.')}: ` : '') + f.message).join('; ')}`);
    this.fieldErrors = fieldErrors;
  }
}

// A rule of RULES.md failed. `article` names it (e.g. "Art. 10"), `code` is stable for clients.
export class RuleViolationError extends Error {
  constructor(
    readonly article: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class InvalidCredentialsError extends Error {
  constructor() {
    super('邮箱或密码不正确 (e-mail or password is incorrect)');
  }
}

export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`未找到 ${entity} (not found)`);
  }
}

// Another user changed the record since the caller read it (optimistic concurrency).
export class StaleVersionError extends Error {
  constructor(
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`记录已被他人修改，请刷新后重试 (the record changed: version ${actualVersion}, you had ${expectedVersion})`);
  }
}

// Authorisation failures stay top-level GraphQL errors (STYLE.md), with a stable code:
// UNAUTHENTICATED when nobody is signed in (or the session lapsed), so clients can send the
// user to sign in; FORBIDDEN when the signed-in user's roles do not allow it.
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}
