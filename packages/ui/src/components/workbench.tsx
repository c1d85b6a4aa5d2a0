import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../list/list-page';
import { PageFrame } from './page-frame';

/** One to-do count; `to` opens the list filtered to exactly these items, e.g.
 * "/applications?status=SUBMITTED". */
export type WorkbenchCard = {
  key: string;
  label: string;
  count: number | undefined;
  to: string;
  hint?: string;
  icon?: ReactNode;
};

export type WorkbenchProps = {
  title?: string;
  description?: ReactNode;
  cards: readonly WorkbenchCard[];
  loading?: boolean;
  /** Shown above the cards, e.g. an error Alert. */
  alert?: ReactNode;
  /** More sections under the to-do cards. */
  children?: ReactNode;
};

/** 工作台: a role's home page, to-do counts that each link into a filtered list. */
export function Workbench({ title, description, cards, loading = false, alert, children }: WorkbenchProps) {
  const { t } = useTranslation();
  return (
    <PageFrame title={title ?? t('ui.workbench.title')} description={description}>
      {alert}
      <section aria-labelledby="workbench-todo">
        <Typography.Title level={2} id="workbench-todo" style={{ fontSize: 16, marginTop: 0 }}>
          {t('ui.workbench.todo')}
        </Typography.Title>
        {cards.length === 0 && !loading ? (
          <EmptyState title={t('ui.workbench.nothing')} />
        ) : (
          <Row gutter={[16, 16]}>
            {cards.map((card) => (
              <Col key={card.key} xs={24} sm={12} lg={8} xl={6}>
                <Link
                  to={card.to}
                  data-testid="workbench-card"
                  data-card={card.key}
                  // while the count loads the card shows a skeleton, so the link is named here
                  aria-label={card.count === undefined ? card.label : undefined}
                  style={{ display: 'block' }}
                >
                  <Card hoverable size="small" loading={loading && card.count === undefined}>
                    <Flex justify="space-between" align="flex-start">
                      <Statistic title={card.label} value={card.count ?? 0} />
                      {card.icon}
                    </Flex>
                    {card.hint ? <Typography.Text type="secondary">{card.hint}</Typography.Text> : null}
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </section>
      {children}
    </PageFrame>
  );
}
