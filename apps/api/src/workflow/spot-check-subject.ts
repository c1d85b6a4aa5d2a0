import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  formatChineseDate,
  SPOT_CHECK_STATUS_NAMES,
  spotCheckWorkflow,
  type SpotCheckAction,
  type SpotCheckParty,
  type SpotCheckStatus,
} from '@sme/domain';
import { hasRole, type Viewer } from '../context.js';
import type { Tx } from '../db.js';
import { formatIsoDate } from '../modules/common/scalars.js';
import type { Notice, Recipients } from './notify.js';
import type { SubjectKind } from './run-action.js';

export type LoadedSpotCheck = {
  id: string;
  status: SpotCheckStatus;
  version: number;
  campaignName: string;
  accreditationId: string;
  certificateNumber: string;
  organisationId: string;
  organisationName: string;
  dueOn: string | null;
};

async function load(tx: Tx, id: string): Promise<LoadedSpotCheck | null> {
  const row = await tx.spotCheck.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      version: true,
      dueOn: true,
      campaign: { select: { name: true } },
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
    campaignName: row.campaign.name,
    accreditationId: row.accreditation.id,
    certificateNumber: row.accreditation.certificateNumber,
    organisationId: row.accreditation.organisationId,
    organisationName: row.accreditation.organisation.name,
    dueOn: row.dueOn ? formatIsoDate(row.dueOn) : null,
  };
}

export function spotCheckPartiesOf(viewer: Viewer | null, check: { organisationId: string }): SpotCheckParty[] {
  const parties: SpotCheckParty[] = [];
  if (hasRole(viewer, 'ADMIN')) parties.push('ADMIN');
  if (hasRole(viewer, 'MEMBER') && viewer?.organisationId === check.organisationId) parties.push('HOLDER');
  return parties;
}

function notices(
  action: SpotCheckAction,
  c: LoadedSpotCheck,
  next: SpotCheckStatus,
  note: string | null,
): { to: Recipients; notice: Notice }[] {
  const id = encodeGlobalID('SpotCheck', c.id);
  const status = SPOT_CHECK_STATUS_NAMES[next];
  const toHolder = (title: Notice['title'], body: Notice['body']) => ({
    to: { organisationId: c.organisationId },
    notice: { kind: `spotCheck.${action}`, title, body, link: `/spot-checks/${id}` },
  });
  const withNote = (text: string) => (note ? `${text}\n${note}` : text);
  switch (action) {
    case 'requestEvidence': {
      const due = c.dueOn ?? '';
      return [
        toHolder(
          {
            zhCN: `示范平台抽查：请于${due ? formatChineseDate(due) : '规定日期'}前提交材料`,
            en: `Spot check: evidence due${due ? ` by ${due}` : ''}`,
          },
          {
            zhCN: withNote(
              `${c.organisationName}（证书编号${c.certificateNumber}）在“${c.campaignName}”中被抽中（第十三条），请提交抽查材料。`,
            ),
            en: withNote(
              `${c.organisationName} (certificate ${c.certificateNumber}) was drawn in "${c.campaignName}" (Art. 13); please provide the evidence requested.`,
            ),
          },
        ),
      ];
    }
    case 'respond': {
      const text = { zhCN: `${c.organisationName}已提交抽查材料`, en: `${c.organisationName} answered its spot check` };
      return [
        {
          to: { admins: true },
          notice: { kind: 'spotCheck.respond', title: text, body: text, link: `/admin/spot-checks` },
        },
      ];
    }
    case 'pass':
    case 'fail':
      return [
        toHolder(
          { zhCN: `示范平台抽查结果：${status.zhCN}`, en: `Spot check result: ${status.en}` },
          {
            zhCN: withNote(`${c.organisationName}（证书编号${c.certificateNumber}）的抽查结果为“${status.zhCN}”。`),
            en: withNote(
              `The spot check of ${c.organisationName} (certificate ${c.certificateNumber}) ${next === 'PASSED' ? 'passed' : 'failed'}.`,
            ),
          },
        ),
      ];
  }
}

export const spotCheckKind: SubjectKind<SpotCheckStatus, SpotCheckAction, SpotCheckParty, LoadedSpotCheck> = {
  type: 'SpotCheck',
  timeline: 'SpotCheck',
  entity: 'SpotCheck',
  workflow: spotCheckWorkflow,
  load,
  partiesOf: spotCheckPartiesOf,
  canSee: (viewer, _c, parties) => parties.length > 0 || hasRole(viewer, 'ANALYST'),
  write: async (tx, c, next) =>
    (
      await tx.spotCheck.updateMany({
        where: { id: c.id, version: c.version },
        data: { status: next, version: { increment: 1 } },
      })
    ).count,
  notices,
};
