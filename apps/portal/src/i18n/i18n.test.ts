import { SHARED_RESOURCES, flattenKeys, keyDifferences } from '@sme/ui';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { publicEn, publicZhCN } from '../public/i18n';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';
import { titlesEn, titlesZhCN } from '../titles/i18n';
import { guideEn } from './guide-en';
import { guideZhCN } from './guide-zh-CN';

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('portal translations', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keyDifferences(zhCN, en)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(publicZhCN, publicEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(applicantZhCN, applicantEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(membershipZhCN, membershipEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(titlesZhCN, titlesEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(guideZhCN, guideEn)).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('leave the shared "ui" keys to @sme/ui', () => {
    expect(Object.keys(zhCN)).not.toContain('ui');
  });

  it('define every key the code asks for by name', () => {
    const known = new Set([
      ...flattenKeys({
        ...zhCN,
        applicant: applicantZhCN,
        public: publicZhCN,
        membership: membershipZhCN,
        titles: titlesZhCN,
        guide: guideZhCN,
      }),
      ...flattenKeys(SHARED_RESOURCES['zh-CN']),
    ]);
    const used = Object.values(sources).flatMap((text) => [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
