import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../pdf/extract-text.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

// The printable forms of Art. 7(1) and 7(8) (打印盖章后上传): generated from the declared facts,
// carrying their fingerprint, for the applicant and staff who may see the application only.

let server: TestServer;
let member: GraphQLClient;
let applicationId: string;

const SAVE = `mutation ($input: SaveApplicationFactsInput!) { saveApplicationFacts(input: $input) {
  __typename ... on SaveApplicationFactsSuccess { data { version factsFingerprint } } } }`;
const READ = `query ($id: ID!) { application(id: $id) { version factsFingerprint organisation { name creditCode } } }`;

type Read = {
  application: { version: number; factsFingerprint: string | null; organisation: { name: string; creditCode: string } };
};

async function form(client: GraphQLClient | null, file: string) {
  const response = await fetch(`${server.url}/api/applications/${applicationId}/forms/${file}`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes };
}

async function textOf(bytes: Buffer): Promise<string> {
  // pdfjs splits runs of text; what a reader sees is the same with the breaks removed
  return (await extractPdfText(bytes)).join('\n').replace(/\s+/g, '');
}

async function saveFacts(facts: Record<string, unknown>): Promise<string> {
  const read = await member.request<Read>(READ, { id: applicationId });
  const saved = await member.request<{
    saveApplicationFacts: { __typename: string; data?: { factsFingerprint: string } };
  }>(SAVE, {
    input: { applicationId, version: read.data?.application.version, facts },
  });
  expect(saved.data?.saveApplicationFacts.__typename).toBe('SaveApplicationFactsSuccess');
  return saved.data?.saveApplicationFacts.data?.factsFingerprint ?? '';
}

beforeAll(async () => {
  server = await startTestServer();
  member = await signedInClient(server.url, 'member@example.com');
  const rounds = await member.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
  const created = await member.request<{ createDraftApplication: { data: { id: string } } }>(
    'mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) { ... on CreateDraftApplicationSuccess { data { id } } } }',
    { input: { roundId: rounds.data?.openRounds[0]?.id, functions: ['TRAINING'] } },
  );
  applicationId = created.data?.createDraftApplication.data.id ?? '';
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('printable forms of an application (Art. 7(1), 7(8))', () => {
  it('are refused until the facts are first saved: there is nothing to print', async () => {
    const { response } = await form(member, 'application-form.pdf');
    expect(response.status).toBe(409);
  });

  it('print the organisation and the fingerprint of the declared facts, and a new fingerprint once the facts change', async () => {
    const fingerprint = await saveFacts({
      serviceStaff: 40,
      qualifiedStaff: 33,
      totalAssetsYuan: 5_200_000,
      independentLegalPerson: true,
      functions: [{ function: 'TRAINING', trainingQualification: true, traineesPerYear: 2600 }],
    });
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const read = await member.request<Read>(READ, { id: applicationId });
    const organisation = read.data?.application.organisation;
    expect(read.data?.application.factsFingerprint).toBe(fingerprint);

    const formPdf = await form(member, 'application-form.pdf');
    expect(formPdf.response.status).toBe(200);
    expect(formPdf.response.headers.get('content-type')).toBe('application/pdf');
    expect(formPdf.response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(formPdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const formText = await textOf(formPdf.bytes);
    expect(formText).toContain(organisation?.name);
    expect(formText).toContain(organisation?.creditCode);
    expect(formText).toContain(fingerprint);
    expect(formText).toContain('培训服务');
    expect(formText).toContain('520万元'); // 5,200,000 yuan declared, printed in 万元

    const declaration = await form(member, 'declaration.pdf');
    expect(declaration.response.status).toBe(200);
    const declarationText = await textOf(declaration.bytes);
    expect(declarationText).toContain('真实性声明');
    // addressed to the association by its configured name (Art. 7(8))
    expect(declarationText).toContain('中国中小企业国际合作协会：');
    expect(formText).toContain('受理单位：中国中小企业国际合作协会');
    expect(declarationText).toContain(organisation?.name);
    expect(declarationText).toContain(fingerprint);

    // the reviewer compares the sealed copy with the system: changed facts, another fingerprint
    const changed = await saveFacts({ serviceStaff: 41 });
    expect(changed).not.toBe(fingerprint);
    const reprinted = await textOf((await form(member, 'application-form.pdf')).bytes);
    expect(reprinted).toContain(changed);
    expect(reprinted).not.toContain(fingerprint);
  }, 120_000);

  it('are for the applicant and staff who may see the application: another member gets 404, signed out 401', async () => {
    const other = await signedInClient(server.url, 'holder@example.com');
    expect((await form(other, 'application-form.pdf')).response.status).toBe(404);
    expect((await form(other, 'declaration.pdf')).response.status).toBe(404);
    expect((await form(null, 'declaration.pdf')).response.status).toBe(401);

    // A draft is its applicant's alone: administrators see that it exists, not its forms.
    const admin = await signedInClient(server.url, 'admin@example.com');
    expect((await form(admin, 'declaration.pdf')).response.status).toBe(404);
    expect((await form(member, 'unknown.pdf')).response.status).toBe(404);
  }, 120_000);
});
