import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, toLocale, type Locale } from '../locale';
import { en as sharedEn } from './en';
import { mergeResources } from './keys';
import { zhCN as sharedZhCN } from './zh-CN';

export const SHARED_RESOURCES: Record<Locale, object> = { 'zh-CN': sharedZhCN, en: sharedEn };

export type CreateI18nOptions = {
  /** The app's own strings per locale; merged over the shared "ui" strings. */
  resources: Record<Locale, object>;
  /** Where the chosen language is remembered (localStorage), per app. */
  storageKey: string;
};

function storedLocale(storageKey: string): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return stored ? toLocale(stored) : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** One i18next instance per app: zh-CN unless the user chose English before. Initialised
 * synchronously (resources are bundled) so the first render is already translated. */
export function createI18n({ resources, storageKey }: CreateI18nOptions): I18n {
  const instance = i18next.createInstance();
  const merged = Object.fromEntries(
    LOCALES.map((locale) => [locale, { translation: mergeResources(SHARED_RESOURCES[locale], resources[locale]) }]),
  );
  void instance.use(initReactI18next).init({
    resources: merged,
    lng: storedLocale(storageKey),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  instance.on('languageChanged', (language) => {
    try {
      globalThis.localStorage?.setItem(storageKey, toLocale(language));
    } catch {
      // private mode: the choice simply is not remembered
    }
    if (typeof document !== 'undefined') document.documentElement.lang = toLocale(language);
  });
  if (typeof document !== 'undefined') document.documentElement.lang = toLocale(instance.language);
  return instance;
}
