import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameFrom } from './download-export';

describe('exportUrl', () => {
  it('puts the filters in the query string and leaves empty ones out', () => {
    expect(exportUrl('applications', 'csv', { status: 'SUBMITTED', roundId: '', year: 2026, region: null })).toBe(
      '/api/exports/applications.csv?status=SUBMITTED&year=2026',
    );
  });
  it('has no query string without filters', () => {
    expect(exportUrl('statistics-by-status', 'xlsx')).toBe('/api/exports/statistics-by-status.xlsx');
  });
});

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name, which carries the Chinese title', () => {
    expect(
      fileNameFrom(
        `attachment; filename="applications.csv"; filename*=UTF-8''${encodeURIComponent('申报列表-2026-11-26.csv')}`,
        'x.csv',
      ),
    ).toBe('申报列表-2026-11-26.csv');
  });
  it('falls back to the plain name, then to the given one', () => {
    expect(fileNameFrom('attachment; filename="applications.csv"', 'x.csv')).toBe('applications.csv');
    expect(fileNameFrom(null, 'x.csv')).toBe('x.csv');
  });
});
