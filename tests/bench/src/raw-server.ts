// The raw baseline of S1: node:http + pg answering the console's applications list with the
// bytes the GraphQL API returns for it, doing the least a hand-written server would: one
// statement for the session and user, the page and the count in parallel.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const ORDER = ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'];
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const cursorOf = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64');

const pool = new pg.Pool({ connectionString: process.env.RAW_DATABASE_URL, max: 10 });
const port = Number(process.env.RAW_PORT ?? 0);

const PAGE = `
  SELECT a.id, a.status::text AS status, a."updatedAt" AS "updatedAt",
         o.id AS "orgId", o.name AS "orgName", o."creditCode" AS "creditCode", r.id AS "roundId", r.name AS "roundName",
         (SELECT array_agg(f.function::text) FROM "ApplicationFunction" f WHERE f."applicationId" = a.id) AS functions
  FROM "Application" a JOIN "Organisation" o ON o.id = a."organisationId" JOIN "Round" r ON r.id = a."roundId"
  ORDER BY a."updatedAt" DESC, a.id DESC LIMIT $1`;

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    try {
      const first = (JSON.parse(body || '{}').variables?.first as number | undefined) ?? 50;
      const token = /sme_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      if (!token) {
        res.writeHead(401).end();
        return;
      }
      const session = await pool.query(
        `SELECT u.id, u.roles::text[] AS roles FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."tokenHash" = $1 AND s."expiresAt" > now()`,
        [createHash('sha256').update(decodeURIComponent(token)).digest('hex')],
      );
      if (!session.rows[0]?.roles.includes('ADMIN')) {
        res.writeHead(403).end();
        return;
      }
      const [page, count] = await Promise.all([
        pool.query(PAGE, [first + 1]),
        pool.query('SELECT count(*)::int AS n FROM "Application"'),
      ]);
      const rows = page.rows.slice(0, first);
      const edges = rows.map((r) => ({
        cursor: cursorOf(r.id),
        node: {
          id: gid('Application', r.id),
          status: r.status,
          functions: [...(r.functions ?? [])].sort((x: string, y: string) => ORDER.indexOf(x) - ORDER.indexOf(y)),
          updatedAt: (r.updatedAt as Date).toISOString(),
          organisation: { id: gid('Organisation', r.orgId), name: r.orgName, creditCode: r.creditCode },
          round: { id: gid('Round', r.roundId), name: r.roundName },
        },
      }));
      const data = {
        applications: {
          totalCount: count.rows[0].n,
          pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
          edges,
        },
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`RAW_LISTENING ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
