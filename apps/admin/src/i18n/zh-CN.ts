import type { Translations } from '@sme/ui';

export const zhCN = {
  app: {
    title: '示范平台认定管理系统',
    subtitle: '协会工作人员登录',
    portalName: '会员申报系统',
  },
  nav: {
    home: '工作台',
    applications: '申报管理',
    calendar: '工作日历',
  },
  notFound: {
    title: '页面不存在',
    back: '返回工作台',
  },
  application: {
    title: '申报详情',
    notFound: '申报不存在',
    renewal: '再次申报',
    yes: '是',
    no: '否',
    createdAt: '创建时间',
    submittedAt: '提交时间',
  },
  applications: {
    filterReviewOverdue: '评审逾期',
    anyReview: '不限',
    reviewOverdueOnly: '仅看评审逾期',
    title: '申报管理',
    filterStatus: '申报状态',
    filterRound: '申报批次',
    allStatuses: '全部状态',
    allRounds: '全部批次',
    clearFilters: '清除筛选',
    organisation: '申报机构',
    creditCode: '统一社会信用代码',
    round: '申报批次',
    functions: '服务功能类别',
    status: '状态',
    updatedAt: '更新时间',
    total: '共 {{count}} 条申报',
    page: '第 {{page}} / {{pages}} 页',
    previous: '上一页',
    next: '下一页',
    empty: '暂无申报',
    emptyFiltered: '没有符合筛选条件的申报',
    roundsFailed: '无法加载申报批次：{{message}}',
    description: '按状态和批次查询申报；筛选条件保存在链接中，可收藏或分享。',
    emptyHint: '会员单位在门户创建并提交申报后会出现在这里。',
    unknownRound: '链接中的申报批次不存在，请重置查询条件。',
    unknownStatus: '链接中的申报状态无效，请重置查询。',
    view: '查看',
    viewOne: '查看 {{name}} 的申报',
  },
};

export type AppResources = Translations<typeof zhCN>;
