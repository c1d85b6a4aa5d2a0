import type { Locale } from '@sme/ui';

/** "2026年11月25日" in Chinese, "25 November 2026" in English, for a GraphQL Date
 * ("YYYY-MM-DD", already a calendar day in Asia/Shanghai); anything else is shown as given. */
export function longDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (locale === 'zh-CN') return `${y}年${Number(m)}月${Number(d)}日`;
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What a visitor may do with a notice's entry today: object while it runs; otherwise be told
 * when the period ran (Art. 8). */
export type ObjectionWindow =
  { kind: 'open' } | { kind: 'notYet'; startsOn: string } | { kind: 'closed'; startsOn: string; endsOn: string };

export function objectionWindow(notice: {
  running: boolean;
  over: boolean;
  startsOn: string;
  endsOn: string;
}): ObjectionWindow {
  if (notice.running) return { kind: 'open' };
  if (notice.over) return { kind: 'closed', startsOn: notice.startsOn, endsOn: notice.endsOn };
  return { kind: 'notYet', startsOn: notice.startsOn };
}

/** A certificate number as people type or scan it: trimmed, upper case, full-width forms folded,
 * or the number out of a scanned verification link (…/public/verify?number=SMEPSP-…). */
export function normaliseCertificateNumber(input: string): string {
  const text = input.trim();
  let value = text;
  try {
    const url = new URL(text);
    value = url.searchParams.get('number') ?? text;
  } catch {
    // not a link: the number itself
  }
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}
