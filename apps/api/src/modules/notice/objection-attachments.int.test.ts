// Art. 8 objections with attachments, through HTTP, signed out: upload first (a claim token),
// then lodgeObjection claims the files. Administrators alone see and download them.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { addDays } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { sha256Of } from '../../storage/index.js';
import { samplePdf, samplePng, sampleText } from '../../testing/sample-files.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';
import { ATTACHMENT_UPLOADS_PER_ADDRESS_PER_HOUR } from './objection-attachments.js';

let server: TestServer;
let admin: GraphQLClient;
let anonymous: GraphQLClient;
const today = todayInShanghai();
let noticeId: string;
let applicationId: string;
let closedNoticeId: string;
let closedApplicationId: string;
const gid = (type: string, id: string) => encodeGlobalID(type, id);

async function publishedEntry(name: string, publishedOn: string, sequence: number) {
  const round = await server.db.prisma.round.create({
    data: {
      year: 2017,
      sequence,
      name: `2017年第${sequence}批（附件测试）`,
      opensOn: new Date('2017-01-01'),
      submissionDeadline: new Date('2017-02-01'),
      reviewEndsOn: new Date('2017-03-01'),
    },
  });
  const organisation = await server.db.prisma.organisation.create({
    data: { name, creditCode: `91440300ATT${String(sequence).padStart(6, '0')}X`, provinceCode: '440000' },
  });
  const app = await server.db.prisma.application.create({
    data: {
      roundId: round.id,
      organisationId: organisation.id,
      status: 'REVIEW_PASSED',
      eligibilitySnapshot: { eligible: true, qualifiedFunctions: ['TRAINING'], checks: [] },
      functions: { create: [{ function: 'TRAINING' }] },
    },
  });
  const published = await admin.request<{ publishNotice: { __typename: string; data: { id: string } } }>(
    `mutation ($input: PublishNoticeInput!) { publishNotice(input: $input) { __typename ... on PublishNoticeSuccess { data { id } } } }`,
    {
      input: {
        roundId: gid('Round', round.id),
        applicationIds: [gid('Application', app.id)],
        publishedOn,
        title: `${name}公示`,
        evidenceUrl: publishedOn < today ? 'https://www.example.org/notices/published' : null,
      },
    },
  );
  expect(published.data?.publishNotice.__typename, JSON.stringify(published)).toBe('PublishNoticeSuccess');
  return { noticeId: published.data!.publishNotice.data.id, applicationId: gid('Application', app.id) };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  anonymous = new GraphQLClient(server.url);
  ({ noticeId, applicationId } = await publishedEntry('附件测试服务机构有限公司', today, 1));
  ({ noticeId: closedNoticeId, applicationId: closedApplicationId } = await publishedEntry(
    '已结束公示服务机构有限公司',
    addDays(today, -30),
    2,
  ));
}, 180_000);
afterAll(async () => {
  await server?.close();
});

type UploadAnswer = {
  status: number;
  body: {
    id?: string;
    token?: string;
    fileName?: string;
    contentType?: string;
    sizeBytes?: number;
    sha256?: string;
    error?: string;
    message?: string;
  } | null;
};

async function upload(
  file: Buffer,
  name: string,
  type: string,
  target = { noticeId, applicationId },
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([file], { type }), name);
  const query = new URLSearchParams(target).toString();
  const response = await fetch(`${server.url}/api/objection-attachments?${query}`, {
    method: 'POST',
    headers: { 'apollo-require-preflight': 'true' },
    body: form,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as UploadAnswer['body'] };
}

async function download(client: GraphQLClient | null, url: string) {
  const response = await fetch(`${server.url}${url}`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  return { status: response.status, response, bytes: Buffer.from(await response.arrayBuffer()) };
}

const LODGE = `mutation ($input: LodgeObjectionInput!) { lodgeObjection(input: $input) {
  __typename
  ... on LodgeObjectionSuccess { data { receiptNumber attachmentCount } }
  ... on RuleViolationError { code article message }
  ... on ValidationError { fieldErrors { path message } }
} }`;
type Lodged = {
  lodgeObjection: { __typename: string; data?: { receiptNumber: string; attachmentCount: number }; code?: string };
};
const lodge = (attachmentTokens: string[]) =>
  anonymous.request<Lodged>(LODGE, {
    input: {
      noticeId,
      applicationId,
      name: '李娜',
      contact: 'lina@example.com',
      grounds: '该机构提交的服务合同与实际不符，附合同扫描件。',
      attachmentTokens,
    },
  });

const OBJECTIONS = `query ($id: ID!) { publicNotice(id: $id) { objections { receiptNumber attachments { id fileName contentType sizeBytes sha256 downloadUrl } } } }`;
type Listed = {
  publicNotice: {
    objections: {
      receiptNumber: string;
      attachments: {
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        sha256: string;
        downloadUrl: string;
      }[];
    }[];
  };
};

describe('objection attachments (Art. 8), signed out', () => {
  let downloadUrl = '';

  it('uploads a PDF and a PNG signed out, lodges them with the objection, and the administrator lists and downloads them', async () => {
    const pdf = samplePdf('contract');
    const png = samplePng();
    const first = await upload(pdf, '服务合同.pdf', 'application/pdf');
    const second = await upload(png, '现场照片.png', 'image/png');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      fileName: '服务合同.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256Of(pdf),
    });
    expect(second.status).toBe(201);

    const lodged = await lodge([first.body!.token!, second.body!.token!]);
    expect(lodged.data?.lodgeObjection, JSON.stringify(lodged)).toMatchObject({
      __typename: 'LodgeObjectionSuccess',
      data: { attachmentCount: 2 },
    });
    const receipt = lodged.data!.lodgeObjection.data!.receiptNumber;
    // The objector's receipt says how many files came in, without their contents.
    const looked = await anonymous.request<{ objectionReceipt: { attachmentCount: number } }>(
      'query ($n: String!) { objectionReceipt(receiptNumber: $n) { attachmentCount } }',
      { n: receipt },
    );
    expect(looked.data?.objectionReceipt.attachmentCount).toBe(2);

    const listed = await admin.request<Listed>(OBJECTIONS, { id: noticeId });
    const objection = listed.data?.publicNotice.objections.find((o) => o.receiptNumber === receipt);
    expect(objection?.attachments.map((a) => [a.fileName, a.contentType, a.sha256])).toEqual([
      ['服务合同.pdf', 'application/pdf', sha256Of(pdf)],
      ['现场照片.png', 'image/png', sha256Of(png)],
    ]);
    downloadUrl = objection!.attachments[0]!.downloadUrl;
    const got = await download(admin, downloadUrl);
    expect(got.status).toBe(200);
    expect(got.bytes).toEqual(pdf);
    expect(got.response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(got.response.headers.get('x-content-type-options')).toBe('nosniff');

    // Each upload is in the audit trail with its fingerprint, from an address and no account.
    const audits = await server.db.prisma.auditEvent.findMany({
      where: { action: 'objection.attachment.upload' },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audits.map((a) => (a.data as { sha256: string }).sha256)).toEqual(
      expect.arrayContaining([sha256Of(pdf), sha256Of(png)]),
    );
    expect(audits.every((a) => a.actorId === null && a.ip)).toBe(true);
  });

  it('is not downloadable signed out, nor by analysts, reviewers or unit staff, who cannot list it either', async () => {
    expect((await download(null, downloadUrl)).status).toBe(401);
    for (const email of ['analyst@example.com', 'reviewer@example.com', 'unit@example.com', 'member@example.com']) {
      const other = await signedInClient(server.url, email);
      const got = await download(other, downloadUrl);
      expect(got.status, email).toBe(404);
      expect(got.bytes.includes(Buffer.from('%PDF'))).toBe(false);
      const listed = await other.request<Listed>(OBJECTIONS, { id: noticeId });
      expect(listed.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
    }
  });

  it('keeps an upload nobody lodged out of reach, even of administrators', async () => {
    const pending = await upload(samplePdf('pending'), '未提交.pdf', 'application/pdf');
    expect(pending.status).toBe(201);
    expect((await download(admin, `/api/objection-attachments/${encodeURIComponent(pending.body!.id!)}`)).status).toBe(
      404,
    );
  });

  it('refuses by content and declared type: a text file named .pdf, a PNG declared as a PDF', async () => {
    const text = await upload(sampleText(), 'grounds.pdf', 'application/pdf');
    expect(text.status).toBe(415);
    expect(text.body?.error).toBe('UNSUPPORTED_FILE_TYPE');
    const relabelled = await upload(samplePng(), 'scan.pdf', 'application/pdf');
    expect(relabelled.status).toBe(415);
    expect(relabelled.body?.message).toContain('不符');
  });

  it('refuses a file over 10 MiB without keeping it', async () => {
    const big = Buffer.concat([samplePdf('big'), Buffer.alloc(10 * 1024 * 1024 + 10, 0x20)]);
    const before = await server.db.prisma.objectionAttachment.count();
    const answer = await upload(big, 'big.pdf', 'application/pdf');
    expect(answer.status).toBe(413);
    expect(await server.db.prisma.objectionAttachment.count()).toBe(before);
  });

  it('takes no files for a notice that is not running (NOTICE_NOT_RUNNING)', async () => {
    const answer = await upload(samplePdf(), 'late.pdf', 'application/pdf', {
      noticeId: closedNoticeId,
      applicationId: closedApplicationId,
    });
    expect(answer.status).toBe(409);
    expect(answer.body?.error).toBe('NOTICE_NOT_RUNNING');
  });

  it('refuses the whole objection when a token was used already or has lapsed, and lodges nothing', async () => {
    const used = await upload(samplePdf('once'), 'once.pdf', 'application/pdf');
    const ok = await lodge([used.body!.token!]);
    expect(ok.data?.lodgeObjection.__typename).toBe('LodgeObjectionSuccess');
    const objectionsBefore = await server.db.prisma.objection.count();
    const again = await lodge([used.body!.token!]);
    expect(again.data?.lodgeObjection).toMatchObject({ __typename: 'RuleViolationError', code: 'ATTACHMENT_EXPIRED' });

    const lapsing = await upload(samplePdf('lapse'), 'lapse.pdf', 'application/pdf');
    await server.db.prisma.objectionAttachment.updateMany({
      where: { id: { not: '' }, objectionId: null, fileName: 'lapse.pdf' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const lapsed = await lodge([lapsing.body!.token!]);
    expect(lapsed.data?.lodgeObjection).toMatchObject({ __typename: 'RuleViolationError', code: 'ATTACHMENT_EXPIRED' });
    expect(await server.db.prisma.objection.count()).toBe(objectionsBefore);
    expect(
      await server.db.prisma.objectionAttachment.count({
        where: { fileName: 'lapse.pdf', objectionId: { not: null } },
      }),
    ).toBe(0);
  });

  it('limits uploads per address per hour, like the objections themselves', async () => {
    const used = await server.db.prisma.objectionAttachment.count({ where: { uploadedFromIp: '127.0.0.1' } });
    const left = ATTACHMENT_UPLOADS_PER_ADDRESS_PER_HOUR - used;
    const outcomes = await Promise.all(
      Array.from({ length: left + 3 }, (_, i) =>
        upload(samplePdf(`flood${i}`), `flood${i}.pdf`, 'application/pdf').then((a) => a.status),
      ),
    );
    expect(outcomes.filter((s) => s === 201).length).toBe(left);
    expect(outcomes.filter((s) => s === 429).length).toBe(3);
  });
});
