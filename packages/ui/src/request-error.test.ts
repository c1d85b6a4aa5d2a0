import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from './i18n/zh-CN';
import { describeRequestError, describeThrownError, isGlobalIdOf, isNotFoundError } from './request-error';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

describe('describeRequestError', () => {
  it('explains a network failure without leaking its technical message', () => {
    expect(describeRequestError({ networkError: new Error('fetch failed'), graphQLErrors: [] }, i18n.t)).toBe(
      zhCN.ui.error.network,
    );
  });

  it('recognises an expired session and a missing permission by error code', () => {
    const unauthenticated = { graphQLErrors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] };
    const forbidden = { graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] };
    expect(describeRequestError(unauthenticated, i18n.t)).toBe(zhCN.ui.error.unauthenticated);
    expect(describeRequestError(forbidden, i18n.t)).toBe(zhCN.ui.error.forbidden);
  });

  it('shows the server messages otherwise', () => {
    const error = { graphQLErrors: [{ message: 'boom' }, { message: 'bang' }] };
    expect(describeRequestError(error, i18n.t)).toBe('服务器返回错误：boom; bang');
  });
});

describe('describeThrownError', () => {
  it("says the server cannot be reached for a failed fetch, in the user's language", () => {
    // what Chromium and Firefox throw when fetch cannot reach the server (is-network-error knows
    // the others, Safari's among them)
    for (const message of ['Failed to fetch', 'NetworkError when attempting to fetch resource.']) {
      expect(describeThrownError(new TypeError(message), i18n.t)).toBe(zhCN.ui.error.network);
    }
  });

  it("hides a programming error's message, and keeps a message written for the user", () => {
    expect(describeThrownError(new TypeError("Cannot read properties of undefined (reading 'id')"), i18n.t)).toBe(
      zhCN.ui.error.unknown,
    );
    expect(describeThrownError(new Error('导入文件的第 3 行缺少统一社会信用代码'), i18n.t)).toBe(
      '导入文件的第 3 行缺少统一社会信用代码',
    );
    expect(describeThrownError('not an error', i18n.t)).toBe(zhCN.ui.error.unknown);
  });
});

describe('isNotFoundError', () => {
  it('treats a malformed global id or NOT_FOUND as not found', () => {
    expect(isNotFoundError({ graphQLErrors: [{ message: 'Invalid global ID: xyz' }] })).toBe(true);
    expect(isNotFoundError({ graphQLErrors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] })).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isNotFoundError(undefined)).toBe(false);
    expect(
      isNotFoundError({
        graphQLErrors: [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    ).toBe(false);
    expect(isNotFoundError({ networkError: new Error('offline'), graphQLErrors: [] })).toBe(false);
  });
});

describe('isGlobalIdOf', () => {
  it('accepts a relay id of the type and refuses anything else', () => {
    expect(isGlobalIdOf(btoa('Application:abc123'), 'Application')).toBe(true);
    expect(isGlobalIdOf(btoa('Round:abc123'), 'Application')).toBe(false);
    expect(isGlobalIdOf('xyz', 'Application')).toBe(false);
    expect(isGlobalIdOf('not base64!', 'Application')).toBe(false);
    expect(isGlobalIdOf(btoa('Application:'), 'Application')).toBe(false);
  });
});
