// The console's national-recommendation pages in Chinese, wired into the resources under `nationalRecommendation`.
export const zhCN = {
  nav: '国家级推荐',
  title: '国家级推荐',
  description: '第十四条：每年从当日有效且未撤销的称号中择优推荐至国家级示范平台。',
  year: '推荐年度',
  empty: '该年度尚未推荐',
  choose: '选择推荐的示范平台',
  note: '推荐说明（选填）',
  recommend: '推荐',
  confirm: '将以下 {{count}} 个示范平台推荐至 {{year}} 年度国家级示范平台？',
  done: '已推荐',
  export: '导出名单（Excel）',
  exportCsv: '导出名单（CSV）',
  candidates: '可推荐的称号（有效且未撤销）',
};
