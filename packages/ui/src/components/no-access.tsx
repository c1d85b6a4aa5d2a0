import { Button, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/** For a signed-in user whose roles do not fit this console. */
export function NoAccess({ email, onSignOut, signingOut }: { email: string; onSignOut: () => void; signingOut?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ paddingTop: 48 }}>
      <Result
        status="403"
        title={t('ui.noAccess.title')}
        subTitle={t('ui.noAccess.description', { email })}
        extra={
          <Flex vertical align="center" gap={16}>
            <Button type="primary" onClick={onSignOut} loading={signingOut}>
              {t('ui.shell.signOut')}
            </Button>
            <LanguageSwitch />
          </Flex>
        }
      />
    </Flex>
  );
}
