import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** A warning across the top while accounts with the README's published password can sign in
 * so that nobody mistakes the demo installation for a real one. */
export function DemoBanner({ active }: { active: boolean }) {
  const { t } = useTranslation();
  if (!active) return null;
  return <Alert banner type="warning" showIcon title={t('ui.demoBanner')} data-testid="demo-banner" role="alert" />;
}
