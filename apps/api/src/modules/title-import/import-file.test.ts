import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  importTemplateCsv,
  importTemplateXlsx,
  parseCsv,
  parseDateCell,
  parseFunctions,
  parseImportFile,
  rowsFromTable,
} from './import-file';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,c","d ""e"""\r\n1,2,3\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['1', '2', '3'],
    ]);
  });
});

describe('parseDateCell', () => {
  it('accepts the ways a date is written in a sheet and refuses impossible days', () => {
    expect(parseDateCell('2024-06-18')).toBe('2024-06-18');
    expect(parseDateCell('2024/6/8')).toBe('2024-06-08');
    expect(parseDateCell('2024年6月8日')).toBe('2024-06-08');
    expect(parseDateCell(new Date(Date.UTC(2023, 1, 28)))).toBe('2023-02-28');
    expect(parseDateCell(45461)).toBe('2024-06-18');
    expect(parseDateCell('2023-02-29')).toBeNull();
    expect(parseDateCell('18/06/2024')).toBeNull();
    expect(parseDateCell('')).toBeNull();
  });
});

describe('parseFunctions', () => {
  it('reads Chinese names, short names and enum values, and reports the rest', () => {
    expect(parseFunctions('信息服务、技术，INFORMATION; financing')).toEqual({
      functions: ['INFORMATION', 'TECHNOLOGY', 'INFORMATION', 'FINANCING'],
      unknown: [],
    });
    expect(parseFunctions('咨询服务、培训服务')).toEqual({ functions: ['TRAINING'], unknown: ['咨询服务'] });
  });
});

describe('rowsFromTable', () => {
  it('maps columns by their header in any order, keeps each line number and skips blank lines', () => {
    const parsed = rowsFromTable([
      ['认定日期', '机构名称', '服务功能', '统一社会信用代码', '证书编号'],
      ['2024-06-18', '甲机构', '信息服务', '12330100mb0a000174', ''],
      [],
      ['2024/7/1', '乙机构', '融资服务、创业服务', '91330100MA2B000886', 'OLD-1'],
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        organisationName: '甲机构',
        creditCode: '12330100MB0A000174',
        functions: ['INFORMATION'],
        awardedOn: '2024-06-18',
        certificateNumber: null,
      },
      {
        line: 4,
        organisationName: '乙机构',
        creditCode: '91330100MA2B000886',
        functions: ['FINANCING', 'STARTUP'],
        awardedOn: '2024-07-01',
        certificateNumber: 'OLD-1',
      },
    ]);
  });

  it('names the line and field of what cannot be read', () => {
    const parsed = rowsFromTable([
      ['机构名称', '统一社会信用代码', '服务功能', '认定日期'],
      ['甲', '12330100MB0A000174', '咨询', '去年'],
      ['乙', '91330100MA2B000886', '信息服务', ''],
    ]);
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'functions'],
      [2, 'awardedOn'],
      [3, 'awardedOn'],
    ]);
    expect(parsed.problems[0]?.message.zhCN).toContain('咨询');
  });

  it('refuses a header without the required columns', () => {
    const parsed = rowsFromTable([
      ['名称', '日期'],
      ['甲', '2024-01-01'],
    ]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems[0]).toMatchObject({ line: 1, field: 'header' });
    expect(parsed.problems[0]?.message.zhCN).toContain('统一社会信用代码');
  });
});

describe('parseImportFile', () => {
  it('reads the downloadable templates back (XLSX and CSV) as one example row', async () => {
    for (const bytes of [await importTemplateXlsx(), Buffer.from(importTemplateCsv(), 'utf8')]) {
      const parsed = await parseImportFile(bytes);
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows).toHaveLength(1);
      expect(parsed.rows[0]).toMatchObject({
        line: 2,
        creditCode: '12330100MB0A000174',
        functions: ['INFORMATION', 'TECHNOLOGY'],
        awardedOn: '2024-06-18',
      });
    }
  });

  it('reads real date cells of an XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['机构名称', '统一社会信用代码', '服务功能', '认定日期']);
    sheet.addRow(['甲', '12330100MB0A000174', '培训服务', new Date(Date.UTC(2023, 10, 5))]);
    const parsed = await parseImportFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.rows[0]?.awardedOn).toBe('2023-11-05');
  });

  it('says so when an XLSX cannot be read', async () => {
    const parsed = await parseImportFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(parsed.problems[0]?.field).toBe('file');
  });
});
