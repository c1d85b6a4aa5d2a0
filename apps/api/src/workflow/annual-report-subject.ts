import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  ANNUAL_REPORT_STATUS_NAMES,
  annualReportWorkflow,
  type AnnualReportAction,
  type AnnualReportParty,
  type AnnualReportStatus,
} from '@sme/domain';
import { hasRole, type Viewer } from '../context.js';
import type { Tx } from '../db.js';
import type { Notice, Recipients } from './notify.js';
import type { SubjectKind } from './run-action.js';

export type LoadedAnnualReport = {
  id: string;
  status: AnnualReportStatus;
  version: number;
  year: number;
  accreditationId: string;
  certificateNumber: string;
  organisationId: string;
  organisationName: string;
};

async function load(tx: Tx, id: string): Promise<LoadedAnnualReport | null> {
  const row = await tx.annualReport.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      version: true,
      year: true,
      accreditation: {
        select: { id: true, certificateNumber: true, organisationId: true, organisation: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    year: row.year,
    accreditationId: row.accreditation.id,
    certificateNumber: row.accreditation.certificateNumber,
    organisationId: row.accreditation.organisationId,
    organisationName: row.accreditation.organisation.name,
  };
}

/** HOLDER: a member of the organisation holding the title; ADMIN: the secretariat. */
export function annualReportPartiesOf(viewer: Viewer | null, organisationId: string): AnnualReportParty[] {
  const parties: AnnualReportParty[] = [];
  if (hasRole(viewer, 'ADMIN')) parties.push('ADMIN');
  if (hasRole(viewer, 'MEMBER') && viewer?.organisationId === organisationId) parties.push('HOLDER');
  return parties;
}

function notices(
  action: AnnualReportAction,
  r: LoadedAnnualReport,
  next: AnnualReportStatus,
  note: string | null,
): { to: Recipients; notice: Notice }[] {
  const id = encodeGlobalID('AnnualReport', r.id);
  const withNote = (text: string) => (note ? `${text}\n${note}` : text);
  if (action === 'submit') {
    const text = {
      zhCN: `${r.organisationName}提交了${r.year}年度服务报告，待审核`,
      en: `${r.organisationName} submitted its ${r.year} annual service report for review`,
    };
    return [
      {
        to: { admins: true },
        notice: { kind: 'annualReport.submit', title: text, body: text, link: `/admin/annual-reports/${id}` },
      },
    ];
  }
  const status = ANNUAL_REPORT_STATUS_NAMES[next];
  return [
    {
      to: { organisationId: r.organisationId },
      notice: {
        kind: `annualReport.${action}`,
        title: { zhCN: `${r.year}年度服务报告${status.zhCN}`, en: `${r.year} annual service report: ${status.en}` },
        body: {
          zhCN: withNote(
            `${r.organisationName}（证书编号${r.certificateNumber}）的${r.year}年度服务报告${action === 'accept' ? '已被接收' : '已被退回，请修改后重新提交'}。`,
          ),
          en: withNote(
            `The ${r.year} annual service report of ${r.organisationName} (certificate ${r.certificateNumber}) was ${action === 'accept' ? 'accepted' : 'returned; please revise and submit it again'}.`,
          ),
        },
        link: `/annual-reports/${id}`,
      },
    },
  ];
}

export const annualReportKind: SubjectKind<
  AnnualReportStatus,
  AnnualReportAction,
  AnnualReportParty,
  LoadedAnnualReport
> = {
  type: 'AnnualReport',
  timeline: 'AnnualReport',
  entity: 'AnnualReport',
  workflow: annualReportWorkflow,
  load,
  partiesOf: (viewer, r) => annualReportPartiesOf(viewer, r.organisationId),
  // The holder's members and the association's staff who see every title's record are told what
  // they may not do; anyone else is told the report does not exist.
  canSee: (viewer, _r, parties) => parties.length > 0 || hasRole(viewer, 'REVIEWER') || hasRole(viewer, 'ANALYST'),
  write: async (tx, r, next) =>
    (
      await tx.annualReport.updateMany({
        where: { id: r.id, version: r.version },
        data: { status: next, version: { increment: 1 } },
      })
    ).count,
  notices,
};
