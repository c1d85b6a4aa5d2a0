import { encodeGlobalID } from '@pothos/plugin-relay';
import { addDays, formatChineseDate } from '@sme/domain';
import type { PrismaClient } from '@sme/db';
import type { Tx } from '../db.js';
import { formatIsoDate } from '../modules/common/scalars.js';
import { notify, type Notice, type Recipients } from '../workflow/notify.js';
import { overdueOpenRevocations } from '../modules/revocation/overdue-revocations.js';
import { revocationSettings } from './revocation-settings.js';

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** How many days before a due date the reminder goes out. */
export const DUE_SOON_DAYS = 3;

/**
 * Sends one reminder at most once, whatever number of runners scan at the same moment: the key
 * is inserted in the same transaction as the notices (and their e-mail copies). On PostgreSQL a
 * second runner's INSERT of the same key waits for the first transaction and then inserts
 * nothing; it sends nothing either. If the first rolls back, the second sends.
 */
export async function sendReminderOnce(
  prisma: PrismaClient,
  key: string,
  kind: string,
  notices: { to: Recipients; notice: Notice }[],
): Promise<boolean> {
  return prisma.$transaction(async (tx: Tx) => {
    const inserted =
      await tx.$executeRaw`INSERT INTO "ReminderSent" ("key", "kind") VALUES (${key}, ${kind}) ON CONFLICT ("key") DO NOTHING`;
    if (inserted !== 1) return false;
    for (const { to, notice } of notices) await notify(tx, to, notice);
    return true;
  });
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The scheduled reminders (Art. 11 renewal year; due dates of information requests (Art. 8) and
 * of spot-check evidence (Art. 13); open revocations left too long, Art. 13). Each scan is cheap
 * and idempotent; run it as often as you like.
 */
export async function sendDueReminders(
  prisma: PrismaClient,
  today: string,
  options: { openRevocationWorkingDays?: number } = {},
): Promise<number> {
  let sent = 0;
  const soon = addDays(today, DUE_SOON_DAYS);
  const year = yearOf(today);

  // Art. 11: in the calendar year a title expires, its holder may renew: say so once that year.
  const expiring = await prisma.accreditation.findMany({
    where: {
      validUntil: { gte: day(`${year}-01-01`), lte: day(`${year}-12-31`) },
      validFrom: { lte: day(today) },
      revocation: null,
      renewalApplications: { none: {} },
    },
    select: {
      id: true,
      certificateNumber: true,
      validUntil: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  });
  for (const t of expiring) {
    const until = formatIsoDate(t.validUntil);
    const text = {
      zhCN: `${t.organisation.name}的示范平台称号（证书编号${t.certificateNumber}）有效期至${formatChineseDate(until)}。根据第十一条，在有效期满当年可再次申报，可在今年的申报批次中提交。`,
      en: `The title of ${t.organisation.name} (certificate ${t.certificateNumber}) is valid until ${until}. Under Art. 11 it may be renewed in a round this year.`,
    };
    const ok = await sendReminderOnce(prisma, `renewal-window:${t.id}:${year}`, 'reminder.renewalWindow', [
      {
        to: { organisationId: t.organisationId },
        notice: {
          kind: 'reminder.renewalWindow',
          title: { zhCN: '示范平台称号今年到期，可再次申报', en: 'Your title expires this year: renewal is open' },
          body: text,
          link: `/titles/${encodeGlobalID('Accreditation', t.id)}`,
        },
      },
    ]);
    if (ok) sent++;
  }

  // Art. 8: an unanswered request for more information falls due soon.
  const infoRequests = await prisma.infoRequest.findMany({
    where: {
      respondedAt: null,
      dueOn: { gte: day(today), lte: day(soon) },
      application: { status: 'MORE_INFO_REQUESTED' },
    },
    select: {
      id: true,
      dueOn: true,
      applicationId: true,
      application: { select: { organisationId: true, organisation: { select: { name: true } } } },
    },
  });
  for (const r of infoRequests) {
    const due = formatIsoDate(r.dueOn);
    const ok = await sendReminderOnce(prisma, `info-request-due:${r.id}:${due}`, 'reminder.infoRequestDue', [
      {
        to: { organisationId: r.application.organisationId },
        notice: {
          kind: 'reminder.infoRequestDue',
          title: { zhCN: `请于${formatChineseDate(due)}前补充材料`, en: `More information is due by ${due}` },
          body: {
            zhCN: `${r.application.organisation.name}的申报有一项补充材料要求将于${formatChineseDate(due)}到期，请尽快答复。`,
            en: `A request for more information on the application of ${r.application.organisation.name} is due on ${due}; please answer it.`,
          },
          link: `/applications/${encodeGlobalID('Application', r.applicationId)}`,
        },
      },
    ]);
    if (ok) sent++;
  }

  // Art. 13: spot-check evidence falls due soon (to the holder), or is overdue (to the secretariat).
  const checks = await prisma.spotCheck.findMany({
    where: { status: 'EVIDENCE_REQUESTED', dueOn: { lte: day(soon) } },
    select: {
      id: true,
      dueOn: true,
      accreditation: {
        select: { certificateNumber: true, organisationId: true, organisation: { select: { name: true } } },
      },
    },
  });
  for (const c of checks) {
    if (!c.dueOn) continue;
    const due = formatIsoDate(c.dueOn);
    const name = c.accreditation.organisation.name;
    const overdue = due < today;
    const ok = overdue
      ? await sendReminderOnce(prisma, `spot-check-overdue:${c.id}:${due}`, 'reminder.spotCheckOverdue', [
          {
            to: { admins: true },
            notice: {
              kind: 'reminder.spotCheckOverdue',
              title: { zhCN: `抽查材料逾期未交：${name}`, en: `Spot-check evidence overdue: ${name}` },
              body: {
                zhCN: `${name}（证书编号${c.accreditation.certificateNumber}）的抽查材料应于${formatChineseDate(due)}前提交，至今未交。`,
                en: `${name} (certificate ${c.accreditation.certificateNumber}) has not provided the spot-check evidence due on ${due}.`,
              },
              link: '/admin/spot-checks',
            },
          },
        ])
      : await sendReminderOnce(prisma, `spot-check-due:${c.id}:${due}`, 'reminder.spotCheckDue', [
          {
            to: { organisationId: c.accreditation.organisationId },
            notice: {
              kind: 'reminder.spotCheckDue',
              title: {
                zhCN: `请于${formatChineseDate(due)}前提交抽查材料`,
                en: `Spot-check evidence is due by ${due}`,
              },
              body: {
                zhCN: `${name}（证书编号${c.accreditation.certificateNumber}）的抽查材料将于${formatChineseDate(due)}到期（第十三条）。`,
                en: `The spot-check evidence of ${name} (certificate ${c.accreditation.certificateNumber}) is due on ${due} (Art. 13).`,
              },
              link: `/spot-checks/${encodeGlobalID('SpotCheck', c.id)}`,
            },
          },
        ]);
    if (ok) sent++;
  }

  // Art. 13 (抽查不合格的平台将撤销): a revocation a failed spot check opened and no administrator
  // completed within the configured working days — to the secretariat, once a day while it stays open.
  const limit = options.openRevocationWorkingDays ?? revocationSettings().openReminderWorkingDays;
  for (const r of await overdueOpenRevocations(prisma, today, limit)) {
    const ok = await sendReminderOnce(
      prisma,
      `open-revocation-overdue:${r.id}:${today}`,
      'reminder.openRevocationOverdue',
      [
        {
          to: { admins: true },
          notice: {
            kind: 'reminder.openRevocationOverdue',
            title: { zhCN: `撤销办理逾期：${r.organisationName}`, en: `Revocation overdue: ${r.organisationName}` },
            body: {
              zhCN: `${r.organisationName}（证书编号${r.certificateNumber}）抽查不合格，撤销程序自${formatChineseDate(r.openedOn)}启动，已过${r.workingDaysOpen}个工作日仍未完成（第十三条），请确定撤销生效日期并完成撤销。`,
              en: `${r.organisationName} (certificate ${r.certificateNumber}) failed its spot check; the revocation opened on ${r.openedOn} has been open for ${r.workingDaysOpen} working days (Art. 13). Set its effective date and complete it.`,
            },
            link: '/admin/revocations',
          },
        },
      ],
    );
    if (ok) sent++;
  }
  return sent;
}
