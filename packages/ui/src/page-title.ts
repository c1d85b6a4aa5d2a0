import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// The browser tab's title: "<page> · <app>" (申报材料 · 示范平台申报系统), so a person with several
// tabs open, a screen reader and the history list can tell the pages apart. The app's name comes from
// each front end's `app.title`; the page's from its heading.

let current: string | null = null;

/** "<page> · <app>", or the app's name alone when the page has no title. */
export function documentTitleOf(page: string | null | undefined, app: string): string {
  const trimmed = page?.trim();
  return trimmed ? `${trimmed} · ${app}` : app;
}

/** The page title set by the page on screen, if any (the root falls back to the app's name). */
export function currentPageTitle(): string | null {
  return current;
}

/** Sets the tab's title while the calling page is on screen. */
export function usePageTitle(page: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    if (!page) return;
    current = page;
    document.title = documentTitleOf(page, app);
    return () => {
      if (current === page) current = null;
      document.title = app;
    };
  }, [page, app]);
}
