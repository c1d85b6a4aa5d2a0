import { readFragment } from '@sme/client';
import { EmptyState, ListPage, PageFrame, describeRequestError, useListUrlState } from '@sme/ui';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { beijingToday, freezingReport, titleYears } from './record-year';
import { ServiceRecordDialog } from './service-record-dialog';
import { DeleteRecordButton, EditRecordButton } from './record-actions';
import { MyServiceRecordsQuery, ServiceRecordFields } from './service-record.queries';

const FILTERS = ['title', 'year'] as const;

export const KIND_COLOURS: Record<string, string | undefined> = {
  PUBLIC_WELFARE_SERVICE: 'green',
  LOW_FEE_SERVICE: 'blue',
  OTHER_SERVICE: undefined,
};

/** 服务记录 (Art. 12): one title's services in one year; added, changed and deleted until that
 * year's annual report is submitted. */
export function ServiceRecordsPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(FILTERS);
  const today = beijingToday();
  const year = Number(urlState.filters.year) || Number(today.slice(0, 4));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyServiceRecordsQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const [adding, setAdding] = useState(false);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const titles = data?.myAccreditations ?? [];
  const title = titles.find((a) => a.id === urlState.filters.title) ?? titles[0];
  if (!data)
    return (
      <PageFrame title={t('serviceRecord.list.title')}>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={t('serviceRecord.list.loadFailed', { message: describeRequestError(error, t) })}
          />
        ) : fetching ? (
          <Skeleton active />
        ) : null}
      </PageFrame>
    );
  if (!title)
    return (
      <PageFrame title={t('serviceRecord.list.title')} description={t('serviceRecord.list.description')}>
        <EmptyState title={t('serviceRecord.list.noTitle')} hint={t('serviceRecord.list.noTitleHint')} />
      </PageFrame>
    );

  const records = data.myServiceRecords
    .map((r) => readFragment(ServiceRecordFields, r))
    .filter((r) => r.accreditation.id === title.id);
  const frozenBy = freezingReport(data.myAnnualReports, title.id, year);
  const years = titleYears(title.validFrom, today);
  if (!years.includes(year)) years.push(year);
  const enterprises = records.reduce((sum, r) => sum + r.enterprisesServed, 0);

  return (
    <>
      <ListPage
        title={t('serviceRecord.list.title')}
        description={t('serviceRecord.list.description')}
        urlState={urlState}
        searchFields={[
          {
            name: 'title',
            label: t('serviceRecord.list.titleFilter'),
            control: (
              <Select
                aria-label={t('serviceRecord.list.titleFilter')}
                placeholder={title.certificateNumber}
                options={titles.map((a) => ({ value: a.id, label: a.certificateNumber }))}
              />
            ),
          },
          {
            name: 'year',
            label: t('serviceRecord.list.yearFilter'),
            control: (
              <Select
                aria-label={t('serviceRecord.list.yearFilter')}
                placeholder={String(year)}
                options={years.map((y) => ({ value: String(y), label: String(y) }))}
              />
            ),
          },
        ]}
        actions={
          <>
            <Link to={`/annual-reports/${encodeURIComponent(title.id)}/${year}`} data-testid="service-record-report">
              {t('serviceRecord.list.report', { year })}
            </Link>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              disabled={frozenBy !== null}
              onClick={() => setAdding(true)}
              data-testid="service-record-add"
            >
              {t('serviceRecord.list.add')}
            </Button>
          </>
        }
        alert={
          <>
            {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
            {frozenBy ? (
              <Alert
                type="info"
                showIcon
                data-testid="service-record-frozen"
                title={t('serviceRecord.list.frozen', {
                  year,
                  status: t(`annualReport.status.${frozenBy.status}`),
                })}
              />
            ) : null}
            {records.length > 0 ? (
              <Typography.Text type="secondary" data-testid="service-record-total">
                {t('serviceRecord.list.total', { count: records.length, enterprises })}
              </Typography.Text>
            ) : null}
          </>
        }
        rows={records}
        rowKey={(r) => r.id}
        loading={fetching && !data}
        testId="service-records"
        rowAttributes={(r) => ({ 'data-testid': `service-record-${r.id}` })}
        columns={[
          { key: 'date', title: t('serviceRecord.list.date'), render: (_, r) => r.date },
          {
            key: 'kind',
            title: t('serviceRecord.list.kind'),
            render: (_, r) => <Tag color={KIND_COLOURS[r.kind]}>{t(`serviceRecord.kind.${r.kind}`)}</Tag>,
          },
          { key: 'name', title: t('serviceRecord.list.name'), render: (_, r) => r.title },
          {
            key: 'enterprises',
            title: t('serviceRecord.list.enterprisesServed'),
            align: 'right',
            render: (_, r) => r.enterprisesServed.toLocaleString('zh-CN'),
          },
          {
            key: 'free',
            title: t('serviceRecord.list.free'),
            render: (_, r) => t(r.free ? 'serviceRecord.list.yes' : 'serviceRecord.list.no'),
          },
          {
            key: 'evidence',
            title: t('serviceRecord.list.evidence'),
            render: (_, r) =>
              r.evidence ? (
                <a href={r.evidence.downloadUrl} download>
                  {r.evidence.fileName}
                </a>
              ) : (
                '—'
              ),
          },
        ]}
        rowActions={
          frozenBy
            ? undefined
            : (r) => (
                <>
                  <EditRecordButton record={r} year={year} onSaved={refresh} />
                  <DeleteRecordButton record={r} year={year} onDeleted={refresh} />
                </>
              )
        }
        empty={{
          title: t('serviceRecord.list.empty', { year }),
          hint: frozenBy ? undefined : t('serviceRecord.list.emptyHint'),
        }}
      />
      <ServiceRecordDialog
        open={adding}
        accreditationId={title.id}
        year={year}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          refresh();
        }}
      />
    </>
  );
}
