import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocale } from '../locale';

// antd's secondary and tertiary greys (45 % black) read at 3.4:1 on white, under WCAG AA's 4.5:1;
// these darker ones pass, and disabled text keeps antd's own (exempt) grey.
const TOKENS = {
  colorPrimary: '#1f5fbf',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  // links default to antd's brighter blue (4.1:1); the house blue reads at 6:1
  colorLink: '#1f5fbf',
  // hovered buttons and links, and error text, stay at 4.5:1 or better too (antd's defaults do not)
  colorPrimaryHover: '#2a6dd1',
  colorLinkHover: '#2a6dd1',
  colorError: '#cf1322',
  colorErrorHover: '#a8071a',
};

// The few global rules the pieces rely on: no default 8 px body margin, a skip link that appears
// on focus, visually hidden text for screen readers, a visible focus ring on scroll regions, and
// the text of antd's light preset and status tags (green/success, cyan, orange, gold/warning,
// lime, volcano, error: 2.9–4.3:1 on their own backgrounds) and warning text darker, so every page's tags pass
// WCAG AA's 4.5:1 (!important: antd's CSS-in-JS rules are as specific and may come later).
const GLOBAL_CSS = `
body { margin: 0; }
.sme-skip-link { position: absolute; inset-inline-start: 8px; top: -48px; z-index: 1100; padding: 8px 16px; background: #fff; color: #1f5fbf; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.sme-skip-link:focus { top: 8px; }
.sme-visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sme-scroll-region:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.ant-tag.ant-tag-green, .ant-tag.ant-tag-success { color: #237804 !important; }
.ant-tag.ant-tag-cyan { color: #006d75 !important; }
.ant-tag.ant-tag-orange { color: #ad4e00 !important; }
.ant-tag.ant-tag-gold, .ant-tag.ant-tag-warning { color: #874d00 !important; }
.ant-tag.ant-tag-lime { color: #3f6600 !important; }
.ant-tag.ant-tag-volcano { color: #ad2102 !important; }
.ant-tag.ant-tag-error { color: #a8071a !important; }
.ant-typography.ant-typography-warning { color: #874d00 !important; }
`;

/** antd in the language i18next is in (dayjs too, for the date picker's month and weekday
 * names), the house theme, and antd's App context (message, modal). */
export function UiProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  // set during render so the picker's first paint is already in the right language
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={{ token: TOKENS }}
      // antd spaces out two-character Chinese labels ("登 录"), which also changes the
      // accessible name that users of screen readers and browser tests rely on
      button={{ autoInsertSpace: false }}
    >
      <style>{GLOBAL_CSS}</style>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
