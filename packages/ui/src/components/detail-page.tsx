import { Button, Card, Descriptions, Flex, Tabs, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useConfirmAction, type ConfirmSpec } from './confirm-action';
import { HistoryTimeline, type HistoryEntry } from './history-timeline';
import { PageFrame, type Crumb } from './page-frame';

/** An action this viewer may take now. The page builds this list from the API's
 * `allowedActions`; the UI never decides by role. */
export type DetailAction = {
  key: string;
  label: string;
  primary?: boolean;
  danger?: boolean;
  /** Consequential actions ask first, naming what changes. */
  confirm?: Omit<ConfirmSpec, 'onOk'>;
  onRun: () => unknown;
  loading?: boolean;
};

export type DetailField = { key: string; label: string; value: ReactNode; span?: number };

export type DetailTab = { key: string; label: string; children: ReactNode };

export type DetailPageProps = {
  title: string;
  breadcrumbs?: readonly Crumb[];
  /** The status tag beside the title. */
  status?: ReactNode;
  description?: ReactNode;
  actions?: readonly DetailAction[];
  /** The main facts, in a bordered description list. */
  fields?: readonly DetailField[];
  /** More sections as tabs; the open tab is kept in the URL (?tab=). */
  tabs?: readonly DetailTab[];
  /** The object's history; adds a 办理记录 tab. */
  history?: readonly HistoryEntry[];
  /** Shown between the header and the facts, e.g. a StatusSteps or an Alert. */
  children?: ReactNode;
};

/** A detail screen: status header with the allowed actions, facts, tabs and history. */
export function DetailPage({
  title,
  breadcrumbs,
  status,
  description,
  actions = [],
  fields,
  tabs = [],
  history,
  children,
}: DetailPageProps) {
  const { t } = useTranslation();
  const confirm = useConfirmAction();
  const [params, setParams] = useSearchParams();

  const allTabs: DetailTab[] = [
    ...tabs,
    ...(history
      ? [{ key: 'history', label: t('ui.detail.history'), children: <HistoryTimeline entries={history} /> }]
      : []),
  ];
  const requested = params.get('tab');
  const activeTab = allTabs.some((tab) => tab.key === requested) ? (requested as string) : allTabs[0]?.key;

  const run = (action: DetailAction) => {
    if (action.confirm) confirm({ ...action.confirm, danger: action.danger, onOk: action.onRun });
    else void action.onRun();
  };

  const items: DescriptionsProps['items'] = fields?.map((field) => ({
    key: field.key,
    label: field.label,
    children: field.value,
    span: field.span,
  }));

  return (
    <PageFrame
      title={title}
      tags={status}
      description={description}
      breadcrumbs={breadcrumbs}
      actions={
        actions.length > 0 ? (
          <Flex gap={8} wrap role="group" aria-label={t('ui.detail.actions')} data-testid="detail-actions">
            {actions.map((action) => (
              <Button
                key={action.key}
                type={action.primary ? 'primary' : 'default'}
                danger={action.danger}
                loading={action.loading}
                onClick={() => run(action)}
                data-action={action.key}
              >
                {action.label}
              </Button>
            ))}
          </Flex>
        ) : undefined
      }
    >
      {children}
      {items && items.length > 0 ? (
        <Card size="small">
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
            items={items}
            data-testid="detail-fields"
          />
        </Card>
      ) : null}
      {allTabs.length > 0 ? (
        <Card size="small">
          <Tabs
            activeKey={activeTab}
            onChange={(key) =>
              setParams(
                (previous) => {
                  const next = new URLSearchParams(previous);
                  next.set('tab', key);
                  return next;
                },
                { replace: true },
              )
            }
            items={allTabs.map((tab) => ({ key: tab.key, label: tab.label, children: tab.children }))}
          />
        </Card>
      ) : null}
    </PageFrame>
  );
}
