import { SHARED_RESOURCES, flattenKeys, keyDifferences } from '@sme/ui';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { FEATURES, featureResources } from './features';
import { zhCN } from './zh-CN';

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
// every feature folder's language files, whether wired or not
const featureFiles = Object.keys(import.meta.glob(['../*/i18n/*.ts', '!../*/i18n/*.test.ts']));

describe('portal translations', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keyDifferences(zhCN, en)).toEqual({ onlyInA: [], onlyInB: [] });
    for (const [ns, feature] of Object.entries(FEATURES)) {
      expect([ns, keyDifferences(feature['zh-CN'], feature.en)]).toEqual([ns, { onlyInA: [], onlyInB: [] }]);
    }
  });

  it('have one zh-CN.ts and one en.ts per feature folder, each wired into the resources', () => {
    const folders = Object.values(FEATURES).map((feature) => feature.folder);
    const expected = folders.flatMap((folder) => [`../${folder}/i18n/en.ts`, `../${folder}/i18n/zh-CN.ts`]);
    expect(featureFiles.sort()).toEqual(expected.sort());
    expect(Object.keys(FEATURES).filter((ns) => ns in zhCN)).toEqual([]);
  });

  it('leave the shared "ui" keys to @sme/ui', () => {
    expect(Object.keys(zhCN)).not.toContain('ui');
  });

  it('define every key the code asks for by name', () => {
    const known = new Set([
      ...flattenKeys({ ...zhCN, ...featureResources('zh-CN') }),
      ...flattenKeys(SHARED_RESOURCES['zh-CN']),
    ]);
    const used = Object.values(sources).flatMap((text) => [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
