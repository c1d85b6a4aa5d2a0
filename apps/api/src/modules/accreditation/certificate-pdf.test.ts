import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../pdf/extract-text.js';
import { renderCertificatePdf, type CertificateContent } from './certificate-pdf.js';

const content: CertificateContent = {
  certificateNumber: 'SMEPSP-2026-1-0007-K',
  organisationName: '杭州市创业服务促进会',
  creditCode: '51330100MJ88123450',
  functions: ['TRAINING', 'STARTUP'],
  awardedOn: '2026-11-25',
  validFrom: '2026-11-25',
  validUntil: '2029-11-24',
  verifyUrl: 'http://localhost:4000/public/verify?number=SMEPSP-2026-1-0007-K',
};

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

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
