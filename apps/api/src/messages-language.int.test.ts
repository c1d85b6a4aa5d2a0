// Every message in the caller's language only: Chinese by default, English with
// `Accept-Language: en`, never both in one text. One refusal of each kind a client meets: a rule
// of the measures (a union member), a validation (the rule's own message and zod's), a top-level
// authorisation error (from the scopes, from a resolver with and without the context at hand),
// sign-in required, an ID that identifies nothing, and an HTTP route's JSON failure.
import { creditCodeCheckCharacter } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer } from './testing/test-server.js';

let server: TestServer;
const clients: Record<
  'zh' | 'en',
  { admin: GraphQLClient; member: GraphQLClient; unit: GraphQLClient; anonymous: GraphQLClient }
> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  for (const [lang, headers] of [
    ['zh', {}],
    ['en', { 'accept-language': 'en' }],
  ] as const) {
    const signedIn = async (email: string) => {
      const client = new GraphQLClient(server.url, headers);
      await client.login(email);
      return client;
    };
    clients[lang] = {
      admin: await signedIn('admin@example.com'),
      member: await signedIn('member@example.com'),
      unit: await signedIn('unit@example.com'),
      anonymous: new GraphQLClient(server.url, headers),
    };
  }
});

afterAll(async () => {
  await server?.close();
});

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Chinese throughout: no English word beside it (a digit or "NUL" may appear, a word may not). */
function expectChineseOnly(message: string | undefined): void {
  expect(message).toMatch(CJK);
  expect(message).not.toMatch(/[A-Za-z]{3,}/);
}

function expectEnglishOnly(message: string | undefined): void {
  expect(message).toMatch(/[A-Za-z]{3,}/);
  expect(message).not.toMatch(CJK);
}

type Union = {
  __typename: string;
  message?: string;
  article?: string;
  code?: string;
  fieldErrors?: { path: string[]; message: string }[];
};
const ERR =
  '__typename ... on Error { message } ... on RuleViolationError { article code } ... on ValidationError { fieldErrors { path message } }';
const CREATE_ROUND = `mutation ($input: CreateRoundInput!) { createRound(input: $input) { ${ERR} } }`;
const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on ValidationError { message fieldErrors { path message } } } }`;

describe('a refusal reads in one language', () => {
  it('a rule of the measures (Art. 10): Chinese by default, English when asked', async () => {
    const input = {
      year: 2035,
      sequence: 1,
      name: '倒序批次',
      opensOn: '2035-05-01',
      submissionDeadline: '2035-04-01',
      reviewEndsOn: '2035-06-01',
    };
    const zh = (await clients.zh.admin.request<{ createRound: Union }>(CREATE_ROUND, { input })).data?.createRound;
    const en = (await clients.en.admin.request<{ createRound: Union }>(CREATE_ROUND, { input })).data?.createRound;
    expect(zh).toMatchObject({ __typename: 'RuleViolationError', article: 'Art. 10', code: 'DATES_OUT_OF_ORDER' });
    expect(en).toMatchObject({ __typename: 'RuleViolationError', article: 'Art. 10', code: 'DATES_OUT_OF_ORDER' });
    expect(zh?.message).toMatch(/^第十条：/);
    expectChineseOnly(zh?.message);
    expect(en?.message).toMatch(/^Art\. 10: /);
    expectEnglishOnly(en?.message);
  });

  it('a validation message written at the rule, without naming the input path in Chinese', async () => {
    const input = {
      year: 2035,
      sequence: 2,
      name: '   ',
      opensOn: '2035-08-01',
      submissionDeadline: '2035-09-01',
      reviewEndsOn: '2035-10-01',
    };
    const zh = (await clients.zh.admin.request<{ createRound: Union }>(CREATE_ROUND, { input })).data?.createRound;
    const en = (await clients.en.admin.request<{ createRound: Union }>(CREATE_ROUND, { input })).data?.createRound;
    expect(zh).toMatchObject({
      __typename: 'ValidationError',
      message: '输入有误：请填写批次名称',
      fieldErrors: [{ path: ['input', 'name'], message: '请填写批次名称' }],
    });
    expect(en).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'name'], message: 'the round needs a name' }],
    });
    expectEnglishOnly(en?.message);
  });

  it("zod's own message (a length limit without a message of its own)", async () => {
    const input = { name: 'x'.repeat(81), expiresInDays: 30 };
    const zh = (await clients.zh.admin.request<{ createApiToken: Union }>(CREATE_TOKEN, { input })).data
      ?.createApiToken;
    const en = (await clients.en.admin.request<{ createApiToken: Union }>(CREATE_TOKEN, { input })).data
      ?.createApiToken;
    expect(zh?.fieldErrors?.[0]?.message).toBe('最多80个字');
    expectChineseOnly(zh?.message);
    expect(en?.fieldErrors?.[0]?.message).toBe('must have at most 80 characters');
    expectEnglishOnly(en?.message);
  });

  it('a top-level FORBIDDEN from the scopes, and from a resolver', async () => {
    for (const [query, who] of [
      ['{ spotChecks { id } }', 'member'],
      ['{ membershipRequests { id } }', 'unit'],
    ] as const) {
      const zh = await clients.zh[who].request(query);
      const en = await clients.en[who].request(query);
      expect(zh.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(en.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expectChineseOnly(zh.errors?.[0]?.message);
      expectEnglishOnly(en.errors?.[0]?.message);
    }
  });

  it('sign-in required, and an ID that identifies nothing', async () => {
    for (const [query, code, client] of [
      ['{ spotChecks { id } }', 'UNAUTHENTICATED', 'anonymous'],
      ['{ application(id: "garbage") { id } }', 'NOT_FOUND', 'admin'],
    ] as const) {
      const zh = await clients.zh[client].request(query);
      const en = await clients.en[client].request(query);
      expect(zh.errors?.[0]?.extensions?.code, query).toBe(code);
      expect(en.errors?.[0]?.extensions?.code, query).toBe(code);
      expectChineseOnly(zh.errors?.[0]?.message);
      expectEnglishOnly(en.errors?.[0]?.message);
    }
  });

  it("an HTTP route's JSON failure: message in the caller's language, messageEn in English", async () => {
    const get = async (headers: Record<string, string>) => {
      const response = await fetch(`${server.url}/api/certificates/SME-2099-9999.pdf`, { headers });
      expect(response.status).toBe(401);
      return (await response.json()) as { message: string; messageEn: string };
    };
    const zh = await get({});
    const en = await get({ 'accept-language': 'en-GB,en;q=0.9' });
    expectChineseOnly(zh.message);
    expectEnglishOnly(en.message);
    expect(zh.messageEn).toBe(en.message);

    const upload = async (headers: Record<string, string>) => {
      const response = await fetch(`${server.url}/api/applications/x/materials/BUSINESS_LICENCE`, {
        method: 'POST',
        headers,
      });
      expect(response.status).toBe(400);
      return (await response.json()) as { error: string; message: string };
    };
    const refusedZh = await upload({});
    const refusedEn = await upload({ 'accept-language': 'en' });
    expect(refusedZh.error).toBe('PREFLIGHT_REQUIRED');
    expect(refusedZh.message).toMatch(CJK);
    expect(refusedEn.message).not.toMatch(CJK);
  });
});

describe('a notice in the bell reads in one language', () => {
  it("an administrator reads a membership request's notice in Chinese, or in English when asked", async () => {
    const first17 = '91330100MA2K00001';
    const applicant = new GraphQLClient(server.url);
    const registered = await applicant.request<{ registerOrganisation: { __typename: string } }>(
      'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { __typename } }',
      {
        input: {
          organisationName: '语言测试服务中心',
          creditCode: `${first17}${creditCodeCheckCharacter(first17)}`,
          contactName: '李明',
          contactPhone: '0571-88886666',
          email: 'language-test@example.com',
          password: 'language-test-1',
        },
      },
    );
    expect(registered.data?.registerOrganisation.__typename).toBe('RegisterOrganisationSuccess');
    const applied = await applicant.request<{ applyForMembership: { __typename: string } }>(
      'mutation { applyForMembership(input: {}) { __typename } }',
    );
    expect(applied.data?.applyForMembership.__typename).toBe('ApplyForMembershipSuccess');

    type Bell = { myNotifications: { kind: string; title: string; body: string }[] };
    const noticeOf = async (client: GraphQLClient) =>
      (await client.request<Bell>('{ myNotifications { kind title body } }')).data?.myNotifications.find(
        (n) => n.kind === 'membership.request' && n.title.includes('语言测试服务中心'),
      );
    const zh = await noticeOf(clients.zh.admin);
    const en = await noticeOf(clients.en.admin);
    expect(zh?.title).toBe('语言测试服务中心申请入会，待审核');
    expect(en?.title).toBe('语言测试服务中心 applied for membership');
    expect(en?.body).toBe('语言测试服务中心 applied for membership');
  });
});
