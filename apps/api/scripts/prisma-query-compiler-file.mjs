// Build-time change to the generated Prisma client (7.10): load the WebAssembly query compiler
// from a file beside the bundle instead of from the JavaScript module Prisma ships it in.
//
// Why: Prisma packages the compiler (1.7 MB of WebAssembly) as a 2.3 MB ES module holding one
// base64 string, which the generated client imports and decodes when it connects. Compiling that
// module and decoding the string took ~70 ms of the main thread on an idle machine, and more at
// start-up, where the main thread is the longer of the two paths to the first answer (it loads
// the application while the embedded database opens in its worker thread). The build writes the
// decoded bytes to dist/ once; the client then reads the file and compiles the same module.
//
// The pattern below is the generated text of that one release. If a Prisma upgrade changes it,
// the build fails here by name: redo or drop the change (src/build/prisma-query-compiler-file.test.ts).
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The generated client's loader: a base64 module (its specifier is group 1), decoded at run time. */
const BASE64_LOADER =
  /getQueryCompilerWasmModule: async \(\) => \{\s*const \{ wasm \} = await import\("(@prisma\/client\/runtime\/query_compiler_\w+\.\w+\.wasm-base64\.mjs)"\)\s*return await decodeBase64AsWasm\(wasm\)\s*\},/;

/**
 * The generated client's source (internal/class.ts) with a loader that reads `fileName` beside the
 * bundle (query_compiler_<build>_bg.<provider>.wasm), and the WebAssembly bytes that file must hold.
 * Throws if the source is not the expected release.
 */
export function queryCompilerFromFile(source, sourcePath) {
  const match = BASE64_LOADER.exec(source);
  if (!match) {
    throw new Error(
      `${sourcePath}: the generated client's query compiler loader (getQueryCompilerWasmModule importing a wasm-base64 module) was not found. ` +
        'A Prisma upgrade changed it: redo or drop scripts/prisma-query-compiler-file.mjs.',
    );
  }
  // The base64 module exports one string, `wasm`: read it as text rather than import it, so the
  // build does not depend on how Node loads it.
  const modulePath = createRequire(sourcePath).resolve(match[1]);
  const base64 = /^const wasm = "([A-Za-z0-9+/=]+)";\s*export \{ wasm \}\s*$/.exec(
    readFileSync(modulePath, 'utf8'),
  )?.[1];
  if (!base64)
    throw new Error(
      `${modulePath}: not the expected \`const wasm = "…"; export { wasm }\` of Prisma's query compiler module`,
    );
  const wasm = Buffer.from(base64, 'base64');
  const fileName = match[1].slice(match[1].lastIndexOf('/') + 1).replace(/-base64\.mjs$/, '');
  const loader = `getQueryCompilerWasmModule: async () => new WebAssembly.Module(await (await import('node:fs/promises')).readFile(new URL(${JSON.stringify(`./${fileName}`)}, import.meta.url))),`;
  return { source: source.replace(BASE64_LOADER, loader), fileName, wasm };
}
