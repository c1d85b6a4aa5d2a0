import { join } from 'node:path';
import type { PrismaClient } from '@sme/db';
import type { AppEnv } from '../env.js';
import { startJobRunner, type JobRunner } from './job-runner.js';
import { createMailer } from './mailer.js';
import { setMailSettings } from './mail-settings.js';
import { setRevocationSettings } from './revocation-settings.js';

/** Start-up: the mailer from the environment (SMTP when SMTP_URL is set, else .eml files under DATA_DIR/mail) and the runner. */
export function startJobs(
  prisma: PrismaClient,
  env: AppEnv,
  log?: { error(obj: unknown, msg?: string): void; info?(obj: unknown, msg?: string): void },
): JobRunner | null {
  const mailDir = join(env.dataDir, 'mail');
  const mailer = createMailer({ smtpUrl: env.smtpUrl, from: env.mailFrom, mailDir });
  setMailSettings({ mailDir, transport: mailer.kind });
  setRevocationSettings({ openReminderWorkingDays: env.openRevocationReminderWorkingDays });
  if (!env.jobsEnabled) return null;
  return startJobRunner({ prisma, mailer, embeddedDatabase: !env.databaseUrl, ...(log ? { log } : {}) });
}
