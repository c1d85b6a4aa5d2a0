import { LoadingScreen } from './centered-page';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page loaded as a chunk of its own the first time it is shown (React.lazy), named by its
 * export. `preload` fetches the chunk ahead (after first paint), so that going to the page later
 * does not wait for the network.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  registered.add(load);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's own props stay checked where it is used
  const Page = lazy(() => load().then((module) => ({ default: module[name] as ComponentType<any> })));
  return Object.assign(Page, { preload: load });
}

const registered = new Set<() => Promise<unknown>>();
const INTENT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Fetches every lazy page's chunk at the first sign that the person is about to move on (the
 * pointer moves over the page, a touch, a key) after the first page has painted: going to
 * another page then never waits for the network, and the first view loads only what it shows.
 * A shell calls it once it has mounted; returns the cancel.
 */
export function preloadLazyPagesOnIntent(): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const preload = () => {
    stop();
    for (const load of registered) void load().catch(() => undefined);
  };
  const stop = () => {
    for (const type of INTENT) window.removeEventListener(type, preload, true);
  };
  for (const type of INTENT) window.addEventListener(type, preload, { capture: true, passive: true });
  return stop;
}

/** Fetches chunks once the browser is idle after first paint; returns the cancel. */
export function preloadWhenIdle(...loads: (() => Promise<unknown>)[]): () => void {
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  const handle = idle(() => {
    for (const load of loads) void load().catch(() => undefined);
  });
  return () => (globalThis.cancelIdleCallback ?? clearTimeout)(handle as never);
}

/** Where a lazy page waits for its chunk: the shared loading screen. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingScreen label={t('ui.session.loading')} />}>{children}</Suspense>;
}
