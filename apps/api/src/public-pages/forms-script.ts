import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The light pages' script (browser/forms.ts) as the browser gets it: built by scripts/build.mjs
 * into dist/public-forms.js beside the server's bundle; when the server runs from source
 * (`npm run dev`, tests) it is built here on first use with the same options.
 */
export async function formsScript(): Promise<string> {
  try {
    return await readFile(new URL('./public-forms.js', import.meta.url), 'utf8');
  } catch {
    // Not bundled into the server: esbuild is a build tool, present where the source is.
    const esbuild = 'esbuild';
    const { build } = (await import(esbuild)) as typeof import('esbuild');
    const result = await build({
      ...FORMS_BUILD,
      entryPoints: [fileURLToPath(new URL('./browser/forms.ts', import.meta.url))],
      write: false,
    });
    return result.outputFiles[0]?.text ?? '';
  }
}

/** esbuild's options for the browser script, as scripts/build.mjs builds it. */
export const FORMS_BUILD = {
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2019',
  charset: 'ascii',
  logLevel: 'warning',
} as const;
