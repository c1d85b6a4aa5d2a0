import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { isScheduleMonthDay, type AnnualReportSchedule } from '@sme/domain';
import { z } from 'zod';
import { DEFAULT_DATA_DIR } from './embedded-database.js';
import { parseSecretKey } from './auth/secret-box.js';
import type { AssociationSettings } from './settings.js';

// The only place the API reads process.env (docs/operations.md). Everything else receives an AppEnv.
const envSchema = z
  .object({
    // Production unless a developer asks otherwise (`npm run dev` sets development): the command
    // users run must never show stack traces or open introspection to strangers.
    NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    // PostgreSQL connection string; without it the data lives in embedded PGlite under DATA_DIR.
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
    // Demo accounts and data are seeded on the embedded default only, never on PostgreSQL.
    SEED_DEMO: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    // Set when TLS terminates in front of the app, so the session cookie is marked Secure.
    COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
    // Reverse proxies whose X-Forwarded-For / -Proto are believed: comma-separated addresses or
    // CIDRs (also proxy-addr's names loopback, linklocal, uniquelocal). Empty: none.
    TRUST_PROXY: z
      .string()
      .default('')
      .refine(
        (v) =>
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
            .every(isProxyAddress),
        'a comma-separated list of IP addresses or CIDRs',
      ),
    // Sessions end after this long without a request, whatever SESSION_TTL_HOURS allows.
    SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
    // Administrators must sign in with a TOTP code. Default: on with PostgreSQL, off on the
    // embedded demo (whose README accounts are not enrolled).
    REQUIRE_ADMIN_2FA: z.enum(['true', 'false']).optional(),
    // Seals stored secrets the server reads back (TOTP seeds), AES-256-GCM: 32 random bytes as
    // base64 or hex. Required with DATABASE_URL in production; otherwise a key is generated once
    // into DATA_DIR/secret-encryption.key (auth/secret-key.ts).
    SECRET_ENCRYPTION_KEY: z
      .string()
      .optional()
      .refine(
        (v) => v === undefined || parseSecretKey(v) !== undefined,
        '32 random bytes as base64 (44 characters) or hex (64 characters)',
      ),
    // The association that runs the programme: it signs the certificates, receives the declarations
    // and publishes the notices (Arts. 2, 8, 9), so its name is printed on every official paper.
    ASSOCIATION_NAME: z.string().trim().min(2).max(100).default('中国中小企业国际合作协会'),
    // The association's public website, named as where notices and the register are published.
    ASSOCIATION_WEBSITE: z.string().url().optional(),
    // Where citizens reach this system's public pages (e.g. https://sfpt.example.org): the absolute
    // links of the Atom feeds and the certificate's QR code are built on it, never on the Host
    // header a client sent. Without it the feeds link relatively and the QR follows the request.
    PUBLIC_ORIGIN: z
      .string()
      .url()
      .refine((v) => /^https?:\/\//i.test(v), 'an http(s) URL')
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Mail and jobs (lifecycle): SMTP when set, else .eml files under DATA_DIR/mail.
    SMTP_URL: z.string().url().optional(),
    // Without it, mail goes out in the association's name: "<ASSOCIATION_NAME> <noreply@localhost>".
    MAIL_FROM: z.string().optional(),
    JOBS: z.enum(['true', 'false']).default('true'),
    // An open revocation (a failed spot check) is shown on the workbench and reminded to the
    // administrators once a day after this many working days without being completed.
    OPEN_REVOCATION_REMINDER_WORKING_DAYS: z.coerce.number().int().min(1).max(250).default(10),
    // Art. 12 (a reading of the software; the measures set no date): a year's annual service report
    // may be submitted from this month-day of that year and is due by this month-day of the next.
    ANNUAL_REPORT_OPENS_ON: z.string().refine(isScheduleMonthDay, 'a month-day such as 12-01').default('12-01'),
    ANNUAL_REPORT_DUE_ON: z.string().refine(isScheduleMonthDay, 'a month-day such as 03-31').default('03-31'),
    // Uploaded materials: local disk under DATA_DIR/files (one process), or an S3-compatible
    // bucket shared by several API processes.
    STORAGE: z.enum(['disk', 's3']).default('disk'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  })
  .refine((e) => e.STORAGE !== 's3' || Boolean(e.S3_BUCKET), {
    path: ['S3_BUCKET'],
    message: 'required when STORAGE=s3',
  });

/** `npm run create-admin`'s password, when given by the environment rather than typed. */
export function readAdminPassword(source: Record<string, string | undefined> = process.env): string | undefined {
  return source.ADMIN_PASSWORD;
}

// Read at module load by code that must decide before any AppEnv exists (schema build options).
export const isProduction = (process.env.NODE_ENV ?? 'production') === 'production';

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

export type AppEnv = {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  requireAdminTwoFactor: boolean;
  /** SECRET_ENCRYPTION_KEY's bytes, when configured. */
  secretEncryptionKey: Buffer | undefined;
  trustProxy: string[];
  cookieSecure: 'always' | 'never' | 'auto';
  logLevel: string;
  association: AssociationSettings;
  /** PUBLIC_ORIGIN without a trailing slash. */
  publicOrigin: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Run the job runner (outbox, reminders) in this process. */
  jobsEnabled: boolean;
  /** Working days after which an open revocation is overdue (workbench, reminder). */
  openRevocationReminderWorkingDays: number;
  /** Art. 12: when a year's annual service report opens (its year) and is due (the next year), MM-DD. */
  annualReportSchedule: AnnualReportSchedule;
  storage:
    | { kind: 'disk' }
    | {
        kind: 's3';
        endpoint: string | undefined;
        bucket: string;
        region: string;
        accessKeyId: string | undefined;
        secretAccessKey: string | undefined;
        forcePathStyle: boolean;
      };
};

export function readEnv(source: Record<string, string | undefined> = process.env, repoRoot = process.cwd()): AppEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(repoRoot, e.DATA_DIR),
    // Never on PostgreSQL, whatever SEED_DEMO says: demo passwords must not reach production.
    seedDemo: e.DATABASE_URL === undefined && (e.SEED_DEMO ?? true),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    requireAdminTwoFactor:
      e.REQUIRE_ADMIN_2FA === undefined ? e.DATABASE_URL !== undefined : e.REQUIRE_ADMIN_2FA === 'true',
    secretEncryptionKey: e.SECRET_ENCRYPTION_KEY === undefined ? undefined : parseSecretKey(e.SECRET_ENCRYPTION_KEY),
    trustProxy: e.TRUST_PROXY.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    cookieSecure: e.COOKIE_SECURE === 'true' ? 'always' : e.COOKIE_SECURE === 'false' ? 'never' : 'auto',
    logLevel: e.LOG_LEVEL,
    association: { name: e.ASSOCIATION_NAME, website: e.ASSOCIATION_WEBSITE ?? null },
    publicOrigin: e.PUBLIC_ORIGIN?.replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? `${e.ASSOCIATION_NAME} <noreply@localhost>`,
    jobsEnabled: e.JOBS === 'true',
    openRevocationReminderWorkingDays: e.OPEN_REVOCATION_REMINDER_WORKING_DAYS,
    annualReportSchedule: { opensOn: e.ANNUAL_REPORT_OPENS_ON, dueOn: e.ANNUAL_REPORT_DUE_ON },
    storage:
      e.STORAGE === 's3'
        ? {
            kind: 's3',
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET ?? '',
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
          }
        : { kind: 'disk' },
  };
}
