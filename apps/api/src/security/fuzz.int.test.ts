// No internal error for any malformed input: every root Query and Mutation field of the built
// schema is called with arguments generated from their types — strings with NUL, bidi controls,
// emoji and great length; numbers huge, negative and fractional; dates that do not exist; IDs
// random, malformed or another object's — sent as variables and written inline as literals,
// signed out and as an administrator. Bad input is answered as bad input (a refusal member,
// BAD_USER_INPUT, a validation error naming the field); INTERNAL_SERVER_ERROR or an HTTP 5xx is
// a bug. FUZZ_RUNS (default 3) sets the draws per field and way; FUZZ_SEED replays a run.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../schema.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_208);

// Ending the administrator's own session would sign the rest of the run out.
const NOT_AS_ADMIN = new Set(['logout', 'signOutEverywhere']);

let server: TestServer;
let anonymous: GraphQLClient;
let admin: GraphQLClient;
// Real ids of the demo data, for IDs that name an object (often of another type than expected).
let knownIds: { type: string; id: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  anonymous = new GraphQLClient(server.url);
  admin = await signedInClient(server.url, 'admin@example.com');
  const db = server.db.prisma;
  const [applications, titles, rounds, organisations, users, notices] = await Promise.all([
    db.application.findMany({ select: { id: true }, take: 3 }),
    db.accreditation.findMany({ select: { id: true }, take: 3 }),
    db.round.findMany({ select: { id: true }, take: 2 }),
    db.organisation.findMany({ select: { id: true }, take: 2 }),
    db.user.findMany({ select: { id: true }, take: 2 }),
    db.publicNotice.findMany({ select: { id: true }, take: 2 }),
  ]);
  knownIds = [
    ...applications.map((r) => ({ type: 'Application', id: r.id })),
    ...titles.map((r) => ({ type: 'Accreditation', id: r.id })),
    ...rounds.map((r) => ({ type: 'Round', id: r.id })),
    ...organisations.map((r) => ({ type: 'Organisation', id: r.id })),
    ...users.map((r) => ({ type: 'User', id: r.id })),
    ...notices.map((r) => ({ type: 'PublicNotice', id: r.id })),
  ];
}, 240_000);
afterAll(async () => {
  await server?.close();
});

// ───────────────────────────── values from types ─────────────────────────────

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Egpj.exe',
  '\u200b',
  '某某公司\u200b',
  '😀🇨🇳👨‍👩‍👧',
  '\ud800',
  '\'; DROP TABLE "Application"; --',
  '%s%n{{7*7}}${7*7}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '9'.repeat(400),
  '中'.repeat(20_000),
];
const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 2000 }) },
);
const anyInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e15, -1e15, 1e308, 0.5),
  fc.integer(),
);
const anyFloat = fc.oneof(
  fc.constantFrom(0, -0.0, -1, 1e308, -1e308, 5e-324, 1e21, 123456789012345.67),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDate = fc.oneof(
  isoDate,
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '2026-1-1', '20260101', '9999-99-99', '-0001-01-01'),
  fc.constantFrom('2026-12-08T00:00:00Z', 'today', '', '2026-12-08\u0000'),
);
const anyDateTime = fc.oneof(
  isoDate.map((d) => `${d}T12:00:00.000Z`),
  fc.constantFrom('2026-12-08T25:61:61Z', 'not a time', '', '1e308', '+275760-09-13T00:00:00.001Z'),
);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const anyId = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...knownIds).map((k) => gid(k.type, k.id)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...knownIds), fc.constantFrom('Application', 'Round', 'User', 'Nope', ''))
        .map(([k, type]) => gid(type, k.id)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...knownIds).map((k) => k.id) },
    { weight: 2, arbitrary: anyString },
    { weight: 1, arbitrary: fc.constantFrom(gid('Application', '\u0000'), gid('Application', ''), '====', 'QQ') },
  );

function valueOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  const optional = <T>(a: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return optional(fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 4 }));
  if (isEnumType(type))
    return optional(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'draft') },
      ),
    );
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 4) return fc.constant({});
    const required = Object.fromEntries(
      fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, valueOf(f.type, depth + 1)]),
    );
    const optionalFields = Object.fromEntries(
      fields.filter((f) => !isNonNullType(f.type)).map((f) => [f.name, valueOf(f.type, depth + 1)]),
    );
    return optional(
      fc.tuple(fc.record(required), fc.record(optionalFields, { requiredKeys: [] })).map(([a, b]) => ({ ...b, ...a })),
    );
  }
  switch (type.name) {
    case 'String':
      return optional(anyString);
    case 'Int':
      return optional(anyInt);
    case 'Float':
    case 'Decimal':
      return optional(fc.oneof(anyFloat, anyInt));
    case 'Boolean':
      return optional(fc.boolean());
    case 'ID':
      return optional(anyId());
    case 'Date':
      return optional(anyDate);
    case 'DateTime':
      return optional(anyDateTime);
    default:
      return optional(fc.oneof(anyString, anyInt));
  }
}

function argsOf(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const required = Object.fromEntries(
    field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, valueOf(a.type, 0)]),
  );
  const optionalArgs = Object.fromEntries(
    field.args.filter((a) => !isNonNullType(a.type)).map((a) => [a.name, valueOf(a.type, 0)]),
  );
  return fc.tuple(fc.record(required), fc.record(optionalArgs, { requiredKeys: [] })).map(([a, b]) => ({ ...b, ...a }));
}

// ───────────────────────────── the operation ─────────────────────────────

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) || isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  return '';
}

/** A GraphQL literal for a value: what a client writes inline in the query text. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${(value as unknown[]).map((v) => literal(v, inner.ofType)).join(', ')}]`;
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .filter(([k]) => fields[k])
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')} }`;
  }
  if (isEnumType(inner) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  // JSON's string escapes are GraphQL's (\uXXXX included): NUL arrives as the escape \u0000.
  return JSON.stringify(String(value));
}

function asVariables(key: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>) {
  const given = field.args.filter((a) => a.name in args);
  const decl = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = given.length ? `(${given.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const [operation] = key.split('.') as [string];
  return {
    query: `${operation.toLowerCase()} fuzz${decl ? `(${decl})` : ''} { ${field.name}${call} ${selectionOf(field)} }`,
    variables: args,
  };
}

function asLiterals(key: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>) {
  const given = field.args.filter((a): a is GraphQLArgument => a.name in args);
  const call = given.length ? `(${given.map((a) => `${a.name}: ${literal(args[a.name], a.type)}`).join(', ')})` : '';
  const [operation] = key.split('.') as [string];
  return { query: `${operation.toLowerCase()} { ${field.name}${call} ${selectionOf(field)} }`, variables: undefined };
}

type Sent = { status: number; body: { errors?: { message: string; extensions?: { code?: string } }[] } | null };

async function send(client: GraphQLClient, request: { query: string; variables?: unknown }): Promise<Sent> {
  // Through the client (its cookie), but reading the status too: a 5xx is a failure whatever the body.
  const cookie = client.sessionCookie;
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: Sent['body'] = null;
  try {
    body = JSON.parse(text) as Sent['body'];
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

function failureOf(sent: Sent): string | null {
  if (sent.status >= 500) return `HTTP ${sent.status}`;
  if (sent.body === null) return `HTTP ${sent.status} with a body that is not JSON`;
  const internal = (sent.body.errors ?? []).find(
    (e) =>
      e.extensions?.code === 'INTERNAL_SERVER_ERROR' || /prisma|invalid `|stack|TypeError|RangeError/i.test(e.message),
  );
  return internal ? `${internal.extensions?.code ?? ''} ${internal.message.slice(0, 200)}` : null;
}

const ROOTS = (['Query', 'Mutation'] as const).flatMap((operation) =>
  Object.values((operation === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).map(
    (field) => ({ key: `${operation}.${field.name}`, field }),
  ),
);

describe('fuzz: every root field, malformed arguments', () => {
  for (const caller of ['signed out', 'admin'] as const)
    it(`answers ${caller} without an internal error`, async () => {
      const client = caller === 'admin' ? admin : anonymous;
      const failures: string[] = [];
      let sentCount = 0;
      for (const [index, { key, field }] of ROOTS.entries()) {
        if (caller === 'admin' && NOT_AS_ADMIN.has(field.name)) continue;
        const draws = field.args.length === 0 ? [{}] : fc.sample(argsOf(field), { numRuns: RUNS, seed: SEED + index });
        for (const args of draws)
          for (const [way, build] of [
            ['variables', asVariables],
            ['literals', asLiterals],
          ] as const) {
            const request = build(key, field, args);
            const failure = failureOf(await send(client, request));
            sentCount += 1;
            if (failure) failures.push(`${key} (${way}): ${failure}\n    ${JSON.stringify(request).slice(0, 400)}`);
          }
      }
      expect(sentCount).toBeGreaterThan(ROOTS.length);
      expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
    }, 120_000);
});
