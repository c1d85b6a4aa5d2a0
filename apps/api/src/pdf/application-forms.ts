import {
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
  organisation: { name: string; creditCode: string; address: string | null; contactName: string | null; contactPhone: string | null; contactEmail: string | null };
  facts: Facts;
  /** SHA-256 of the declared facts (factsFingerprint). */
  fingerprint: string;
  /** The day it is printed, YYYY-MM-DD (Asia/Shanghai). */
  printedOn: string;
};

const INK = '#1f1f1f';
const GREY = '#595959';
const LINE = '#8c8c8c';

type Cell = string | number | boolean | null | undefined;

const yuanToWan = (v: number) => `${(v / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
const show = (value: Cell, format?: (v: number) => string): string => {
  if (value === null || value === undefined || value === '') return '未填报';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return format ? format(value) : value.toLocaleString('zh-CN');
  return value;
};

// Art. 5: the basic conditions, in the order of the measures.
const BASIC_ROWS: [label: string, field: string, format?: (v: number) => string][] = [
  ['具有独立法人资格', 'independentLegalPerson'],
  ['资产总额', 'totalAssetsYuan', yuanToWan],
  ['财务状况良好', 'soundFinances'],
  ['经营规范，有良好的发展前景', 'soundOperation'],
  ['在行业或区域内具有一定声誉和品牌影响力', 'reputation'],
  ['有固定的经营服务场所', 'fixedPremises'],
  ['有健全的管理制度', 'managementRules'],
  ['收费合理', 'reasonableFees'],
  ['有服务质量保证措施', 'qualityAssurance'],
  ['对小微企业收费优惠', 'smallMicroFeeConcessions'],
  ['服务对象满意度', 'satisfactionPercent', (v) => `${v}%`],
  ['免费或低收费服务占比', 'freeOrLowFeeSharePercent', (v) => `${v}%`],
  ['上一年度服务中小企业数（家）', 'smesServedLastYear'],
  ['前一年度服务中小企业数（家）', 'smesServedYearBefore'],
  ['聚集服务机构数（家）', 'aggregatedInstitutions'],
  ['有发展规划', 'developmentPlan'],
  ['有健全的管理团队和人才队伍', 'soundManagementTeam'],
  ['服务人员数（人）', 'serviceStaff'],
  ['其中大专以上学历或中级以上职称（人）', 'qualifiedStaff'],
  ['主要负责人诚信、无不良记录', 'principalIntegrity'],
];

// Art. 6: what each function declares.
const FUNCTION_ROWS: Record<ServiceFunction, [label: string, field: string, format?: (v: number) => string][]> = {
  INFORMATION: [
    ['有线上服务系统', 'onlineServiceSystem'],
    ['年线下服务企业数（家）', 'offlineEnterprisesServed'],
    ['年服务活动次数', 'activitiesPerYear'],
  ],
  TECHNOLOGY: [
    ['具有组织技术服务资源的能力', 'organisesResources'],
    ['有专家库', 'expertDatabase'],
    ['有项目库', 'projectDatabase'],
    ['仪器设备共享', 'instrumentSharing'],
    ['年服务活动次数', 'activitiesPerYear'],
  ],
  STARTUP: [
    ['具有较强的创业辅导能力', 'strongCoaching'],
    ['有项目库', 'projectDatabase'],
    ['有创业指导', 'startupGuide'],
    ['有服务热线', 'serviceHotline'],
    ['提供政府部门代办服务', 'governmentAgencyService'],
    ['年服务活动次数', 'activitiesPerYear'],
  ],
  TRAINING: [
    ['具有培训资质', 'trainingQualification'],
    ['线上线下相结合培训', 'onlineAndOfflineTraining'],
    ['有培训效果评估', 'trainingEvaluation'],
    ['年培训人次', 'traineesPerYear'],
  ],
  FINANCING: [
    ['年服务活动次数', 'activitiesPerYear'],
    ['年促成融资额', 'financingFacilitatedYuan', yuanToWan],
    ['担保机构', 'guaranteeInstitution'],
    ['年新增担保额', 'newGuaranteesYuan', yuanToWan],
  ],
};

const FUNCTION_ORDER: ServiceFunction[] = ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'];

/** 附件1 服务功能类别申请表 (Art. 7(1)). */
export function renderApplicationFormPdf(c: ApplicationFormContent): Promise<Buffer> {
  return buildPdf({ title: `服务功能类别申请表 ${c.organisation.name}`, bufferPages: true }, (doc) => {
    const table = new Table(doc);
    doc.fillColor(GREY).font('sc').fontSize(10).text('附件1', { align: 'left' });
    doc.moveDown(0.3);
    doc.fillColor(INK).font('sc-bold').fontSize(18).text('中小企业公共服务示范平台服务功能类别申请表', { align: 'center' });
    doc.moveDown(0.3);
    doc.font('sc').fontSize(10).fillColor(GREY).text(`申报批次：${c.roundName}`, { align: 'center' });
    doc.moveDown(0.8);

    table.section('一、申报单位基本情况');
    table.row('申报单位名称', c.organisation.name);
    table.row('统一社会信用代码', c.organisation.creditCode);
    table.row('机构类型（第五条第（一）款）', c.facts.organisationKind ? ORGANISATION_KIND_NAMES[c.facts.organisationKind].zhCN : '未填报');
    table.row('成立日期', c.facts.foundedOn ? formatChineseDate(c.facts.foundedOn) : '未填报');
    table.row('通讯地址', show(c.organisation.address));
    table.row('联系人及电话', [c.organisation.contactName, c.organisation.contactPhone].filter(Boolean).join('  ') || '未填报');
    table.row('电子邮箱', show(c.organisation.contactEmail));

    table.section('二、基本条件（第五条）');
    for (const [label, field, format] of BASIC_ROWS) table.row(label, show(c.facts[field] as Cell, format));

    const declared = FUNCTION_ORDER.filter((f) => c.facts.functions.some((fn) => fn.function === f));
    table.section(`三、申请的服务功能类别（第六条）：${declared.map((f) => SERVICE_FUNCTION_NAMES[f].zhCN).join('、') || '未选择'}`);
    for (const fn of declared) {
      const values = c.facts.functions.find((x) => x.function === fn) ?? {};
      table.subsection(`${SERVICE_FUNCTION_NAMES[fn].zhCN}（${SERVICE_FUNCTION_ARTICLES[fn].zhCN}）`);
      for (const [label, field, format] of FUNCTION_ROWS[fn]) table.row(label, show((values as Record<string, Cell>)[field], format));
    }

    sealBlock(doc, '申报单位（盖章）', c.printedOn, '本表内容与系统中填报的信息一致。');
    fingerprintFooter(doc, c);
  });
}

export type DeclarationContent = Omit<ApplicationFormContent, 'facts'> & { functions: readonly ServiceFunction[] };

/** 真实性声明 (Art. 7(8)): the applicant vouches for its materials and declared facts. */
export function renderDeclarationPdf(c: DeclarationContent): Promise<Buffer> {
  return buildPdf({ title: `真实性声明 ${c.organisation.name}`, bufferPages: true }, (doc) => {
    const names = FUNCTION_ORDER.filter((f) => c.functions.includes(f)).map((f) => SERVICE_FUNCTION_NAMES[f].zhCN);
    doc.fillColor(INK).font('sc-bold').fontSize(20).text('真 实 性 声 明', { align: 'center' });
    doc.moveDown(1.2);
    doc.font('sc').fontSize(13).fillColor(INK);
    doc.text('中小企业协会：', { lineGap: 6 });
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
    const y = this.room(22);
    this.doc.rect(this.left, y, this.width, 20).fillAndStroke('#f0f0f0', LINE);
    this.doc.font('sc-bold').fontSize(10.5).fillColor(INK).text(title, this.left + 6, y + 4, { width: this.width - 12 });
    this.doc.y = y + 20;
  }

  row(label: string, value: string): void {
    const pad = 5;
    this.doc.font('sc').fontSize(10.5);
    const valueWidth = this.width - this.labelWidth;
    const height = Math.max(
      this.doc.heightOfString(label, { width: this.labelWidth - 2 * pad }),
      this.doc.heightOfString(value, { width: valueWidth - 2 * pad }),
    ) + 2 * pad;
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
  if (note) doc.font('sc').fontSize(10.5).fillColor(GREY).text(note, left, top - 12, { width });
  const right = left + width;
  const cx = right - 90;
  const cy = top + 70;
  doc.save().lineWidth(0.8).dash(4, { space: 3 }).strokeColor('#bfbfbf').circle(cx, cy, 58).stroke().undash().restore();
  doc.font('sc').fontSize(9).fillColor('#8c8c8c').text('公章处', cx - 30, cy - 6, { width: 60, align: 'center' });
  doc.font('sc').fontSize(12).fillColor(INK);
  doc.text(`${who}：`, left, top + 30, { width: 260 });
  doc.text('法定代表人（签字）：', left, top + 70, { width: 260 });
  doc.text('日期：        年    月    日', left, top + 110, { width: 260 });
  doc.fontSize(9).fillColor(GREY).text(`打印日期：${formatChineseDate(printedOn)}`, left, top + 136, { width: 260 });
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
    doc.text(`${c.organisation.name}  ·  第 ${i - range.start + 1} / ${range.count} 页  ·  填报信息改动后指纹随之改变，请重新打印`, left, doc.page.height - 32, { width, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
