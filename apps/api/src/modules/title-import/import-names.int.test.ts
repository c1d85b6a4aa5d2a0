// Imported titles' organisation names follow the rule for names (@sme/domain normaliseName):
// stored in NFKC, a row whose name holds a format character or nothing visible is reported by
// row and field, and nothing of the file is imported.
import { creditCodeCheckCharacter } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const IMPORT = `mutation ($input: ImportAccreditationsInput!) { importAccreditations(input: $input) {
  __typename
  ... on ImportAccreditationsSuccess { data { certificateNumber organisationName } }
  ... on ImportRowsError { problems { row field message } }
} }`;
type Answer = {
  importAccreditations: {
    __typename: string;
    data?: { organisationName: string }[];
    problems?: { row: number; field: string; message: string }[];
  };
};

let serial = 0;
function row(organisationName: string) {
  serial += 1;
  const first17 = `91330100MA3${String(serial).padStart(6, '0')}`;
  return {
    organisationName,
    creditCode: first17 + creditCodeCheckCharacter(first17),
    functions: ['TRAINING'],
    awardedOn: '2019-09-10',
  };
}

describe('organisation names of imported titles', () => {
  it('reports a name with a format character or nothing visible, and imports nothing', async () => {
    const before = await server.db.prisma.accreditation.count();
    const result = await admin.request<Answer>(IMPORT, {
      input: { rows: [row('正常名称示范平台'), row('名称\u202E示范平台'), row('\u3000 ')] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.importAccreditations.__typename).toBe('ImportRowsError');
    expect(result.data?.importAccreditations.problems).toEqual([
      {
        row: 2,
        field: 'organisationName',
        message: '机构名称含有不可见的格式或控制字符（U+202E）。',
      },
      { row: 3, field: 'organisationName', message: '机构名称不能为空。' },
    ]);
    expect(await server.db.prisma.accreditation.count()).toBe(before);
  });

  it('stores the name in NFKC', async () => {
    const result = await admin.request<Answer>(IMPORT, { input: { rows: [row('ＮＦＫＣ示范平台')] } });
    expect(result.data?.importAccreditations).toMatchObject({
      __typename: 'ImportAccreditationsSuccess',
      data: [{ organisationName: 'NFKC示范平台' }],
    });
  });
});
