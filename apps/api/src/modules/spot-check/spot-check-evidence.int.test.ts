// Art. 13: the holder answers an evidence request with text and uploads; the holder's members
// and administrators read the files, nobody else (not analysts, who see the checks).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of } from '../../storage/index.js';
import { samplePdf, samplePng, sampleText } from '../../testing/sample-files.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
let holder: GraphQLClient;
let spotCheckId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  holder = await signedInClient(server.url, 'holder@example.com');
  // A check of the holder's title with evidence requested, in a campaign of its own.
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
  const title = await server.db.prisma.accreditation.findFirstOrThrow({
    where: { organisationId: user.organisationId!, revocation: null },
  });
  const campaign = await server.db.prisma.spotCheckCampaign.create({
    data: {
      name: '材料上传测试',
      year: 2026,
      seed: 'evidence-test',
      sampleSize: 1,
      populationSize: 1,
      drawnById: (await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } })).id,
    },
  });
  const check = await server.db.prisma.spotCheck.create({
    data: {
      campaignId: campaign.id,
      accreditationId: title.id,
      position: 0,
      status: 'EVIDENCE_REQUESTED',
      evidenceRequest: '请提交近一年服务台账',
      evidenceRequestedAt: new Date(),
    },
  });
  spotCheckId = encodeGlobalID('SpotCheck', check.id);
}, 180_000);
afterAll(async () => {
  await server?.close();
});

async function upload(client: GraphQLClient | null, file: Buffer, name: string, type: string, id = spotCheckId) {
  const form = new FormData();
  form.append('file', new Blob([file], { type }), name);
  const response = await fetch(`${server.url}/api/spot-checks/${encodeURIComponent(id)}/evidence`, {
    method: 'POST',
    headers: { 'apollo-require-preflight': 'true', ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}) },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as {
      id?: string;
      fileName?: string;
      sha256?: string;
      error?: string;
    } | null,
  };
}
async function download(client: GraphQLClient | null, url: string) {
  const response = await fetch(`${server.url}${url}`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

const FILES = `query ($id: ID!) { spotCheck(id: $id) { status evidenceFiles { id fileName contentType sizeBytes sha256 uploadedBy downloadUrl } } }`;
type Files = {
  spotCheck: {
    status: string;
    evidenceFiles: {
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      sha256: string;
      uploadedBy: string;
      downloadUrl: string;
    }[];
  } | null;
};
const REMOVE = `mutation ($input: RemoveSpotCheckEvidenceInput!) { removeSpotCheckEvidence(input: $input) { __typename ... on RemoveSpotCheckEvidenceSuccess { data { evidenceFiles { fileName } } } ... on RuleViolationError { code article } ... on NotFoundError { message } } }`;

describe('spot-check evidence uploads (Art. 13)', () => {
  let url = '';

  it('the holder uploads files with its answer; the holder and administrators list and download them; each upload is audited', async () => {
    const pdf = samplePdf('ledger');
    const first = await upload(holder, pdf, '服务台账.pdf', 'application/pdf');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ fileName: '服务台账.pdf', sha256: sha256Of(pdf) });
    expect((await upload(holder, samplePng(), '现场.png', 'image/png')).status).toBe(201);
    const answered = await holder.request<{ respondToSpotCheck: { __typename: string } }>(
      `mutation ($input: RespondToSpotCheckInput!) { respondToSpotCheck(input: $input) { __typename } }`,
      { input: { spotCheckId, response: '已上传服务台账和现场照片。' } },
    );
    expect(answered.data?.respondToSpotCheck.__typename).toBe('RespondToSpotCheckSuccess');

    for (const reader of [holder, admin]) {
      const listed = await reader.request<Files>(FILES, { id: spotCheckId });
      expect(
        listed.data?.spotCheck?.evidenceFiles.map((f) => f.fileName),
        JSON.stringify(listed),
      ).toEqual(['服务台账.pdf', '现场.png']);
    }
    const listed = await admin.request<Files>(FILES, { id: spotCheckId });
    url = listed.data!.spotCheck!.evidenceFiles[0]!.downloadUrl;
    expect((await download(admin, url)).bytes).toEqual(pdf);
    expect((await download(holder, url)).bytes).toEqual(pdf);
    expect(await server.db.prisma.auditEvent.count({ where: { action: 'spotCheck.evidence.upload' } })).toBe(2);
  });

  it('nobody else reads them: signed out 401; analysts, unit staff, reviewers and other members 404 and no list', async () => {
    expect((await download(null, url)).status).toBe(401);
    for (const email of ['analyst@example.com', 'unit@example.com', 'reviewer@example.com', 'member@example.com']) {
      const other = await signedInClient(server.url, email);
      expect((await download(other, url)).status, email).toBe(404);
      const listed = await other.request<Files>(FILES, { id: spotCheckId });
      expect(listed.data?.spotCheck?.evidenceFiles ?? null, email).toBeNull();
    }
    // Nor may another member upload to this check.
    const other = await signedInClient(server.url, 'member@example.com');
    expect((await upload(other, samplePdf(), 'x.pdf', 'application/pdf')).status).toBe(404);
    expect((await upload(admin, samplePdf(), 'x.pdf', 'application/pdf')).status).toBe(409);
  });

  it('refuses a file whose content is not PDF, JPEG or PNG, or does not match its declared type', async () => {
    expect((await upload(holder, sampleText(), 'ledger.pdf', 'application/pdf')).status).toBe(415);
    expect((await upload(holder, samplePdf(), 'ledger.png', 'image/png')).status).toBe(415);
  });

  it('the holder removes a file while it may answer; after the result nothing changes', async () => {
    const files = (await holder.request<Files>(FILES, { id: spotCheckId })).data!.spotCheck!.evidenceFiles;
    const removed = await holder.request<{
      removeSpotCheckEvidence: { __typename: string; data: { evidenceFiles: { fileName: string }[] } };
    }>(REMOVE, { input: { fileId: files[1]!.id } });
    expect(removed.data?.removeSpotCheckEvidence).toMatchObject({
      __typename: 'RemoveSpotCheckEvidenceSuccess',
      data: { evidenceFiles: [{ fileName: '服务台账.pdf' }] },
    });
    expect((await download(admin, files[1]!.downloadUrl)).status).toBe(404);
    expect(await server.db.prisma.auditEvent.count({ where: { action: 'spotCheck.evidence.remove' } })).toBe(1);

    const recorded = await admin.request<{ recordSpotCheckResult: { __typename: string } }>(
      `mutation ($input: RecordSpotCheckResultInput!) { recordSpotCheckResult(input: $input) { __typename } }`,
      { input: { spotCheckId, passed: true, findings: '材料齐全' } },
    );
    expect(recorded.data?.recordSpotCheckResult.__typename).toBe('RecordSpotCheckResultSuccess');
    expect((await upload(holder, samplePdf('late'), 'late.pdf', 'application/pdf')).status).toBe(409);
    const late = await holder.request<{ removeSpotCheckEvidence: { __typename: string; code: string } }>(REMOVE, {
      input: { fileId: files[0]!.id },
    });
    expect(late.data?.removeSpotCheckEvidence).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'NOT_ANSWERABLE',
    });
    expect((await download(admin, files[0]!.downloadUrl)).status).toBe(200);
  });
});
