import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextDidEncounterErrors } from '@apollo/server';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { localeFromHeader, type Context } from '../context.js';
import {
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
  type LocalisedText,
} from '../graphql/error-classes.js';
import { actorForLog } from './security-log.js';

// Codes a developer put on an error on purpose: their messages are written for the caller.
// Anything else (a Prisma error, a TypeError, graphql-js's "Cannot return null …") is
// unexpected: the caller gets an opaque message and a correlation id, the log gets the rest.
function isUnexpected(code: unknown): boolean {
  return typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR';
}

// The business error classes, when a field without a result union throws them (e.g. a query's
// zod validation), are expected too: they get a stable code instead of being masked.
function expectedCode(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof ValidationError) return 'BAD_USER_INPUT';
  if (original instanceof RuleViolationError) return 'RULE_VIOLATION';
  if (original instanceof NotFoundError) return 'NOT_FOUND';
  if (original instanceof StaleVersionError) return 'CONFLICT';
  if (isBadGlobalId(original)) return 'NOT_FOUND';
  if (isBadPaging(original)) return 'BAD_USER_INPUT';
  return undefined;
}

// The connections' paging arguments are checked by the relay and prisma plugins as they resolve:
// a negative `first` or `last`, or a cursor no page handed out, is the caller's mistake.
function isBadPaging(error: unknown): boolean {
  return (
    error instanceof PothosValidationError &&
    /^Argument "(first|last)"|^Arguments "\w+" and "\w+" are not supported at the same time|^Invalid (offset )?cursor|^Cursor must be/.test(
      error.message,
    )
  );
}

export const BAD_PAGING_MESSAGE: LocalisedText = {
  zhCN: '分页参数无效：first、last 须为非负整数，游标须是上一页返回的值，before 不能与 after 或 first 同时使用。',
  en: 'Invalid paging: first and last must be non-negative integers, a cursor must be one a previous page returned, and before cannot be combined with after or first.',
};

// The relay plugin decodes ID arguments before any resolver runs and throws on one that is not
// base64 of "Type:id", or names another type. Such an ID identifies nothing: the caller is told
// so (NOT_FOUND), as for an ID that decodes but matches no visible record — not an internal error.
function isBadGlobalId(error: unknown): boolean {
  return error instanceof PothosValidationError && /^Invalid global ID|is not of type: /.test(error.message);
}

export const BAD_ID_MESSAGE: LocalisedText = {
  zhCN: '找不到该记录：编号无效。',
  en: 'Not found: the ID is not valid.',
};

export const INTERNAL_MESSAGE: LocalisedText = {
  zhCN: '服务器内部错误，请稍后重试；如需帮助请提供编号。',
  en: 'Internal error; try again later, and quote the reference if you contact support.',
};

const correlationOf = new WeakMap<object, string>();
// The caller's language, noted per error while the request's context is at hand, so that
// formatError (which has no context) answers in it.
const localeOf = new WeakMap<object, 'ZH_CN' | 'EN'>();

function inLocale(text: LocalisedText, locale: 'ZH_CN' | 'EN' | undefined): string {
  return locale === 'EN' ? text.en : text.zhCN;
}

// The text in both languages that an error (or an error it wraps) carries: LocalisedError,
// ForbiddenError, UnauthenticatedError.
function localisedTextOf(error: unknown): { text: LocalisedText; message: string } | undefined {
  for (
    let e = error, depth = 0;
    e instanceof Error && depth < 5;
    e = (e as { originalError?: unknown }).originalError, depth++
  ) {
    const text = (e as { text?: unknown }).text;
    if (
      text &&
      typeof text === 'object' &&
      typeof (text as LocalisedText).zhCN === 'string' &&
      typeof (text as LocalisedText).en === 'string'
    ) {
      return { text: text as LocalisedText, message: e.message };
    }
  }
  return undefined;
}

export function errorLoggingPlugin(log: FastifyBaseLogger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(ctx: GraphQLRequestContextDidEncounterErrors<Context>) {
          const correlationId = ctx.contextValue.request?.id ?? randomUUID();
          const actor = actorForLog(ctx.contextValue.viewer ?? null);
          for (const error of ctx.errors) {
            const code = expectedCode(error) ?? error.extensions?.code;
            correlationOf.set(error, correlationId);
            localeOf.set(error, ctx.contextValue.locale);
            if (code === 'FORBIDDEN') {
              log.warn(
                {
                  event: 'security.forbidden',
                  correlationId,
                  actor,
                  path: error.path,
                  operation: ctx.operationName ?? null,
                  ip: ctx.contextValue.ip,
                },
                'forbidden',
              );
            } else if (code === 'UNAUTHENTICATED') {
              log.info(
                {
                  event: 'security.unauthenticated',
                  correlationId,
                  path: error.path,
                  operation: ctx.operationName ?? null,
                  ip: ctx.contextValue.ip,
                },
                'sign-in required',
              );
            } else if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
              log.info(
                {
                  event: 'graphql.rejected',
                  correlationId,
                  actor,
                  reason: error.message.slice(0, 200),
                  ip: ctx.contextValue.ip,
                },
                'query rejected',
              );
            } else if (isUnexpected(code)) {
              log.error(
                {
                  event: 'error.internal',
                  correlationId,
                  actor,
                  path: error.path,
                  operation: ctx.operationName ?? null,
                  err: error.originalError ?? error,
                },
                'internal error',
              );
            }
          }
        },
      };
    },
  };
}

// Apollo's formatError: known codes keep their message (never a stack trace unless the
// developer script asked for details); unexpected errors are replaced.
export function makeFormatError(log: FastifyBaseLogger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const locale = typeof error === 'object' && error !== null ? localeOf.get(error) : undefined;
    const known = expectedCode(error);
    if (known) {
      const original = (error instanceof GraphQLError ? error.originalError : error) as Error & {
        article?: string;
        code?: string;
      };
      formatted = {
        message: isBadGlobalId(original)
          ? inLocale(BAD_ID_MESSAGE, locale)
          : isBadPaging(original)
            ? inLocale(BAD_PAGING_MESSAGE, locale)
            : original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: known,
          ...(original instanceof RuleViolationError ? { article: original.article, rule: original.code } : {}),
          // the fields in question, since a Chinese summary does not name input paths
          ...(original instanceof ValidationError
            ? {
                fieldErrors: original.fieldErrors.map((f) => ({
                  path: f.path,
                  message: f.text ? inLocale(f.text, locale) : f.message,
                })),
              }
            : {}),
        },
      };
    }
    const localised = localisedTextOf(error);
    if (localised && formatted.message.includes(localised.message)) {
      formatted = {
        ...formatted,
        message: formatted.message.replace(localised.message, inLocale(localised.text, locale)),
      };
    }
    const code = formatted.extensions?.code;
    if (!isUnexpected(code)) {
      if (exposeDetails) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    let correlationId = typeof error === 'object' && error !== null ? correlationOf.get(error) : undefined;
    if (!correlationId) {
      // Failed outside the request pipeline (e.g. while building the context): log it here.
      correlationId = randomUUID();
      log.error({ event: 'error.internal', correlationId, err: error }, 'internal error');
    }
    if (exposeDetails) return { ...formatted, extensions: { ...formatted.extensions, correlationId } };
    return {
      message: `${inLocale(INTERNAL_MESSAGE, locale)} [${correlationId}]`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}

// Fastify's own 4xx messages are English: the common ones are given in both languages, any other
// reads 请求无效 in Chinese; `messageEn` keeps Fastify's words.
const FASTIFY_MESSAGES: Record<string, LocalisedText> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { zhCN: '请求内容过大。', en: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { zhCN: '不支持该请求内容类型。', en: 'This content type is not supported.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    zhCN: '请求内容长度与声明不符。',
    en: 'The request body does not match its declared length.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { zhCN: '请求内容为空，应为 JSON。', en: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { zhCN: '请求内容不是有效的 JSON。', en: 'The body is not valid JSON.' },
};

// Fastify's own errors (other routes, body too large, bad JSON): 4xx messages describe the
// request and stay; 5xx are masked like GraphQL's.
export function fastifyErrorHandler(exposeDetails: boolean) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status < 500) {
      const text = FASTIFY_MESSAGES[error.code] ?? { zhCN: '请求无效。', en: error.message };
      const message = inLocale(text, localeFromHeader(request.headers['accept-language']));
      return reply
        .code(status)
        .send({ statusCode: status, code: error.code, error: 'Bad Request', message, messageEn: error.message });
    }
    request.log.error({ event: 'error.internal', correlationId: request.id, err: error }, 'internal error');
    return reply.code(status).send({
      statusCode: status,
      error: 'Internal Server Error',
      message: exposeDetails
        ? error.message
        : `${inLocale(INTERNAL_MESSAGE, localeFromHeader(request.headers['accept-language']))} [${request.id}]`,
      correlationId: request.id,
    });
  };
}
