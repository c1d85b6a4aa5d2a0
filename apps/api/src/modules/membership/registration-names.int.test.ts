// Names at registration: stored in NFKC, refused with a format character (a bidi control, a
// zero-width space) or with nothing visible — the ValidationError names the field — and an
// organisation name already registered, compared without invisible characters, is refused.
import { creditCodeCheckCharacter } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const REGISTER = `mutation ($input: RegisterOrganisationInput!) {
  registerOrganisation(input: $input) {
    __typename
    ... on RegisterOrganisationSuccess { data { name } }
    ... on RuleViolationError { article code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
type Answer = {
  registerOrganisation: {
    __typename: string;
    data?: { name: string };
    code?: string;
    article?: string;
    message?: string;
    fieldErrors?: { path: string[]; message: string }[];
  };
};

let serial = 0;
function code(): string {
  serial += 1;
  const first17 = `9111000010${String(7000000 + serial)}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

async function register(organisationName: string, contactName = '张三', locale?: string) {
  const client = new GraphQLClient(server.url, locale ? { 'accept-language': locale } : {});
  const result = await client.request<Answer>(REGISTER, {
    input: {
      organisationName,
      creditCode: code(),
      contactName,
      contactPhone: '010-12345678',
      email: `names-${serial}@example.org`,
      password: 'correct horse',
    },
  });
  return result.data!.registerOrganisation;
}

describe('names at registration', () => {
  it('stores the name in NFKC', async () => {
    const answer = await register('ＮＦＫＣ服务中心');
    expect(answer, JSON.stringify(answer)).toMatchObject({
      __typename: 'RegisterOrganisationSuccess',
      data: { name: 'NFKC服务中心' },
    });
  });

  it.each([
    ['a zero-width space', '名称测试公司\u200b'],
    ['a right-to-left override', '名称\u202E测试公司'],
    ['nothing but invisible characters', '\u200b\u200e\u2066'],
    ['nothing but a Hangul filler', '\u3164'],
  ])('refuses an organisation name with %s, naming the field', async (_what, name) => {
    const before = await server.db.prisma.organisation.count();
    const answer = await register(name);
    expect(answer.__typename).toBe('ValidationError');
    expect(answer.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['input.organisationName']);
    expect(await server.db.prisma.organisation.count()).toBe(before);
  });

  it('says which character, in the caller’s language', async () => {
    const zh = await register('名称测试公司\u200b');
    expect(zh.fieldErrors?.[0]?.message).toBe('机构名称含有不可见的格式或控制字符（U+200B），请删除后重试');
    const en = await register('名称测试公司\u200b', '张三', 'en');
    expect(en.fieldErrors?.[0]?.message).toBe(
      'the organisation name contains an invisible format or control character (U+200B); remove it',
    );
  });

  it("refuses a contact's display name made of bidi controls", async () => {
    const answer = await register('显示名测试公司', '\u202E\u202C');
    expect(answer.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['input.contactName']);
  });

  it('refuses a name already registered, compared without invisible characters or compatibility forms', async () => {
    // Registered before names were checked: with a zero-width space at its end.
    await server.db.prisma.organisation.create({ data: { name: '某某公司\u200b', creditCode: code() } });
    const answer = await register('某某公司');
    expect(answer).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'ORGANISATION_NAME_TAKEN',
      article: 'software',
    });
    expect((await register('某某 公司')).code).toBe('ORGANISATION_NAME_TAKEN');
    expect((await register('ＡＢＣ名称测试')).__typename).toBe('RegisterOrganisationSuccess');
    expect((await register('abc名称测试')).code).toBe('ORGANISATION_NAME_TAKEN');
    expect((await register('某某公司分公司')).__typename).toBe('RegisterOrganisationSuccess');
  });
});
