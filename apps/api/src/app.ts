// The application's start-up (main.ts loads it): read the environment, bring the database
// schema up to date, seed the embedded demo on first run, and serve the API and both front ends
// on one port.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@sme/db';
import { seedDemoData } from '@sme/db/seed';
import { todayInShanghai } from './clock.js';
import { setPrisma } from './db.js';
import { readEnv } from './env.js';
import { startJobs } from './jobs/start-jobs.js';
import { seedRules } from './seed-rules.js';
import { buildServer } from './server.js';
import { embeddedDatabase } from './embedded-database.js';
import { fileStoreFromEnv } from './storage/index.js';
import { demoAccountsWithPublishedPassword } from './security/demo-accounts.js';
import { resolveSecretKey } from './auth/secret-key.js';
import { sealStoredTotpSecrets } from './auth/two-factor.js';
import { setAssociationSettings, setSecretKey, setSecuritySettings, setSessionSettings } from './settings.js';
import { setAnnualReportSchedule } from './modules/annual-report/annual-report-settings.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const env = readEnv(process.env, repoRoot);
// Before the database opens: on PostgreSQL in production a missing key refuses to start.
const secret = await resolveSecretKey({
  configured: env.secretEncryptionKey,
  dataDir: env.dataDir,
  onPostgres: env.databaseUrl !== undefined,
  production: env.nodeEnv === 'production',
});
setSecretKey(secret.key);
if (secret.created)
  console.info(
    `Generated the key that seals stored two-factor secrets: ${secret.path} (keep a copy apart from your backups).`,
  );
const fileStore = fileStoreFromEnv(env);
// The server is built while the embedded database finishes opening in its thread (it touches
// the database only when serving); it listens once the database is ready, below.
const app = await buildServer({
  databaseKind: env.databaseUrl ? 'postgresql' : 'pglite',
  adminDist: join(repoRoot, 'apps/admin/dist'),
  portalDist: join(repoRoot, 'apps/portal/dist'),
  logLevel: env.logLevel,
  trustProxy: env.trustProxy,
  // Only `npm run dev` (NODE_ENV=development) shows error details and opens introspection.
  exposeErrorDetails: env.nodeEnv === 'development',
  introspection: env.nodeEnv === 'development' ? 'all' : 'staff',
  fileStore,
  publicOrigin: env.publicOrigin,
});

// Migrations run on the same connection the app then uses (PGlite allows one opener).
const database = await createDatabase({
  ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : { pgliteWorker: embeddedDatabase(env.dataDir) }),
  migrate: true,
  migrationsDir: join(repoRoot, 'packages/db/prisma/migrations'),
});
setPrisma(database.prisma, database.dataVersion);
setSessionSettings({
  ttlHours: env.sessionTtlHours,
  idleMinutes: env.sessionIdleMinutes,
  // A public address of https:// means the deployment is HTTPS, whatever one request says.
  cookieSecure: env.cookieSecure === 'auto' && env.publicOrigin?.startsWith('https://') ? 'always' : env.cookieSecure,
});
setSecuritySettings({ requireAdminTwoFactor: env.requireAdminTwoFactor });
setAssociationSettings(env.association);
setAnnualReportSchedule(env.annualReportSchedule);

// Rows written before secrets were sealed are sealed now; a key that cannot open existing ones
// is reported, not fatal (those users still sign in with a recovery code and enrol again).
const sealing = await sealStoredTotpSecrets(database.prisma, secret.key);
if (sealing.sealed > 0)
  console.info(`Sealed ${sealing.sealed} two-factor secret(s) stored in plain text by an earlier version.`);
if (sealing.unreadable.length > 0) {
  console.error(
    `ERROR: the ${secret.source === 'configuration' ? 'configured SECRET_ENCRYPTION_KEY' : `key in ${secret.path}`} cannot open the two-factor ` +
      `secret of ${sealing.unreadable.length} account(s) (${sealing.unreadable.join(', ')}): was the key replaced? Restore the original key, ` +
      'or those users sign in with a recovery code and enrol again.',
  );
}

if (env.seedDemo) {
  const seeded = await seedDemoData(database.prisma, {
    today: todayInShanghai(),
    rules: seedRules(),
    storeFile: (bytes, sha256) => fileStore.put(bytes, sha256),
  });
  if (seeded.seeded) console.info('Seeded demo data: sign in as admin@example.com / demo1234 (see README).');
}

// Published passwords must never go unnoticed: warn on every start while they work. Checked
// beside the rest of the start rather than before it (one argon2 verification per demo account
// on the thread pool, ~50 ms each), so the start does not wait for it.
void demoAccountsWithPublishedPassword().then(
  (withDemoPassword) => {
    if (withDemoPassword.length === 0) return;
    console.warn(
      `WARNING: ${withDemoPassword.length} account(s) still sign in with the published demo password (${withDemoPassword.join(', ')}). ` +
        'Fine for a local demo; never expose this installation. Both apps show a banner while this is so.',
    );
  },
  (error: unknown) => console.error('checking the demo accounts for the published password failed:', error),
);

// SIGTERM: /readyz turns 503, the listener stops accepting, requests in flight finish (Fastify
// and Apollo's drain plugin wait for them), then the database closes. A stuck request cannot
// hold the process for ever.
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing requests in flight');
  const force = setTimeout(() => {
    app.log.error('requests still running after 20 s; exiting');
    process.exit(1);
  }, 20_000);
  force.unref();
  try {
    await app.close();
    await jobs?.stop();
    await database.close();
    app.log.info('shut down cleanly');
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: env.port, host: env.host });
const jobs = startJobs(database.prisma, env, app.log);
console.info(
  `Ready: http://localhost:${env.port}/ (portal), http://localhost:${env.port}/admin/ (console), /graphql, /healthz — database: ${database.kind}, Node ${process.version}`,
);
