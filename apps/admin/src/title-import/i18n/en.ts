import type { zhCN } from './zh-CN';

// The console's title-import pages in English: the same keys as zh-CN.ts.
export const en: typeof zhCN = {
  nav: 'Import legacy titles',
  title: 'Import legacy titles',
  description:
    'Titles awarded before this system. Every row is checked (credit code per GB 32100, dates, functions, duplicate numbers); if any row is bad, nothing is imported.',
  template: 'Download template (Excel)',
  templateCsv: 'Download template (CSV)',
  choose: 'Choose a file (.xlsx or .csv)',
  reading: 'Reading the file',
  checking: 'Checking',
  importing: 'Importing',
  line: 'Line',
  problems: 'Problems',
  ok: 'OK',
  summaryOk: '{{count}} rows, all good: ready to import.',
  summaryBad:
    '{{rows}} rows, {{bad}} with problems. Correct the file and choose it again; nothing is imported while any row is bad.',
  commit: 'Import {{count}} titles',
  confirm: 'Import {{count}} legacy titles?',
  confirmBody: 'Each is valid for three years from its award date (Art. 11).',
  done: 'Imported {{count}} titles',
  fileProblem: 'File problem',
  again: 'Choose another file',
  readFailed: 'Could not read the file: {{message}}',
};
