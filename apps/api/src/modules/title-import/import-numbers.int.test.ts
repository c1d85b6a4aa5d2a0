// Certificate numbers of imported titles never collide with numbers already held, whether an
// earlier import gave them explicitly or the system generated them (PGlite, or PostgreSQL with
// DATABASE_URL).
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
  ... on ImportAccreditationsSuccess { data { certificateNumber } }
  ... on ImportRowsError { problems { row field message } }
} }`;

let serial = 0;
function row(certificateNumber: string | null) {
  serial += 1;
  const first17 = `91330100MA2${String(serial).padStart(6, '0')}`;
  return {
    organisationName: `历史示范平台${serial}`,
    creditCode: first17 + creditCodeCheckCharacter(first17),
    functions: ['TRAINING'],
    awardedOn: '2019-09-10',
    certificateNumber,
  };
}

async function importRows(rows: ReturnType<typeof row>[]) {
  const result = await admin.request<{
    importAccreditations: { __typename: string; data?: { certificateNumber: string }[]; problems?: unknown[] };
  }>(IMPORT, { input: { rows } });
  expect(result.errors).toBeUndefined();
  return result.data!.importAccreditations;
}

describe('certificate numbers of imported titles', () => {
  it('passes over numbers an earlier import gave explicitly, import after import', async () => {
    // An earlier import carried old numbers that happen to look like generated ones.
    const explicit = await importRows([row('LEGACY-2019-0001'), row('LEGACY-2019-0003')]);
    expect(explicit.__typename).toBe('ImportAccreditationsSuccess');
    const numbers = new Set(explicit.data!.map((a) => a.certificateNumber));
    for (let i = 0; i < 3; i++) {
      const generated = await importRows([row(null), row(null)]);
      expect(generated.__typename).toBe('ImportAccreditationsSuccess');
      for (const { certificateNumber } of generated.data!) {
        expect(certificateNumber).toMatch(/^LEGACY-2019-\d{4}$/);
        expect(numbers.has(certificateNumber)).toBe(false);
        numbers.add(certificateNumber);
      }
    }
    expect(numbers.size).toBe(8);
  });

  it('does not generate a number that a later row of the same import gives explicitly', async () => {
    const before = await server.db.prisma.accreditation.count({
      where: { certificateNumber: { startsWith: 'LEGACY-2019-' } },
    });
    const next = `LEGACY-2019-${String(before + 1).padStart(4, '0')}`;
    const result = await importRows([row(null), row(next)]);
    expect(result.__typename).toBe('ImportAccreditationsSuccess');
    const [generated, given] = result.data!.map((a) => a.certificateNumber);
    expect(given).toBe(next);
    expect(generated).not.toBe(next);
  });
});
