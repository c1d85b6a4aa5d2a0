// The import preview: the rows read from the file, with the problems found while reading it and
// those the API's dry run found, each against the row's line in the file.
export type ImportRow = {
  line: number;
  organisationName: string;
  creditCode: string;
  functions: string[];
  awardedOn: string;
  certificateNumber: string | null;
};
export type LineProblem = { line: number; field: string; message: string };
export type ParsedFile = {
  rows: ImportRow[];
  problems: { line: number; field: string; message: { zhCN: string; en: string } }[];
};

/** The parse route's problems in the reader's language. */
export function parseProblems(file: ParsedFile, language: string): LineProblem[] {
  return file.problems.map((p) => ({
    line: p.line,
    field: p.field,
    message: language.startsWith('en') ? p.message.en : p.message.zhCN,
  }));
}

/** The rows the dry run can check: those whose date could be read (the API's Date type refuses the rest outright). */
export function checkableRows(rows: readonly ImportRow[]): ImportRow[] {
  return rows.filter((r) => r.awardedOn !== '');
}

/** The mutation's input row (without the line). */
export function toInputRow(r: ImportRow) {
  return {
    organisationName: r.organisationName,
    creditCode: r.creditCode,
    functions: r.functions,
    awardedOn: r.awardedOn,
    certificateNumber: r.certificateNumber,
  };
}

/** The dry run numbers rows 1.. in the order sent; put each problem back on its line in the file. */
export function dryRunProblems(
  sent: readonly ImportRow[],
  problems: readonly { row: number; field: string; message: string }[],
): LineProblem[] {
  return problems.map((p) => ({ line: sent[p.row - 1]?.line ?? 0, field: p.field, message: p.message }));
}

/** Problems grouped by line, and whether the import may go ahead (rows and no problem at all). */
export function summarise(
  rows: readonly ImportRow[],
  problems: readonly LineProblem[],
): { byLine: Map<number, LineProblem[]>; badRows: number; fileProblems: LineProblem[]; ready: boolean } {
  const lines = new Set(rows.map((r) => r.line));
  const byLine = new Map<number, LineProblem[]>();
  const fileProblems: LineProblem[] = [];
  for (const p of problems) {
    if (!lines.has(p.line)) {
      fileProblems.push(p);
      continue;
    }
    byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  }
  return { byLine, badRows: byLine.size, fileProblems, ready: rows.length > 0 && problems.length === 0 };
}
