import { formatChineseDate } from './chinese-format';
import { isIsoDate, type IsoDate } from './iso-date';
import { groupThousands } from './message';

/**
 * Figures and dates as they appear inside messages. Chinese messages are Chinese throughout
 * (docs/measures.md, "Messages in Chinese are Chinese throughout"): amounts in 万元/亿元, yes/no as
 * 是/否, dates as 2026年11月25日. English messages keep grouped yuan and ISO dates.
 */

/** 2026-11-25 → 2026年11月25日 (`formatChineseDate`), but total: anything that is not an ISO date is returned unchanged. */
export function formatDateZh(date: IsoDate): string {
  return typeof date === 'string' && isIsoDate(date) ? formatChineseDate(date) : String(date);
}

/** Shifts a whole number of fen by `places` decimal places without floating-point error. */
function fenToUnit(fen: bigint, unitInFen: bigint, maxDecimals: number): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = abs / unitInFen;
  const rest = abs % unitInFen;
  const digits = unitInFen.toString().length - 1;
  const fraction = rest.toString().padStart(digits, '0').slice(0, maxDecimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${groupThousands(Number(whole))}${fraction ? `.${fraction}` : ''}`;
}

const YI_IN_FEN = 10_000_000_000n; // 1亿元 = 10^8 yuan = 10^10 fen
const WAN_IN_FEN = 1_000_000n; // 1万元 = 10^4 yuan = 10^6 fen

/**
 * An amount in yuan, in the units the measures use: 300万元, 8亿元, 30亿元. Amounts of 1亿元 or
 * more that are whole 万元 are shown in 亿元 (up to 4 decimals); other amounts from 1万元 in 万元
 * (grouped, up to 6 decimals, exact to the fen); smaller amounts in 元.
 */
export function formatYuanZh(yuan: number): string {
  if (!Number.isFinite(yuan)) return '—';
  const fen = BigInt(Math.round(yuan * 100));
  const abs = fen < 0n ? -fen : fen;
  if (abs >= YI_IN_FEN && abs % WAN_IN_FEN === 0n) return `${fenToUnit(fen, YI_IN_FEN, 4)}亿元`;
  if (abs >= WAN_IN_FEN) return `${fenToUnit(fen, WAN_IN_FEN, 6)}万元`;
  return `${fenToUnit(fen, 100n, 2)}元`;
}

/** An amount in yuan for English messages: 3,000,000 CNY. */
export function formatYuanEn(yuan: number): string {
  return Number.isFinite(yuan) ? `${groupThousands(yuan)} CNY` : '—';
}

/** 是/否 for a yes/no fact; an absent answer is a dash. */
export function formatYesNoZh(value: boolean | null | undefined): string {
  return value === true ? '是' : value === false ? '否' : '—';
}

export function formatYesNoEn(value: boolean | null | undefined): string {
  return value === true ? 'yes' : value === false ? 'no' : '—';
}
