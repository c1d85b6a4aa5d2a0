import { PaperClipOutlined } from '@ant-design/icons';
import { formatDateTime, StatusTag } from '@sme/ui';
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Row = {
  id: string;
  receiptNumber: string;
  lodgedByName: string;
  contact: string;
  grounds: string;
  lodgedAt: string;
  status: 'PENDING' | 'UPHELD' | 'DISMISSED';
  decisionNote: string | null;
  decidedAt: string | null;
  entry: { organisationName: string };
  attachments: readonly { id: string; fileName: string; sizeBytes: number; downloadUrl: string }[];
};

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The objector's files as download links (administrators only, like the objection). */
function Attachments({ files }: { files: Row['attachments'] }) {
  const { t } = useTranslation();
  if (files.length === 0)
    return <Typography.Text type="secondary">{t('notice.objections.noAttachments')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="objection-attachments">
      {files.map((f) => (
        <li key={f.id}>
          <Typography.Link
            href={f.downloadUrl}
            download={f.fileName}
            aria-label={t('notice.objections.download', { file: f.fileName })}
          >
            <PaperClipOutlined aria-hidden /> {f.fileName}
          </Typography.Link>{' '}
          <Typography.Text type="secondary">({size(f.sizeBytes)})</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** The columns of an objection list: entry, objector and contact, grounds, status, decision, and
 * a "decide" button on the pending ones (the 操作 column, which ListPage adds itself). */
export function useObjectionColumns<T extends Row>(extraColumn?: {
  title: string;
  render: (row: T) => ReactNode;
}): TableColumnsType<T> {
  const { t } = useTranslation();
  return [
    { key: 'receipt', title: t('notice.objections.receiptNumber'), render: (_, o) => o.receiptNumber },
    { key: 'organisation', title: t('notice.objections.organisation'), render: (_, o) => o.entry.organisationName },
    ...(extraColumn
      ? [{ key: 'extra', title: extraColumn.title, render: (_: unknown, o: T) => extraColumn.render(o) }]
      : []),
    {
      key: 'objector',
      title: t('notice.objections.objector'),
      render: (_, o) => (
        <>
          {o.lodgedByName}
          <br />
          <Typography.Text type="secondary">{o.contact}</Typography.Text>
        </>
      ),
    },
    {
      key: 'grounds',
      title: t('notice.objections.grounds'),
      render: (_, o) => <span style={{ whiteSpace: 'pre-wrap' }}>{o.grounds}</span>,
    },
    {
      key: 'attachments',
      title: t('notice.objections.attachments'),
      render: (_, o) => <Attachments files={o.attachments} />,
    },
    { key: 'lodgedAt', title: t('notice.objections.lodgedAt'), render: (_, o) => formatDateTime(o.lodgedAt) },
    {
      key: 'status',
      title: t('notice.objections.status'),
      render: (_, o) => <StatusTag kind="objectionStatus" status={o.status} />,
    },
    {
      key: 'decision',
      title: t('notice.objections.decision'),
      render: (_, o) =>
        o.decisionNote ? (
          <>
            {o.decisionNote}
            <br />
            <Typography.Text type="secondary">{formatDateTime(o.decidedAt)}</Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
  ];
}

/** The "decide" button of a pending objection (nothing once decided). */
export function ResolveButton<T extends Row>({ row, onResolve }: { row: T; onResolve: (row: T) => void }) {
  const { t } = useTranslation();
  return row.status === 'PENDING' ? (
    <Button
      size="small"
      type="link"
      onClick={() => onResolve(row)}
      aria-label={t('notice.objections.resolveOne', { name: row.entry.organisationName })}
    >
      {t('notice.objections.resolve')}
    </Button>
  ) : null;
}

/** Objections of one notice, in a plain table (the notice page's tab). */
export function ObjectionTable<T extends Row>({
  rows,
  onResolve,
}: {
  rows: readonly T[];
  onResolve: (row: T) => void;
}) {
  const { t } = useTranslation();
  const columns = useObjectionColumns<T>();
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table<T>
        size="small"
        pagination={false}
        rowKey={(o) => o.id}
        dataSource={rows as T[]}
        data-testid="objections-table"
        locale={{ emptyText: t('notice.objections.empty') }}
        columns={[
          ...columns,
          {
            key: 'actions',
            title: t('ui.list.actions'),
            render: (_, o) => <ResolveButton row={o} onResolve={onResolve} />,
          },
        ]}
      />
    </div>
  );
}
