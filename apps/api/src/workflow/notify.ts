import type { Role } from '@sme/db';
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
  const users = await recipients(tx, to);
  if (users.length === 0) return 0;
  await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      kind: notice.kind,
      title: notice.title.zhCN,
      body: notice.body.zhCN,
      titleEn: notice.title.en,
      bodyEn: notice.body.en,
      link: notice.link ?? null,
    })),
  });
  await tx.emailOutbox.createMany({
    data: users.map((u) => ({
      to: u.email,
      subject: notice.title.zhCN,
      body: `${notice.body.zhCN}\n\n${notice.body.en}`,
    })),
  });
  return users.length;
}

// Prisma's `has`/`hasSome` on an enum array reaches PGlite's adapter as a bare string
// ("malformed array literal"), so the role is checked here rather than in the query.
async function recipients(tx: Tx, to: Recipients): Promise<{ id: string; email: string }[]> {
  const select = { id: true, email: true, roles: true } as const;
  const withRole = (role: Role) => (rows: { id: string; email: string; roles: Role[] }[]) =>
    rows.filter((r) => r.roles.includes(role)).map(({ id, email }) => ({ id, email }));
  if ('organisationId' in to)
    return tx.user
      .findMany({ where: { active: true, organisationId: to.organisationId }, select })
      .then(withRole('MEMBER'));
  if ('unitId' in to)
    return tx.user.findMany({ where: { active: true, unitId: to.unitId }, select }).then(withRole('UNIT_STAFF'));
  if ('admins' in to) {
    return tx.$queryRaw<
      { id: string; email: string }[]
    >`SELECT id, email FROM "User" WHERE active AND 'ADMIN' = ANY(roles::text[])`;
  }
  return tx.user.findMany({ where: { active: true, id: { in: [...to.userIds] } }, select: { id: true, email: true } });
}
