import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  formatChineseDate,
  titleStateOf,
  titleWorkflow,
  type TitleAction,
  type TitleParty,
  type TitleState,
} from '@sme/domain';
import { hasRole, type Viewer } from '../context.js';
import type { Tx } from '../db.js';
import { formatIsoDate } from '../modules/common/scalars.js';
import type { Notice, Recipients } from './notify.js';
import type { SubjectKind } from './run-action.js';

export type LoadedTitle = {
  id: string;
  /** The stored side of the title's life: HELD, REVOCATION_OPEN or REVOKED. */
  status: TitleState;
  version: number;
  organisationId: string;
  organisationName: string;
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
  revocation: {
    id: string;
    status: 'OPEN' | 'COMPLETED';
    effectiveOn: string | null;
    spotCheckId: string | null;
  } | null;
};

export async function loadTitle(tx: Tx, id: string): Promise<LoadedTitle | null> {
  const row = await tx.accreditation.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      organisationId: true,
      certificateNumber: true,
      validFrom: true,
      validUntil: true,
      organisation: { select: { name: true } },
      revocation: { select: { id: true, status: true, effectiveOn: true, spotCheckId: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    status: titleStateOf(row.revocation),
    version: row.version,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    certificateNumber: row.certificateNumber,
    validFrom: formatIsoDate(row.validFrom),
    validUntil: formatIsoDate(row.validUntil),
    revocation: row.revocation
      ? {
          ...row.revocation,
          effectiveOn: row.revocation.effectiveOn ? formatIsoDate(row.revocation.effectiveOn) : null,
        }
      : null,
  };
}

function partiesOf(viewer: Viewer | null): TitleParty[] {
  return hasRole(viewer, 'ADMIN') ? ['ADMIN'] : [];
}

function notices(action: TitleAction, t: LoadedTitle): { to: Recipients; notice: Notice }[] {
  const link = `/titles/${encodeGlobalID('Accreditation', t.id)}`;
  if (action === 'openRevocation') {
    const text = {
      zhCN: `${t.organisationName}（证书编号${t.certificateNumber}）抽查不合格，已启动撤销程序（第十三条）`,
      en: `${t.organisationName} (certificate ${t.certificateNumber}) failed its spot check; revocation opened (Art. 13)`,
    };
    return [
      {
        to: { organisationId: t.organisationId },
        notice: { kind: 'title.openRevocation', title: text, body: text, link },
      },
      {
        to: { admins: true },
        notice: { kind: 'title.openRevocation', title: text, body: text, link: '/admin/revocations' },
      },
    ];
  }
  return [];
}

/** Revocation notices need the effective date, known only once the action's data is written. */
export function revokedNotice(
  t: LoadedTitle,
  effectiveOn: string,
  reason: 'VIOLATION_VERIFIED' | 'FAILED_SPOT_CHECK',
): { to: Recipients; notice: Notice }[] {
  const article =
    reason === 'VIOLATION_VERIFIED' ? { zhCN: '第十一条', en: 'Art. 11' } : { zhCN: '第十三条', en: 'Art. 13' };
  return [
    {
      to: { organisationId: t.organisationId },
      notice: {
        kind: 'title.revoked',
        title: { zhCN: `示范平台称号已撤销（${article.zhCN}）`, en: `Title revoked (${article.en})` },
        body: {
          zhCN: `${t.organisationName}的中小企业公共服务示范平台称号（证书编号${t.certificateNumber}）自${formatChineseDate(effectiveOn)}起撤销（${article.zhCN}），并已公布。`,
          en: `The SME public service demonstration platform title of ${t.organisationName} (certificate ${t.certificateNumber}) is revoked from ${effectiveOn} (${article.en}) and has been published.`,
        },
        link: `/titles/${encodeGlobalID('Accreditation', t.id)}`,
      },
    },
  ];
}

export const titleKind: SubjectKind<TitleState, TitleAction, TitleParty, LoadedTitle> = {
  type: 'Accreditation',
  timeline: 'Accreditation',
  entity: 'Accreditation',
  workflow: titleWorkflow,
  load: loadTitle,
  partiesOf: (viewer) => partiesOf(viewer),
  canSee: (viewer) => hasRole(viewer, 'ADMIN') || hasRole(viewer, 'ANALYST') || hasRole(viewer, 'REVIEWER'),
  // The state lives in the Revocation row the action writes (apply); the title's version guards it.
  write: async (tx, t) =>
    (
      await tx.accreditation.updateMany({
        where: { id: t.id, version: t.version },
        data: { version: { increment: 1 } },
      })
    ).count,
  notices: (action, t) => notices(action, t),
};
