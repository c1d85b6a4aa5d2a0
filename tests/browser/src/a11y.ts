// axe-core in the page under test: every page the browser tests visit must have no critical or
// serious accessibility violation (WCAG 2.x A/AA and axe's best practices).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type A11yViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** Runs axe on the page as it is now and returns its critical and serious violations. */
export async function seriousA11yViolations(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<A11yViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // evaluated through the DevTools protocol: the apps' Content-Security-Policy (script-src 'self')
  // refuses inline <script> tags, rightly, and this is not one
  if (!injected) await page.evaluate(AXE_SOURCE);
  // Judge colours only once antd's finite animations and transitions (drawers, dialogs, a button
  // fading from disabled to enabled when its data arrives) have ended: mid-fade colours fail
  // contrast on a loaded machine. Endless ones (spinners) are not waited for.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
        ),
    undefined,
    { timeout: 15_000 },
  );
  const violations = await page.evaluate(async (exclude) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const context =
      exclude.length > 0 ? { include: [['html']], exclude: exclude.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => String(n.target.join(' '))),
    }));
  }, options.exclude ?? []);
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** Fails with a readable list when the page has any critical or serious violation. */
export async function expectNoSeriousA11yViolations(page: Page, where = page.url()): Promise<void> {
  const found = await seriousA11yViolations(page);
  if (found.length === 0) return;
  const lines = found.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n      ${v.targets.join('\n      ')}`);
  throw new Error(`axe-core found ${found.length} critical/serious violation(s) on ${where}:\n${lines.join('\n')}`);
}
