// Start-up: read the environment, bring the database schema up to date, seed the embedded
// demo on first run, and serve the API and both front ends on one port.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@sme/db';
import { seedDemoData } from '@sme/db/seed';
import { todayInShanghai } from './clock.js';
import { setPrisma } from './db.js';
import { readEnv } from './env.js';
import { startJobs } from './jobs/start-jobs.js';
import { buildServer } from './server.js';
import { setSessionSettings } from './settings.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const env = readEnv(process.env, repoRoot);
const dbOptions = env.databaseUrl ? { databaseUrl: env.databaseUrl } : { dataDir: join(env.dataDir, 'pglite') };
// PGlite creates its own directory but not the parents (a fresh clone has no .data/).
if (dbOptions.dataDir) mkdirSync(dbOptions.dataDir, { recursive: true });

// Migrations run on the same connection the app then uses (PGlite allows one opener).
const database = await createDatabase({ ...dbOptions, migrate: true });
setPrisma(database.prisma);
setSessionSettings({ ttlHours: env.sessionTtlHours, cookieSecure: env.cookieSecure });

if (env.seedDemo) {
  const seeded = await seedDemoData(database.prisma, { today: todayInShanghai() });
  if (seeded.seeded) console.info('Seeded demo data: sign in as admin@example.com / demo1234 (see README).');
}

const app = await buildServer({
  databaseKind: database.kind,
  adminDist: join(repoRoot, 'apps/admin/dist'),
  portalDist: join(repoRoot, 'apps/portal/dist'),
  logLevel: env.logLevel,
  trustProxy: env.nodeEnv === 'production',
});

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await jobs?.stop();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: env.port, host: env.host });
const jobs = startJobs(database.prisma, env, app.log);
console.info(`Ready: http://localhost:${env.port}/ (portal), http://localhost:${env.port}/admin/ (console), /graphql, /healthz — database: ${database.kind}`);
