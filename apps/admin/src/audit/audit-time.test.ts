import { describe, expect, it } from 'vitest';
import { formatAuditTime } from './audit-page';

describe('audit trail times', () => {
  it('are Beijing time, in Chinese as 2026年12月8日 10:05', () => {
    expect(formatAuditTime('2026-12-08T02:05:00Z', 'zh-CN')).toBe('2026年12月8日 10:05');
    expect(formatAuditTime('2026-12-07T16:00:00Z', 'en')).toBe('2026-12-08 00:00');
  });
});
