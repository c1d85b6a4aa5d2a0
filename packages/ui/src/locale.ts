export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Maps whatever i18next or the browser reports ("en-US", "zh") onto a supported locale. */
export function toLocale(language: string | undefined): Locale {
  if (!language) return DEFAULT_LOCALE;
  if (language.toLowerCase().startsWith('en')) return 'en';
  return DEFAULT_LOCALE;
}
