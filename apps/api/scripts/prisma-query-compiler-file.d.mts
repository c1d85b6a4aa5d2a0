export function queryCompilerFromFile(
  source: string,
  sourcePath: string,
): { source: string; fileName: string; wasm: Buffer };
