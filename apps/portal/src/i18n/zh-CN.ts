import { guideZhCN } from './guide-zh-CN';
import type { Translations } from '@sme/ui';

export const zhCN = {
  guide: guideZhCN,
  app: {
    title: '示范平台申报系统',
    subtitle: '会员单位登录',
    consoleName: '协会管理后台',
  },
  nav: {
    myApplications: '我的申报',
    newApplication: '新建申报',
  },
  notFound: {
    title: '页面不存在',
    back: '返回我的申报',
  },
  myApplications: {
    title: '我的申报',
    create: '新建申报',
    round: '申报批次',
    functions: '服务功能类别',
    status: '状态',
    createdAt: '创建时间',
    updatedAt: '更新时间',
    empty: '您的机构还没有申报',
    emptyHint: '在开放的申报批次中选择服务功能类别，即可创建申报草稿。',
    description: '本机构的全部申报及其办理进度。',
    allStatuses: '全部状态',
    allRounds: '全部批次',
    view: '查看',
    viewOne: '查看 {{round}} 的申报',
  },
  application: {
    title: '申报详情',
    notFound: '申报不存在',
    deadline: '申报截止',
    submittedAt: '提交时间',
  },
  newApplication: {
    title: '新建申报',
    description: '选择申报批次和服务功能类别，创建申报草稿；提交前可继续修改。',
    organisation: '申报机构',
    noOrganisation: '您的账号尚未关联会员机构，暂时无法申报。请联系协会会员部。',
    round: '申报批次',
    roundOption: '{{name}}（申报截止：{{deadline}}）',
    roundRequired: '请选择申报批次',
    functions: '服务功能类别',
    functionsHint: '可多选，依据《认定管理办法》第四条。',
    functionsRequired: '请至少选择一项服务功能类别',
    submit: '创建申报草稿',
    cancel: '取消',
    created: '已创建申报草稿（{{round}}）',
    noOpenRound: '目前没有开放的申报批次',
    noOpenRoundHint: '协会每年组织两批认定（第十条），请留意申报通知。',
    backToList: '返回我的申报',
    validationFailed: '申报信息有误：{{message}}',
    ruleViolation: '{{message}}（依据{{article}}）',
    roundsFailed: '无法加载申报批次：{{message}}',
  },
};

export type AppResources = Translations<typeof zhCN>;
