import { encodeGlobalID } from '@pothos/plugin-relay';
import { addDays, formatChineseDate } from '@sme/domain';
import type { PrismaClient } from '@sme/db';
import type { Tx } from '../db.js';
import { reportObligations } from '../modules/annual-report/report-facts.js';
import { sendReminderOnce } from './reminders.js';

/** Days before a report's due date when its platform is reminded (once at each). */
export const ANNUAL_REPORT_REMINDER_DAYS = [30, 7] as const;

/**
 * Art. 12: the annual service report. Before the due date, the holder's members are reminded
 * (30 and 7 days before, each once); after it, the holder once and the administrators once a
 * year with the list of overdue reports (all reports on a year share one due date, so one notice
 * says it all). The keys of ReminderSent make each go out once however many runners scan.
 */
export async function sendAnnualReportReminders(prisma: PrismaClient, today: string): Promise<number> {
  let sent = 0;
  const due = await prisma.$transaction((tx: Tx) => reportObligations(tx, today, {}));
  const unfiled = due.filter((o) => o.report?.status !== 'SUBMITTED' && o.report?.status !== 'ACCEPTED');

  for (const o of unfiled) {
    const link = `/annual-reports?title=${encodeURIComponent(encodeGlobalID('Accreditation', o.accreditationId))}&year=${o.year}`;
    if (!o.overdue) {
      const days = ANNUAL_REPORT_REMINDER_DAYS.filter((d) => addDays(today, d) >= o.dueOn).at(-1);
      if (days === undefined) continue;
      const ok = await sendReminderOnce(
        prisma,
        `annual-report-due:${o.accreditationId}:${o.year}:${days}`,
        'reminder.annualReportDue',
        [
          {
            to: { organisationId: o.organisationId },
            notice: {
              kind: 'reminder.annualReportDue',
              title: {
                zhCN: `请于${formatChineseDate(o.dueOn)}前提交${o.year}年度服务报告`,
                en: `The ${o.year} annual service report is due by ${o.dueOn}`,
              },
              body: {
                zhCN: `${o.organisationName}（证书编号${o.certificateNumber}）的${o.year}年度服务报告应于${formatChineseDate(o.dueOn)}前提交（第十二条）。报告数据取自该年度的服务记录，请先核对服务记录。`,
                en: `The ${o.year} annual service report of ${o.organisationName} (certificate ${o.certificateNumber}) is due by ${o.dueOn} (Art. 12). Its figures come from the year's service records: check them first.`,
              },
              link,
            },
          },
        ],
      );
      if (ok) sent++;
      continue;
    }
    const ok = await sendReminderOnce(
      prisma,
      `annual-report-overdue:${o.accreditationId}:${o.year}`,
      'reminder.annualReportOverdue',
      [
        {
          to: { organisationId: o.organisationId },
          notice: {
            kind: 'reminder.annualReportOverdue',
            title: { zhCN: `${o.year}年度服务报告已逾期`, en: `The ${o.year} annual service report is overdue` },
            body: {
              zhCN: `${o.organisationName}（证书编号${o.certificateNumber}）的${o.year}年度服务报告应于${formatChineseDate(o.dueOn)}前提交，至今未提交（第十二条），请尽快提交。`,
              en: `The ${o.year} annual service report of ${o.organisationName} (certificate ${o.certificateNumber}) was due on ${o.dueOn} and has not been submitted (Art. 12); please submit it.`,
            },
            link,
          },
        },
      ],
    );
    if (ok) sent++;
  }

  // To the secretariat: one notice per year's due date passed, listing the reports still missing.
  const overdueByYear = new Map<number, typeof unfiled>();
  for (const o of unfiled.filter((x) => x.overdue))
    overdueByYear.set(o.year, [...(overdueByYear.get(o.year) ?? []), o]);
  for (const [year, list] of overdueByYear) {
    const names = list.slice(0, 10).map((o) => o.organisationName);
    const more = list.length > names.length ? list.length - names.length : 0;
    const dueOn = list[0]?.dueOn ?? '';
    const ok = await sendReminderOnce(prisma, `annual-reports-overdue:${year}`, 'reminder.annualReportsOverdue', [
      {
        to: { admins: true },
        notice: {
          kind: 'reminder.annualReportsOverdue',
          title: {
            zhCN: `${list.length}份${year}年度服务报告逾期未交`,
            en: `${list.length} annual service report(s) on ${year} overdue`,
          },
          body: {
            zhCN: `以下示范平台的${year}年度服务报告应于${formatChineseDate(dueOn)}前提交，至今未提交：${names.join('、')}${more ? `等${list.length}家` : ''}。`,
            en: `These platforms have not submitted their ${year} annual service report, due on ${dueOn}: ${names.join(', ')}${more ? ` and ${more} more` : ''}.`,
          },
          link: '/admin/annual-reports?overdue=1',
        },
      },
    ]);
    if (ok) sent++;
  }
  return sent;
}
