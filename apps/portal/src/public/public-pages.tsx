import { LanguageSwitch, NotFoundResult, lazyPage, PageSuspense } from '@sme/ui';
import { Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Navigate, Route, Routes } from 'react-router';
import { useQuery } from 'urql';
import { AssociationQuery } from './association.query';

// Each public page is a chunk of its own: a visitor who signs in never loads them.
const NoticesPage = lazyPage(() => import('./notices-page'), 'NoticesPage');
const ReceiptPage = lazyPage(() => import('./receipt-page'), 'ReceiptPage');
const RegisterPage = lazyPage(() => import('./register-page'), 'RegisterPage');
const VerifyPage = lazyPage(() => import('./verify-page'), 'VerifyPage');

/** The pages anyone may open without signing in (Art. 8, 9), on fixed routes that links from outside rely on,
 * matched before the sign-in gate (FrontEndRoot's publicRoutes). */
export function publicRoutes() {
  return [<Route key="public" path="public/*" element={<PublicPages />} />];
}

const NAV = [
  { to: '/public/notices', key: 'public.nav.notices' },
  { to: '/public/register', key: 'public.nav.register' },
  { to: '/public/verify', key: 'public.nav.verify' },
  { to: '/public/receipt', key: 'public.nav.receipt' },
] as const;

export function PublicPages() {
  const { t } = useTranslation();
  // Who publishes these pages: a citizen must see that it is the association, not a government office.
  const [{ data }] = useQuery({ query: AssociationQuery, requestPolicy: 'cache-first' });
  const association = data?.association;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          height: 'auto',
          lineHeight: 1.5,
          padding: '12px 16px',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex vertical>
            {association && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {association.name}
              </Typography.Text>
            )}
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('public.site')}
            </Typography.Text>
          </Flex>
          <Flex component="nav" aria-label={t('public.nav.label')} gap={16} wrap align="center">
            {NAV.map((item) => (
              <NavLink key={item.to} to={item.to} style={({ isActive }) => ({ fontWeight: isActive ? 600 : 400 })}>
                {t(item.key)}
              </NavLink>
            ))}
            <Link to="/">{t('public.nav.signIn')}</Link>
            <LanguageSwitch />
          </Flex>
        </Flex>
      </Layout.Header>
      {/* Layout.Content is the page's one <main> landmark; the page inside adds its one <h1>. */}
      <Layout.Content style={{ padding: 16 }}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <PageSuspense>
            <Routes>
              <Route index element={<Navigate to="/public/notices" replace />} />
              <Route path="notices" element={<NoticesPage />} />
              <Route path="register" element={<RegisterPage />} />
              <Route path="verify" element={<VerifyPage />} />
              <Route path="receipt" element={<ReceiptPage />} />
              <Route
                path="*"
                element={
                  <NotFoundResult
                    title={t('notFound.title')}
                    backTo="/public/notices"
                    backLabel={t('public.nav.notices')}
                  />
                }
              />
            </Routes>
          </PageSuspense>
        </div>
      </Layout.Content>
      {association && (
        <Layout.Footer style={{ padding: '12px 16px', textAlign: 'center', fontSize: 13 }}>
          <Typography.Text type="secondary">
            {t('public.association.publishedBy', { name: association.name })}
          </Typography.Text>
          {association.website && (
            <>
              {' · '}
              <Typography.Link href={association.website} target="_blank" rel="noopener noreferrer">
                {t('public.association.website')}
              </Typography.Link>
            </>
          )}
          {' · '}
          <Typography.Link href="/api/feeds/notices.atom">{t('public.association.noticesFeed')}</Typography.Link>
          {' · '}
          <Typography.Link href="/api/feeds/register.atom">{t('public.association.registerFeed')}</Typography.Link>
        </Layout.Footer>
      )}
    </Layout>
  );
}
