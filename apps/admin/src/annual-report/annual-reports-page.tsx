import { readFragment } from '@sme/client';
import { ListPage, describeRequestError, useListUrlState, EmptyText } from '@sme/ui';
import { Alert, Card, Flex, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ANNUAL_REPORT_STATUSES, AnnualReportStatusTag } from './annual-report-status-tag';
import { AnnualReportRowFields, AnnualReportsQuery, OverdueAnnualReportsQuery } from './annual-report.queries';

const FILTERS = ['year', 'status'] as const;

export const currentYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

type Status = (typeof ANNUAL_REPORT_STATUSES)[number];
const isStatus = (value: string | undefined): value is Status =>
  (ANNUAL_REPORT_STATUSES as readonly string[]).includes(value ?? '');

/** 年度服务报告 (Art. 12): a year's reports by status; the year before is the one due now. */
export function AnnualReportsPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(FILTERS);
  const year = Number(urlState.filters.year) || currentYear() - 1;
  const status = isStatus(urlState.filters.status) ? urlState.filters.status : null;
  const [{ data, fetching, error }] = useQuery({
    query: AnnualReportsQuery,
    variables: { year, status },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.annualReports.map((r) => readFragment(AnnualReportRowFields, r));
  const years = Array.from({ length: 6 }, (_, i) => currentYear() - i);
  return (
    <ListPage
      title={t('annualReport.list.title')}
      description={t('annualReport.list.description')}
      urlState={urlState}
      searchFields={[
        {
          name: 'year',
          label: t('annualReport.list.year'),
          control: (
            <Select
              aria-label={t('annualReport.list.year')}
              placeholder={String(year)}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
            />
          ),
        },
        {
          name: 'status',
          label: t('annualReport.list.status'),
          control: (
            <Select
              aria-label={t('annualReport.list.status')}
              allowClear
              placeholder={t('annualReport.list.allStatuses')}
              options={ANNUAL_REPORT_STATUSES.map((s) => ({ value: s, label: t(`annualReport.status.${s}`) }))}
            />
          ),
        },
      ]}
      alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      rows={rows}
      rowKey={(r) => r.id}
      loading={fetching && !data}
      testId="annual-reports"
      rowAttributes={(r) => ({ 'data-testid': `annual-report-${r.accreditation.certificateNumber}` })}
      columns={[
        {
          key: 'organisation',
          title: t('annualReport.list.organisation'),
          render: (_, r) => r.accreditation.organisationName,
        },
        {
          key: 'number',
          title: t('annualReport.list.certificateNumber'),
          render: (_, r) => r.accreditation.certificateNumber,
        },
        {
          key: 'status',
          title: t('annualReport.list.status'),
          render: (_, r) => <AnnualReportStatusTag status={r.status} />,
        },
        {
          key: 'due',
          title: t('annualReport.list.dueOn'),
          render: (_, r) => (
            <Flex gap={4} wrap>
              {r.dueOn}
              {r.overdue ? <Tag color="red">{t('annualReport.list.overdueTag')}</Tag> : null}
            </Flex>
          ),
        },
        {
          key: 'enterprises',
          title: t('annualReport.list.enterprisesServed'),
          align: 'right',
          render: (_, r) => r.enterprisesServed.toLocaleString('zh-CN'),
        },
        {
          key: 'publicWelfare',
          title: t('annualReport.list.publicWelfareServices'),
          align: 'right',
          render: (_, r) => r.publicWelfareServices,
        },
        {
          key: 'activities',
          title: t('annualReport.list.activitiesAttended'),
          align: 'right',
          render: (_, r) => r.activitiesAttended,
        },
      ]}
      rowActions={(r) => (
        <Link
          to={`/annual-reports/${encodeURIComponent(r.id)}`}
          aria-label={`${t('annualReport.list.open')} ${r.accreditation.organisationName}`}
        >
          {t('annualReport.list.open')}
        </Link>
      )}
      empty={{ title: t('annualReport.list.empty', { year }), hint: t('annualReport.list.emptyHint') }}
    >
      <OverdueReports />
    </ListPage>
  );
}

/** Reports past their due date and not submitted (Art. 12), of every year, oldest first. */
function OverdueReports() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: OverdueAnnualReportsQuery,
    requestPolicy: 'cache-and-network',
  });
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('annualReport.list.overdue')}</h2>}>
      {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      <Table
        size="small"
        rowKey={(r) => `${r.accreditation.id}:${r.year}`}
        loading={fetching && !data}
        dataSource={data?.overdueAnnualReports ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="overdue-reports"
        locale={{ emptyText: <EmptyText>{t('annualReport.list.overdueEmpty')}</EmptyText> }}
        columns={[
          { key: 'year', title: t('annualReport.list.year'), render: (_, r) => r.year },
          {
            key: 'organisation',
            title: t('annualReport.list.organisation'),
            render: (_, r) => <Link to={`/titles/${r.accreditation.id}`}>{r.accreditation.organisationName}</Link>,
          },
          {
            key: 'number',
            title: t('annualReport.list.certificateNumber'),
            render: (_, r) => r.accreditation.certificateNumber,
          },
          { key: 'due', title: t('annualReport.list.dueOn'), render: (_, r) => r.dueOn },
          {
            key: 'status',
            title: t('annualReport.list.status'),
            render: (_, r) =>
              r.report ? (
                <Link to={`/annual-reports/${encodeURIComponent(r.report.id)}`}>
                  <AnnualReportStatusTag status={r.report.status} />
                </Link>
              ) : (
                <Tag>{t('annualReport.list.notWritten')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
