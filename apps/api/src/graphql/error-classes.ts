import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { describeFieldIssue } from './field-labels.js';

// Expected business failures. Each becomes a GraphQL object type implementing `Error`
// (modules/common/errors.object.ts) and is returned as a member of a result union.

export type FieldIssue = { path: string[]; message: string; text?: LocalisedText };

// A validation message in both languages, carried through zod (whose messages are strings):
// `bilingual({ zhCN, en })` joins them with a separator no one types; `splitBilingual` takes them
// apart again (a plain string is the same text in both languages).
const BILINGUAL_SEPARATOR = '\u241E';
export function bilingual(text: LocalisedText): string {
  return `${text.zhCN}${BILINGUAL_SEPARATOR}${text.en}`;
}
export function splitBilingual(message: string): LocalisedText {
  const at = message.indexOf(BILINGUAL_SEPARATOR);
  return at < 0
    ? { zhCN: message, en: message }
    : { zhCN: message.slice(0, at), en: message.slice(at + BILINGUAL_SEPARATOR.length) };
}

// A message in both languages; the GraphQL `message` field answers in the caller's language
// (modules/common/errors.object.ts), Chinese unless the client asked for English.
export type LocalisedText = { zhCN: string; en: string };

// An expected failure whose message exists in both languages.
export class LocalisedError extends Error {
  readonly text: LocalisedText;
  constructor(text: LocalisedText, locale: 'ZH_CN' | 'EN' = 'ZH_CN') {
    super(locale === 'EN' ? text.en : text.zhCN);
    this.text = text;
  }
}

// Input that fails its schema. Each field error keeps its text in both languages; the error's own
// message (also what a query's top-level error shows) is in `locale`.
export class ValidationError extends LocalisedError {
  readonly fieldErrors: FieldIssue[];
  constructor(issues: readonly StandardSchemaV1.Issue[] | FieldIssue[], locale: 'ZH_CN' | 'EN' = 'ZH_CN') {
    const fieldErrors = issues.map((issue) => {
      const text = 'text' in issue && issue.text ? issue.text : splitBilingual(issue.message);
      return {
        path: (issue.path ?? []).map((part) => String(typeof part === 'object' && part !== null ? part.key : part)),
        message: text.zhCN,
        text,
      };
    });
    // The message names each field in words (截止日期须晚于今天 / The due date must be after today),
    // never by its input path (input.dueOn): clients have the path in fieldErrors.path.
    const sentences = fieldErrors.map((f) => describeFieldIssue(f.path, f.text));
    const zhCN = [...new Set(sentences.map((f) => f.zhCN))].join('；');
    const en = [...new Set(sentences.map((f) => f.en))].join('; ');
    super({ zhCN: `输入有误：${zhCN}`, en: `Invalid input: ${en}` }, locale);
    this.fieldErrors = fieldErrors;
  }
}

// A rule of the measures failed. `article` names it (e.g. "Art. 10", or "software" for a rule of this
// software rather than of the measures), `code` is stable for clients.
export class RuleViolationError extends LocalisedError {
  constructor(
    readonly article: string,
    readonly code: string,
    message: LocalisedText | string,
  ) {
    super(typeof message === 'string' ? { zhCN: message, en: message } : message);
  }

  /** A failure value of the domain package, as the error clients see. */
  static from(failure: { article: string; code: string; message: LocalisedText }): RuleViolationError {
    return new RuleViolationError(failure.article, failure.code, failure.message);
  }
}

export class InvalidCredentialsError extends LocalisedError {
  constructor() {
    super({ zhCN: '邮箱或密码不正确。', en: 'The e-mail or password is incorrect.' });
  }
}

// Too many failed sign-ins for this account or address: try again after a pause.
export class LoginThrottledError extends LocalisedError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super({
      zhCN: `登录失败次数过多，请 ${minutes} 分钟后再试。`,
      en: `Too many failed sign-ins; try again in ${minutes} minute(s).`,
    });
  }
}

// The password was right and the account uses two-factor sign-in: send the code too.
export class TwoFactorRequiredError extends LocalisedError {
  constructor() {
    super({
      zhCN: '请输入身份验证器中的 6 位动态码或一个恢复码。',
      en: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
    });
  }
}

const ENTITY_NAMES: Record<string, LocalisedText> = {
  Application: { zhCN: '申报', en: 'application' },
  Round: { zhCN: '申报批次', en: 'round' },
  AccountSession: { zhCN: '登录会话', en: 'session' },
  Organisation: { zhCN: '机构', en: 'organisation' },
  Accreditation: { zhCN: '认定称号', en: 'title' },
  PublicNotice: { zhCN: '公示', en: 'public notice' },
  Objection: { zhCN: '异议', en: 'objection' },
  SpotCheck: { zhCN: '抽查', en: 'spot check' },
  SpotCheckEvidenceFile: { zhCN: '抽查材料', en: 'spot-check evidence file' },
  InfoRequest: { zhCN: '补充材料要求', en: 'information request' },
  User: { zhCN: '用户', en: 'user' },
  Unit: { zhCN: '单位', en: 'unit' },
  ServiceRecord: { zhCN: '服务记录', en: 'service record' },
  AssociationActivity: { zhCN: '协会活动', en: 'association activity' },
  AnnualReport: { zhCN: '年度服务报告', en: 'annual service report' },
};

// Unknown, malformed, or not visible to the caller: the same answer, so existence is not leaked.
export class NotFoundError extends LocalisedError {
  constructor(readonly entity: string) {
    const name = ENTITY_NAMES[entity] ?? { zhCN: entity, en: entity };
    super({ zhCN: `未找到该${name.zhCN}，或您无权查看。`, en: `No such ${name.en}, or you may not see it.` });
  }
}

// Another user changed the record since the caller read it (optimistic concurrency). Exposed to
// clients as `ConflictError` (schema.graphql).
export class StaleVersionError extends LocalisedError {
  constructor(
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super({
      zhCN: `记录已被他人修改（当前版本${actualVersion}，您提交的是版本${expectedVersion}），请刷新后重试，您的输入不会丢失。`,
      en: `Someone else changed this record (now version ${actualVersion}, you sent version ${expectedVersion}). Reload and try again; your input is kept.`,
    });
  }
}

// Authorisation failures stay top-level GraphQL errors (docs/architecture.md), with a stable code:
// UNAUTHENTICATED when nobody is signed in (or the session lapsed), so clients can send the
// user to sign in; FORBIDDEN when the signed-in user's roles do not allow it.
// Their message is in `locale` (the caller's, ctx.locale); `text` keeps both languages.
export class ForbiddenError extends GraphQLError {
  readonly text: LocalisedText;
  constructor(message: LocalisedText | string, locale: 'ZH_CN' | 'EN' = 'ZH_CN') {
    const text = typeof message === 'string' ? { zhCN: message, en: message } : message;
    super(locale === 'EN' ? text.en : text.zhCN, { extensions: { code: 'FORBIDDEN' } });
    this.text = text;
  }
}

export class UnauthenticatedError extends GraphQLError {
  readonly text: LocalisedText;
  constructor(message: LocalisedText | string, locale: 'ZH_CN' | 'EN' = 'ZH_CN') {
    const text = typeof message === 'string' ? { zhCN: message, en: message } : message;
    super(locale === 'EN' ? text.en : text.zhCN, { extensions: { code: 'UNAUTHENTICATED' } });
    this.text = text;
  }
}
