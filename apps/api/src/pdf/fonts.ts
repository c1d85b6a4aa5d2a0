import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Noto Sans Hans (OFL-1.1) ships inside the @embedpdf/fonts-sc package, so PDFs with Chinese
// text are made offline with nothing installed on the machine. The package exports
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
// Parsed on the first PDF, not at start-up: most processes never make one, and fontkit plus two
// parsed faces would hold tens of MiB from the start (docs/performance.md).
const parsed = new Map<ChineseFontName, unknown>();

export async function chineseFont(name: ChineseFontName): Promise<unknown> {
  let font = parsed.get(name);
  if (!font) {
    const fontkit = await import('fontkit');
    font = fontkit.create(readFileSync(CHINESE_FONTS[name]));
    parsed.set(name, font);
  }
  return font;
}
