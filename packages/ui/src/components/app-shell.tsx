import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu, Tooltip, Typography, theme } from 'antd';
import { useState, type ReactNode } from 'react';
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
  /** Extra header controls before the user, e.g. the notification bell. */
  headerExtra?: ReactNode;
  children: ReactNode;
};

const MAIN_ID = 'main-content';

/** Side navigation (a drawer below 992 px), a header with who is signed in, language and
 * sign-out, and the page. The content area is the page's one <main> landmark (antd's
 * Layout.Content renders <main>); pages add their <h1> through PageFrame. */
export function AppShell({
  title,
  navItems,
  selectedKey,
  onNavigate,
  user,
  onSignOut,
  signingOut,
  headerExtra,
  children,
}: AppShellProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [menuOpen, setMenuOpen] = useState(false);

  const menu = (
    <nav aria-label={t('ui.shell.navigation')}>
      <Menu
        theme={wide ? 'dark' : 'light'}
        mode="inline"
        selectedKeys={selectedKey ? [selectedKey] : []}
        items={navItems.map(({ key, label, icon }) => ({ key, label, icon }))}
        onClick={({ key }) => {
          // on a phone the drawer closes once a page is chosen, so the page is not hidden behind it
          setMenuOpen(false);
          onNavigate(key);
        }}
      />
    </nav>
  );
  const secondary = user.organisationName ? `${user.organisationName} · ${user.email}` : user.email;

  return (
    <Layout style={{ minHeight: '100vh' }} hasSider={wide}>
      <a href={`#${MAIN_ID}`} className="sme-skip-link">
        {t('ui.page.skipToContent')}
      </a>
      {wide ? (
        <Layout.Sider width={220} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <div
            style={{ color: '#fff', fontWeight: 600, fontSize: 16, padding: '20px 16px', lineHeight: 1.4 }}
            data-testid="shell-title"
          >
            {title}
          </div>
          {menu}
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          title={title}
          size={280}
          styles={{ body: { padding: 0 } }}
          closable={{ 'aria-label': t('ui.shell.closeMenu') }}
        >
          <div style={{ padding: '12px 24px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
            <Typography.Text strong style={{ display: 'block' }}>
              {user.displayName}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
              {secondary}
            </Typography.Text>
          </div>
          {menu}
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: wide ? 16 : 8,
            background: token.colorBgContainer,
            paddingInline: wide ? 24 : 8,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          {wide ? (
            <div style={{ flex: 1 }} />
          ) : (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('ui.shell.openMenu')}
                aria-expanded={menuOpen}
                onClick={() => setMenuOpen(true)}
                data-testid="shell-menu-button"
              />
              <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }} data-testid="shell-title">
                {title}
              </Typography.Text>
            </>
          )}
          {headerExtra}
          <Tooltip title={wide ? undefined : `${user.displayName} · ${secondary}`}>
            <Flex
              align="center"
              gap={8}
              data-testid="signed-in-user"
              aria-label={t('ui.shell.signedInAs')}
              role="group"
              style={{ minWidth: 0, maxWidth: wide ? 360 : 24 }}
            >
              <UserOutlined aria-hidden />
              {wide ? (
                <Flex vertical style={{ lineHeight: 1.3, minWidth: 0 }}>
                  <Typography.Text strong ellipsis style={{ whiteSpace: 'nowrap' }}>
                    {user.displayName}
                  </Typography.Text>
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                    {secondary}
                  </Typography.Text>
                </Flex>
              ) : (
                <span className="sme-visually-hidden">{user.displayName}</span>
              )}
            </Flex>
          </Tooltip>
          <LanguageSwitch />
          {wide ? (
            <Button icon={<LogoutOutlined />} onClick={onSignOut} loading={signingOut} style={{ flexShrink: 0 }}>
              {t('ui.shell.signOut')}
            </Button>
          ) : (
            <Button
              icon={<LogoutOutlined />}
              onClick={onSignOut}
              loading={signingOut}
              aria-label={t('ui.shell.signOut')}
              title={t('ui.shell.signOut')}
            />
          )}
        </Layout.Header>
        <Layout.Content id={MAIN_ID} tabIndex={-1} style={{ padding: wide ? 24 : 12, minWidth: 0, outline: 'none' }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
