import { describe, expect, it } from 'vitest';
import { serviceOutputRows } from './service-output-card';

describe('serviceOutputRows', () => {
  it('joins the service output and the reports owed by year, latest first, with a dash where a side has no figures', () => {
    const rows = serviceOutputRows(
      [
        {
          year: 2025,
          services: 12,
          platforms: 3,
          enterprisesServed: 140,
          publicWelfareServices: 5,
          publicWelfareShare: 5 / 12,
        },
      ],
      [
        { year: 2025, owed: 4, submitted: 3, overdue: 1, complianceRate: 0.75 },
        { year: 2024, owed: 2, submitted: 2, overdue: 0, complianceRate: 1 },
      ],
    );
    expect(rows.map((r) => r.year)).toEqual([2025, 2024]);
    expect(rows[0]).toMatchObject({ services: 12, enterprisesServed: 140, owed: 4, overdue: 1, complianceRate: 0.75 });
    expect(rows[1]).toMatchObject({ services: null, publicWelfareShare: null, owed: 2, submitted: 2 });
  });
});
