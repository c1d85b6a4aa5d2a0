import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../status/application-status';
import { SERVICE_FUNCTIONS } from '../service-function';
import { en } from './en';
import { flattenKeys, keyDifferences } from './keys';
import { zhCN } from './zh-CN';

function valueAt(resources: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
}

describe('shared translations', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keyDifferences(zhCN, en)).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('has no empty strings in either locale', () => {
    for (const resources of [zhCN, en]) {
      const empty = flattenKeys(resources).filter((key) => String(valueAt(resources, key)).trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('labels every application status and service function in Chinese and English', () => {
    for (const status of APPLICATION_STATUSES) {
      expect(zhCN.ui.status[status]).toMatch(/\p{Script=Han}/u);
      expect(en.ui.status[status]).toMatch(/^[A-Z][a-z]/);
    }
    expect(SERVICE_FUNCTIONS.map((f) => zhCN.ui.serviceFunction[f])).toEqual([
      '信息服务',
      '技术服务',
      '创业服务',
      '培训服务',
      '融资服务',
    ]);
  });

  it('keeps interpolation placeholders the same in both locales', () => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const key of flattenKeys(zhCN)) {
      expect(placeholders(valueAt(en, key)), key).toEqual(placeholders(valueAt(zhCN, key)));
    }
  });
});
