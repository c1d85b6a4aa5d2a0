import { builder } from '../../builder.js';
import { pick } from './locale.js';
import {
  LocalisedError,
  InvalidCredentialsError,
  LoginThrottledError,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  TwoFactorRequiredError,
  ValidationError,
  type FieldIssue,
} from '../../graphql/error-classes.js';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure, returned as a member of a result union.',
  fields: (t) => ({
    message: t.string({
      description: "In the caller's language (Accept-Language: en for English; Chinese otherwise).",
      // A union member reaches here as Pothos's proxy of the error, whose prototype chain
      // `instanceof LocalisedError` does not see through: the text is read as a property.
      resolve: (error, _args, ctx) => {
        const text = (error as Partial<LocalisedError>).text;
        return text ? pick(text, ctx.locale) : error.message;
      },
    }),
  }),
});

const FieldError = builder.objectRef<FieldIssue>('FieldError').implement({
  fields: (t) => ({
    path: t.exposeStringList('path'),
    message: t.string({
      description: "In the caller's language, like Error.message.",
      resolve: (issue, _args, ctx) => pick(issue.text ?? { zhCN: issue.message, en: issue.message }, ctx.locale),
    }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fieldErrors: t.field({ type: [FieldError], resolve: (e) => e.fieldErrors }),
  }),
});

builder.objectType(RuleViolationError, {
  name: 'RuleViolationError',
  description: 'A rule of the accreditation measures failed; `article` names it, e.g. "Art. 10".',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    article: t.exposeString('article'),
    code: t.exposeString('code'),
  }),
});

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  interfaces: [ErrorInterface],
});

builder.objectType(LoginThrottledError, {
  name: 'LoginThrottledError',
  description: 'Too many failed sign-ins for this account or address; retry after the pause.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

builder.objectType(TwoFactorRequiredError, {
  name: 'TwoFactorRequiredError',
  description: 'The password was right; the account uses two-factor sign-in: repeat login with `otp`.',
  interfaces: [ErrorInterface],
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.exposeString('entity') }),
});

builder.objectType(StaleVersionError, {
  name: 'ConflictError',
  description: 'The record changed since the caller read it (a stale `version`); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    expectedVersion: t.exposeInt('expectedVersion'),
    actualVersion: t.exposeInt('actualVersion'),
  }),
});
