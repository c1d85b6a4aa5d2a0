// GET /api/certificates/{number}.pdf through HTTP: the certificate names its issuer, and a title
// that is revoked, expired or being revoked never downloads clean (Arts. 9, 11, 13).
import { addDays, formatCertificateNumber, formatChineseDate } from '@sme/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { extractPdfText } from '../../pdf/extract-text.js';
import { DEFAULT_ASSOCIATION, setAssociationSettings } from '../../settings.js';
import { signedInClient, startTestServer, type GraphQLClient, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
const today = todayInShanghai();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
}, 180_000);
afterAll(async () => {
  await server?.close();
});
afterEach(() => setAssociationSettings(DEFAULT_ASSOCIATION));

let serial = 900;
async function title(options: {
  validFrom: string;
  validUntil: string;
  revocation?: { status: 'OPEN' | 'COMPLETED'; effectiveOn?: string };
}) {
  serial += 1;
  const organisation = await server.db.prisma.organisation.create({
    data: {
      name: `证书测试服务中心${serial}`,
      creditCode: `91110000CERT${String(serial).padStart(5, '0')}X`,
      provinceCode: '110000',
    },
  });
  const certificateNumber = formatCertificateNumber({ year: 2021, round: 2, serial });
  const accreditation = await server.db.prisma.accreditation.create({
    data: {
      organisationId: organisation.id,
      certificateNumber,
      functions: ['INFORMATION', 'FINANCING'],
      awardedOn: day(options.validFrom),
      validFrom: day(options.validFrom),
      validUntil: day(options.validUntil),
    },
  });
  if (options.revocation) {
    await server.db.prisma.revocation.create({
      data: {
        accreditationId: accreditation.id,
        reason: options.revocation.status === 'OPEN' ? 'FAILED_SPOT_CHECK' : 'VIOLATION_VERIFIED',
        status: options.revocation.status,
        description: '测试',
        effectiveOn: options.revocation.effectiveOn ? day(options.revocation.effectiveOn) : null,
      },
    });
  }
  return certificateNumber;
}

async function download(number: string): Promise<string> {
  const response = await fetch(`${server.url}/api/certificates/${number}.pdf`, {
    headers: { cookie: admin.sessionCookie ?? '' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const pages = await extractPdfText(new Uint8Array(await response.arrayBuffer()));
  expect(pages.length).toBeGreaterThan(0);
  return pages.map((p) => p.replace(/\s+/g, '')).join('\n');
}

describe('the certificate PDF through its route', () => {
  it('names the association as issuer under its own measures, with the seal area and issue date; a valid title is clean', async () => {
    const from = addDays(today, -100);
    const number = await title({ validFrom: from, validUntil: addDays(from, 1094) });
    const text = await download(number);
    expect(text).toContain('依据《中国中小企业国际合作协会中小企业公共服务示范平台认定管理办法》');
    expect(text).toContain('发证单位：中国中小企业国际合作协会');
    expect(text).toContain('（盖章）');
    expect(text).toContain(`发证日期：${formatChineseDate(from)}`);
    expect(text).toContain(number);
    expect(text).not.toMatch(/已撤销|已过期|撤销办理中/);
  });

  it('prints the configured association (ASSOCIATION_NAME), not the default', async () => {
    setAssociationSettings({ name: '某省中小企业服务联合会', website: null });
    const from = addDays(today, -10);
    const text = await download(await title({ validFrom: from, validUntil: addDays(from, 1094) }));
    expect(text).toContain('依据《某省中小企业服务联合会中小企业公共服务示范平台认定管理办法》');
    expect(text).toContain('发证单位：某省中小企业服务联合会');
    expect(text).not.toContain('中国中小企业国际合作协会');
  });

  it('stamps a revoked title 已撤销 with the effective date (Art. 11)', async () => {
    const from = addDays(today, -400);
    const effectiveOn = addDays(today, -20);
    const text = await download(
      await title({
        validFrom: from,
        validUntil: addDays(from, 1094),
        revocation: { status: 'COMPLETED', effectiveOn },
      }),
    );
    expect(text).toContain('已撤销');
    expect(text).toContain(`撤销生效日期：${formatChineseDate(effectiveOn)}`);
  });

  it('stamps an expired title 已过期 with the last day of validity (Art. 11)', async () => {
    const until = addDays(today, -3);
    const text = await download(await title({ validFrom: addDays(until, -1094), validUntil: until }));
    expect(text).toContain('已过期');
    expect(text).toContain(`有效期至：${formatChineseDate(until)}`);
    expect(text).not.toContain('已撤销');
  });

  it('stamps a title whose revocation is open 撤销办理中 since the day it was opened (Art. 13)', async () => {
    const from = addDays(today, -200);
    const text = await download(
      await title({ validFrom: from, validUntil: addDays(from, 1094), revocation: { status: 'OPEN' } }),
    );
    expect(text).toContain('撤销办理中');
    expect(text).toContain(`自${formatChineseDate(today)}起`);
    expect(text).toContain('抽查不合格（第十三条）');
    expect(text).not.toContain('已撤销');
  });

  it('asks a signed-out caller to sign in, in their language only', async () => {
    const number = formatCertificateNumber({ year: 2021, round: 2, serial: 1 });
    const zh = await fetch(`${server.url}/api/certificates/${number}.pdf`);
    expect(zh.status).toBe(401);
    expect(((await zh.json()) as { message: string }).message).toBe('请先登录，再下载证书。');
    const en = await fetch(`${server.url}/api/certificates/${number}.pdf`, { headers: { 'accept-language': 'en' } });
    expect(((await en.json()) as { message: string }).message).toBe('Sign in to download the certificate.');
  });
});
