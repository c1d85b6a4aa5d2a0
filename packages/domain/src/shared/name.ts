// Names people and organisations are known by (organisation names, display names, experts' names)
// and the names of uploaded files. A name is stored in Unicode NFKC, so full-width and
// compatibility forms (ＡＢＣ, ㈱) read as what they show. Format characters (Unicode category
// Cf: bidirectional controls, zero-width spaces and joiners, the byte-order mark) are refused:
// they are invisible, reorder what is shown (a right-to-left override makes "gpj.exe" look like
// "exe.jpg") and make two names that look alike differ. A name needs at least one visible
// character. Two names are the same name when they match once case and every invisible
// character is set aside (nameKey).

export type NameProblem = 'FORMAT_CHARACTER' | 'CONTROL_CHARACTER' | 'NO_VISIBLE_CHARACTER';

export type NameCheck = { ok: true; name: string } | { ok: false; problem: NameProblem; character?: string };

const FORMAT = /\p{Cf}/u;
const CONTROL = /\p{Cc}/u;
// Invisible: white space, format and control characters, and the code points Unicode says to
// ignore when not supported (variation selectors, Hangul fillers, …).
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]/gu;
// Visible: anything but the invisible characters and combining marks on their own.
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\p{M}]/u;

/** U+200B as people write it in messages. */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * NFKC, white space runs made one space, trimmed; refused with a format or control character or
 * with nothing visible.
 */
export function normaliseName(raw: string): NameCheck {
  const nfkc = raw.normalize('NFKC');
  const format = FORMAT.exec(nfkc);
  if (format) return { ok: false, problem: 'FORMAT_CHARACTER', character: format[0] };
  // Tabs and line breaks become one space; a control character left is refused.
  const name = nfkc.replace(/\p{White_Space}+/gu, ' ').trim();
  const control = CONTROL.exec(name);
  if (control) return { ok: false, problem: 'CONTROL_CHARACTER', character: control[0] };
  if (!VISIBLE.test(name)) return { ok: false, problem: 'NO_VISIBLE_CHARACTER' };
  return { ok: true, name };
}

/** What two names are compared on for duplicates: NFKC, lower case, every invisible character removed. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
}

/**
 * An uploaded file's name as given by the client: NFKC, format and control characters removed
 * (a file name comes from the sender's system, where it cannot always be changed; what is shown
 * later must not be reordered), white space made one space; null when nothing visible is left.
 */
export function normaliseFileName(raw: string): string | null {
  const name = raw
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .replace(/\p{White_Space}+/gu, ' ')
    .trim();
  return VISIBLE.test(name) ? name : null;
}
