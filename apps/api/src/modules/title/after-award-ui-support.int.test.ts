// What the console and portal pages after the award rely on beyond the contract: the import template
// and the file preview, the national recommendation export, why a title cannot be renewed, and the
// e-mail outbox with its .eml copies (the console's mail page).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { setMailSettings } from '../../jobs/mail-settings.js';
import { createMailer } from '../../jobs/mailer.js';
import { processOutbox } from '../../jobs/outbox.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
let holder: GraphQLClient;
const year = Number(todayInShanghai().slice(0, 4));

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  holder = await signedInClient(server.url, 'holder@example.com');
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const headers = (client: GraphQLClient) => ({ cookie: client.sessionCookie ?? '', 'apollo-require-preflight': 'true' });

async function parse(client: GraphQLClient, bytes: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${server.url}/api/imports/accreditations/parse`, {
    method: 'POST',
    headers: headers(client),
    body: form,
  });
}

type Parsed = {
  rows: {
    line: number;
    organisationName: string;
    creditCode: string;
    functions: string[];
    awardedOn: string;
    certificateNumber: string | null;
  }[];
  problems: { line: number; field: string; message: { zhCN: string } }[];
};

describe('legacy import files', () => {
  it('gives administrators the template with Chinese headers, and no one else', async () => {
    const xlsx = await fetch(`${server.url}/api/imports/accreditations/template.xlsx`, { headers: headers(admin) });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([
      undefined,
      '机构名称',
      '统一社会信用代码',
      '服务功能',
      '认定日期',
      '证书编号',
    ]);
    const csv = await fetch(`${server.url}/api/imports/accreditations/template.csv`, { headers: headers(admin) });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe(
      '机构名称,统一社会信用代码,服务功能,认定日期,证书编号',
    );
    expect(
      (await fetch(`${server.url}/api/imports/accreditations/template.xlsx`, { headers: headers(holder) })).status,
    ).toBe(404);
    expect((await fetch(`${server.url}/api/imports/accreditations/template.xlsx`)).status).toBe(401);
  });

  it('reads an uploaded CSV into rows with their lines; the dry run then reports the database problems and imports nothing', async () => {
    const csv = [
      '机构名称,统一社会信用代码,服务功能,认定日期,证书编号',
      `青岛蓝谷服务中心,12330100MB0A000174,信息服务、技术服务,${year - 1}-04-01,QD-2001`,
      `烟台服务中心,91330100MA2B000886,咨询服务,${year - 1}-04-02,QD-2001`,
    ].join('\n');
    const response = await parse(admin, Buffer.from(csv), 'titles.csv');
    expect(response.status).toBe(200);
    const parsed = (await response.json()) as Parsed;
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(parsed.rows[0]).toMatchObject({
      creditCode: '12330100MB0A000174',
      functions: ['INFORMATION', 'TECHNOLOGY'],
      certificateNumber: 'QD-2001',
    });
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([[3, 'functions']]);

    const before = await server.db.prisma.accreditation.count();
    const dry = await admin.request<{
      importAccreditations: { __typename: string; problems?: { row: number; field: string }[]; data?: unknown[] };
    }>(
      `mutation ($input: ImportAccreditationsInput!) { importAccreditations(input: $input) { __typename ... on ImportRowsError { problems { row field } } ... on ImportAccreditationsSuccess { data { id } } } }`,
      {
        input: {
          dryRun: true,
          rows: parsed.rows.map(({ line: _line, ...row }) => ({
            ...row,
            functions: row.functions.length ? row.functions : ['INFORMATION'],
          })),
        },
      },
    );
    expect(dry.data?.importAccreditations.problems).toEqual([{ row: 2, field: 'certificateNumber' }]);
    expect(await server.db.prisma.accreditation.count()).toBe(before);
  });

  it('refuses members and requests without a file', async () => {
    expect((await parse(holder, Buffer.from('a,b'), 'x.csv')).status).toBe(404);
    const empty = await fetch(`${server.url}/api/imports/accreditations/parse`, {
      method: 'POST',
      headers: headers(admin),
      body: new FormData(),
    });
    expect(empty.status).toBe(400);
  });
});

describe('national recommendation export (Art. 14)', () => {
  it("lists the year's recommended titles with Chinese headers", async () => {
    const titles = await admin.request<{
      accreditations: { id: string; titleStatus: string; revocation: unknown; organisation: { name: string } }[];
    }>('{ accreditations { id titleStatus revocation { id } organisation { name } } }');
    const valid = (titles.data?.accreditations ?? []).find(
      (t) => (t.titleStatus === 'VALID' || t.titleStatus === 'EXPIRING_THIS_YEAR') && !t.revocation,
    );
    expect(valid).toBeDefined();
    const recommended = await admin.request<{ recommendNationally: { __typename: string } }>(
      'mutation ($input: RecommendNationallyInput!) { recommendNationally(input: $input) { __typename } }',
      { input: { year, accreditationIds: [valid?.id], note: '服务成效突出' } },
    );
    expect(recommended.data?.recommendNationally.__typename, JSON.stringify(recommended)).toBe(
      'RecommendNationallySuccess',
    );
    const csv = await (
      await fetch(`${server.url}/api/exports/national-recommendations.csv?year=${year}`, { headers: headers(admin) })
    ).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('证书编号');
    expect(lines.slice(1).some((l) => l.includes(valid?.organisation.name ?? '?') && l.includes('服务成效突出'))).toBe(
      true,
    );
    expect(
      (await fetch(`${server.url}/api/exports/national-recommendations.csv`, { headers: headers(holder) })).status,
    ).toBe(404);
  });
});

describe('renewalBlocker (Art. 11)', () => {
  it('is null in the expiry year and names Art. 11 otherwise', async () => {
    const mine = await holder.request<{
      myAccreditations: {
        titleStatus: string;
        renewable: boolean;
        renewalBlocker: { article: string; code: string; message: string } | null;
      }[];
    }>('{ myAccreditations { titleStatus renewable renewalBlocker { article code message } } }');
    const titles = mine.data?.myAccreditations ?? [];
    const expiring = titles.find((t) => t.titleStatus === 'EXPIRING_THIS_YEAR');
    expect(expiring).toMatchObject({ renewable: true, renewalBlocker: null });
    const all = await admin.request<{
      accreditations: { titleStatus: string; renewalBlocker: { article: string; code: string } | null }[];
    }>('{ accreditations { titleStatus renewalBlocker { article code } } }');
    const list = all.data?.accreditations ?? [];
    expect(list.find((t) => t.titleStatus === 'VALID')?.renewalBlocker).toEqual({
      article: 'Art. 11',
      code: 'OUTSIDE_RENEWAL_WINDOW',
    });
    expect(list.find((t) => t.titleStatus === 'REVOKED')?.renewalBlocker).toEqual({
      article: 'Art. 11',
      code: 'REVOKED_CANNOT_RENEW',
    });
  });
});

describe('the e-mail outbox (console mail page)', () => {
  const OUTBOX = '{ mailTransport emailOutbox { id to subject sentAt eml } }';
  type Outbox = {
    mailTransport: string;
    emailOutbox: { id: string; to: string; subject: string; sentAt: string | null; eml: string | null }[];
  };

  it('shows administrators each message and, once sent without SMTP, its .eml copy; no one else', async () => {
    const mailDir = await mkdtemp(join(tmpdir(), 'sme-outbox-'));
    setMailSettings({ mailDir, transport: 'file' });
    try {
      const row = await server.db.prisma.emailOutbox.create({
        data: { to: 'holder@example.com', subject: '示范平台称号今年到期', body: '可再次申报。\n\nRenewal is open.' },
      });
      const waiting = await admin.request<Outbox>(OUTBOX);
      expect(waiting.data?.mailTransport).toBe('file');
      expect(waiting.data?.emailOutbox.find((m) => m.subject === row.subject)).toMatchObject({
        to: 'holder@example.com',
        sentAt: null,
        eml: null,
      });

      const mailer = createMailer({ from: 'noreply@example.com', mailDir });
      const drained = await processOutbox(server.db.prisma, mailer, 500);
      expect(drained.sent).toBeGreaterThanOrEqual(1);
      const sent = (await admin.request<Outbox>(OUTBOX)).data?.emailOutbox.find((m) => m.subject === row.subject);
      expect(sent?.sentAt).not.toBeNull();
      expect(sent?.eml).toMatch(/^To: holder@example\.com/m);
      expect(sent?.eml).toContain(`<${row.id}@sme-platforms>`);

      const refused = await holder.request<Outbox>(OUTBOX);
      expect(refused.data?.emailOutbox ?? null).toBeNull();
      expect(refused.errors?.length).toBeGreaterThan(0);
    } finally {
      setMailSettings({ mailDir: null, transport: 'none' });
      await rm(mailDir, { recursive: true, force: true });
    }
  });
});

describe('verifying a title imported from before this system (Arts. 9, 11)', () => {
  it('finds it by the number on its old certificate, a revoked one as revoked; an unknown number is not found', async () => {
    const anonymous = new GraphQLClient(server.url);
    const revoked = await server.db.prisma.accreditation.findFirstOrThrow({
      where: { imported: true, revocation: { status: 'COMPLETED' } },
      include: { organisation: true },
    });
    const q = 'query ($n: String!) { certificate(number: $n) { number status organisationName revokedOn } }';
    const found = await anonymous.request<{
      certificate: { number: string; status: string; organisationName: string; revokedOn: string | null } | null;
    }>(q, { n: ` ${revoked.certificateNumber.toLowerCase()} ` });
    expect(found.data?.certificate).toMatchObject({
      number: revoked.certificateNumber,
      status: 'REVOKED',
      organisationName: revoked.organisation.name,
    });
    expect(found.data?.certificate?.revokedOn).not.toBeNull();
    const unknown = await anonymous.request<{ certificate: unknown }>(q, { n: 'LEGACY-1999-9999' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.certificate).toBeNull();
  });
});
