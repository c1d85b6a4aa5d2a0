// Integration-test harness: a fresh database (in-memory PGlite, or a throw-away schema on the
// PostgreSQL server named by DATABASE_URL), migrated and seeded with the demo data, behind the
// real Fastify + Apollo server listening on a loopback port. Tests talk to it over HTTP.
import { randomBytes } from 'node:crypto';
import { createDatabase, type Database } from '@sme/db';
import { seedDemoData } from '@sme/db/seed';
import { freshTestDatabase } from '@sme/db/testing';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { secretKeyFrom } from '../auth/secret-box.js';
import { todayInShanghai } from '../clock.js';
import { setPrisma } from '../db.js';
import { seedRules } from '../seed-rules.js';
import { buildServer, type ServerOptions } from '../server.js';
import { setSecretKey, setSessionSettings } from '../settings.js';

export type TestServer = {
  url: string;
  db: Database;
  app: FastifyInstance;
  close(): Promise<void>;
};

export async function startTestServer(
  options: { seed?: boolean; server?: Partial<ServerOptions> } = {},
): Promise<TestServer> {
  const target = freshTestDatabase();
  const seed = options.seed !== false;
  // On PGlite, start from the run's template (see global-setup.ts) when it was made today;
  // migrating again then finds nothing to do.
  const templates = inject('pgliteTemplates');
  const template = !target.options.databaseUrl && templates?.today === todayInShanghai() ? templates : undefined;
  const db = await createDatabase({
    ...target.options,
    migrate: true,
    pgliteTemplate: template && (seed ? template.seeded : template.migrated),
  });
  setPrisma(db.prisma, db.dataVersion);
  setSessionSettings({ ttlHours: 1, idleMinutes: 30, cookieSecure: 'auto' });
  setSecretKey(secretKeyFrom(randomBytes(32)));
  if (seed && !template) await seedDemoData(db.prisma, { today: todayInShanghai(), rules: seedRules() });
  const app = await buildServer({ databaseKind: db.kind, logLevel: 'warn', ...options.server });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    app,
    close: async () => {
      await app.close();
      await db.close();
      await target.dispose();
    },
  };
}

type GraphQLResponse<T> = {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; correlationId?: string } }[];
};

// A browser-like GraphQL client: keeps the session cookie between calls, sends Apollo's
// CSRF-prevention header as the front ends do.
export class GraphQLClient {
  private cookie: string | undefined;
  // `headers` go with every request, e.g. { 'accept-language': 'en' } to read messages in English.
  constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  lastSetCookie: string | undefined;

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  async login(email: string, password = 'demo1234'): Promise<void> {
    const result = await this.request<{ login: { __typename: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { __typename } }',
      { input: { email, password } },
    );
    if (result.data?.login.__typename !== 'LoginSuccess')
      throw new Error(`login as ${email} failed: ${JSON.stringify(result)}`);
  }
}

/** A client signed in as `email` (the demo password unless given): most tests' first two lines. */
export async function signedInClient(baseUrl: string, email: string, password?: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(baseUrl);
  await client.login(email, password);
  return client;
}
