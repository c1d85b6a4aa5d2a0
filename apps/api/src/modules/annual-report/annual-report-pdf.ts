import {
  ANNUAL_REPORT_STATUS_NAMES,
  formatChineseDate,
  SERVICE_FUNCTION_NAMES,
  SERVICE_RECORD_KIND_NAMES,
  type AnnualReportStatus,
  type ServiceFunction,
  type ServiceRecordKind,
} from '@sme/domain';
import { buildPdf } from '../../pdf/document.js';
import { percent, RecordSheet } from '../../pdf/record-sheet.js';

export type AnnualReportPdfContent = {
  issuer: string;
  year: number;
  status: AnnualReportStatus;
  organisationName: string;
  creditCode: string;
  certificateNumber: string;
  functions: readonly ServiceFunction[];
  validFrom: string;
  validUntil: string;
  dueOn: string;
  submittedOn: string | null;
  reviewNote: string | null;
  summary: string;
  figures: {
    servicesRecorded: number;
    enterprisesServed: number;
    publicWelfareServices: number;
    publicWelfareShare: number;
    activitiesAttended: number;
  };
  records: readonly {
    date: string;
    kind: ServiceRecordKind;
    title: string;
    enterprisesServed: number;
    free: boolean;
  }[];
  activities: readonly { heldOn: string; title: string; place: string | null }[];
  printedOn: string;
};

/** Art. 12: a title's annual service report as the association files it (Chinese, the official language of the programme). */
export function renderAnnualReportPdf(c: AnnualReportPdfContent): Promise<Buffer> {
  return buildPdf({ title: `${c.organisationName}${c.year}年度服务报告` }, (doc) => {
    const sheet = new RecordSheet(doc);
    sheet.title(`${c.year}年度服务报告`, `中小企业公共服务示范平台 · ${c.issuer}`);
    sheet.rows([
      ['平台名称', c.organisationName],
      ['统一社会信用代码', c.creditCode],
      ['证书编号', c.certificateNumber],
      ['服务功能', c.functions.map((f) => SERVICE_FUNCTION_NAMES[f].zhCN).join('、') || '—'],
      ['称号有效期', `${formatChineseDate(c.validFrom)}至${formatChineseDate(c.validUntil)}`],
      ['报告状态', ANNUAL_REPORT_STATUS_NAMES[c.status].zhCN],
      ['应提交日期', formatChineseDate(c.dueOn)],
      ['提交日期', c.submittedOn ? formatChineseDate(c.submittedOn) : '未提交'],
    ]);
    sheet.section('一、年度服务数据（第十二条）');
    sheet.rows([
      ['服务记录（项）', String(c.figures.servicesRecorded)],
      ['服务企业（家次）', String(c.figures.enterprisesServed)],
      ['公益性服务（项）', String(c.figures.publicWelfareServices)],
      ['公益性服务占比', percent(c.figures.publicWelfareShare)],
      ['参加协会活动（次）', String(c.figures.activitiesAttended)],
    ]);
    sheet.note(
      '数据取自该年度的服务记录和协会活动参加记录；报告提交后数据即固定。免费提供的服务计为公益性服务（系统规则）。',
    );
    sheet.section('二、年度服务总结');
    sheet.paragraph(c.summary || '（未填写）');
    sheet.section('三、服务记录');
    if (c.records.length === 0) sheet.paragraph('本年度无服务记录。');
    else
      sheet.table(
        c.records.map((r) => [
          formatChineseDate(r.date),
          SERVICE_RECORD_KIND_NAMES[r.kind].zhCN,
          r.title,
          String(r.enterprisesServed),
          r.free ? '是' : '否',
        ]),
        sheet.widths(2.2, 1.6, 4, 1.3, 1),
        { header: ['日期', '类别', '服务名称', '服务企业数', '免费'] },
      );
    sheet.section('四、参加协会活动');
    if (c.activities.length === 0) sheet.paragraph('本年度未参加协会活动。');
    else
      sheet.table(
        c.activities.map((a) => [formatChineseDate(a.heldOn), a.title, a.place ?? '—']),
        sheet.widths(2, 5, 2),
        { header: ['日期', '活动名称', '地点'] },
      );
    if (c.reviewNote) {
      sheet.section('五、审核意见');
      sheet.paragraph(c.reviewNote);
    }
    doc.moveDown(1);
    sheet.note(`打印日期：${formatChineseDate(c.printedOn)}`);
  });
}
