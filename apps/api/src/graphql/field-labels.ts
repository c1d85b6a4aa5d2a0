// Validation messages name the field in words, never by its input path (input.dueOn): each input
// field the forms send has its name here in both languages. A field not listed is named by its
// words (dueOn → "due on") in English and left out in Chinese, where the message stands alone.
import type { LocalisedText } from './error-classes.js';

export const FIELD_LABELS: Record<string, LocalisedText> = {
  dueOn: { zhCN: '截止日期', en: 'due date' },
  name: { zhCN: '名称', en: 'name' },
  title: { zhCN: '标题', en: 'title' },
  email: { zhCN: '电子邮箱', en: 'e-mail address' },
  password: { zhCN: '密码', en: 'password' },
  otp: { zhCN: '动态验证码', en: 'one-time code' },
  code: { zhCN: '验证码', en: 'code' },
  note: { zhCN: '说明', en: 'note' },
  reason: { zhCN: '理由', en: 'reason' },
  description: { zhCN: '情况说明', en: 'description' },
  evidence: { zhCN: '证据', en: 'evidence' },
  evidenceUrl: { zhCN: '发布网址', en: 'web address of the publication' },
  comment: { zhCN: '评审意见', en: 'comment' },
  opinion: { zhCN: '意见', en: 'opinion' },
  findings: { zhCN: '核查结论', en: 'findings' },
  score: { zhCN: '分数', en: 'score' },
  scores: { zhCN: '评分', en: 'scores' },
  year: { zhCN: '年份', en: 'year' },
  sequence: { zhCN: '批次序号', en: 'sequence number' },
  opensOn: { zhCN: '开始申报日期', en: 'opening date' },
  submissionDeadline: { zhCN: '申报截止日期', en: 'submission deadline' },
  reviewEndsOn: { zhCN: '评审截止日期', en: 'review end date' },
  publishedOn: { zhCN: '发布日期', en: 'publication date' },
  effectiveOn: { zhCN: '生效日期', en: 'effective date' },
  endedOn: { zhCN: '终止日期', en: 'end date' },
  awardedOn: { zhCN: '授予日期', en: 'award date' },
  foundedOn: { zhCN: '成立日期', en: 'founding date' },
  submittedOn: { zhCN: '提交日期', en: 'submission date' },
  body: { zhCN: '正文', en: 'text' },
  request: { zhCN: '需补充的内容', en: 'request' },
  response: { zhCN: '答复', en: 'response' },
  grounds: { zhCN: '异议理由', en: 'grounds' },
  contact: { zhCN: '联系方式', en: 'contact details' },
  contactName: { zhCN: '联系人', en: 'contact name' },
  contactPhone: { zhCN: '联系电话', en: 'contact phone' },
  creditCode: { zhCN: '统一社会信用代码', en: 'unified social credit code' },
  organisationName: { zhCN: '机构名称', en: 'organisation name' },
  provinceCode: { zhCN: '省份', en: 'province' },
  region: { zhCN: '地区', en: 'region' },
  sampleSize: { zhCN: '抽查数量', en: 'sample size' },
  seed: { zhCN: '随机种子', en: 'seed' },
  expiresInDays: { zhCN: '有效天数', en: 'days of validity' },
  reviewersPerApplication: { zhCN: '每份申报的专家人数', en: 'reviewers per application' },
  reviewerIds: { zhCN: '评审专家', en: 'reviewers' },
  applicationIds: { zhCN: '申报', en: 'applications' },
  functions: { zhCN: '服务功能', en: 'service functions' },
  function: { zhCN: '服务功能', en: 'service function' },
  outcome: { zhCN: '结论', en: 'outcome' },
  recommendation: { zhCN: '评审建议', en: 'recommendation' },
  certificateNumber: { zhCN: '证书编号', en: 'certificate number' },
  totalAssetsYuan: { zhCN: '资产总额', en: 'total assets' },
  satisfactionPercent: { zhCN: '服务满意度', en: 'satisfaction rate' },
  smesServedLastYear: { zhCN: '上一年服务中小企业数', en: 'SMEs served last year' },
  smesServedYearBefore: { zhCN: '前一年服务中小企业数', en: 'SMEs served the year before' },
  aggregatedInstitutions: { zhCN: '聚集服务机构数', en: 'service institutions brought together' },
  freeOrLowFeeSharePercent: { zhCN: '免费或低收费服务占比', en: 'share of free or low-fee services' },
  serviceStaff: { zhCN: '服务人员数', en: 'service staff' },
  qualifiedStaff: { zhCN: '专业人员数', en: 'qualified staff' },
  version: { zhCN: '版本', en: 'version' },
  rows: { zhCN: '导入行', en: 'rows' },
};

/** The field an input path names: its last part that is not a list index (input.scores.0.score → score). */
function fieldOf(path: readonly string[]): string | null {
  const named = path.filter((part) => !/^\d+$/.test(part) && part !== 'input');
  return named[named.length - 1] ?? null;
}

const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
// Chinese messages that read on from a field name: 截止日期须晚于今天, 名称不能为空, 名称最多200个字
// Built from a string so the bundle keeps Chinese as \u escapes (scripts/build.mjs refuses raw non-ASCII).
const READS_ON_ZH = new RegExp('^(须|不能|至少|最多|应|不是)');

/** One field's message as a sentence that names the field in words, in both languages. */
export function describeFieldIssue(path: readonly string[], text: LocalisedText): LocalisedText {
  const field = fieldOf(path);
  const label = field ? FIELD_LABELS[field] : undefined;
  let zhCN = text.zhCN;
  if (label && !zhCN.includes(label.zhCN))
    zhCN = READS_ON_ZH.test(zhCN) ? `${label.zhCN}${zhCN}` : `${label.zhCN}：${zhCN}`;
  const enLabel = label?.en ?? (field ? words(field) : null);
  let en = text.en;
  if (enLabel && !en.toLowerCase().includes(enLabel.toLowerCase()))
    en = /^must\b/.test(en) ? `the ${enLabel} ${en}` : `${enLabel}: ${en}`;
  return { zhCN, en: capitalise(en) };
}
