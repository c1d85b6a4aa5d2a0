// Legacy titles from a spreadsheet: the template's Chinese headers, and reading an
// XLSX or CSV file into the rows importAccreditations takes, with each row's line in the file and
// what could not be read. The database checks (duplicates, existing numbers) stay in the mutation.
import type ExcelJS from 'exceljs';
import { SERVICE_FUNCTIONS, SERVICE_FUNCTION_NAMES, type ServiceFunction } from '@sme/domain';

export type ImportField = 'organisationName' | 'creditCode' | 'functions' | 'awardedOn' | 'certificateNumber';

// Patterns with Chinese characters are built from strings, not regex literals: the bundler
// escapes non-ASCII in strings only, and one raw Chinese character anywhere in the bundle (dist/) makes
// V8 keep the whole bundle's source as a two-byte string (6 MiB more idle memory).
const HEADER_NOISE = new RegExp('[\\s*＊（）()]', 'g');
const HEADER_MARKS = new RegExp('（选填）|选填|必填', 'g');
const SERVICE_SUFFIX = new RegExp('服务$');
const FUNCTION_SEPARATORS = new RegExp('[、,，;；/|\\n]+');
const CHINESE_OR_ISO_DATE = new RegExp('^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$');

/** The template's columns, in order; a header is recognised by its Chinese name or its field name. */
export const IMPORT_COLUMNS: readonly {
  field: ImportField;
  header: string;
  required: boolean;
  example: string;
  width: number;
}[] = [
  { field: 'organisationName', header: '机构名称', required: true, example: '杭州市中小企业服务中心', width: 36 },
  { field: 'creditCode', header: '统一社会信用代码', required: true, example: '12330100MB0A000174', width: 24 },
  { field: 'functions', header: '服务功能', required: true, example: '信息服务、技术服务', width: 28 },
  { field: 'awardedOn', header: '认定日期', required: true, example: '2024-06-18', width: 14 },
  { field: 'certificateNumber', header: '证书编号', required: false, example: 'SME-2024-0001', width: 20 },
];

export type ParsedImportRow = {
  /** The row's line in the file (the header is line 1). */
  line: number;
  organisationName: string;
  creditCode: string;
  functions: ServiceFunction[];
  awardedOn: string;
  certificateNumber: string | null;
};

export type ImportParseProblem = { line: number; field: string; message: { zhCN: string; en: string } };

export type ParsedImportFile = { rows: ParsedImportRow[]; problems: ImportParseProblem[] };

export const MAX_IMPORT_ROWS = 5000;

type Cell = string | number | boolean | Date | null | undefined;

const HEADER_ALIASES: Record<string, ImportField> = Object.fromEntries(
  IMPORT_COLUMNS.flatMap((c) => [
    [normaliseHeader(c.header), c.field],
    [normaliseHeader(c.field), c.field],
  ]),
);
HEADER_ALIASES[normaliseHeader('平台名称')] = 'organisationName';
HEADER_ALIASES[normaliseHeader('服务功能类别')] = 'functions';
HEADER_ALIASES[normaliseHeader('授予日期')] = 'awardedOn';

function normaliseHeader(text: string): string {
  return text.replace(HEADER_NOISE, '').replace(HEADER_MARKS, '').toLowerCase();
}

const FUNCTION_BY_NAME = new Map<string, ServiceFunction>(
  SERVICE_FUNCTIONS.flatMap((f) => [
    [f.toLowerCase(), f],
    [SERVICE_FUNCTION_NAMES[f].zhCN, f],
    [SERVICE_FUNCTION_NAMES[f].zhCN.replace(SERVICE_SUFFIX, ''), f],
    [SERVICE_FUNCTION_NAMES[f].en.toLowerCase(), f],
  ]),
);

/** "信息服务、技术服务" / "INFORMATION;TECHNOLOGY" → the functions, or the parts not recognised. */
export function parseFunctions(text: string): { functions: ServiceFunction[]; unknown: string[] } {
  const parts = text
    .split(FUNCTION_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const functions: ServiceFunction[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const found = FUNCTION_BY_NAME.get(part) ?? FUNCTION_BY_NAME.get(part.toLowerCase());
    if (found) functions.push(found);
    else unknown.push(part);
  }
  return { functions, unknown };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date cell as YYYY-MM-DD: a spreadsheet date, a serial number, 2024-06-18, 2024/6/18, 2024.6.18 or 2024年6月18日. */
export function parseDateCell(value: Cell): string | null {
  if (value instanceof Date) {
    // exceljs gives dates at UTC midnight of the calendar day typed in the sheet
    return Number.isNaN(value.getTime())
      ? null
      : isoOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 100000) return null;
    // Excel's serial day 25569 is 1970-01-01 (the 1900 system, leap-year bug included)
    const d = new Date(Math.round((value - 25569) * 86_400_000));
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const text = String(value ?? '').trim();
  const match = CHINESE_OR_ISO_DATE.exec(text);
  if (!match) return null;
  return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

function textOf(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return parseDateCell(value) ?? '';
  return String(value).trim();
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF), a leading BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The rows of a sheet (header first) into import rows; blank lines are skipped. */
export function rowsFromTable(table: readonly (readonly Cell[])[]): ParsedImportFile {
  const problems: ImportParseProblem[] = [];
  const rows: ParsedImportRow[] = [];
  const headerIndex = table.findIndex((r) => r.some((c) => textOf(c) !== ''));
  if (headerIndex < 0) {
    problems.push({ line: 1, field: 'file', message: { zhCN: '文件中没有数据。', en: 'The file holds no data.' } });
    return { rows, problems };
  }
  const header = table[headerIndex] ?? [];
  const columnOf = new Map<ImportField, number>();
  header.forEach((cell, index) => {
    const field = HEADER_ALIASES[normaliseHeader(textOf(cell))];
    if (field && !columnOf.has(field)) columnOf.set(field, index);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columnOf.has(c.field));
  if (missing.length > 0) {
    problems.push({
      line: headerIndex + 1,
      field: 'header',
      message: {
        zhCN: `表头缺少列：${missing.map((c) => c.header).join('、')}。请使用下载的模板。`,
        en: `The header lacks the column(s): ${missing.map((c) => c.field).join(', ')}. Use the downloadable template.`,
      },
    });
    return { rows, problems };
  }
  let tooManyRows = false;
  const cell = (r: readonly Cell[], field: ImportField): Cell => {
    const index = columnOf.get(field);
    return index === undefined ? undefined : r[index];
  };
  for (let i = headerIndex + 1; i < table.length; i++) {
    const r = table[i] ?? [];
    if (!r.some((c) => textOf(c) !== '')) continue;
    // One row past the limit is enough to know the file is too long: the rest is not read, and
    // the answer carries the rows up to the limit, never the whole file.
    if (rows.length === MAX_IMPORT_ROWS) {
      tooManyRows = true;
      break;
    }
    const line = i + 1;
    const add = (field: string, zhCN: string, en: string) => problems.push({ line, field, message: { zhCN, en } });
    const functionsText = textOf(cell(r, 'functions'));
    const { functions, unknown } = parseFunctions(functionsText);
    if (unknown.length > 0) {
      add(
        'functions',
        `无法识别的服务功能：${unknown.join('、')}（可填：信息服务、技术服务、创业服务、培训服务、融资服务）。`,
        `Unknown service function(s): ${unknown.join(', ')} (use: ${SERVICE_FUNCTIONS.join(', ')}).`,
      );
    }
    const dateCell = cell(r, 'awardedOn');
    const awardedOn = parseDateCell(dateCell);
    if (awardedOn === null && textOf(dateCell) !== '') {
      add(
        'awardedOn',
        `认定日期“${textOf(dateCell)}”无法识别，请填写如 2024-06-18。`,
        `The award date "${textOf(dateCell)}" is not a date; write it like 2024-06-18.`,
      );
    } else if (awardedOn === null) add('awardedOn', '认定日期不能为空。', 'The award date is empty.');
    const number = textOf(cell(r, 'certificateNumber'));
    rows.push({
      line,
      organisationName: textOf(cell(r, 'organisationName')),
      creditCode: textOf(cell(r, 'creditCode')).toUpperCase(),
      functions,
      awardedOn: awardedOn ?? '',
      certificateNumber: number === '' ? null : number,
    });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({
      line: headerIndex + 2,
      field: 'file',
      message: { zhCN: '文件中只有表头，没有数据行。', en: 'The file has a header but no data rows.' },
    });
  }
  if (tooManyRows) {
    problems.push({
      line: 1,
      field: 'file',
      message: {
        zhCN: `一次最多导入${MAX_IMPORT_ROWS}行，该文件超过${MAX_IMPORT_ROWS}行；只读取了前${MAX_IMPORT_ROWS}行。请分成几个文件导入。`,
        en: `At most ${MAX_IMPORT_ROWS} rows per import; this file has more, and only the first ${MAX_IMPORT_ROWS} were read. Split it into several files.`,
      },
    });
  }
  return { rows, problems };
}

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((p) => p.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  }
  return String(value as unknown);
}

/** exceljs on first use: it is a large part of start-up and idle memory otherwise (docs/performance.md). */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

const isZip = (bytes: Buffer) =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** An .xlsx (by its bytes: a zip) or else UTF-8 CSV. */
export async function parseImportFile(bytes: Buffer): Promise<ParsedImportFile> {
  if (!isZip(bytes)) return rowsFromTable(parseCsv(bytes.toString('utf8')));
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          field: 'file',
          message: {
            zhCN: '无法读取该 Excel 文件，请使用 .xlsx 格式。',
            en: 'The Excel file could not be read; use the .xlsx format.',
          },
        },
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  const table: Cell[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      values[col - 1] = plainCell(c.value);
    });
    table[rowNumber - 1] = values;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return rowsFromTable(table);
}

/** The template: the Chinese headers, one example row, and a sheet that explains each column. */
export async function importTemplateXlsx(): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('示范平台称号');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.field, c.example])));
  // dates and credit codes are text, so Excel does not turn them into numbers
  for (const key of ['creditCode', 'awardedOn', 'certificateNumber']) sheet.getColumn(key).numFmt = '@';
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'header', width: 18 },
    { header: '说明', key: 'note', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRows([
    { header: '机构名称', note: '必填。' },
    { header: '统一社会信用代码', note: '必填，18位（GB 32100），校验位须正确。' },
    { header: '服务功能', note: '必填，可填多项，用顿号分隔：信息服务、技术服务、创业服务、培训服务、融资服务。' },
    { header: '认定日期', note: '必填，格式 2024-06-18；有效期三年（第十一条），自认定日期起算。' },
    { header: '证书编号', note: '选填，旧证书上的编号；不填则按 LEGACY-年份-序号 自动编号。' },
    { header: '', note: '所有行都正确时才会导入；有任何一行有误，都不导入，并逐行列出原因。请删除示例行后填写。' },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same template as CSV (UTF-8 with BOM, so Excel shows the Chinese headers). */
export function importTemplateCsv(): string {
  return `\uFEFF${IMPORT_COLUMNS.map((c) => c.header).join(',')}\r\n${IMPORT_COLUMNS.map((c) => (c.example.includes(',') ? `"${c.example}"` : c.example)).join(',')}\r\n`;
}
