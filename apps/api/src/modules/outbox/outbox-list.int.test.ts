// The outbox list pages and filters on the server: by status (sent, waiting, failed) and by
// recipient; a message reads decoded. PGlite or PostgreSQL (DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, signedInClient, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < 5; i += 1) {
    await server.db.prisma.emailOutbox.create({
      data: {
        to: `outbox-${i}@paging.example.com`,
        subject: `公示期满提醒${i}`,
        body: '您好，公示期已结束。',
        createdAt: new Date(base + i * 60_000),
        sentAt: i < 2 ? new Date(base + i * 60_000 + 1000) : null,
        attempts: i === 4 ? 3 : 0,
        lastError: i === 4 ? 'connection refused' : null,
      },
    });
  }
}, 180_000);
afterAll(async () => {
  await server?.close();
});

const LIST = `query ($offset: Int, $limit: Int, $status: OutboxStatus, $recipient: String) {
  outboxMessages(offset: $offset, limit: $limit, status: $status, recipient: $recipient) {
    totalCount items { to attempts decoded { subject body } }
  }
}`;
type Page = {
  totalCount: number;
  items: { to: string; attempts: number; decoded: { subject: string; body: string } }[];
};
const list = async (variables: Record<string, unknown>) =>
  (await admin.request<{ outboxMessages: Page }>(LIST, variables)).data!.outboxMessages;

describe('outbox list', () => {
  it('filters by recipient and pages newest first', async () => {
    const all = await list({ recipient: 'PAGING.example.com', limit: 2 });
    expect(all.totalCount).toBe(5);
    expect(all.items.map((m) => m.to)).toEqual(['outbox-4@paging.example.com', 'outbox-3@paging.example.com']);
    const second = await list({ recipient: 'paging.example.com', limit: 2, offset: 2 });
    expect(second.items.map((m) => m.to)).toEqual(['outbox-2@paging.example.com', 'outbox-1@paging.example.com']);
  });

  it('filters by status, with the retries of a failed message, and reads it decoded', async () => {
    expect((await list({ recipient: 'paging.example.com', status: 'SENT' })).totalCount).toBe(2);
    expect((await list({ recipient: 'paging.example.com', status: 'WAITING' })).totalCount).toBe(2);
    const failed = await list({ recipient: 'paging.example.com', status: 'FAILED' });
    expect(failed.items).toEqual([
      {
        to: 'outbox-4@paging.example.com',
        attempts: 3,
        decoded: { subject: '公示期满提醒4', body: '您好，公示期已结束。' },
      },
    ]);
  });

  it('is for administrators only', async () => {
    const unit = await signedInClient(server.url, 'unit@example.com');
    const result = await unit.request(LIST, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
