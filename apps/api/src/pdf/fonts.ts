import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

// Noto Sans Hans (OFL-1.1) ships inside the @embedpdf/fonts-sc package, so PDFs with Chinese
// text are made offline with nothing installed on the machine (STACK.md). The package exports
// only its JS entry, so the font files are found beside it.
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');

export const CHINESE_FONTS = {
  regular: join(fontDir, 'NotoSansHans-Regular.otf'),
  bold: join(fontDir, 'NotoSansHans-Bold.otf'),
} as const;

export type ChineseFontName = keyof typeof CHINESE_FONTS;

// Parsing an 8 MB OTF costs far more than laying out a page, so each face is parsed once per
// process and shared by every document (pdfkit accepts a fontkit font and subsets it per document).
const parsed = new Map<ChineseFontName, unknown>();

export function chineseFont(name: ChineseFontName): unknown {
  let font = parsed.get(name);
  if (!font) {
    font = fontkit.create(readFileSync(CHINESE_FONTS[name]));
    parsed.set(name, font);
  }
  return font;
}

/** Parses the fonts ahead of the first request (a server calls it once after start-up). */
export function warmChineseFonts(): void {
  for (const name of Object.keys(CHINESE_FONTS) as ChineseFontName[]) chineseFont(name);
}
