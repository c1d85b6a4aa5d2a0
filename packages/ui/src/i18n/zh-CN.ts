// Shared strings, under the "ui" key so they never collide with an app's own keys.
export const zhCN = {
  ui: {
    language: {
      label: '语言',
      'zh-CN': '中文',
      en: 'English',
    },
    status: {
      DRAFT: '草稿',
      SUBMITTED: '已提交',
      RECOMMENDED: '已推荐',
      RETURNED: '已退回',
      NOT_RECOMMENDED: '不予推荐',
      UNDER_REVIEW: '评审中',
      MORE_INFO_REQUESTED: '待补充材料',
      REVIEW_PASSED: '评审通过',
      REVIEW_FAILED: '评审未通过',
      IN_PUBLIC_NOTICE: '公示中',
      ACCREDITED: '已认定',
      FAILED: '未通过认定',
      WITHDRAWN: '已撤回',
    },
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
    },
    shell: {
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
