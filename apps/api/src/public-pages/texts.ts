// The light public pages' words: the same wording as the portal's public pages
// (apps/portal/src/public/i18n.ts, membership register page) and the domain's names of the
// service functions, so a status reads the same on a phone, in the portal and in the console.
// Chinese is the default; English is its own text, chosen by ?lang=en or Accept-Language.
import { SERVICE_FUNCTION_NAMES, type ServiceFunction } from '@sme/domain';

export type Lang = 'zh-CN' | 'en';
export type CertificateStatus = 'VALID' | 'EXPIRED' | 'REVOKED' | 'NOT_YET_VALID';

const zhCN = {
  site: '中小企业公共服务示范平台',
  nav: {
    notices: '认定公示',
    register: '示范平台名录',
    verify: '证书核验',
    receipt: '异议查询',
    signIn: '会员登录',
    label: '公开信息',
    otherLanguage: 'English',
  },
  association: {
    publishedBy: (name: string) => `本页信息由${name}发布`,
    website: '协会门户网站',
    noticesFeed: '公示订阅（Atom）',
    registerFeed: '名录订阅（Atom）',
  },
  front: {
    title: '中小企业公共服务示范平台',
    intro: '示范平台的申报、评审、公示与名录。',
    publicHeading: '公开信息',
    notices: '认定结果公示（公示公告）',
    register: '示范平台名录',
    verify: '证书核验',
    receipt: '异议处理结果查询',
    signInHeading: '会员登录',
    email: '电子邮箱',
    password: '密码',
    code: '动态码或恢复码',
    signIn: '登录',
    emailRequired: '请输入电子邮箱',
    passwordRequired: '请输入密码',
    signInFailed: '登录失败：',
    noAccount: '还没有账号？',
    registerLink: '注册新机构',
    scriptNeeded: '登录需要浏览器启用脚本。',
  },
  notices: {
    title: '认定结果公示',
    description:
      '依据《管理办法》第八条，评审结果在协会门户网站公示5个工作日。公示期内，任何单位和个人均可实名提出异议。',
    empty: '暂无公示',
    emptyHint: '评审结果公示后将在此发布。',
    publishedOn: '发布日期',
    evidenceUrl: '协会网站发布网址',
    period: '公示期',
    periodText: (start: string, end: string) => `${start}至${end}（5个工作日）`,
    workingDays: '公示期工作日',
    running: '公示中',
    over: '公示期已结束',
    notYet: '尚未开始',
    organisation: '平台运营机构',
    region: '所在地区',
    functions: '服务功能类别',
    renewal: '再次申报',
    actions: '操作',
    object: '提出异议',
    objectTo: (name: string) => `对${name}提出异议`,
    closedText: (start: string, end: string) => `公示期为${start}至${end}，已结束，不再受理异议。`,
    notYetText: (start: string) => `公示期自${start}开始，届时方可提出异议。`,
  },
  register: {
    title: '示范平台名录',
    description: '依据《管理办法》第九条，公布当前有效的中小企业公共服务示范平台；被撤销的平台另列于下。',
    name: '机构名称',
    function: '服务功能类别',
    region: '所在地区',
    regionPlaceholder: '省、市名称或行政区划代码',
    anyFunction: '全部类别',
    search: '查询',
    reset: '重置',
    certificateNumber: '证书编号',
    validity: '有效期',
    validityText: (from: string, until: string) => `${from}至${until}`,
    empty: '没有符合条件的示范平台',
    emptyHint: '可减少查询条件后重试。',
    total: (n: number) => `共 ${n} 条`,
    pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
    previous: '上一页',
    next: '下一页',
    paging: '分页',
    revokedTitle: '已撤销的示范平台',
    revokedEmpty: '暂无被撤销的示范平台',
    revokedOn: '撤销生效日期',
    reason: '撤销原因',
    revoked: '已撤销',
    pending: '撤销办理中',
    reasonValue: {
      VIOLATION_VERIFIED: '经查实存在违法违规行为（第十一条）',
      FAILED_SPOT_CHECK: '抽查不合格（第十三条）',
    } as Record<string, string>,
    verify: '核验',
    verifyOf: (name: string) => `核验${name}的证书`,
  },
  verify: {
    title: '证书核验',
    description: '输入证书编号，或用手机扫描证书上的二维码，核验示范平台证书是否有效。',
    number: '证书编号',
    placeholder: '例如 SMEPSP-2026-1-0001-X',
    check: '核验',
    unknown: '未找到证书',
    unknownText: (number: string) => `没有编号为 ${number} 的示范平台证书。请核对编号；如有疑问请联系协会。`,
    organisation: '平台运营机构',
    functions: '服务功能类别',
    awardedOn: '认定日期',
    validity: '有效期',
    validityText: (from: string, until: string) => `${from}至${until}`,
    revokedOn: '撤销生效日期',
    statusValue: { VALID: '有效', EXPIRED: '已过期', REVOKED: '已撤销', NOT_YET_VALID: '尚未生效' } as Record<
      CertificateStatus,
      string
    >,
    statusText: (status: CertificateStatus, until: string, revokedDay: string) =>
      ({
        VALID: '该证书真实有效。',
        EXPIRED: `该证书已过期：有效期至${until}止（第十一条：有效期三年）。`,
        REVOKED: `该证书已被撤销：自${revokedDay}起不再具有示范平台称号（第十一条、第十三条）。`,
        NOT_YET_VALID: '该证书尚未到有效期起始日。',
      })[status],
    pending: '撤销办理中',
    pendingText:
      '协会已对该示范平台称号启动撤销程序（抽查不合格或违法违规行为经查实，第十一条、第十三条），撤销尚未生效。',
    pendingFrom: (date: string) => `撤销将自${date}起生效。`,
  },
  registration: {
    title: '机构注册',
    subtitle: '注册后即可申请入会；成为协会会员后方可申报示范平台（第二条）。',
    organisationName: '机构名称',
    organisationNameRequired: '请填写机构名称',
    creditCode: '统一社会信用代码',
    creditCodeRequired: '请填写统一社会信用代码',
    creditCodeOk: '校验通过（GB 32100）',
    creditCodeHelp: '18位，见营业执照或法人证书',
    contactName: '联系人',
    contactNameRequired: '请填写联系人',
    contactPhone: '联系电话',
    contactPhoneInvalid: '请填写有效的联系电话',
    email: '登录邮箱',
    emailInvalid: '请填写有效的邮箱',
    password: '登录密码',
    passwordTooShort: '密码至少 8 位',
    passwordConfirm: '确认密码',
    passwordMismatch: '两次输入的密码不一致',
    submit: '注册',
    failed: '注册未成功：',
    haveAccount: '已有账号？',
    signIn: '返回登录',
    scriptNeeded: '注册需要浏览器启用脚本。',
  },
  notFound: '页面不存在',
  loadFailed: '加载失败，请稍后重试。',
};

export type Texts = typeof zhCN;

const en: Texts = {
  site: 'SME Public Service Demonstration Platforms',
  nav: {
    notices: 'Public notices',
    register: 'Register',
    verify: 'Verify a certificate',
    receipt: 'Objection receipt',
    signIn: 'Member sign-in',
    label: 'Public information',
    otherLanguage: '中文',
  },
  association: {
    publishedBy: (name) => `Published by ${name}`,
    website: "The association's website",
    noticesFeed: 'Notices feed (Atom)',
    registerFeed: 'Register feed (Atom)',
  },
  front: {
    title: 'SME Public Service Demonstration Platforms',
    intro: 'Applications, reviews, public notices and the register of demonstration platforms.',
    publicHeading: 'Public information',
    notices: 'Public notices of results',
    register: 'Register of demonstration platforms',
    verify: 'Verify a certificate',
    receipt: 'Look up an objection',
    signInHeading: 'Member sign-in',
    email: 'Email',
    password: 'Password',
    code: 'Authenticator code or recovery code',
    signIn: 'Sign in',
    emailRequired: 'Enter your email',
    passwordRequired: 'Enter your password',
    signInFailed: 'Sign-in failed: ',
    noAccount: 'No account yet?',
    registerLink: 'Register an organisation',
    scriptNeeded: 'Signing in needs JavaScript enabled in the browser.',
  },
  notices: {
    title: 'Public notices of results',
    description:
      'Art. 8: review results are publicly noticed on the association’s portal for 5 working days. While a notice runs, anyone may object under their real name.',
    empty: 'No public notices yet',
    emptyHint: 'Review results are published here.',
    publishedOn: 'Published',
    evidenceUrl: 'Published on the association’s website at',
    period: 'Notice period',
    periodText: (start, end) => `${start} to ${end} (5 working days)`,
    workingDays: 'Working days of the period',
    running: 'Running',
    over: 'Period over',
    notYet: 'Not started',
    organisation: 'Operating organisation',
    region: 'Region',
    functions: 'Service functions',
    renewal: 'Renewal',
    actions: 'Actions',
    object: 'Object',
    objectTo: (name) => `Object to ${name}`,
    closedText: (start, end) => `The notice period ran from ${start} to ${end}; objections are no longer heard.`,
    notYetText: (start) => `The notice period starts on ${start}; objections may be lodged from then.`,
  },
  register: {
    title: 'Register of demonstration platforms',
    description:
      'Art. 9: the SME public service demonstration platforms whose title is valid today; revoked titles are listed below.',
    name: 'Organisation',
    function: 'Service function',
    region: 'Region',
    regionPlaceholder: 'Province, city or division code',
    anyFunction: 'All functions',
    search: 'Search',
    reset: 'Reset',
    certificateNumber: 'Certificate number',
    validity: 'Valid',
    validityText: (from, until) => `${from} to ${until}`,
    empty: 'No demonstration platform matches',
    emptyHint: 'Try fewer conditions.',
    total: (n) => `${n} in all`,
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    previous: 'Previous page',
    next: 'Next page',
    paging: 'Pages',
    revokedTitle: 'Revoked titles',
    revokedEmpty: 'No title has been revoked',
    revokedOn: 'Revocation effective',
    reason: 'Reason',
    revoked: 'Revoked',
    pending: 'Revocation under way',
    reasonValue: {
      VIOLATION_VERIFIED: 'Verified violation of laws or regulations (Art. 11)',
      FAILED_SPOT_CHECK: 'Failed spot check (Art. 13)',
    },
    verify: 'Verify',
    verifyOf: (name) => `Verify the certificate of ${name}`,
  },
  verify: {
    title: 'Verify a certificate',
    description:
      'Enter a certificate number, or scan the QR code on the certificate with a phone, to check whether it is valid.',
    number: 'Certificate number',
    placeholder: 'e.g. SMEPSP-2026-1-0001-X',
    check: 'Verify',
    unknown: 'Certificate not found',
    unknownText: (number) =>
      `There is no demonstration platform certificate numbered ${number}. Check the number, or contact the association.`,
    organisation: 'Operating organisation',
    functions: 'Service functions',
    awardedOn: 'Awarded',
    validity: 'Valid',
    validityText: (from, until) => `${from} to ${until}`,
    revokedOn: 'Revocation effective',
    statusValue: { VALID: 'Valid', EXPIRED: 'Expired', REVOKED: 'Revoked', NOT_YET_VALID: 'Not yet valid' },
    statusText: (status, until, revokedOn) =>
      ({
        VALID: 'This certificate is genuine and valid.',
        EXPIRED: `This certificate has expired: it was valid until ${until} (Art. 11: three years).`,
        REVOKED: `This certificate has been revoked: the title ended on ${revokedOn} (Arts. 11, 13).`,
        NOT_YET_VALID: 'This certificate is not valid yet.',
      })[status],
    pending: 'Revocation under way',
    pendingText:
      'The association has started revoking this title (a failed spot check or a verified violation, Arts. 11, 13); the revocation is not in effect yet.',
    pendingFrom: (date) => `The revocation takes effect on ${date}.`,
  },
  registration: {
    title: 'Register your organisation',
    subtitle:
      'Once registered, apply for membership; only members of the association may apply for the title (Art. 2).',
    organisationName: 'Organisation name',
    organisationNameRequired: 'Enter the organisation name',
    creditCode: 'Unified social credit code',
    creditCodeRequired: 'Enter the unified social credit code',
    creditCodeOk: 'Valid (GB 32100)',
    creditCodeHelp: '18 characters, as on the business licence or legal-person certificate',
    contactName: 'Contact person',
    contactNameRequired: 'Enter the contact person',
    contactPhone: 'Contact phone',
    contactPhoneInvalid: 'Enter a valid phone number',
    email: 'Sign-in e-mail',
    emailInvalid: 'Enter a valid e-mail address',
    password: 'Password',
    passwordTooShort: 'At least 8 characters',
    passwordConfirm: 'Confirm password',
    passwordMismatch: 'The passwords do not match',
    submit: 'Register',
    failed: 'Registration failed: ',
    haveAccount: 'Already registered?',
    signIn: 'Back to sign-in',
    scriptNeeded: 'Registering needs JavaScript enabled in the browser.',
  },
  notFound: 'Page not found',
  loadFailed: 'Could not load this page; try again later.',
};

export function textsFor(lang: Lang): Texts {
  return lang === 'en' ? en : zhCN;
}

export function functionName(fn: string, lang: Lang): string {
  const name = SERVICE_FUNCTION_NAMES[fn as ServiceFunction];
  if (!name) return fn;
  return lang === 'en' ? name.en : name.zhCN;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "2026年11月25日" / "25 November 2026" for a GraphQL Date (a calendar day in Asia/Shanghai). */
export function longDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return lang === 'zh-CN' ? `${y}年${Number(m)}月${Number(d)}日` : `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}
