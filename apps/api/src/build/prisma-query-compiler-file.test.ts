// The production build loads Prisma's WebAssembly query compiler from a file beside the bundle
// instead of from the base64 module Prisma ships it in (scripts/prisma-query-compiler-file.mjs).
// These tests run the change on the real generated client: the file must hold exactly the module
// the client would have decoded, and the loader must no longer import the base64 module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { queryCompilerFromFile } from '../../scripts/prisma-query-compiler-file.mjs';

const classPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../packages/db/src/generated/prisma/internal/class.ts',
);
const generated = readFileSync(classPath, 'utf8');
// Node's global WebAssembly, which this package's TypeScript libraries declare only as types.
const WebAssemblyModule = (
  globalThis as unknown as {
    WebAssembly: { Module: { new (bytes: Uint8Array): object; exports(module: object): { name: string }[] } };
  }
).WebAssembly.Module;

describe('the query compiler read from a file (build)', () => {
  const { source, fileName, wasm } = queryCompilerFromFile(generated, classPath);

  it('writes the same WebAssembly the generated client decodes from the base64 module', async () => {
    const specifier = /await import\("(@prisma\/client\/runtime\/query_compiler_\w+\.\w+\.wasm-base64\.mjs)"\)/.exec(
      generated,
    )?.[1];
    expect(specifier).toBeDefined();
    const { wasm: base64 } = (await import(createRequire(classPath).resolve(specifier!))) as { wasm: string };
    expect(Buffer.compare(wasm, Buffer.from(base64, 'base64'))).toBe(0);
    // and it is a module with the compiler's exports, not an empty or truncated file
    const exported = WebAssemblyModule.exports(new WebAssemblyModule(wasm)).map((e) => e.name);
    expect(exported.some((name) => name.startsWith('querycompiler_'))).toBe(true);
    expect(fileName).toBe(specifier!.slice(specifier!.lastIndexOf('/') + 1).replace('-base64.mjs', ''));
  });

  it('rewrites the loader to read that file beside the bundle, and nothing else', () => {
    expect(source).not.toContain('wasm-base64');
    expect(source).toContain(`readFile(new URL("./${fileName}", import.meta.url))`);
    const withoutLoader = (text: string) =>
      text.replace(/getQueryCompilerWasmModule: [\s\S]*?(?=\n\s*importName:)/, '');
    expect(withoutLoader(source)).toBe(withoutLoader(generated));
  });

  it('fails by name when a Prisma upgrade changes the loader', () => {
    expect(() =>
      queryCompilerFromFile(generated.replace('decodeBase64AsWasm(wasm)', 'decodeWasm(wasm)'), classPath),
    ).toThrow(/query compiler loader .* was not found/);
  });
});
