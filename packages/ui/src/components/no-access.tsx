import { Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/** The front end this account can use instead, e.g. the console for staff who signed in to the portal. */
export type OtherFrontEnd = { name: string; href: string };

/** For a signed-in user whose roles do not fit this front end: says so, links to the one they
 * can use (when there is one), and offers to sign out. */
export function NoAccess({
  email,
  onSignOut,
  signingOut,
  otherFrontEnd,
}: {
  email: string;
  onSignOut: () => void;
  signingOut?: boolean;
  otherFrontEnd?: OtherFrontEnd | null;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" component="main" style={{ paddingTop: 48, paddingInline: 16 }}>
      <Result
        status="403"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('ui.noAccess.title')}</h1>}
        subTitle={
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {t('ui.noAccess.description', { email })}
            </Typography.Paragraph>
            {otherFrontEnd ? (
              <Typography.Paragraph>
                {t('ui.noAccess.otherFrontEnd', { name: otherFrontEnd.name })}
              </Typography.Paragraph>
            ) : null}
          </>
        }
        extra={
          <Flex vertical align="center" gap={16}>
            <Flex gap={8} wrap justify="center">
              {otherFrontEnd ? (
                <Button type="primary" href={otherFrontEnd.href} data-testid="other-front-end">
                  {t('ui.noAccess.goTo', { name: otherFrontEnd.name })}
                </Button>
              ) : null}
              <Button type={otherFrontEnd ? 'default' : 'primary'} onClick={onSignOut} loading={signingOut}>
                {t('ui.shell.signOut')}
              </Button>
            </Flex>
            <LanguageSwitch />
          </Flex>
        }
      />
    </Flex>
  );
}
