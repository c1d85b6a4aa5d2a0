// Validation messages name the field in words, in the caller's language, never by its input path:
// "截止日期须晚于今天" / "The due date must be after today", not "input.dueOn: …". A few mutations
// with rules written at the field and zod's own. PGlite or PostgreSQL (DATABASE_URL).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
const admin: Record<'zh' | 'en', GraphQLClient> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  for (const [lang, headers] of [
    ['zh', {}],
    ['en', { 'accept-language': 'en' }],
  ] as const) {
    admin[lang] = new GraphQLClient(server.url, headers);
    await admin[lang].login('admin@example.com');
  }
}, 180_000);
afterAll(async () => {
  await server?.close();
});

const VALIDATION = `__typename ... on ValidationError { message fieldErrors { path message } }`;
type Refusal = { __typename: string; message: string };

async function both(
  mutation: string,
  name: string,
  input: Record<string, unknown>,
): Promise<Record<'zh' | 'en', Refusal>> {
  const out = {} as Record<'zh' | 'en', Refusal>;
  for (const lang of ['zh', 'en'] as const) {
    const result = await admin[lang].request<Record<string, Refusal>>(mutation, { input });
    out[lang] = result.data![name]!;
    expect(out[lang].__typename, `${name} ${lang}`).toBe('ValidationError');
    expect(out[lang].message, `${name} ${lang}`).not.toMatch(/input\./);
  }
  return out;
}

describe('validation messages', () => {
  it('name the due date of an information request in words', async () => {
    const application = await server.db.prisma.application.findFirstOrThrow();
    const refused = await both(
      `mutation ($input: RequestMoreInformationInput!) { requestMoreInformation(input: $input) { ${VALIDATION} } }`,
      'requestMoreInformation',
      { applicationId: encodeGlobalID('Application', application.id), request: '请补充材料', dueOn: '2020-01-01' },
    );
    expect(refused.zh.message).toContain('截止日期须晚于今天');
    expect(refused.en.message).toContain('The due date must be after today');
  });

  it("name the field of zod's own rule (a length limit) and of a rule written at the field", async () => {
    const token = await both(
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { ${VALIDATION} } }`,
      'createApiToken',
      { name: 'x'.repeat(81), expiresInDays: 30 },
    );
    expect(token.zh.message).toBe('输入有误：名称最多80个字');
    expect(token.en.message).toBe('Invalid input: The name must have at most 80 characters');
    const round = await both(
      `mutation ($input: CreateRoundInput!) { createRound(input: $input) { ${VALIDATION} } }`,
      'createRound',
      {
        year: 2035,
        sequence: 3,
        name: '   ',
        opensOn: '2035-08-01',
        submissionDeadline: '2035-09-01',
        reviewEndsOn: '2035-10-01',
      },
    );
    expect(round.zh.message).toBe('输入有误：请填写批次名称');
    expect(round.en.message).not.toMatch(/name:/);
  });
});
