import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { breadcrumbTrail } from './breadcrumb-trail';
import { usePageTitle } from '../page-title';

/** One step of the breadcrumb trail; `to` is a route of the app (omit it for the current page). */
export type Crumb = { title: string; to?: string };

export type PageFrameProps = {
  /** The page's one top-level heading (<h1>). */
  title: ReactNode;
  /** Beside the title, e.g. a status tag. */
  tags?: ReactNode;
  /** A sentence under the title saying what the page is for. */
  description?: ReactNode;
  /** Parents of this page; the page itself is added at the end. */
  breadcrumbs?: readonly Crumb[];
  /** Primary actions at the right of the header (buttons). */
  actions?: ReactNode;
  children?: ReactNode;
};

/** Breadcrumbs, header (h1, description, primary actions) and content. The app shell supplies the
 * one <main> landmark; every page inside it supplies exactly one <h1>, through this frame. */
export function PageFrame({ title, tags, description, breadcrumbs: crumbs, actions, children }: PageFrameProps) {
  const { t } = useTranslation();
  const breadcrumbs = crumbs ? breadcrumbTrail(crumbs, title) : undefined;
  // the tab is named after the page's heading
  usePageTitle(typeof title === 'string' ? title : null);
  return (
    <Flex vertical gap={16} data-testid="page-frame" style={{ minWidth: 0 }}>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label={t('ui.page.breadcrumb')}>
          <Breadcrumb
            items={[
              ...breadcrumbs.map((crumb) => ({
                title: crumb.to ? <Link to={crumb.to}>{crumb.title}</Link> : crumb.title,
              })),
              { title: <span aria-current="page">{typeof title === 'string' ? title : null}</span> },
            ]}
          />
        </nav>
      ) : null}
      <Flex component="header" justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 22, lineHeight: 1.35, overflowWrap: 'anywhere' }}>
              {title}
            </Typography.Title>
            {tags}
          </Flex>
          {description ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
              {description}
            </Typography.Paragraph>
          ) : null}
        </Flex>
        {actions ? (
          <Flex gap={8} wrap align="center" data-testid="page-actions">
            {actions}
          </Flex>
        ) : null}
      </Flex>
      {children}
    </Flex>
  );
}
