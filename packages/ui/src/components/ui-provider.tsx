import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocale } from '../locale';

/** antd in the language i18next is in, plus antd's App context (message, modal). */
export function UiProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#1f5fbf' } }}
      // antd spaces out two-character Chinese labels ("登 录"), which also changes the
      // accessible name that users of screen readers and browser tests rely on
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
