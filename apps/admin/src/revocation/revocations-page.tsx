import { ListPage, describeRequestError, formatDateTime, useListUrlState, StatusTag } from '@sme/ui';
import { Alert, App, Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RevocationsQuery } from './revocation.queries';
import { RevokeDialog, type RevocableTitle } from './revoke-dialog';

// ?status=OPEN is the workbench's "revocations in progress" card
const FILTERS = ['status'] as const;
const STATUSES = ['OPEN', 'COMPLETED'] as const;

/** 撤销: open revocations (a failed spot check opened them; they can only be completed) and completed ones. */
export function RevocationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const urlState = useListUrlState(FILTERS);
  const status = STATUSES.find((s) => s === urlState.filters.status) ?? null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RevocationsQuery,
    requestPolicy: 'cache-and-network',
  });
  const [completing, setCompleting] = useState<RevocableTitle | null>(null);
  // open ones first: they are the work to do
  const rows = [...(data?.revocations ?? [])]
    .filter((r) => status === null || r.status === status)
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'OPEN' ? -1 : 1));
  return (
    <>
      <ListPage
        title={t('revocation.list.title')}
        description={t('revocation.list.description')}
        urlState={urlState}
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        searchFields={[
          {
            name: 'status',
            label: t('title.columns.status'),
            control: (
              <Select
                allowClear
                options={STATUSES.map((s) => ({ value: s, label: t(`ui.revocationStatus.${s}`) }))}
                data-testid="filter-status"
              />
            ),
          },
        ]}
        rows={data ? rows : undefined}
        rowKey={(r) => r.id}
        loading={fetching && !data}
        rowAttributes={(r) => ({ 'data-testid': `revocation-${r.accreditation.certificateNumber}` })}
        columns={[
          {
            key: 'org',
            title: t('title.columns.organisation'),
            render: (_, r) => <Link to={`/titles/${r.accreditation.id}`}>{r.accreditation.organisationName}</Link>,
          },
          {
            key: 'number',
            title: t('title.columns.certificateNumber'),
            render: (_, r) => r.accreditation.certificateNumber,
          },
          {
            key: 'reason',
            title: t('title.columns.reason'),
            render: (_, r) => t(`revocation.reason.${r.reason}`),
          },
          {
            key: 'status',
            title: t('title.columns.status'),
            render: (_, r) => <StatusTag kind="revocationStatus" status={r.status} />,
          },
          { key: 'effective', title: t('title.columns.effectiveOn'), render: (_, r) => r.effectiveOn ?? '—' },
          { key: 'opened', title: t('title.columns.openedAt'), render: (_, r) => formatDateTime(r.openedAt) },
        ]}
        rowActions={(r) => (
          <>
            <Link to={`/titles/${r.accreditation.id}`}>{t('revocation.list.view')}</Link>
            {r.status === 'OPEN' ? (
              <Button
                size="small"
                danger
                onClick={() =>
                  setCompleting({
                    id: r.accreditation.id,
                    version: r.accreditation.version,
                    organisationName: r.accreditation.organisationName,
                    revocation: {
                      status: r.status,
                      reason: r.reason,
                      description: r.description,
                      evidence: r.evidence,
                    },
                    failedSpotCheck: r.reason === 'FAILED_SPOT_CHECK',
                  })
                }
              >
                {t('revocation.list.complete')}
              </Button>
            ) : null}
          </>
        )}
        empty={{ title: t('revocation.list.empty'), hint: t('revocation.list.emptyHint') }}
      />
      <RevokeDialog
        open={completing !== null}
        title={completing}
        onClose={() => setCompleting(null)}
        onDone={() => {
          setCompleting(null);
          void message.success(t('revocation.revoke.done'));
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </>
  );
}
