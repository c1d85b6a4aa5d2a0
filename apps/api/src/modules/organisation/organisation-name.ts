// Two organisations may not register under one name: names are compared as nameKey (@sme/domain)
// compares them — NFKC, case aside, every invisible character removed — so "某某公司" is taken
// when "某某公司\u200b" (a zero-width space after it) was registered before names were checked.
import type { Tx } from '../../db.js';

// The invisible characters, for the database's own regular expressions: white space, soft hyphen,
// combining grapheme joiner, Arabic letter mark, Hangul fillers, Khmer vowel inherents, Mongolian
// selectors, zero-width and bidi controls, word joiner and invisible operators, variation
// selectors, the byte-order mark and the interlinear annotation characters.
const INVISIBLE_RANGES = [
  [0x00ad],
  [0x034f],
  [0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000],
  [0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff],
  [0xffa0],
  [0xfff0, 0xfffb],
];
const INVISIBLE_CLASS = `[[:space:]${INVISIBLE_RANGES.map(([from, to]) =>
  to === undefined ? String.fromCodePoint(from!) : `${String.fromCodePoint(from!)}-${String.fromCodePoint(to)}`,
).join('')}]`;
const INVISIBLE_JS = new RegExp(INVISIBLE_CLASS.replace('[:space:]', '\\s'), 'gu');

/** An organisation already registered under `name` as nameKey compares names, or null. */
export async function organisationNamed(db: Pick<Tx, '$queryRaw'>, name: string): Promise<{ id: string } | null> {
  const key = name
    .normalize('NFKC')
    .replace(INVISIBLE_JS, '')
    .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '');
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Organisation"
    WHERE lower(regexp_replace(normalize(name, NFKC), ${INVISIBLE_CLASS}, '', 'g')) = lower(${key})
    LIMIT 1`;
  return rows[0] ?? null;
}
