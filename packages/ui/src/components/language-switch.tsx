import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, toLocale, type Locale } from '../locale';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('ui.language.label')} data-testid="language-switch">
      <Segmented<Locale>
        size="small"
        value={toLocale(i18n.language)}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`ui.language.${locale}`) }))}
        onChange={(locale) => void i18n.changeLanguage(locale)}
      />
    </div>
  );
}
