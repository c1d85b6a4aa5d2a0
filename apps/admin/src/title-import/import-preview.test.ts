import { describe, expect, it } from 'vitest';
import { checkableRows, dryRunProblems, parseProblems, summarise, type ImportRow } from './import-preview';

const row = (line: number, awardedOn = '2024-01-02'): ImportRow => ({
  line,
  organisationName: `机构${line}`,
  creditCode: 'X',
  functions: ['INFORMATION'],
  awardedOn,
  certificateNumber: null,
});

describe('import preview', () => {
  it('puts the dry run problems back on the lines of the rows that were sent', () => {
    const rows = [row(2), row(3, ''), row(5)];
    const sent = checkableRows(rows);
    expect(sent.map((r) => r.line)).toEqual([2, 5]);
    expect(dryRunProblems(sent, [{ row: 2, field: 'creditCode', message: '有误' }])).toEqual([
      { line: 5, field: 'creditCode', message: '有误' },
    ]);
  });

  it('groups problems by line, keeps file-level ones apart, and is ready only with rows and no problem', () => {
    const rows = [row(2), row(3)];
    const problems = [
      { line: 3, field: 'awardedOn', message: 'a' },
      { line: 3, field: 'functions', message: 'b' },
      { line: 1, field: 'header', message: 'c' },
    ];
    const summary = summarise(rows, problems);
    expect(summary.badRows).toBe(1);
    expect(summary.byLine.get(3)?.map((p) => p.field)).toEqual(['awardedOn', 'functions']);
    expect(summary.fileProblems.map((p) => p.field)).toEqual(['header']);
    expect(summary.ready).toBe(false);
    expect(summarise(rows, []).ready).toBe(true);
    expect(summarise([], []).ready).toBe(false);
  });

  it("shows the reading problems in the reader's language", () => {
    const file = {
      rows: [],
      problems: [{ line: 2, field: 'awardedOn', message: { zhCN: '日期有误', en: 'Bad date' } }],
    };
    expect(parseProblems(file, 'en')[0]?.message).toBe('Bad date');
    expect(parseProblems(file, 'zh-CN')[0]?.message).toBe('日期有误');
  });
});
