import type { zhCN } from './zh-CN';

// The console's national-recommendation pages in English: the same keys as zh-CN.ts.
export const en: typeof zhCN = {
  nav: 'National recommendation',
  title: 'National recommendation',
  description:
    'Art. 14: each year the best platforms, among titles valid and unrevoked that day, are recommended to the national programme.',
  year: 'Year',
  empty: 'Nothing recommended for this year',
  choose: 'Choose platforms to recommend',
  note: 'Note (optional)',
  recommend: 'Recommend',
  confirm: 'Recommend these {{count}} platforms for {{year}}?',
  done: 'Recommended',
  export: 'Export list (Excel)',
  exportCsv: 'Export list (CSV)',
  candidates: 'Titles that may be recommended (valid, unrevoked)',
};
