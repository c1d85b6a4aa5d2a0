// Generic streaming exporter: any list registers its columns (Chinese headers), how
// it reads its filters from the query string, who may export it, and how to read one keyset page.
// GET /api/exports/<list>.csv|.xlsx streams page by page, so 100,000 rows never sit in memory.
import { PassThrough, type Readable } from 'node:stream';
import type { Viewer } from '../context.js';
import { XLSX_DATE_TIME_FORMAT, beijingDateTimeText, beijingWallClock } from './beijing-time.js';

export type Cell = string | number | Date | null | undefined;

export type ExportColumn<Row> = { header: string; width?: number; value: (row: Row) => Cell };

export type ExportList<Row, Filter = unknown, Cursor = string> = {
  /** The path segment: /api/exports/<name>.csv */
  name: string;
  /** Sheet name and download file name (Chinese). */
  title: string;
  allowed: (viewer: Viewer) => boolean;
  /** Reads the list's filters from the query string (the same names as the list's arguments). */
  filter: (query: Record<string, string | undefined>, viewer: Viewer) => Filter;
  /** One page in a stable order after `cursor`; `next` null on the last page. */
  page: (filter: Filter, cursor: Cursor | null, size: number) => Promise<{ rows: Row[]; next: Cursor | null }>;
  columns: readonly ExportColumn<Row>[];
};

const lists = new Map<string, ExportList<never, never, never>>();

export function registerExportList<Row, Filter, Cursor>(list: ExportList<Row, Filter, Cursor>): void {
  if (lists.has(list.name)) throw new Error(`export list ${list.name} registered twice`);
  lists.set(list.name, list as unknown as ExportList<never, never, never>);
}

export function exportList(name: string): ExportList<unknown, unknown, unknown> | undefined {
  return lists.get(name) as ExportList<unknown, unknown, unknown> | undefined;
}

/** Every registered list's name (the foreign-object matrix checks each one). */
export function exportListNames(): string[] {
  return [...lists.keys()].sort();
}

export const EXPORT_PAGE_SIZE = 1000;

async function* rowsOf<Row, Filter, Cursor>(
  list: ExportList<Row, Filter, Cursor>,
  filter: Filter,
): AsyncGenerator<Row> {
  let cursor: Cursor | null = null;
  for (;;) {
    const { rows, next } = await list.page(filter, cursor, EXPORT_PAGE_SIZE);
    yield* rows;
    if (next === null || rows.length === 0) return;
    cursor = next;
  }
}

function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return beijingDateTimeText(value);
  return String(value);
}

// RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
export function csvField(value: Cell): string {
  let text = formatCell(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function write(stream: PassThrough, chunk: string): Promise<void> | undefined {
  if (stream.write(chunk)) return undefined;
  return new Promise((resolve) => stream.once('drain', resolve));
}

/** CSV in UTF-8 with a BOM (Excel then reads the Chinese headers correctly). */
export function csvStream<Row, Filter, Cursor>(
  list: ExportList<Row, Filter, Cursor>,
  filter: Filter,
  onError: (e: unknown) => void,
): Readable {
  const out = new PassThrough();
  void (async () => {
    try {
      await write(out, `\uFEFF${list.columns.map((c) => csvField(c.header)).join(',')}\r\n`);
      let batch = '';
      for await (const row of rowsOf(list, filter)) {
        batch += `${list.columns.map((c) => csvField(c.value(row))).join(',')}\r\n`;
        if (batch.length > 64 * 1024) {
          await write(out, batch);
          batch = '';
        }
      }
      if (batch) await write(out, batch);
      out.end();
    } catch (error) {
      onError(error);
      out.destroy(error as Error);
    }
  })();
  return out;
}

/** XLSX through exceljs's streaming WorkbookWriter: each row is committed (flushed) as written. */
export function xlsxStream<Row, Filter, Cursor>(
  list: ExportList<Row, Filter, Cursor>,
  filter: Filter,
  onError: (e: unknown) => void,
): Readable {
  const out = new PassThrough();
  void (async () => {
    try {
      // exceljs on first use: a large part of start-up and idle memory otherwise (docs/performance.md).
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet(list.title.slice(0, 31));
      sheet.columns = list.columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      let n = 0;
      for await (const row of rowsOf(list, filter)) {
        const values = list.columns.map((c) => c.value(row) ?? null);
        const added = sheet.addRow(values.map((v) => (v instanceof Date ? beijingWallClock(v) : v)));
        values.forEach((v, i) => {
          if (v instanceof Date) added.getCell(i + 1).numFmt = XLSX_DATE_TIME_FORMAT;
        });
        added.commit();
        // Let the zip stream drain now and then, so a slow download does not pile up in memory.
        if (++n % 500 === 0 && out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      onError(error);
      out.destroy(error as Error);
    }
  })();
  return out;
}
