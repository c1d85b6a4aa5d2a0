import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server.js';
import { diskFileStore, s3FileStore, sha256Of, type FileStore } from '../../storage/index.js';
import { samplePdf, samplePng, sampleText } from '../../testing/sample-files.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let filesDir: string;
let member: GraphQLClient;
let applicationId: string;

const CREATE = `mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) {
  __typename ... on CreateDraftApplicationSuccess { data { id } } } }`;
const MATERIALS = `query ($id: ID!) { application(id: $id) { missingMaterials materials { kind required current { id fileName contentType sizeBytes sha256 } versions { id version } } } }`;

async function upload(
  baseUrl: string,
  client: GraphQLClient | null,
  appId: string,
  kind: string,
  file: Buffer | null,
  name = 'file.pdf',
  type = 'application/pdf',
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  if (file) form.append('file', new Blob([file], { type }), name);
  else form.append('note', 'no file here');
  const response = await fetch(`${baseUrl}/api/applications/${appId}/materials/${kind}`, {
    method: 'POST',
    headers: {
      'apollo-require-preflight': 'true',
      ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}),
      ...headers,
    },
    body: form,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

async function download(baseUrl: string, client: GraphQLClient | null, id: string) {
  const response = await fetch(`${baseUrl}/api/materials/${id}`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'sme-materials-test-'));
  server = await startTestServer({ server: { fileStore: diskFileStore(filesDir) } });
  member = await signedInClient(server.url, 'member@example.com');
  const rounds = await member.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
  const created = await member.request<{ createDraftApplication: { data: { id: string } } }>(CREATE, {
    input: { roundId: rounds.data?.openRounds[0]?.id, functions: ['TRAINING'] },
  });
  applicationId = created.data?.createDraftApplication.data.id ?? '';
});
afterAll(async () => {
  await server?.close();
  await rm(filesDir, { recursive: true, force: true });
});

describe('materials over HTTP (Art. 7), files on local disk', () => {
  it('stores a PDF content-addressed on disk, answers 201 with its fingerprint, and serves it back as an attachment', async () => {
    const pdf = samplePdf('licence');
    const result = await upload(
      server.url,
      member,
      applicationId,
      'LEGAL_PERSON_CERTIFICATE',
      pdf,
      '../../etc/营业执照 副本.pdf',
    );
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      kind: 'LEGAL_PERSON_CERTIFICATE',
      fileName: '营业执照 副本.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256Of(pdf),
    });
    const sha = sha256Of(pdf);
    expect(await readFile(join(filesDir, 'sha256', sha.slice(0, 2), sha.slice(2, 4), sha))).toEqual(pdf);

    const { response, bytes } = await download(server.url, member, String(result.body?.id));
    expect(response.status).toBe(200);
    expect(bytes).toEqual(pdf);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('营业执照 副本.pdf'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await server.db.prisma.auditEvent.count({ where: { action: 'material.upload' } })).toBe(1);
  });

  it('keeps every version: a second upload becomes current and the first stays listed', async () => {
    const png = samplePng();
    const second = await upload(
      server.url,
      member,
      applicationId,
      'LEGAL_PERSON_CERTIFICATE',
      png,
      'scan.png',
      'image/png',
    );
    expect(second.status).toBe(201);
    expect(second.body?.contentType).toBe('image/png');
    const read = await member.request<{
      application: {
        missingMaterials: string[];
        materials: {
          kind: string;
          required: boolean;
          current: { id: string; sha256: string } | null;
          versions: { version: number }[];
        }[];
      };
    }>(MATERIALS, { id: applicationId });
    const licence = read.data?.application.materials.find((m) => m.kind === 'LEGAL_PERSON_CERTIFICATE');
    expect(licence?.current?.sha256).toBe(sha256Of(png));
    expect(licence?.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(read.data?.application.materials).toHaveLength(8);
    expect(read.data?.application.missingMaterials).not.toContain('LEGAL_PERSON_CERTIFICATE');
    expect(read.data?.application.missingMaterials).toContain('AUDIT_REPORT');
  });

  it('takes eight uploads of one kind at once as one document with eight versions, each answered 201', async () => {
    const files = Array.from({ length: 8 }, (_, i) => samplePdf(`premises ${i}`));
    const results = await Promise.all(
      files.map((file, i) => upload(server.url, member, applicationId, 'PREMISES_PROOF', file, `lease-${i}.pdf`)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const rawApplicationId = Buffer.from(applicationId, 'base64').toString().split(':')[1] ?? '';
    const documents = await server.db.prisma.material.findMany({
      where: { applicationId: rawApplicationId, kind: 5, removedAt: null },
      include: { versions: true },
    });
    expect(documents).toHaveLength(1);
    expect(documents[0]?.versions.map((v) => v.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(documents[0]?.versions.filter((v) => v.supersededAt === null)).toHaveLength(1);
  });

  it('holds several documents of a kind (?document=new), each with its own versions (?document=<id>)', async () => {
    const DOCS = `query ($id: ID!) { application(id: $id) { materials { kind current { sha256 } versions { id } documents { id current { fileName sha256 } versions { version } } } } }`;
    type Docs = {
      application: {
        materials: {
          kind: string;
          current: { sha256: string } | null;
          versions: { id: string }[];
          documents: {
            id: string;
            current: { fileName: string; sha256: string } | null;
            versions: { version: number }[];
          }[];
        }[];
      };
    };
    const notice = samplePdf('notice');
    const photo = samplePng();
    const first = await upload(
      server.url,
      member,
      applicationId,
      'SERVICE_EVIDENCE?document=new',
      notice,
      '活动通知.pdf',
    );
    const second = await upload(
      server.url,
      member,
      applicationId,
      'SERVICE_EVIDENCE?document=new',
      photo,
      '活动照片.png',
      'image/png',
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body?.documentId).not.toBe(second.body?.documentId);

    const summary = samplePdf('summary v2');
    const again = await upload(
      server.url,
      member,
      applicationId,
      `SERVICE_EVIDENCE?document=${encodeURIComponent(String(first.body?.documentId))}`,
      summary,
      '活动通知-修订.pdf',
    );
    expect(again.status).toBe(201);
    expect(again.body?.documentId).toBe(first.body?.documentId);

    const read = await member.request<Docs>(DOCS, { id: applicationId });
    const evidence = read.data?.application.materials.find((m) => m.kind === 'SERVICE_EVIDENCE');
    expect(evidence?.documents.map((d) => [d.current?.fileName, d.versions.map((v) => v.version)])).toEqual([
      ['活动通知-修订.pdf', [2, 1]],
      ['活动照片.png', [1]],
    ]);
    expect(evidence?.versions).toHaveLength(3);
    expect(evidence?.current?.sha256).toBe(sha256Of(summary));

    // a document of another kind, or of another application, is not found
    const licence =
      read.data?.application.materials.find((m) => m.kind === 'LEGAL_PERSON_CERTIFICATE')?.documents[0]?.id ?? '';
    expect(
      (
        await upload(
          server.url,
          member,
          applicationId,
          `SERVICE_EVIDENCE?document=${encodeURIComponent(licence)}`,
          summary,
        )
      ).status,
    ).toBe(404);
    expect(
      (await upload(server.url, member, applicationId, 'SERVICE_EVIDENCE?document=nonsense', summary)).status,
    ).toBe(404);
  });

  it('refuses a text file named .pdf (415), an oversized file before storing it (413), and a request with no file (400)', async () => {
    const before = await server.db.prisma.materialVersion.count();
    const text = await upload(
      server.url,
      member,
      applicationId,
      'AUDIT_REPORT',
      sampleText(),
      'audit.pdf',
      'application/pdf',
    );
    expect(text.status).toBe(415);
    const big = Buffer.concat([samplePdf('big'), Buffer.alloc(20 * 1024 * 1024 + 1)]);
    const oversized = await upload(server.url, member, applicationId, 'AUDIT_REPORT', big, 'big.pdf');
    expect(oversized.status).toBe(413);
    const none = await upload(server.url, member, applicationId, 'AUDIT_REPORT', null);
    expect(none.status).toBe(400);
    expect(await server.db.prisma.materialVersion.count()).toBe(before);
    const sha = sha256Of(big);
    await expect(readFile(join(filesDir, 'sha256', sha.slice(0, 2), sha.slice(2, 4), sha))).rejects.toThrow();
  });

  it('answers 401 signed out, 404 for another organisation, 409 when not editable, and 400 without the preflight header', async () => {
    const pdf = samplePdf('x');
    expect((await upload(server.url, null, applicationId, 'AUDIT_REPORT', pdf)).status).toBe(401);
    const other = await server.db.prisma.application.findFirstOrThrow({
      where: { organisation: { users: { none: { email: 'member@example.com' } } } },
    });
    const otherId = Buffer.from(`Application:${other.id}`).toString('base64');
    expect((await upload(server.url, member, otherId, 'AUDIT_REPORT', pdf)).status).toBe(404);
    expect(
      (
        await upload(server.url, member, applicationId, 'AUDIT_REPORT', pdf, 'a.pdf', 'application/pdf', {
          'apollo-require-preflight': 'false',
        })
      ).status,
    ).toBe(400);

    const ownId = Buffer.from(applicationId, 'base64').toString().split(':')[1] ?? '';
    await server.db.prisma.application.update({ where: { id: ownId }, data: { status: 'SUBMITTED' } });
    expect((await upload(server.url, member, applicationId, 'AUDIT_REPORT', pdf)).status).toBe(409);
    await server.db.prisma.application.update({ where: { id: ownId }, data: { status: 'DRAFT' } });
  });

  it('serves a file to the recommending unit and administrators, and 404 to other units, unassigned reviewers and analysts', async () => {
    // A file this file's tests uploaded as the demo member (the demo data has other applications' files too).
    const version = await server.db.prisma.materialVersion.findFirstOrThrow({
      where: { uploadedBy: { email: 'member@example.com' } },
      orderBy: { uploadedAt: 'asc' },
    });
    const id = Buffer.from(`MaterialVersion:${version.id}`).toString('base64');
    const as = async (email: string) => {
      const client = await signedInClient(server.url, email);
      return (await download(server.url, client, id)).response.status;
    };
    // While the application is a draft, its files are its applicant's alone.
    expect(await as('member@example.com')).toBe(200);
    expect(await as('unit@example.com')).toBe(404);
    expect(await as('admin@example.com')).toBe(404);
    const material = await server.db.prisma.material.findUniqueOrThrow({ where: { id: version.materialId } });
    const before = await server.db.prisma.application.findUniqueOrThrow({ where: { id: material.applicationId } });
    await server.db.prisma.application.update({ where: { id: before.id }, data: { status: 'SUBMITTED' } });
    try {
      expect(await as('unit@example.com')).toBe(200); // 信息部 developed the demo member
      expect(await as('admin@example.com')).toBe(200);
      expect(await as('reviewer@example.com')).toBe(404);
      expect(await as('analyst@example.com')).toBe(404);
      expect((await download(server.url, null, id)).response.status).toBe(401);
    } finally {
      await server.db.prisma.application.update({ where: { id: before.id }, data: { status: before.status } });
    }
  });
});

describe('materials over HTTP against an S3-compatible server (s3rver)', () => {
  let s3: S3rver;
  let s3Dir: string;
  let store: FileStore;
  let s3App: Awaited<ReturnType<typeof buildServer>>;
  let s3Url: string;

  beforeAll(async () => {
    s3Dir = await mkdtemp(join(tmpdir(), 'sme-s3rver-'));
    s3 = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: s3Dir,
      configureBuckets: [{ name: 'materials', configs: [] }],
    });
    const address = await s3.run();
    store = s3FileStore({
      endpoint: `http://127.0.0.1:${address.port}`,
      bucket: 'materials',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });
    // A second API process on the same database, storing to the bucket.
    s3App = await buildServer({ databaseKind: server.db.kind, logLevel: 'warn', fileStore: store });
    await s3App.listen({ port: 0, host: '127.0.0.1' });
    const a = s3App.server.address();
    s3Url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(async () => {
    await s3App?.close();
    await s3?.close();
    await rm(s3Dir, { recursive: true, force: true });
  });

  it('uploads into the bucket under the content key and downloads the same bytes', async () => {
    const pdf = samplePdf('premises lease');
    const result = await upload(s3Url, member, applicationId, 'PREMISES_PROOF', pdf, '租赁合同.pdf');
    expect(result.status).toBe(201);
    const sha = sha256Of(pdf);
    expect(await store.get(`sha256/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`)).toEqual(pdf);
    const { response, bytes } = await download(s3Url, member, String(result.body?.id));
    expect(response.status).toBe(200);
    expect(bytes).toEqual(pdf);
    // The disk-backed process does not have it: the stores are really separate.
    expect((await download(server.url, member, String(result.body?.id))).response.status).toBe(404);
  });

  it('refuses content that is not PDF, JPEG or PNG before anything reaches the bucket', async () => {
    const text = sampleText();
    expect(
      (await upload(s3Url, member, applicationId, 'QUALIFICATIONS', text, 'licence.png', 'image/png')).status,
    ).toBe(415);
    const sha = sha256Of(text);
    expect(await store.get(`sha256/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`)).toBeNull();
  });
});
