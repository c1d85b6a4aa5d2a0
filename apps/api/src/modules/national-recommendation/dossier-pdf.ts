import {
  ANNUAL_REPORT_STATUS_NAMES,
  formatChineseDate,
  SCORE_COMPONENT_NAMES,
  SERVICE_FUNCTION_NAMES,
  SPOT_CHECK_STATUS_NAMES,
  type AnnualReportStatus,
  type ScoreComponentName,
  type ServiceFunction,
  type SpotCheckStatus,
} from '@sme/domain';
import { buildPdf } from '../../pdf/document.js';
import { percent, RecordSheet } from '../../pdf/record-sheet.js';

export type DossierContent = {
  issuer: string;
  organisationName: string;
  creditCode: string;
  region: string | null;
  address: string | null;
  certificateNumber: string;
  functions: readonly ServiceFunction[];
  awardedOn: string;
  firstAwardedOn: string;
  validFrom: string;
  validUntil: string;
  reviewScore: number | null;
  reports: readonly {
    year: number;
    status: AnnualReportStatus;
    servicesRecorded: number;
    enterprisesServed: number;
    publicWelfareServices: number;
    publicWelfareShare: number;
    activitiesAttended: number;
  }[];
  spotChecks: readonly {
    campaign: string;
    status: SpotCheckStatus;
    decidedOn: string | null;
    findings: string | null;
  }[];
  activities: readonly { heldOn: string; title: string }[];
  recommendation: {
    year: number;
    note: string | null;
    rank: number | null;
    score: number | null;
    components: readonly { name: string; value: number; weight: number }[];
  } | null;
  printedOn: string;
};

/** Art. 14: one platform's dossier for the national programme: the title, its functions, its figures by year, its spot checks. */
export function renderDossierPdf(c: DossierContent): Promise<Buffer> {
  return buildPdf({ title: `${c.organisationName}推荐材料` }, (doc) => {
    const sheet = new RecordSheet(doc);
    sheet.title('国家级中小企业公共服务示范平台推荐材料', `${c.issuer}择优推荐（第十四条）`);
    sheet.section('一、平台与称号');
    sheet.rows([
      ['平台名称', c.organisationName],
      ['统一社会信用代码', c.creditCode],
      ['所在地区', c.region ?? '—'],
      ['地址', c.address ?? '—'],
      ['证书编号', c.certificateNumber],
      ['服务功能', c.functions.map((f) => SERVICE_FUNCTION_NAMES[f].zhCN).join('、') || '—'],
      ['首次认定日期', formatChineseDate(c.firstAwardedOn)],
      ['本期认定日期', formatChineseDate(c.awardedOn)],
      ['有效期', `${formatChineseDate(c.validFrom)}至${formatChineseDate(c.validUntil)}`],
      ['认定评审平均得分', c.reviewScore === null ? '无（存量称号或无评审记录）' : c.reviewScore.toFixed(1)],
    ]);
    sheet.section('二、历年服务数据（年度服务报告）');
    if (c.reports.length === 0) sheet.paragraph('暂无年度服务报告。');
    else
      sheet.table(
        c.reports.map((r) => [
          `${r.year}年`,
          ANNUAL_REPORT_STATUS_NAMES[r.status].zhCN,
          String(r.servicesRecorded),
          String(r.enterprisesServed),
          String(r.publicWelfareServices),
          percent(r.publicWelfareShare),
          String(r.activitiesAttended),
        ]),
        sheet.widths(1.2, 1.2, 1.2, 1.4, 1.4, 1.3, 1.4),
        {
          header: [
            '年度',
            '报告状态',
            '服务（项）',
            '服务企业（家次）',
            '公益性服务（项）',
            '公益性占比',
            '参加协会活动',
          ],
        },
      );
    sheet.section('三、参加协会活动');
    if (c.activities.length === 0) sheet.paragraph('暂无参加记录。');
    else
      sheet.table(
        c.activities.map((a) => [formatChineseDate(a.heldOn), a.title]),
        sheet.widths(1, 3),
        { header: ['日期', '活动名称'] },
      );
    sheet.section('四、抽查情况（第十三条）');
    if (c.spotChecks.length === 0) sheet.paragraph('未被抽查。');
    else
      sheet.table(
        c.spotChecks.map((s) => [
          s.campaign,
          SPOT_CHECK_STATUS_NAMES[s.status].zhCN,
          s.decidedOn ? formatChineseDate(s.decidedOn) : '—',
          s.findings ?? '—',
        ]),
        sheet.widths(2.5, 1.2, 1.6, 3.5),
        { header: ['抽查', '结果', '结果日期', '抽查意见'] },
      );
    if (c.recommendation) {
      const r = c.recommendation;
      sheet.section(`五、${r.year}年度择优推荐`);
      sheet.rows([
        ['排名', r.rank === null ? '—' : `第${r.rank}名`],
        ['综合得分', r.score === null ? '—' : r.score.toFixed(1)],
        ['推荐说明', r.note ?? '—'],
      ]);
      if (r.components.length > 0)
        sheet.table(
          r.components.map((k) => [
            SCORE_COMPONENT_NAMES[k.name as ScoreComponentName]?.zhCN ?? k.name,
            k.value.toFixed(3),
            String(k.weight),
            (k.value * k.weight).toFixed(2),
          ]),
          sheet.widths(3, 1.5, 1.5, 1.5),
          { header: ['评分项', '标准化得分（0–1）', '权重', '得分贡献'] },
        );
    }
    doc.moveDown(1);
    sheet.note(`打印日期：${formatChineseDate(c.printedOn)}`);
  });
}
