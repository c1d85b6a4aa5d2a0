import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCertificateNumber, parseCertificateNumber, verifyCertificateNumber } from './certificate-number';

const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-';
const parts = fc.record({
  year: fc.integer({ min: 2019, max: 2099 }),
  round: fc.constantFrom(1, 2),
  serial: fc.integer({ min: 1, max: 9999 }),
});

describe('certificate numbers', () => {
  it('formats the documented layout', () => {
    const n = formatCertificateNumber({ year: 2026, round: 1, serial: 7 });
    expect(n).toMatch(/^SMEPSP-2026-1-0007-[0-9A-HJ-NPQRTUWXY]$/);
    // Pinned so the scheme cannot drift under certificates already printed.
    // Worked by hand: 1·2+3·2+4·6+5·1+9·7 = 100 ≡ 7; 10c ≡ −7 ≡ 24 → c = 24·28 mod 31 = 21 = M.
    expect(n).toBe('SMEPSP-2026-1-0007-M');
    expect(formatCertificateNumber({ year: 2025, round: 2, serial: 123 })).toBe('SMEPSP-2025-2-0123-G');
  });

  it('round-trips and tolerates spaces and lower case', () => {
    const n = formatCertificateNumber({ year: 2026, round: 2, serial: 42 });
    expect(parseCertificateNumber(n)).toEqual({ ok: true, value: { year: 2026, round: 2, serial: 42 } });
    expect(verifyCertificateNumber(` ${n.toLowerCase()} `)).toBe(true);
  });

  it('refuses impossible parts and malformed text with reasons naming Art. 9', () => {
    expect(() => formatCertificateNumber({ year: 2026, round: 3, serial: 1 })).toThrow(RangeError);
    expect(() => formatCertificateNumber({ year: 2026, round: 1, serial: 0 })).toThrow(RangeError);
    expect(() => formatCertificateNumber({ year: 2026, round: 1, serial: 10_000 })).toThrow(RangeError);
    expect(parseCertificateNumber('SMEPSP-2026-3-0007-K')).toMatchObject({
      ok: false,
      error: { reason: 'FORMAT', article: 'Art. 9' },
    });
    expect(parseCertificateNumber('SMEPSP-2026-1-0000-0')).toMatchObject({ ok: false, error: { reason: 'SERIAL' } });
    const wrong = parseCertificateNumber('SMEPSP-2026-1-0007-K');
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CERTIFICATE_NUMBER', reason: 'CHECK_CHARACTER' },
    });
    if (!wrong.ok) expect(wrong.error.message.zhCN).toContain('第九条');
  });

  it('property: any single changed character is caught', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const n = formatCertificateNumber(p);
        // Collected and asserted once: an expect() per corruption makes this slow on a busy CI.
        const accepted: string[] = [];
        for (let i = 0; i < n.length; i++) {
          for (const c of CHARS) {
            if (c === n[i]) continue;
            const corrupted = n.slice(0, i) + c + n.slice(i + 1);
            if (verifyCertificateNumber(corrupted)) accepted.push(`${n} @${i}→${c}`);
          }
        }
        expect(accepted).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: any swap of two adjacent different characters is caught', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const n = formatCertificateNumber(p);
        for (let i = 0; i + 1 < n.length; i++) {
          if (n[i] === n[i + 1]) continue;
          const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
          expect(verifyCertificateNumber(swapped), `${n} ⇄ ${swapped}`).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('exhaustively: every serial of a round yields a number that verifies', () => {
    for (let serial = 1; serial <= 9999; serial++)
      expect(verifyCertificateNumber(formatCertificateNumber({ year: 2026, round: 1, serial }))).toBe(true);
  });
});
