import {
  formatArticleZh,
  formatChineseDate,
  ORGANISATION_KIND_NAMES,
  SERVICE_FUNCTION_ARTICLES,
  SERVICE_FUNCTION_NAMES,
  type OrganisationKind,
  type ServiceFunction,
} from '@sme/domain';
import { buildPdf, type PdfDocument } from './document.js';

// The two forms an applicant prints, seals (加盖公章), scans and uploads (打印盖章后上传): the
// function-category application form (附件1, Art. 7(1)) and the declaration of authenticity
// (Art. 7(8)). Both are generated from the declared facts and carry their fingerprint, so a
// reviewer comparing the sealed scan with the system sees whether the facts changed after printing.

type Facts = Record<string, unknown> & {
  foundedOn: string | null;
  organisationKind: OrganisationKind | null;
  functions: (Record<string, unknown> & { function: ServiceFunction })[];
};

export type ApplicationFormContent = {
  roundName: string;
  organisation: {
    name: string;
    creditCode: string;
    address: string | null;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
  };
  facts: Facts;
  /** SHA-256 of the declared facts (factsFingerprint). */
  fingerprint: string;
  /** The day it is printed, YYYY-MM-DD (Asia/Shanghai). */
  printedOn: string;
  /** The association the forms are addressed to (associationSettings().name). */
  associationName: string;
};

const INK = '#1f1f1f';
const GREY = '#595959';
const LINE = '#8c8c8c';

const yuanToWan = (v: number) => `${(v / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元`;
const NOT_DECLARED = '未填报';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A declared value as the form prints it: 是/否 for a yes/no fact, the figure with its unit otherwise. */
const yesNo =
  (field: string) =>
  (f: Record<string, unknown>): string =>
    f[field] === true ? '是' : f[field] === false ? '否' : NOT_DECLARED;
const figure =
  (field: string, unit: string, prefix = '') =>
  (f: Record<string, unknown>): string => {
    const v = f[field];
    return isNumber(v) ? `${prefix}${v.toLocaleString('zh-CN')}${unit}` : NOT_DECLARED;
  };
const money =
  (field: string) =>
  (f: Record<string, unknown>): string => {
    const v = f[field];
    return isNumber(v) ? yuanToWan(v) : NOT_DECLARED;
  };

/**
 * One condition as 附件1 prints it: the measures' words on the left (a verbatim quotation of
 * `article`; …… marks words left out), the applicant's declaration on the right, and — where the
 * software reads an open wording — its reading in a line of its own, never in place of the words.
 */
export type FormCondition = {
  article: string;
  condition: string;
  value: (facts: Record<string, unknown>) => string;
  reading?: string;
};

// Art. 5: the basic conditions, item by item in the order of the measures.
export const BASIC_CONDITIONS: FormCondition[] = [
  { article: 'Art. 5(1)', condition: '具有独立法人资格', value: yesNo('independentLegalPerson') },
  {
    article: 'Art. 5(1)',
    condition: '运营两年以上',
    value: (f) =>
      typeof f.foundedOn === 'string' && f.foundedOn ? `成立于${formatChineseDate(f.foundedOn)}` : NOT_DECLARED,
    reading: '申报日成立满两周年',
  },
  { article: 'Art. 5(1)', condition: '资产总额不低于300万元', value: money('totalAssetsYuan') },
  { article: 'Art. 5(1)', condition: '财务收支状况良好', value: yesNo('soundFinances') },
  { article: 'Art. 5(1)', condition: '经营规范，具有良好的发展前景和可持续发展能力', value: yesNo('soundOperation') },
  {
    article: 'Art. 5(1)',
    condition:
      '中小企业服务机构、社会中介机构、技术服务机构、科研院所，以及基于互联网等面向中小企业提供创业创新服务的企业',
    value: (f) =>
      f.organisationKind ? ORGANISATION_KIND_NAMES[f.organisationKind as OrganisationKind].zhCN : NOT_DECLARED,
  },
  {
    article: 'Art. 5(2)',
    condition: '年服务中小企业150家以上',
    value: figure('smesServedLastYear', '家', '上一年度'),
    reading: '以上一年度服务的中小企业数量计',
  },
  { article: 'Art. 5(2)', condition: '用户满意度在80%以上', value: figure('satisfactionPercent', '%') },
  {
    article: 'Art. 5(2)',
    condition: '近两年服务企业数量稳步增长',
    value: (f) =>
      `${figure('smesServedLastYear', '家', '上一年度')(f)}；${figure('smesServedYearBefore', '家', '前一年度')(f)}`,
    reading: '上一年度服务企业数量多于前一年度',
  },
  { article: 'Art. 5(2)', condition: '在专业服务领域或区域内有一定的声誉和品牌影响力', value: yesNo('reputation') },
  {
    article: 'Art. 5(3)',
    condition: '有固定的经营服务场所和必要的服务设施、仪器设备等',
    value: yesNo('fixedPremises'),
  },
  { article: 'Art. 5(3)', condition: '有组织带动社会服务资源的能力', value: yesNo('organisesServiceResources') },
  { article: 'Art. 5(3)', condition: '集聚服务机构5家以上', value: figure('aggregatedInstitutions', '家') },
  { article: 'Art. 5(4)', condition: '有健全的管理制度', value: yesNo('managementRules') },
  { article: 'Art. 5(4)', condition: '规范的服务流程……和完善的服务质量保证措施', value: yesNo('qualityAssurance') },
  { article: 'Art. 5(4)', condition: '合理的收费标准', value: yesNo('reasonableFees') },
  {
    article: 'Art. 5(4)',
    condition: '对小型微型企业的服务收费要有相应的优惠规定',
    value: yesNo('smallMicroFeeConcessions'),
  },
  {
    article: 'Art. 5(4)',
    condition: '提供的公益性服务或低收费服务不少于总服务量的20%',
    value: figure('freeOrLowFeeSharePercent', '%'),
  },
  { article: 'Art. 5(4)', condition: '有明确的发展规划和年度服务目标', value: yesNo('developmentPlan') },
  { article: 'Art. 5(5)', condition: '有健全的管理团队和人才队伍', value: yesNo('soundManagementTeam') },
  {
    article: 'Art. 5(5)',
    condition: '主要负责人要诚信、守法，具有开拓创新精神、丰富的实践经验和较高的管理水平',
    value: yesNo('principalIntegrity'),
  },
  { article: 'Art. 5(5)', condition: '从事为中小企业服务的人员不少于20人', value: figure('serviceStaff', '人') },
  {
    article: 'Art. 5(5)',
    condition: '其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上',
    value: (f) => {
      const staff = f.serviceStaff;
      const qualified = f.qualifiedStaff;
      if (!isNumber(qualified)) return NOT_DECLARED;
      const share =
        isNumber(staff) && staff > 0
          ? `，占${(Math.round((qualified / staff) * 10_000) / 100).toLocaleString('zh-CN')}%`
          : '';
      return `专业人员${qualified.toLocaleString('zh-CN')}人${share}`;
    },
    reading: '具有大专及以上学历或中级及以上技术职称，两者有其一即计为专业人员',
  },
];

// Art. 6: each function's requirement, in the words of its item.
export const FUNCTION_CONDITIONS: Record<ServiceFunction, FormCondition[]> = {
  INFORMATION: [
    {
      article: 'Art. 6(1)',
      condition: '形成便于中小企业查询的、开放的信息服务系统；具有在线服务、线上线下联动功能',
      value: yesNo('onlineServiceSystem'),
    },
    { article: 'Art. 6(1)', condition: '线下年服务企业数量150家以上', value: figure('offlineEnterprisesServed', '家') },
    { article: 'Art. 6(1)', condition: '年组织开展的相关服务活动8次以上', value: figure('activitiesPerYear', '次') },
  ],
  TECHNOLOGY: [
    { article: 'Art. 6(2)', condition: '具有组织技术服务资源的能力', value: yesNo('organisesResources') },
    { article: 'Art. 6(2)', condition: '具有专家库', value: yesNo('expertDatabase') },
    { article: 'Art. 6(2)', condition: '具有……新产品、新技术项目库', value: yesNo('projectDatabase') },
    {
      article: 'Art. 6(2)',
      condition: '具备条件的应开放大型、精密仪器设备与中小企业共享',
      value: yesNo('instrumentSharing'),
    },
    {
      article: 'Art. 6(2)',
      condition: '年开展技术洽谈、产品检测与质量品牌诊断、技术推广、项目推介和知识产权等服务活动5次以上',
      value: figure('activitiesPerYear', '次'),
    },
  ],
  STARTUP: [
    { article: 'Art. 6(3)', condition: '具有较强的创业辅导能力', value: yesNo('strongCoaching') },
    { article: 'Art. 6(3)', condition: '建有创业项目库', value: yesNo('projectDatabase') },
    { article: 'Art. 6(3)', condition: '建有……《创业指南》', value: yesNo('startupGuide') },
    { article: 'Art. 6(3)', condition: '建有……创业服务热线', value: yesNo('serviceHotline') },
    { article: 'Art. 6(3)', condition: '开展相关政务代理服务', value: yesNo('governmentAgencyService') },
    {
      article: 'Art. 6(3)',
      condition: '年开展创业项目洽谈、推介活动8次以上',
      value: figure('activitiesPerYear', '次'),
    },
  ],
  TRAINING: [
    { article: 'Art. 6(4)', condition: '具有培训资质或在中小企业主管部门备案', value: yesNo('trainingQualification') },
    { article: 'Art. 6(4)', condition: '具有线上和线下培训能力', value: yesNo('onlineAndOfflineTraining') },
    { article: 'Art. 6(4)', condition: '有完善的培训服务评价机制', value: yesNo('trainingEvaluation') },
    { article: 'Art. 6(4)', condition: '年培训2000人次以上', value: figure('traineesPerYear', '人次') },
  ],
  FINANCING: [
    {
      article: 'Art. 6(5)',
      condition: '年组织开展投融资对接、企业融资策划、推荐和融资代理等服务活动10次以上',
      value: figure('activitiesPerYear', '次'),
    },
    { article: 'Art. 6(5)', condition: '帮助中小企业融资总额8亿元以上', value: money('financingFacilitatedYuan') },
    { article: 'Art. 6(5)', condition: '融资担保机构', value: yesNo('guaranteeInstitution') },
    {
      article: 'Art. 6(5)',
      condition: '向中小企业提供年新增担保额30亿元以上',
      value: money('newGuaranteesYuan'),
      reading: '两种情形满足其一即可：服务活动10次以上且融资总额8亿元以上；或为年新增担保额30亿元以上的融资担保机构',
    },
  ],
};

const FUNCTION_ORDER: ServiceFunction[] = ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'];

/** 附件1 服务功能类别申请表 (Art. 7(1)). */
export function renderApplicationFormPdf(c: ApplicationFormContent): Promise<Buffer> {
  return buildPdf({ title: `服务功能类别申请表 ${c.organisation.name}`, bufferPages: true }, (doc) => {
    const table = new Table(doc);
    doc.fillColor(GREY).font('sc').fontSize(10).text('附件1', { align: 'left' });
    doc.moveDown(0.3);
    doc
      .fillColor(INK)
      .font('sc-bold')
      .fontSize(18)
      .text('中小企业公共服务示范平台服务功能类别申请表', { align: 'center' });
    doc.moveDown(0.3);
    doc
      .font('sc')
      .fontSize(10)
      .fillColor(GREY)
      .text(`受理单位：${c.associationName}    申报批次：${c.roundName}`, { align: 'center' });
    doc.moveDown(0.8);

    table.section('一、申报单位基本情况');
    table.row('申报单位名称', c.organisation.name);
    table.row('统一社会信用代码', c.organisation.creditCode);
    table.row('成立日期', c.facts.foundedOn ? formatChineseDate(c.facts.foundedOn) : NOT_DECLARED);
    table.row('通讯地址', c.organisation.address || NOT_DECLARED);
    table.row(
      '联系人及电话',
      [c.organisation.contactName, c.organisation.contactPhone].filter(Boolean).join('  ') || NOT_DECLARED,
    );
    table.row('电子邮箱', c.organisation.contactEmail || NOT_DECLARED);

    table.section('二、基本条件（第五条：示范平台应同时具备以下基本条件）');
    table.note('左栏为《办法》原文，右栏为申报情况；“本系统的理解”是本系统对原文的解读，不替代原文。');
    table.header('条件（《办法》原文）', '申报情况');
    let item = '';
    for (const row of BASIC_CONDITIONS) {
      if (row.article !== item) {
        item = row.article;
        table.subsection(formatArticleZh(item));
      }
      printCondition(table, row, c.facts);
    }

    const declared = FUNCTION_ORDER.filter((f) => c.facts.functions.some((fn) => fn.function === f));
    table.section(
      `三、申请的服务功能类别（第六条：示范平台应满足以下至少一项功能要求）：${declared.map((f) => SERVICE_FUNCTION_NAMES[f].zhCN).join('、') || '未选择'}`,
    );
    for (const fn of declared) {
      const values = c.facts.functions.find((x) => x.function === fn) ?? {};
      table.subsection(`${SERVICE_FUNCTION_NAMES[fn].zhCN}（${SERVICE_FUNCTION_ARTICLES[fn].zhCN}）`);
      for (const row of FUNCTION_CONDITIONS[fn]) printCondition(table, row, values);
    }

    sealBlock(doc, '申报单位（盖章）', c.printedOn, '本表内容与系统中填报的信息一致。');
    fingerprintFooter(doc, c);
  });
}

function printCondition(table: Table, row: FormCondition, facts: Record<string, unknown>): void {
  table.row(row.condition, row.value(facts));
  if (row.reading) table.note(`本系统的理解：${row.reading}`);
}

export type DeclarationContent = Omit<ApplicationFormContent, 'facts'> & { functions: readonly ServiceFunction[] };

/** 真实性声明 (Art. 7(8)): the applicant vouches for its materials and declared facts, to the association. */
export function renderDeclarationPdf(c: DeclarationContent): Promise<Buffer> {
  return buildPdf({ title: `真实性声明 ${c.organisation.name}`, bufferPages: true }, (doc) => {
    const names = FUNCTION_ORDER.filter((f) => c.functions.includes(f)).map((f) => SERVICE_FUNCTION_NAMES[f].zhCN);
    doc.fillColor(INK).font('sc-bold').fontSize(20).text('真 实 性 声 明', { align: 'center' });
    doc.moveDown(1.2);
    doc.font('sc').fontSize(13).fillColor(INK);
    doc.text(`${c.associationName}：`, { lineGap: 6 });
    doc.moveDown(0.4);
    const paragraphs = [
      `本单位${c.organisation.name}（统一社会信用代码：${c.organisation.creditCode}）申报${c.roundName}，申请的服务功能类别为：${names.join('、') || '（未选择）'}。`,
      '本单位郑重声明：所提交的全部申报材料及在系统中填报的信息真实、准确、完整，不存在虚假记载、误导性陈述或重大遗漏；所附证照、合同、审计报告等复印件与原件一致。',
      '如有不实，本单位愿意承担由此产生的一切后果，并接受协会撤销申报资格或已获称号等处理。',
      `本声明所对应的填报信息指纹（SHA-256）为：${c.fingerprint}。`,
      '特此声明。',
    ];
    for (const p of paragraphs) {
      doc.text(p, { indent: 26, lineGap: 6, align: 'justify' });
      doc.moveDown(0.6);
    }
    sealBlock(doc, '声明单位（盖章）', c.printedOn, null);
    fingerprintFooter(doc, c);
  });
}

/** Bordered two-column rows that continue on a new page when the page is full. */
class Table {
  private readonly left: number;
  private readonly width: number;
  private readonly labelWidth: number;
  constructor(private readonly doc: PdfDocument) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    this.labelWidth = Math.round(this.width * 0.45);
  }

  private room(height: number): number {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom - 40;
    if (this.doc.y + height > bottom) this.doc.addPage();
    return this.doc.y;
  }

  section(title: string): void {
    this.doc.moveDown(0.6);
    const y = this.room(24);
    this.doc.font('sc-bold').fontSize(12).fillColor(INK).text(title, this.left, y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  subsection(title: string): void {
    // room for the heading and its first row, so a heading never ends a page alone
    const y = this.room(22 + 44);
    this.doc.rect(this.left, y, this.width, 20).fillAndStroke('#f0f0f0', LINE);
    this.doc
      .font('sc-bold')
      .fontSize(10.5)
      .fillColor(INK)
      .text(title, this.left + 6, y + 4, { width: this.width - 12 });
    this.doc.y = y + 20;
  }

  /** The column headings of the rows below. */
  header(label: string, value: string): void {
    const height = 20;
    const y = this.room(height);
    const valueWidth = this.width - this.labelWidth;
    this.doc.lineWidth(0.6).strokeColor(LINE);
    this.doc.rect(this.left, y, this.labelWidth, height).fillAndStroke('#fafafa', LINE);
    this.doc.rect(this.left + this.labelWidth, y, valueWidth, height).fillAndStroke('#fafafa', LINE);
    this.doc.font('sc-bold').fontSize(10).fillColor(INK);
    this.doc.text(label, this.left + 5, y + 5, { width: this.labelWidth - 10 });
    this.doc.text(value, this.left + this.labelWidth + 5, y + 5, { width: valueWidth - 10 });
    this.doc.y = y + height;
  }

  /** A line across both columns in small grey type: the software's note on the row above. */
  note(text: string): void {
    const pad = 4;
    this.doc.font('sc').fontSize(9);
    const height = this.doc.heightOfString(text, { width: this.width - 2 * pad }) + 2 * pad;
    const y = this.room(height);
    this.doc.lineWidth(0.6).strokeColor(LINE).rect(this.left, y, this.width, height).stroke();
    this.doc.fillColor(GREY).text(text, this.left + pad, y + pad, { width: this.width - 2 * pad });
    this.doc.y = y + height;
  }

  row(label: string, value: string): void {
    const pad = 5;
    this.doc.font('sc').fontSize(10.5);
    const valueWidth = this.width - this.labelWidth;
    const height =
      Math.max(
        this.doc.heightOfString(label, { width: this.labelWidth - 2 * pad }),
        this.doc.heightOfString(value, { width: valueWidth - 2 * pad }),
      ) +
      2 * pad;
    const y = this.room(height);
    this.doc.lineWidth(0.6).strokeColor(LINE);
    this.doc.rect(this.left, y, this.labelWidth, height).stroke();
    this.doc.rect(this.left + this.labelWidth, y, valueWidth, height).stroke();
    this.doc.fillColor(GREY).text(label, this.left + pad, y + pad, { width: this.labelWidth - 2 * pad });
    this.doc.fillColor(INK).text(value, this.left + this.labelWidth + pad, y + pad, { width: valueWidth - 2 * pad });
    this.doc.y = y + height;
  }
}

/** Signature and seal: a dashed circle marks where the official seal goes (加盖公章). */
function sealBlock(doc: PdfDocument, who: string, printedOn: string, note: string | null): void {
  const needed = 170;
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const top = doc.y + 24;
  if (note)
    doc
      .font('sc')
      .fontSize(10.5)
      .fillColor(GREY)
      .text(note, left, top - 12, { width });
  const right = left + width;
  const cx = right - 90;
  const cy = top + 70;
  doc.save().lineWidth(0.8).dash(4, { space: 3 }).strokeColor('#bfbfbf').circle(cx, cy, 58).stroke().undash().restore();
  doc
    .font('sc')
    .fontSize(9)
    .fillColor('#8c8c8c')
    .text('公章处', cx - 30, cy - 6, { width: 60, align: 'center' });
  doc.font('sc').fontSize(12).fillColor(INK);
  doc.text(`${who}：`, left, top + 30, { width: 260 });
  doc.text('法定代表人（签字）：', left, top + 70, { width: 260 });
  doc.text('日期：        年    月    日', left, top + 110, { width: 260 });
  doc
    .fontSize(9)
    .fillColor(GREY)
    .text(`打印日期：${formatChineseDate(printedOn)}`, left, top + 136, { width: 260 });
  doc.y = top + 150;
}

/** On every page: who, and the fingerprint of the facts it was printed from. */
function fingerprintFooter(doc: PdfDocument, c: { organisation: { name: string }; fingerprint: string }): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc.font('sc').fontSize(8).fillColor(GREY);
    doc.text(`信息指纹（SHA-256）：${c.fingerprint}`, left, doc.page.height - 44, { width, lineBreak: false });
    doc.text(
      `${c.organisation.name}  ·  第 ${i - range.start + 1} / ${range.count} 页  ·  填报信息改动后指纹随之改变，请重新打印`,
      left,
      doc.page.height - 32,
      { width, lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
}
