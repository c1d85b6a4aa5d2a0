import { ListPage, describeRequestError, useListUrlState } from '@sme/ui';
import { Alert, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { NOTICE_CONTEXT, ObjectionsQuery } from './notice.queries';
import { ResolveButton, useObjectionColumns } from './objection-table';
import { ResolveObjectionDialog, type ObjectionToResolve } from './resolve-objection-dialog';

const FILTERS = ['status'] as const;
const STATUSES = ['PENDING', 'UPHELD', 'DISMISSED'] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (value: string | undefined): value is Status => STATUSES.includes(value as Status);

/** 公示异议: every objection, pending first; decide them here or from their notice. */
export function ObjectionsPage() {
  const { t } = useTranslation();
  const list = useListUrlState(FILTERS);
  const status = isStatus(list.filters.status) ? list.filters.status : null;
  const [{ data, fetching, error }] = useQuery({
    query: ObjectionsQuery,
    variables: { status },
    requestPolicy: 'cache-and-network',
    context: NOTICE_CONTEXT,
  });
  const [resolving, setResolving] = useState<ObjectionToResolve | null>(null);
  type Row = NonNullable<typeof data>['objections'][number];
  const columns = useObjectionColumns<Row>({
    title: t('notice.objections.notice'),
    render: (o) => <Link to={`/notices/${o.entry.notice.id}?tab=objections`}>{o.entry.notice.title}</Link>,
  });
  const resolve = (o: Row) =>
    setResolving({ id: o.id, receiptNumber: o.receiptNumber, organisationName: o.entry.organisationName });
  return (
    <ListPage
      title={t('notice.objections.title')}
      description={t('notice.objections.description')}
      urlState={list}
      searchFields={[
        {
          name: 'status',
          label: t('notice.objections.statusFilter'),
          control: (
            <Select
              allowClear
              placeholder={t('notice.objections.allStatuses')}
              options={STATUSES.map((s) => ({ value: s, label: t(`ui.objectionStatus.${s}`) }))}
            />
          ),
        },
      ]}
      alert={
        error ? (
          <Alert
            type="error"
            showIcon
            title={t('notice.objections.loadFailed', { message: describeRequestError(error, t) })}
          />
        ) : null
      }
      rows={data?.objections}
      rowKey={(o) => o.id}
      loading={fetching}
      testId="objections-table"
      columns={columns}
      rowActions={(o) => <ResolveButton row={o} onResolve={resolve} />}
      empty={{ title: t('notice.objections.empty') }}
    >
      <ResolveObjectionDialog objection={resolving} onClose={() => setResolving(null)} />
    </ListPage>
  );
}
