import { SHARED_RESOURCES, flattenKeys, keyDifferences } from '@sme/ui';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { reviewEn, reviewZhCN } from '../review/i18n';
import { noticeEn, noticeZhCN } from '../notice/i18n';
import { analyticsEn, analyticsZhCN } from '../analytics/i18n';
import { afterAwardEn, afterAwardZhCN } from '../after-award/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';
import { serviceRecordEn, serviceRecordZhCN } from '../service-record/i18n';
import { annualReportEn, annualReportZhCN } from '../annual-report/i18n';
import { associationActivityEn, associationActivityZhCN } from '../association-activity/i18n';
import { nationalRecommendationEn, nationalRecommendationZhCN } from '../national-recommendation/i18n';

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('admin translations', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keyDifferences(zhCN, en)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(reviewZhCN, reviewEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(noticeZhCN, noticeEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(analyticsZhCN, analyticsEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(afterAwardZhCN, afterAwardEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(membershipZhCN, membershipEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(serviceRecordZhCN, serviceRecordEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(annualReportZhCN, annualReportEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(associationActivityZhCN, associationActivityEn)).toEqual({ onlyInA: [], onlyInB: [] });
    expect(keyDifferences(nationalRecommendationZhCN, nationalRecommendationEn)).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('leave the shared "ui" keys to @sme/ui', () => {
    expect(Object.keys(zhCN)).not.toContain('ui');
  });

  it('define every key the code asks for by name', () => {
    const known = new Set([
      ...flattenKeys({
        ...zhCN,
        review: reviewZhCN,
        notice: noticeZhCN,
        analytics: analyticsZhCN,
        afterAward: afterAwardZhCN,
        membership: membershipZhCN,
        serviceRecord: serviceRecordZhCN,
        annualReport: annualReportZhCN,
        associationActivity: associationActivityZhCN,
        nationalRecommendation: nationalRecommendationZhCN,
      }),
      ...flattenKeys(SHARED_RESOURCES['zh-CN']),
    ]);
    const used = Object.values(sources).flatMap((text) => [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
