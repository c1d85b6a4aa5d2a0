// `npm run create-admin -- --email a@b.org --name 张三`: creates the first administrator, or
// resets one (password, and two-step sign-in when it is required), on the database the API is
// configured for (DATABASE_URL, else the embedded one under DATA_DIR — stop the API first then:
// the embedded database allows one process). The password comes from ADMIN_PASSWORD or is asked
// for twice without echo; it never appears on the command line, where `ps` would show it.
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDatabase } from '@sme/db';
import { resolveSecretKey } from '../auth/secret-key.js';
import { readAdminPassword, readEnv } from '../env.js';
import { ADMIN_PASSWORD_MIN_LENGTH, createAdministrator, CreateAdministratorError } from './create-admin.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

const USAGE = `usage: npm run create-admin -- --email <e-mail> --name <display name> [--two-factor | --no-two-factor]
  The password is read from ADMIN_PASSWORD, or asked for (at least ${ADMIN_PASSWORD_MIN_LENGTH} characters).
  Two-step sign-in is enrolled when administrators must use it (REQUIRE_ADMIN_2FA; on by default with DATABASE_URL).`;

async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = new Promise<string>((resolve) => rl.question(question, resolve));
    muted = true;
    return await answer;
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

async function passwordFromUser(): Promise<string> {
  const fromEnv = readAdminPassword();
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY)
    throw new CreateAdministratorError('no terminal to ask for the password: set ADMIN_PASSWORD');
  const first = await askHidden('Password: ');
  const second = await askHidden('Password again: ');
  if (first !== second) throw new CreateAdministratorError('the two passwords differ');
  return first;
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'two-factor': { type: 'boolean' },
      'no-two-factor': { type: 'boolean' },
    },
  });
  if (!values.email || !values.name) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const env = readEnv(process.env, repoRoot);
  const enrolTwoFactor = values['two-factor'] ? true : values['no-two-factor'] ? false : env.requireAdminTwoFactor;
  const password = await passwordFromUser();
  const secret = await resolveSecretKey({
    configured: env.secretEncryptionKey,
    dataDir: env.dataDir,
    onPostgres: env.databaseUrl !== undefined,
    production: env.nodeEnv === 'production',
  });
  const database = await createDatabase({
    ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : { dataDir: join(env.dataDir, 'pglite') }),
    migrate: true,
    migrationsDir: join(repoRoot, 'packages/db/prisma/migrations'),
  });
  try {
    const result = await createAdministrator(
      database.prisma,
      { email: values.email, displayName: values.name, password, enrolTwoFactor },
      secret.key,
    );
    console.info(
      `${result.created ? 'Created' : 'Reset'} the administrator ${result.email} on the ${env.databaseUrl ? 'PostgreSQL' : 'embedded'} database.`,
    );
    if (result.twoFactor) {
      console.info('\nTwo-step sign-in is on for this account. Add it to an authenticator app now (shown once):');
      console.info(`  secret: ${result.twoFactor.secret}\n  or scan: ${result.twoFactor.uri}`);
      console.info('\nOne-time recovery codes, for a lost phone (keep them apart from the password):');
      for (const code of result.twoFactor.recoveryCodes) console.info(`  ${code}`);
    }
  } finally {
    await database.close();
  }
}

try {
  await run();
} catch (error) {
  console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
