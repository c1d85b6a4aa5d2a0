import { downloadExport, graphql } from '@sme/client';
import { auditActionCodes, auditActionName } from '@sme/domain';
import { describeRequestError, PageFrame, toLocale, useListUrlState } from '@sme/ui';
import { Alert, App, Button, DatePicker, Input, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

// 审计日志: who did what to which record, when (Beijing time), from where. Filters live in the
// URL; paging is by cursor in the database; the export takes the same filters.

const AuditEventsQuery = graphql(`
  query AuditTrail(
    $action: String
    $actorId: ID
    $entityId: String
    $from: Date
    $to: Date
    $first: Int
    $after: String
  ) {
    auditEvents(
      action: $action
      actorId: $actorId
      entityId: $entityId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      edges {
        node {
          id
          occurredAt
          action
          entityType
          entityId
          ip
          actor {
            id
            displayName
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FILTERS = ['action', 'actorId', 'entityId', 'from', 'to'] as const;
const PAGE = 50;

/** "2026年12月8日 10:05" / "2026-12-08 10:05", Beijing time. */
export function formatAuditTime(iso: string, language: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  if (language === 'zh-CN')
    return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}`;
  return `${parts.year}-${parts.month!.padStart(2, '0')}-${parts.day!.padStart(2, '0')} ${parts.hour}:${parts.minute}`;
}

// The console page of a record, where one exists (ids are the API's global ids).
const PAGES: Record<string, string> = {
  Application: 'applications',
  Accreditation: 'titles',
  Notice: 'notices',
};
function objectLink(type: string, id: string | null): string | null {
  const page = PAGES[type];
  return page && id ? `/${page}/${btoa(`${type}:${id}`)}` : null;
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language) === 'zh-CN' ? 'zhCN' : 'en';
  const { message } = App.useApp();
  const { filters, setFilters, reset } = useListUrlState(FILTERS);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: AuditEventsQuery,
    variables: { ...filters, first: PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  const actionOptions = useMemo(
    () => auditActionCodes().map((code) => ({ value: code, label: auditActionName(code)?.[locale] ?? code })),
    [locale],
  );
  const apply = (next: Partial<Record<(typeof FILTERS)[number], string | undefined>>) => {
    setCursors([null]);
    setFilters({ ...filters, ...next });
  };
  const rows = data?.auditEvents.edges.map((e) => e.node) ?? [];

  return (
    <PageFrame
      title={t('audit.title')}
      description={t('audit.description')}
      actions={
        <Button
          onClick={() =>
            void downloadExport('audit-events', 'csv', filters, { language: i18n.language }).catch((e: Error) =>
              message.error(e.message),
            )
          }
        >
          {t('audit.export')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 240 }}
          aria-label={t('audit.filters.action')}
          placeholder={t('audit.filters.action')}
          value={filters.action}
          options={actionOptions}
          onChange={(value?: string) => apply({ action: value })}
        />
        <Input.Search
          allowClear
          aria-label={t('audit.filters.object')}
          placeholder={t('audit.filters.object')}
          defaultValue={filters.entityId}
          onSearch={(value) => apply({ entityId: value.trim() || undefined })}
          style={{ width: 240 }}
        />
        <DatePicker.RangePicker
          aria-label={`${t('audit.filters.from')} – ${t('audit.filters.to')}`}
          placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(range) => apply({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
        <Button
          onClick={() => {
            setCursors([null]);
            reset();
          }}
        >
          {t('audit.filters.reset')}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message={describeRequestError(error, t)} />}
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          {
            title: t('audit.columns.when'),
            dataIndex: 'occurredAt',
            render: (value: string) => formatAuditTime(value, i18n.language),
          },
          {
            title: t('audit.columns.who'),
            key: 'who',
            render: (_: unknown, row) =>
              row.actor ? (
                <Button type="link" size="small" onClick={() => apply({ actorId: row.actor!.id })}>
                  {row.actor.displayName}
                </Button>
              ) : (
                t('audit.system')
              ),
          },
          {
            title: t('audit.columns.what'),
            dataIndex: 'action',
            render: (code: string) => auditActionName(code)?.[locale] ?? code,
          },
          {
            title: t('audit.columns.object'),
            key: 'object',
            render: (_: unknown, row) => {
              const label = t(`audit.entity.${row.entityType}`, { defaultValue: row.entityType });
              const to = objectLink(row.entityType, row.entityId);
              return to ? <Link to={to}>{label}</Link> : label;
            },
          },
          { title: t('audit.columns.from'), dataIndex: 'ip' },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('audit.previous')}
        </Button>
        <Button
          disabled={!data?.auditEvents.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, data!.auditEvents.pageInfo.endCursor ?? null])}
        >
          {t('audit.next')}
        </Button>
      </Space>
    </PageFrame>
  );
}
