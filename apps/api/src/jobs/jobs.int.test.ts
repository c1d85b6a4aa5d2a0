// The job runner on a real database: reminders once with two workers at the same moment (two
// connection pools on PostgreSQL when DATABASE_URL is set; on PGlite two workers share the one
// connection), the outbox drained exactly once, and SMTP against a real SMTP server.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '@sme/db';
import { seedDemoData } from '@sme/db/seed';
import { freshTestDatabase, type TestDatabaseTarget } from '@sme/db/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../clock.js';
import { EMBEDDED_UPKEEP_MARK, maintainEmbeddedDatabase } from './embedded-maintenance.js';
import { startJobRunner } from './job-runner.js';
import { createMailer } from './mailer.js';
import { processOutbox } from './outbox.js';
import { sendDueReminders } from './reminders.js';

let target: TestDatabaseTarget;
let first: Database;
let second: Database;
let mailDir: string;
const today = todayInShanghai();

beforeAll(async () => {
  target = freshTestDatabase();
  first = await createDatabase({ ...target.options, migrate: true });
  await seedDemoData(first.prisma, { today });
  // A second process's connection pool on PostgreSQL; PGlite is one connection in one process.
  second = first.kind === 'postgresql' ? await createDatabase({ ...target.options }) : first;
  mailDir = await mkdtemp(join(tmpdir(), 'sme-mail-'));
}, 180_000);
afterAll(async () => {
  if (second && second !== first) await second.close();
  await first?.close();
  await target?.dispose();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
});

describe('scheduled reminders', () => {
  it('go out once each, even with two workers scanning at the same moment', async () => {
    await first.prisma.emailOutbox.deleteMany();
    // The seed holds a title expiring this year and a spot check due in 14 days; bring that due date near.
    const soon = new Date(`${today}T00:00:00Z`);
    await first.prisma.spotCheck.updateMany({
      where: { status: 'EVIDENCE_REQUESTED' },
      data: { dueOn: new Date(soon.getTime() + 86_400_000) },
    });

    const [a, b] = await Promise.all([sendDueReminders(first.prisma, today), sendDueReminders(second.prisma, today)]);
    const keys = await first.prisma.reminderSent.findMany();
    expect(a + b).toBe(keys.length);
    expect(keys.map((k) => k.kind).sort()).toEqual(
      expect.arrayContaining(['reminder.renewalWindow', 'reminder.spotCheckDue']),
    );

    const holder = await first.prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
    const notices = await first.prisma.notification.findMany({
      where: { userId: holder.id, kind: { startsWith: 'reminder.' } },
    });
    expect(notices.map((n) => n.kind).sort()).toEqual(['reminder.renewalWindow', 'reminder.spotCheckDue']);
    expect(await first.prisma.emailOutbox.count({ where: { to: 'holder@example.com' } })).toBe(2);

    // Later scans send nothing again.
    expect(await sendDueReminders(second.prisma, today)).toBe(0);
    expect(
      await first.prisma.notification.count({ where: { userId: holder.id, kind: { startsWith: 'reminder.' } } }),
    ).toBe(2);
  });
});

describe('the renewal-window reminder (Art. 11)', () => {
  it("goes to a holder in the calendar year its title expires, never for a revoked title, and again for its next title only in that one's year", async () => {
    const year = Number(today.slice(0, 4));
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const org = await first.prisma.organisation.create({
      data: { name: '提醒测试服务中心', creditCode: '91330100MA2REMIND1' },
    });
    const user = await first.prisma.user.create({
      data: {
        email: 'remind@example.com',
        displayName: '提醒',
        passwordHash: 'x',
        roles: ['MEMBER'],
        organisationId: org.id,
      },
    });
    const title = (n: string, validUntil: string) =>
      first.prisma.accreditation.create({
        data: {
          organisationId: org.id,
          imported: true,
          certificateNumber: n,
          functions: ['INFORMATION'],
          awardedOn: day(`${year - 2}-01-10`),
          validFrom: day(`${year - 2}-01-10`),
          validUntil: day(validUntil),
        },
      });
    const expiring = await title('REMIND-1', `${year}-12-30`);
    const nextYear = await title('REMIND-2', `${year + 1}-06-30`);
    const revoked = await title('REMIND-3', `${year}-12-30`);
    await first.prisma.revocation.create({
      data: {
        accreditationId: revoked.id,
        reason: 'VIOLATION_VERIFIED',
        status: 'COMPLETED',
        description: 'x',
        evidence: 'y',
        effectiveOn: day(today),
      },
    });
    const links = async () =>
      (
        await first.prisma.notification.findMany({
          where: { userId: user.id, kind: 'reminder.renewalWindow' },
          orderBy: { createdAt: 'asc' },
        })
      ).map((n) => n.link);
    const linkOf = (id: string) => `/titles/${Buffer.from(`Accreditation:${id}`).toString('base64')}`;

    await Promise.all([sendDueReminders(first.prisma, today), sendDueReminders(second.prisma, today)]);
    expect(await links()).toEqual([linkOf(expiring.id)]);

    // In the next calendar year the other title is in its expiry year; the first is not reminded again.
    const nextJanuary = `${year + 1}-01-05`;
    await Promise.all([sendDueReminders(first.prisma, nextJanuary), sendDueReminders(second.prisma, nextJanuary)]);
    expect((await links()).sort()).toEqual([linkOf(expiring.id), linkOf(nextYear.id)].sort());
  });
});

describe("the embedded database's nightly upkeep", () => {
  it('marks a database it first sees, then vacuums every table once a night, only at a quiet hour', async (ctx) => {
    // Only the embedded database is kept by the runner: a PostgreSQL server has its autovacuum.
    if (first.kind !== 'pglite') ctx.skip();
    await first.prisma.counter.deleteMany({ where: { name: EMBEDDED_UPKEEP_MARK } });
    const allVisiblePages = async () =>
      (
        await first.prisma.$queryRaw<
          { pages: number }[]
        >`SELECT relallvisible AS pages FROM pg_class WHERE relname = 'Application'`
      )[0]?.pages ?? 0;
    const beijing = (text: string) => new Date(`${text}+08:00`);

    // First sight (a new database, or one from before the upkeep) at 03:00: no VACUUM at once.
    expect(await maintainEmbeddedDatabase(first.prisma, beijing('2026-11-26T03:00:00'))).toEqual({
      ran: false,
      reason: 'first-seen',
    });
    expect(await allVisiblePages()).toBe(0);
    // A day later, but in working hours: it waits for the night.
    expect(await maintainEmbeddedDatabase(first.prisma, beijing('2026-11-27T10:00:00'))).toEqual({
      ran: false,
      reason: 'not-quiet-hours',
    });
    // The next quiet hour: every table of the schema, one VACUUM (ANALYZE) each.
    const ran = await maintainEmbeddedDatabase(first.prisma, beijing('2026-11-28T02:10:00'));
    expect(ran).toMatchObject({ ran: true });
    expect(ran.ran && ran.tables).toEqual(
      expect.arrayContaining(['Application', 'AuditEvent', 'Organisation', 'Counter']),
    );
    // the visibility map is what lets a count skip the table's rows
    expect(await allVisiblePages()).toBeGreaterThan(0);
    // Kept in the database (PGlite's own statistics start empty at every open): not again that night.
    expect(await first.prisma.counter.findUnique({ where: { name: EMBEDDED_UPKEEP_MARK } })).toMatchObject({
      value: Math.floor(beijing('2026-11-28T02:10:00').getTime() / 60_000),
    });
    expect(await maintainEmbeddedDatabase(first.prisma, beijing('2026-11-28T04:50:00'))).toEqual({
      ran: false,
      reason: 'done-recently',
    });
    expect(await maintainEmbeddedDatabase(first.prisma, beijing('2026-11-29T02:00:00'))).toMatchObject({ ran: true });

    // The process's runner does it on the embedded database, at its reminder scan. (Its own mail
    // directory: the outbox test below counts the files in the shared one.)
    const runnerMailDir = await mkdtemp(join(tmpdir(), 'sme-mail-runner-'));
    const runner = startJobRunner({
      prisma: first.prisma,
      mailer: createMailer({ from: 'noreply@example.com', mailDir: runnerMailDir }),
      embeddedDatabase: true,
      now: () => beijing('2026-11-30T03:30:00'),
    });
    try {
      expect((await runner.tick()).upkeep).toMatchObject({ ran: true });
    } finally {
      await runner.stop();
      await rm(runnerMailDir, { recursive: true, force: true });
    }
  });
});

describe('the outbox', () => {
  it('is sent exactly once by two workers draining it together, as .eml files without SMTP', async () => {
    await first.prisma.emailOutbox.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        to: `m${i}@example.com`,
        subject: `测试邮件 ${i}`,
        body: `正文 ${i}\n\nBody ${i}`,
      })),
    });
    const total = await first.prisma.emailOutbox.count({ where: { sentAt: null } });
    const mailerA = createMailer({ from: 'noreply@example.com', mailDir });
    const mailerB = createMailer({ from: 'noreply@example.com', mailDir });
    let sent = 0;
    for (let round = 0; round < 5; round++) {
      const [x, y] = await Promise.all([
        processOutbox(first.prisma, mailerA, 7),
        processOutbox(second.prisma, mailerB, 7),
      ]);
      sent += x.sent + y.sent;
    }
    expect(sent).toBe(total);
    expect(await first.prisma.emailOutbox.count({ where: { sentAt: null } })).toBe(0);
    const files = await readdir(mailDir);
    expect(files).toHaveLength(total);
    const one = await readFile(join(mailDir, files.find((f) => f.endsWith('.eml')) ?? ''), 'utf8');
    expect(one).toMatch(/^Subject: =\?UTF-8\?/m);
  });
});

describe('SMTP', () => {
  it('delivers the outbox to a real SMTP server, and retries later when it refuses', async () => {
    const received: { to: string[]; raw: string }[] = [];
    let refuse = true;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (refuse) return callback(new Error('mailbox busy'));
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    try {
      await first.prisma.emailOutbox.deleteMany();
      const row = await first.prisma.emailOutbox.create({
        data: { to: 'holder@example.com', subject: '示范平台称号今年到期', body: '可再次申报。\n\nRenewal is open.' },
      });
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'noreply@example.com', mailDir });

      expect(await processOutbox(first.prisma, mailer)).toEqual({ sent: 0, failed: 1 });
      const failed = await first.prisma.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
      expect(failed.sentAt).toBeNull();
      expect(failed.lastError).toContain('mailbox busy');
      expect(failed.lockedUntil?.getTime()).toBeGreaterThan(Date.now());

      refuse = false;
      await first.prisma.emailOutbox.update({
        where: { id: row.id },
        data: { lockedUntil: new Date(Date.now() - 1000) },
      });
      expect(await processOutbox(first.prisma, mailer)).toEqual({ sent: 1, failed: 0 });
      mailer.close();
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(['holder@example.com']);
      expect(received[0]?.raw).toContain(`<${row.id}@sme-platforms>`);
      const subject = /^Subject: =\?UTF-8\?B\?([^?]+)\?=/m.exec(received[0]?.raw ?? '')?.[1] ?? '';
      expect(Buffer.from(subject, 'base64').toString('utf8')).toBe('示范平台称号今年到期');
      expect((await first.prisma.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).sentAt).not.toBeNull();
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
