import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

export type ShellNavItem = { key: string; label: string; icon?: ReactNode };

export type ShellUser = { displayName: string; email: string; organisationName?: string | null };

export type AppShellProps = {
  title: string;
  navItems: ShellNavItem[];
  selectedKey?: string | undefined;
  onNavigate: (key: string) => void;
  user: ShellUser;
  onSignOut: () => void;
  signingOut?: boolean;
  children: ReactNode;
};

/** Side navigation, a header with who is signed in, language and sign-out, and the page. */
export function AppShell({ title, navItems, selectedKey, onNavigate, user, onSignOut, signingOut, children }: AppShellProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // below lg the sider collapses to a floating trigger at the left of the header
  const wide = Grid.useBreakpoint().lg ?? true;
  return (
    <Layout style={{ minHeight: '100vh' }} hasSider>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={220} zeroWidthTriggerStyle={{ top: 12, insetInlineEnd: -52 }}>
        <Typography.Title level={5} style={{ color: '#fff', margin: 0, padding: '20px 16px', lineHeight: 1.4 }}>
          {title}
        </Typography.Title>
        <nav aria-label={t('ui.shell.navigation')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selectedKey ? [selectedKey] : []}
            items={navItems.map(({ key, label, icon }) => ({ key, label, icon }))}
            onClick={({ key }) => onNavigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: token.colorBgContainer, paddingInlineStart: wide ? 24 : 64, paddingInlineEnd: wide ? 24 : 12, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex justify="flex-end" align="center" gap={wide ? 16 : 8} style={{ height: '100%' }}>
            <Flex align="center" gap={8} data-testid="signed-in-user" aria-label={t('ui.shell.signedInAs')}>
              <UserOutlined />
              <Flex vertical style={{ lineHeight: 1.3 }}>
                <Typography.Text strong>{user.displayName}</Typography.Text>
                {wide ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {user.organisationName ? `${user.organisationName} · ${user.email}` : user.email}
                  </Typography.Text>
                ) : null}
              </Flex>
            </Flex>
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={onSignOut} loading={signingOut}>
              {t('ui.shell.signOut')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: wide ? 24 : 12 }}>
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
