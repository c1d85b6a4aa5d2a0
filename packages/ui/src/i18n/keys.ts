/** Flattens nested resources into dotted keys ("ui.status.DRAFT"), for parity checks. */
export function flattenKeys(resources: object, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? flattenKeys(value as object, path) : [path];
  });
}

/** Keys present in one locale but not the other, both ways; empty when they match. */
export function keyDifferences(a: object, b: object): { onlyInA: string[]; onlyInB: string[] } {
  const keysA = new Set(flattenKeys(a));
  const keysB = new Set(flattenKeys(b));
  return {
    onlyInA: [...keysA].filter((k) => !keysB.has(k)),
    onlyInB: [...keysB].filter((k) => !keysA.has(k)),
  };
}

type Tree = { [key: string]: string | Tree };

/** Deep merge without mutating either input; later values win. */
export function mergeResources(base: object, extra: object): Tree {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(extra as Tree)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? mergeResources(existing, value) : value;
  }
  return out;
}
