import type { Tx } from '../db.js';

export type Recipients =
  /** Every active user of the organisation (its MEMBER accounts). */
  | { organisationId: string }
  /** Every active staff member of an association unit. */
  | { unitId: string }
  /** Every active administrator. */
  | { admins: true }
  | { userIds: readonly string[] };

export type NoticeText = { zhCN: string; en: string };

export type Notice = {
  /** Stable kind for filtering and e-mail templates, e.g. "application.returned". */
  kind: string;
  title: NoticeText;
  body: NoticeText;
  /** Path in the front end, e.g. "/applications/<globalId>". */
  link?: string | null;
};

// In-app notices and their e-mail copies, written in the same transaction as the change they
// announce (a transactional outbox): nothing is announced that did not happen, and nothing
// that happened goes unannounced. The job runner sends the outbox's e-mail.
export async function notify(tx: Tx, to: Recipients, notice: Notice): Promise<number> {
  const { role, ...where } = recipientFilter(to);
  // The role is checked here, not in SQL: PGlite's adapter sends an enum-array filter (`roles: { has }`) as a malformed array literal.
  const users = (await tx.user.findMany({ where: { active: true, ...where }, select: { id: true, email: true, roles: true } })).filter((u) => !role || u.roles.includes(role));
  if (users.length === 0) return 0;
  await tx.notification.createMany({
    data: users.map((u) => ({ userId: u.id, kind: notice.kind, title: notice.title.zhCN, body: notice.body.zhCN, link: notice.link ?? null })),
  });
  await tx.emailOutbox.createMany({
    data: users.map((u) => ({ to: u.email, subject: notice.title.zhCN, body: `${notice.body.zhCN}\n\n${notice.body.en}` })),
  });
  return users.length;
}

function recipientFilter(to: Recipients): { role?: 'MEMBER' | 'UNIT_STAFF' | 'ADMIN'; organisationId?: string; unitId?: string; id?: { in: string[] } } {
  if ('organisationId' in to) return { organisationId: to.organisationId, role: 'MEMBER' };
  if ('unitId' in to) return { unitId: to.unitId, role: 'UNIT_STAFF' };
  if ('admins' in to) return { role: 'ADMIN' };
  return { id: { in: [...to.userIds] } };
}
