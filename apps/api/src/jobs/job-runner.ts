import type { PrismaClient } from '@sme/db';
import { todayInShanghai } from '../clock.js';
import { maintainEmbeddedDatabase, type EmbeddedUpkeep } from './embedded-maintenance.js';
import type { Mailer } from './mailer.js';
import { processOutbox } from './outbox.js';
import { sendDueReminders } from './reminders.js';
import { sendAnnualReportReminders } from './annual-report-reminders.js';

export type JobRunnerOptions = {
  prisma: PrismaClient;
  mailer: Mailer;
  /** How often the outbox is drained. */
  outboxIntervalMs?: number;
  /** How often the reminders are scanned (and, on the embedded database, whether its nightly upkeep is due). */
  reminderIntervalMs?: number;
  /** The database is the embedded PGlite, which has no autovacuum: the runner keeps it (embedded-maintenance.ts). */
  embeddedDatabase?: boolean;
  now?: () => Date;
  log?: { error(obj: unknown, msg?: string): void; info?(obj: unknown, msg?: string): void };
};

export type JobRunner = {
  /** One pass of every job (tests, and the loop). */
  tick(): Promise<{ reminders: number; sent: number; failed: number; upkeep: EmbeddedUpkeep | null }>;
  /** Stops the loop and waits for the pass under way. */
  stop(): Promise<void>;
};

/**
 * The process's job runner: drains the e-mail outbox, sends scheduled reminders and, on the
 * embedded database, runs its nightly upkeep, in every API process. Safe to run in many: outbox
 * rows are claimed with SKIP LOCKED and each reminder is keyed (ReminderSent), so nothing goes
 * out twice. Why not pg-boss or graphile-worker: see docs/architecture.md ("Jobs").
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const outboxEvery = options.outboxIntervalMs ?? 5_000;
  const remindEvery = options.reminderIntervalMs ?? 15 * 60_000;
  const now = options.now ?? (() => new Date());
  let lastReminders = 0;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  // A failed upkeep is logged and tried again at the next scan (its mark is not moved); it must
  // not keep this pass's e-mails from going out.
  async function runUpkeep(): Promise<EmbeddedUpkeep | null> {
    try {
      const upkeep = await maintainEmbeddedDatabase(options.prisma, now());
      if (upkeep.ran)
        options.log?.info?.({ tables: upkeep.tables.length, ms: upkeep.ms }, 'embedded database vacuumed');
      return upkeep;
    } catch (error) {
      options.log?.error({ err: error }, "the embedded database's upkeep failed");
      return null;
    }
  }

  async function tick(force = true) {
    let reminders = 0;
    let upkeep: EmbeddedUpkeep | null = null;
    const at = now().getTime();
    if (force || at - lastReminders >= remindEvery) {
      lastReminders = at;
      reminders = await sendDueReminders(options.prisma, todayInShanghai(now()));
      reminders += await sendAnnualReportReminders(options.prisma, todayInShanghai(now()));
      if (options.embeddedDatabase) upkeep = await runUpkeep();
    }
    const { sent, failed } = await processOutbox(options.prisma, options.mailer);
    return { reminders, sent, failed, upkeep };
  }

  const loop = () => {
    if (stopped) return;
    running = tick(false)
      .catch((error: unknown) => options.log?.error({ err: error }, 'job runner pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, outboxEvery);
      });
  };
  timer = setTimeout(loop, Math.min(outboxEvery, 1_000));

  return {
    tick: () => tick(true),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      options.mailer.close();
    },
  };
}
