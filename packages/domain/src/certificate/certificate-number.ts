import { CREDIT_CODE_ALPHABET } from '../credit-code/credit-code';
import { err, ok, type DomainFailure, type Result } from '../shared/message';

/**
 * Certificate numbers (证书编号) for the title awarded under Art. 9:
 *
 *     SMEPSP-2026-1-0007-K
 *     │      │    │ │    └ check character
 *     │      │    │ └ serial within the round, 0001–9999
 *     │      │    └ round sequence in that year, 1 or 2 (Art. 10)
 *     │      └ year of the round
 *     └ fixed prefix (SME Public Service Platform)
 *
 * Check character: take the nine digits d₁…d₉ of year, round and serial and find c with
 *     1·d₁ + 2·d₂ + … + 9·d₉ + 10·c ≡ 0 (mod 31),
 * written with the 31-character alphabet of GB 32100 (no I, O, Z, S, V, so it cannot be misread).
 * Because 31 is prime and the weights 1…10 are distinct and non-zero mod 31, every single changed
 * character and every swap of two adjacent different characters changes the sum, so it is caught;
 * edits that break the layout (a letter among the digits, a moved hyphen) fail the format.
 */
export const CERTIFICATE_PREFIX = 'SMEPSP';

export type CertificateNumberParts = { year: number; round: number; serial: number };

const PATTERN = /^SMEPSP-(\d{4})-([12])-(\d{4})-([0-9A-HJ-NPQRTUWXY])$/;
/** 10⁻¹ mod 31, since 10 × 28 = 280 = 9 × 31 + 1. */
const INVERSE_OF_10 = 28;

function checkCharacter(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (i + 1) * Number(digits[i]);
  const value = (((31 - (sum % 31)) % 31) * INVERSE_OF_10) % 31;
  return CREDIT_CODE_ALPHABET[value] as string;
}

const payload = ({ year, round, serial }: CertificateNumberParts): string =>
  `${year}${round}${String(serial).padStart(4, '0')}`;

/** Throws on impossible parts: numbering is done by the system, so bad parts are a bug. */
export function formatCertificateNumber(parts: CertificateNumberParts): string {
  const { year, round, serial } = parts;
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`Certificate year must have four digits, got ${year}`);
  if (round !== 1 && round !== 2) throw new RangeError(`Certificate round must be 1 or 2, got ${round}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999)
    throw new RangeError(`Certificate serial must be 1–9999, got ${serial}`);
  const digits = payload(parts);
  return `${CERTIFICATE_PREFIX}-${year}-${round}-${digits.slice(5)}-${checkCharacter(digits)}`;
}

export type InvalidCertificateNumberError = DomainFailure<'INVALID_CERTIFICATE_NUMBER'> & {
  reason: 'FORMAT' | 'SERIAL' | 'CHECK_CHARACTER';
};

function invalid(
  reason: InvalidCertificateNumberError['reason'],
  zhCN: string,
  en: string,
): { ok: false; error: InvalidCertificateNumberError } {
  return err({
    code: 'INVALID_CERTIFICATE_NUMBER',
    article: 'Art. 9',
    reason,
    message: { zhCN: `第九条：${zhCN}`, en: `Art. 9: ${en}` },
  });
}

/** Accepts surrounding spaces and lower case (people type these from paper); anything else must match exactly. */
export function parseCertificateNumber(text: string): Result<CertificateNumberParts, InvalidCertificateNumberError> {
  const match = PATTERN.exec(text.trim().toUpperCase());
  if (!match) {
    return invalid(
      'FORMAT',
      '证书编号格式应为 SMEPSP-年份-批次-四位序号-校验位，例如 SMEPSP-2026-1-0007-K。',
      'a certificate number looks like SMEPSP-2026-1-0007-K (year, round, four-digit serial, check character).',
    );
  }
  const [, year = '', round = '', serial = '', check = ''] = match;
  if (serial === '0000') return invalid('SERIAL', '证书序号不能为 0000。', 'the serial cannot be 0000.');
  if (checkCharacter(`${year}${round}${serial}`) !== check) {
    return invalid(
      'CHECK_CHARACTER',
      '证书编号校验位不符，编号可能抄错或伪造。',
      'the check character does not match; the number is mistyped or not genuine.',
    );
  }
  return ok({ year: Number(year), round: Number(round), serial: Number(serial) });
}

export function verifyCertificateNumber(text: string): boolean {
  return parseCertificateNumber(text).ok;
}
