import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../pdf/extract-text.js';
import { certificateStampOn } from './certificate-pdf-stamp.js';
import { renderCertificatePdf, type CertificateContent } from './certificate-pdf.js';

const content: CertificateContent = {
  issuer: '中国中小企业国际合作协会',
  certificateNumber: 'SMEPSP-2026-1-0007-K',
  organisationName: '杭州市创业服务促进会',
  creditCode: '51330100MJ88123450',
  functions: ['TRAINING', 'STARTUP'],
  awardedOn: '2026-11-25',
  validFrom: '2026-11-25',
  validUntil: '2029-11-24',
  verifyUrl: 'http://localhost:4000/public/verify?number=SMEPSP-2026-1-0007-K',
  stamp: null,
};

// pdf.js splits a line into runs; the reader sees the words without the gaps between runs.
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('certificate PDF (Art. 9)', () => {
  it('prints the organisation, number, functions in Art. 4 order and the validity in Chinese dates', async () => {
    const pdf = await renderCertificatePdf(content);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const [page] = await extractPdfText(pdf);
    expect(page).toContain('杭州市创业服务促进会');
    expect(page).toContain('SMEPSP-2026-1-0007-K');
    expect(page).toContain('创业服务、培训服务');
    expect(page).toContain('2026年11月25日至2029年11月24日');
    // The font is a subset: the file stays small.
    expect(pdf.length).toBeLessThan(300_000);
  });

  it('names its issuer, the association, and its measures, so it cannot be taken for the national title (Arts. 1, 2, 9)', async () => {
    const page = squeeze((await extractPdfText(await renderCertificatePdf(content)))[0] ?? '');
    // The heading reads as the association's title, the measures are the association's by their full title.
    expect(page.startsWith('中国中小企业国际合作协会中小企业公共服务示范平台证书')).toBe(true);
    expect(page).toContain('依据《中国中小企业国际合作协会中小企业公共服务示范平台认定管理办法》');
    expect(page).toContain('被认定为中国中小企业国际合作协会中小企业公共服务示范平台');
    expect(page).toContain('发证单位：中国中小企业国际合作协会');
    expect(page).toContain('（盖章）');
    expect(page).toContain('发证日期：2026年11月25日');
    expect(page).not.toMatch(/依据《中小企业公共服务示范平台认定管理办法》/);
    expect(page).not.toMatch(/已撤销|已过期|撤销办理中/);
  });

  it('prints the configured association as issuer, not the default', async () => {
    const page = squeeze(
      (await extractPdfText(await renderCertificatePdf({ ...content, issuer: '某省中小企业服务联合会' })))[0] ?? '',
    );
    expect(page).toContain('依据《某省中小企业服务联合会中小企业公共服务示范平台认定管理办法》');
    expect(page).toContain('发证单位：某省中小企业服务联合会');
    expect(page).not.toContain('中国中小企业国际合作协会');
  });

  it('stamps a revoked, an expired and a being-revoked title with the date, in Chinese (Arts. 11, 13)', async () => {
    const text = async (stamp: CertificateContent['stamp']) =>
      (await extractPdfText(await renderCertificatePdf({ ...content, stamp }))).map(squeeze);
    const revoked = await text({ kind: 'REVOKED', effectiveOn: '2027-03-01' });
    expect(revoked).toHaveLength(1);
    for (const page of revoked) {
      expect(page).toContain('已撤销');
      expect(page).toContain('撤销生效日期：2027年3月1日');
    }
    for (const page of await text({ kind: 'EXPIRED', validUntil: '2029-11-24' })) {
      expect(page).toContain('已过期');
      expect(page).toContain('有效期至：2029年11月24日');
    }
    for (const page of await text({ kind: 'REVOCATION_PENDING', since: '2027-02-10', reason: 'FAILED_SPOT_CHECK' })) {
      expect(page).toContain('撤销办理中');
      expect(page).toContain('自2027年2月10日起');
      expect(page).toContain('抽查不合格（第十三条）');
      expect(page).not.toContain('已撤销');
    }
  });

  it('is made in well under a second once the fonts are loaded', async () => {
    await renderCertificatePdf(content);
    const times: number[] = [];
    for (const name of ['北京中小企业综合服务中心有限公司', '上海科创技术服务有限公司', '深圳融信融资担保有限公司']) {
      // CPU time, not wall time: a test machine shared with other jobs stretches the wall clock
      // several times over while the work itself stays the same (~150 ms measured).
      const before = process.cpuUsage();
      await renderCertificatePdf({ ...content, organisationName: name });
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
    }
    expect(times.sort((a, b) => a - b)[1]).toBeLessThan(500);
  });

  it.runIf(hasPdftotext())('reads the same with poppler, an independent reader', async () => {
    const pdf = await renderCertificatePdf(content);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text).toContain('杭州市创业服务促进会');
  });
});

describe('which stamp a certificate carries (Arts. 11, 13)', () => {
  const title = { validUntil: '2029-11-24' };
  const open = { status: 'OPEN', reason: 'FAILED_SPOT_CHECK', effectiveOn: null, openedOn: '2027-02-10' };
  const completed = {
    status: 'COMPLETED',
    reason: 'VIOLATION_VERIFIED',
    effectiveOn: new Date('2027-03-01T00:00:00Z'),
    openedOn: '2027-02-10',
  };

  it('none while valid and no revocation is open', () => {
    expect(certificateStampOn(title, '2027-01-01')).toBeNull();
    expect(certificateStampOn({ ...title, revocation: null }, '2029-11-24')).toBeNull();
  });
  it('expired from the day after the last day of validity', () => {
    expect(certificateStampOn(title, '2029-11-25')).toEqual({ kind: 'EXPIRED', validUntil: '2029-11-24' });
  });
  it('being revoked while a revocation is open, since the day it was opened', () => {
    expect(certificateStampOn({ ...title, revocation: open }, '2027-02-11')).toEqual({
      kind: 'REVOCATION_PENDING',
      since: '2027-02-10',
      reason: 'FAILED_SPOT_CHECK',
    });
  });
  it('revoked once completed, even before its effective date, and whether or not it has expired since', () => {
    expect(certificateStampOn({ ...title, revocation: completed }, '2027-02-20')).toEqual({
      kind: 'REVOKED',
      effectiveOn: '2027-03-01',
    });
    expect(certificateStampOn({ ...title, revocation: completed }, '2030-01-01')).toEqual({
      kind: 'REVOKED',
      effectiveOn: '2027-03-01',
    });
  });
});

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
