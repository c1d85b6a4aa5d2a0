// The first load on a phone (docs/performance.md, "Mobile first load"): Lighthouse's mobile
// profile (simulated slow 4G, a 4× slower CPU) against the production server on the embedded
// database with the demo data, as `npm start` runs it. Per public page: the performance score,
// the largest contentful paint and the compressed JavaScript of the first view; for the
// signed-in workbenches of the portal and the console, the compressed JavaScript of the first view.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { freePort, gql, login, startApi } from './system.js';

export type MobileFigure = {
  name: string;
  value: number | null;
  target: string;
  pass: (v: number) => boolean;
  unit: string;
  note?: string;
};

type Page = { name: string; path: string; cookie?: string; publicPage: boolean; jsTarget: number };

type Measure = { score: number; lcpMs: number; jsBytes: number };

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART, "Please run
// Lighthouse again"); such a run says nothing about the page, so it is tried again, up to three times.
async function measure(url: string, cookie: string | undefined): Promise<Measure> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureOnce(url, cookie);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof LighthouseRuntimeError)) throw error;
      console.warn(`  ${error.message}: trying again (${attempt + 1} of 3)`);
    }
  }
}

class LighthouseRuntimeError extends Error {}

async function measureOnce(url: string, cookie: string | undefined): Promise<Measure> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new LighthouseRuntimeError(`Lighthouse: ${lhr.runtimeError.message}`);
    const requests =
      (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] })
        ?.items ?? [];
    return {
      score: lhr.categories.performance?.score ?? 0,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      // What went over the wire (compressed) for scripts while the page loaded.
      jsBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    };
  } finally {
    await chrome.kill();
  }
}

/** Runs every page `runs` times and keeps the worst of each figure (the lowest score, the slowest LCP, the most bytes). */
export async function mobileFigures(options: { runs: number; log?: (line: string) => void }): Promise<MobileFigure[]> {
  const log = options.log ?? console.log;
  const dataDir = mkdtempSync(join(tmpdir(), 'sme-bench-mobile-'));
  const api = await startApi({ DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'true' }, await freePort());
  try {
    const found = (await (
      await gql(api.url, '{ register(first: 1) { edges { node { certificateNumber } } } }')
    ).json()) as {
      data?: { register: { edges: { node: { certificateNumber: string } }[] } };
    };
    const number = found.data?.register.edges[0]?.node.certificateNumber ?? 'SMEPSP-2026-1-0001-X';
    const member = await login(api.url, 'member@example.com', 'demo1234');
    const admin = await login(api.url, 'admin@example.com', 'demo1234');
    const pages: Page[] = [
      { name: 'verify', path: `/public/verify?number=${encodeURIComponent(number)}`, publicPage: true, jsTarget: 150 },
      { name: 'front', path: '/', publicPage: true, jsTarget: 150 },
      { name: 'registration', path: '/register', publicPage: true, jsTarget: 150 },
      { name: 'notices', path: '/public/notices', publicPage: true, jsTarget: 150 },
      { name: 'public_register', path: '/public/register', publicPage: true, jsTarget: 150 },
      { name: 'portal_workbench', path: '/', cookie: member, publicPage: false, jsTarget: 300 },
      { name: 'console_workbench', path: '/admin/', cookie: admin, publicPage: false, jsTarget: 300 },
    ];
    const figures: MobileFigure[] = [];
    for (const page of pages) {
      const runs: Measure[] = [];
      for (let i = 0; i < options.runs; i++) {
        const m = await measure(`${api.url}${page.path}`, page.cookie);
        log(
          `  mobile ${page.name} run ${i + 1}: performance ${m.score.toFixed(2)}, LCP ${(m.lcpMs / 1000).toFixed(2)} s, JS ${(m.jsBytes / 1000).toFixed(1)} kB`,
        );
        runs.push(m);
      }
      const score = Math.min(...runs.map((r) => r.score));
      const lcp = Math.max(...runs.map((r) => r.lcpMs));
      const js = Math.max(...runs.map((r) => r.jsBytes)) / 1000;
      if (page.publicPage) {
        figures.push({
          name: `mobile_${page.name}_performance`,
          value: score,
          target: '≥ 0.9',
          pass: (v) => v >= 0.9,
          unit: '',
        });
        figures.push({
          name: `mobile_${page.name}_lcp_ms`,
          value: lcp,
          target: '≤ 2500',
          pass: (v) => v <= 2500,
          unit: 'ms',
        });
      } else {
        figures.push({
          name: `mobile_${page.name}_performance`,
          value: score,
          target: 'info',
          pass: () => true,
          unit: '',
        });
        figures.push({ name: `mobile_${page.name}_lcp_ms`, value: lcp, target: 'info', pass: () => true, unit: 'ms' });
      }
      figures.push({
        name: `mobile_${page.name}_js_kb`,
        value: js,
        target: `≤ ${page.jsTarget}`,
        pass: (v) => v <= page.jsTarget,
        unit: 'kB',
      });
    }
    return figures;
  } finally {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
