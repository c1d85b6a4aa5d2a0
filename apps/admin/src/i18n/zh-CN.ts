import type { Translations } from '@sme/ui';

export const zhCN = {
  app: {
    title: '示范平台认定管理系统',
    subtitle: '协会工作人员登录',
    loading: '正在加载…',
    meFailed: '无法读取登录状态',
    signedOut: '已退出登录',
    signOutFailed: '退出登录失败：{{message}}',
  },
  signIn: {
    failed: '登录失败：{{message}}',
  },
  nav: {
    applications: '申报管理',
  },
  notFound: {
    title: '页面不存在',
    back: '返回申报管理',
  },
  applications: {
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
  },
};

export type AppResources = Translations<typeof zhCN>;
