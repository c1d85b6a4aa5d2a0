// S3's measurement, shared by `npm run bench` (run.ts) and `npm run bench:stats` (stats.ts): the
// `statistics` query through the API against the same figures in hand-written SQL
// (statistics-baseline.ts). The figures are compared first, then timed in alternating rounds so
// that both sides see the same machine.
import pg from 'pg';
import { STATISTICS_QUERY, compareStatistics, statisticsBySql, type StatisticsFigures } from './statistics-baseline.js';
import { gql } from './system.js';

export type StatisticsTimings = {
  apiMs: number[];
  sqlMs: number[];
  // Each round's API time over its SQL time. Their median is the figure: the two halves of a
  // round run back to back, so a stretch where the machine is slow weighs on both, where the
  // ratio of the two medians could pair a fast API round with a slow SQL one.
  ratios: number[];
  // A signed-in request that reads no statistics (session, GraphQL, HTTP): what the API costs
  // before any figure is computed. Empty unless asked for.
  floorMs: number[];
  // Where the API's figures differ from the hand-written SQL's, or null when they agree.
  difference: string | null;
};

export async function timeStatistics(options: {
  apiUrl: string;
  cookie: string;
  pgUrl: string;
  rounds: number;
  warmUps?: number;
  withFloor?: boolean;
}): Promise<StatisticsTimings> {
  const { apiUrl, cookie, rounds } = options;
  const viaApi = async (): Promise<StatisticsFigures> => {
    const r = (await (await gql(apiUrl, STATISTICS_QUERY, undefined, cookie)).json()) as {
      data?: { statistics: StatisticsFigures };
      errors?: unknown;
    };
    if (!r.data) throw new Error(`statistics failed: ${JSON.stringify(r.errors).slice(0, 300)}`);
    return r.data.statistics;
  };
  const client = new pg.Client({ connectionString: options.pgUrl });
  await client.connect();
  try {
    for (let i = 0; i < (options.warmUps ?? 0); i++) await Promise.all([viaApi(), statisticsBySql(client)]);
    const difference = compareStatistics(await viaApi(), await statisticsBySql(client));
    if (difference) console.warn(`! statistics differ from the hand-written SQL: ${difference}`);
    const timings: StatisticsTimings = { apiMs: [], sqlMs: [], ratios: [], floorMs: [], difference };
    const timed = async (into: number[], work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      into.push(performance.now() - started);
    };
    for (let i = 0; i < rounds; i++) {
      if (options.withFloor)
        await timed(timings.floorMs, async () => (await gql(apiUrl, '{ me { email } }', undefined, cookie)).text());
      await timed(timings.apiMs, viaApi);
      await timed(timings.sqlMs, () => statisticsBySql(client));
      timings.ratios.push(timings.apiMs.at(-1)! / timings.sqlMs.at(-1)!);
    }
    return timings;
  } finally {
    await client.end();
  }
}
