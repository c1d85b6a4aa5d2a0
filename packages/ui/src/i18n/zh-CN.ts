import { APPLICATION_STATUS } from '../status/application-status';
import { MEMBERSHIP_REQUEST_STATUS } from '../status/membership-request-status';
import { NOTICE_ENTRY_OUTCOME, NOTICE_STATUS } from '../status/notice-status';
import { OBJECTION_STATUS } from '../status/objection-status';
import { REVOCATION_STATUS } from '../status/revocation-status';
import { SPOT_CHECK_STATUS } from '../status/spot-check-status';
import { namesIn } from '../status/status-table';
import { TITLE_STATUS } from '../status/title-status';
// Shared strings, under the "ui" key so they never collide with an app's own keys.
export const zhCN = {
  ui: {
    language: {
      label: '语言',
      'zh-CN': '中文',
      en: 'English',
    },
    // status names come from the status tables (packages/domain's names), never written here
    status: namesIn(APPLICATION_STATUS, 'zhCN'),
    titleStatus: namesIn(TITLE_STATUS, 'zhCN'),
    spotCheckStatus: namesIn(SPOT_CHECK_STATUS, 'zhCN'),
    revocationStatus: namesIn(REVOCATION_STATUS, 'zhCN'),
    objectionStatus: namesIn(OBJECTION_STATUS, 'zhCN'),
    noticeStatus: namesIn(NOTICE_STATUS, 'zhCN'),
    noticeOutcome: namesIn(NOTICE_ENTRY_OUTCOME, 'zhCN'),
    membershipRequestStatus: namesIn(MEMBERSHIP_REQUEST_STATUS, 'zhCN'),
    serviceFunction: {
      INFORMATION: '信息服务',
      TECHNOLOGY: '技术服务',
      STARTUP: '创业服务',
      TRAINING: '培训服务',
      FINANCING: '融资服务',
    },
    region: {
      placeholder: '省份 / 城市',
      notFound: '没有匹配的地区',
    },
    signIn: {
      email: '电子邮箱',
      emailRequired: '请输入电子邮箱',
      emailInvalid: '电子邮箱格式不正确',
      password: '密码',
      passwordRequired: '请输入密码',
      submit: '登录',
      code: '动态码或恢复码',
      codeRequired: '请输入身份验证器中的 6 位动态码或一个恢复码',
    },
    demoBanner: '演示环境：示例账号仍使用 README 中公开的密码，请勿用于真实数据。',
    notifications: {
      bell: '通知',
      bellUnread: '通知，{{count}} 条未读',
      title: '通知',
      empty: '暂无通知',
      markAllRead: '全部标为已读',
      markRead: '标为已读',
      unread: '未读',
      loadFailed: '无法读取通知：{{message}}',
    },
    shell: {
      openMenu: '打开菜单',
      closeMenu: '关闭菜单',
      navigation: '主导航',
      signOut: '退出登录',
      signedInAs: '当前用户',
    },
    session: {
      loading: '正在加载…',
      meFailed: '无法读取登录状态',
      signInFailed: '登录失败：{{message}}',
      signedOut: '已退出登录',
      signOutFailed: '退出登录失败：{{message}}',
    },
    noAccess: {
      title: '无权访问此系统',
      description: '您的账号（{{email}}）没有使用此系统的权限。如需开通，请联系协会管理员。',
      otherFrontEnd: '您的账号可以使用{{name}}。',
      goTo: '前往{{name}}',
    },
    page: {
      home: '首页',
      breadcrumb: '面包屑导航',
      skipToContent: '跳到主要内容',
      notFound: '页面不存在',
      notFoundHint: '您要找的内容不存在或已被删除，请检查链接。',
    },
    list: {
      search: '查询',
      reset: '重置',
      expand: '展开',
      collapse: '收起',
      searchForm: '查询条件',
      actions: '操作',
      total: '共 {{count}} 条',
      selected: '已选择 {{count}} 项',
      clearSelection: '取消选择',
      export: '导出',
      exporting: '正在导出…',
      exported: '导出完成',
      exportFailed: '导出失败：{{message}}',
      exportAs: { xlsx: '导出为 Excel（XLSX）', csv: '导出为 CSV' },
      emptyFiltered: '没有符合查询条件的记录',
      emptyFilteredHint: '请调整或重置查询条件。',
      table: '{{title}}列表',
      loading: '正在加载…',
    },
    detail: {
      actions: '可执行的操作',
      history: '办理记录',
      noHistory: '暂无办理记录',
      noActions: '当前没有可执行的操作',
    },
    timeline: {
      by: '{{actor}}',
      note: '备注：{{note}}',
    },
    workbench: {
      title: '工作台',
      todo: '待办事项',
      nothing: '暂无待办',
    },
    confirm: {
      ok: '确定',
      cancel: '取消',
      count: '共 {{count}} 项',
      more: '等 {{count}} 项',
    },
    progress: {
      working: '正在处理…',
      percent: '已完成 {{percent}}%',
    },
    date: {
      placeholder: '请选择日期（YYYY-MM-DD）',
      outOfRange: '年份须在 {{min}} 至 {{max}} 年之间',
      invalid: '请输入有效日期，格式为 YYYY-MM-DD',
    },
    steps: {
      label: '申报进度',
      DRAFT: '填写申报',
      SUBMITTED: '提交',
      RECOMMENDED: '单位推荐',
      UNDER_REVIEW: '专家评审',
      IN_PUBLIC_NOTICE: '公示',
      ACCREDITED: '认定',
    },
    error: {
      network: '无法连接服务器，请检查网络后重试。',
      unauthenticated: '登录已失效，请重新登录。',
      forbidden: '您没有执行此操作的权限。',
      server: '服务器返回错误：{{message}}',
      unknown: '发生未知错误，请稍后重试。',
      retry: '重试',
    },
    empty: '—',
  },
};

/** Every locale must have exactly the shape of zh-CN; the compiler checks this for missing or
 * extra keys at any depth. */
export type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };
export type SharedResources = Translations<typeof zhCN>;
