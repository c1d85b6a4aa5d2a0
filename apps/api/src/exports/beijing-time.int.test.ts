// Exports at Beijing time: an action at 05:36 Beijing time (21:36 UTC the day before) reads 05:36 in
// the CSV cell and the XLSX cell, and the file name carries the Beijing date. PGlite or PostgreSQL.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../clock.js';
import { GraphQLClient, signedInClient, startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  await server.db.prisma.auditEvent.create({
    data: {
      occurredAt: new Date('2026-12-07T21:36:00.000Z'),
      action: 'beijing.test',
      entityType: 'Test',
      entityId: 'beijing-1',
      data: {},
    },
  });
}, 180_000);
afterAll(async () => {
  await server?.close();
});

const get = (path: string) =>
  fetch(`${server.url}${path}`, { headers: admin.sessionCookie ? { cookie: admin.sessionCookie } : {} });

describe('exports at Beijing time', () => {
  it('writes the CSV instant at Beijing time and names the file with the Beijing date', async () => {
    const response = await get('/api/exports/audit-events.csv?action=beijing.test');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('2026-12-08 05:36:00');
    expect(text).not.toContain('2026-12-07T21:36');
    const disposition = decodeURIComponent(response.headers.get('content-disposition') ?? '');
    expect(disposition).toContain(`-${todayInShanghai()}.csv`);
  });

  it('writes the XLSX cell as a date-time showing Beijing wall-clock time', async () => {
    const response = await get('/api/exports/audit-events.xlsx?action=beijing.test');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).indexOf('时间（北京时间）');
    const cell = sheet.getRow(2).getCell(header);
    expect(cell.value).toBeInstanceOf(Date);
    // spreadsheets have no zones: the cell's clock is Beijing's
    expect((cell.value as Date).toISOString()).toBe('2026-12-08T05:36:00.000Z');
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  });
});
