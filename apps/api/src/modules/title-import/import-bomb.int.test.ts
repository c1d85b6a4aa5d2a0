// Spreadsheets that would take the API down: a zip that inflates to far more than any import
// sheet, one that lies about it in its directory, and a sheet of far more rows than one import
// takes. Each is refused or cut short with a clear answer, and the API keeps serving.
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';
import { MAX_IMPORT_ROWS } from './import-file.js';
import { readZipDirectory } from './zip-directory.js';

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** A zip of one stored-deflated entry; `declaredSize` is what its headers claim it unpacks to. */
function zipOf(path: string, content: Buffer, declaredSize = content.length): Buffer {
  const name = Buffer.from(path);
  const data = deflateRawSync(content, { level: 9 });
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const sheetXml = (bytes: number) =>
  Buffer.concat([
    Buffer.from(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
    ),
    Buffer.alloc(bytes, 'A'),
    Buffer.from('</t></is></c></row></sheetData></worksheet>'),
  ]);

async function parse(bytes: Buffer, authorization?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), 'titles.xlsx');
  const headers: Record<string, string> = authorization
    ? { authorization, 'apollo-require-preflight': 'true' }
    : { cookie: admin.sessionCookie ?? '', 'apollo-require-preflight': 'true' };
  const response = await fetch(`${server.url}/api/imports/accreditations/parse`, {
    method: 'POST',
    headers,
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      error?: string;
      message?: string;
      rows?: unknown[];
      problems?: { field: string; message: { zhCN: string } }[];
    },
  };
}

async function stillServes() {
  const me = await admin.request<{ me: { email: string } }>('{ me { email } }');
  expect(me.data?.me.email).toBe('admin@example.com');
}

describe('spreadsheet imports that would exhaust memory', () => {
  it('reads what a zip declares it unpacks to from its directory', () => {
    const zip = zipOf('xl/worksheets/sheet1.xml', sheetXml(1000));
    expect(readZipDirectory(zip)).toEqual({ entries: 1, uncompressedBytes: sheetXml(1000).length });
    expect(readZipDirectory(Buffer.from('not a zip at all, just text'))).toBeNull();
  });

  it('refuses a small file that declares 100 MiB unpacked (413), before reading it, and keeps serving', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', sheetXml(100 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const { status, body } = await parse(bomb);
    expect(status).toBe(413);
    expect(body.error).toBe('UNPACKS_TOO_LARGE');
    expect(body.message).toMatch(/解压后超过/);
    expect(Date.now() - started).toBeLessThan(5000);
    await stillServes();
  });

  it('refuses a file whose directory lies about its size: its reading thread runs out of memory, not the API', async () => {
    const liar = zipOf('xl/worksheets/sheet1.xml', sheetXml(400 * 1024 * 1024), 1000);
    expect(readZipDirectory(liar)?.uncompressedBytes).toBe(1000);
    const { status } = await parse(liar);
    expect([413, 422]).toContain(status);
    await stillServes();
  }, 60_000);

  it(`reads at most ${MAX_IMPORT_ROWS} rows of a longer sheet and says the rest was not read`, async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('示范平台称号');
    sheet.addRow(['机构名称', '统一社会信用代码', '服务功能', '认定日期', '证书编号']);
    for (let i = 0; i < MAX_IMPORT_ROWS + 2000; i++)
      sheet.addRow([`机构${i}`, '91330100MA2000001X', '信息服务', '2020-01-01', null]);
    const { status, body } = await parse(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(body.problems?.find((p) => p.field === 'file')?.message.zhCN).toMatch(/最多导入5000行/);
  }, 60_000);

  it('takes no personal access token: imports need a signed-in administrator', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['机构名称', '统一社会信用代码', '服务功能', '认定日期']);
    const created = await admin.request<{ createApiToken: { data?: { token: string } } }>(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { ... on CreateApiTokenSuccess { data { token } } } }',
      { input: { name: '导入脚本', expiresInDays: 1 } },
    );
    const token = created.data?.createApiToken.data?.token;
    expect(token).toBeTruthy();
    const withToken = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(((await withToken.json()) as { data?: { me?: { email: string } } }).data?.me?.email).toBe(
      'admin@example.com',
    );
    const { status } = await parse(Buffer.from(await workbook.xlsx.writeBuffer()), `Bearer ${token}`);
    expect(status).toBe(401);
  });
});
