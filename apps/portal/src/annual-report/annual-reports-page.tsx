import { ListPage, describeRequestError, useListUrlState, EmptyText } from '@sme/ui';
import { Alert, Card, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AnnualReportStatusTag } from './annual-report-status-tag';
import { MyActivitiesQuery, MyAnnualReportsDueQuery } from './annual-report.queries';

const FILTERS = ['title'] as const;
const OPEN_FOR_WRITING = new Set(['NONE', 'DRAFT', 'RETURNED']);

/** 年度服务报告 (Art. 12): every report the organisation's titles owe, written or not, with its
 * due date; overdue ones are marked. */
export function AnnualReportsPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(FILTERS);
  const [{ data, fetching, error }] = useQuery({ query: MyAnnualReportsDueQuery, requestPolicy: 'cache-and-network' });
  const rows = data?.myAnnualReportsDue.filter(
    (d) => !urlState.filters.title || d.accreditation.id === urlState.filters.title,
  );
  return (
    <ListPage
      title={t('annualReport.list.title')}
      description={t('annualReport.list.description')}
      urlState={urlState}
      alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      rows={rows}
      rowKey={(r) => `${r.accreditation.id}:${r.year}`}
      loading={fetching && !data}
      testId="annual-reports"
      rowAttributes={(r) => ({ 'data-testid': `annual-report-${r.accreditation.certificateNumber}-${r.year}` })}
      columns={[
        { key: 'year', title: t('annualReport.list.year'), render: (_, r) => r.year },
        {
          key: 'number',
          title: t('annualReport.list.certificateNumber'),
          render: (_, r) => r.accreditation.certificateNumber,
        },
        {
          key: 'status',
          title: t('annualReport.list.status'),
          render: (_, r) => (
            <Flex gap={4} wrap>
              <AnnualReportStatusTag status={r.report?.status ?? 'NONE'} />
              {r.overdue ? <Tag color="red">{t('annualReport.list.overdue')}</Tag> : null}
            </Flex>
          ),
        },
        { key: 'due', title: t('annualReport.list.dueOn'), render: (_, r) => r.dueOn },
        {
          key: 'enterprises',
          title: t('annualReport.list.enterprisesServed'),
          align: 'right',
          render: (_, r) => r.report?.enterprisesServed ?? '—',
        },
      ]}
      rowActions={(r) => {
        const action = OPEN_FOR_WRITING.has(r.report?.status ?? 'NONE')
          ? t('annualReport.list.write')
          : t('annualReport.list.open');
        return (
          <Link
            to={`/annual-reports/${encodeURIComponent(r.accreditation.id)}/${r.year}`}
            aria-label={t('annualReport.list.openYear', {
              action,
              year: r.year,
              number: r.accreditation.certificateNumber,
            })}
          >
            {action}
          </Link>
        );
      }}
      empty={{ title: t('annualReport.list.empty'), hint: t('annualReport.list.emptyHint') }}
    >
      <Attendance />
    </ListPage>
  );
}

/** The association's activities the organisation's platforms attended (Art. 12), latest first. */
function Attendance() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: MyActivitiesQuery, requestPolicy: 'cache-and-network' });
  const attended = (data?.associationActivities ?? []).filter((a) => a.attendedByMe);
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('annualReport.list.activities')}</h2>}>
      {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      <Table
        size="small"
        rowKey="id"
        loading={fetching && !data}
        dataSource={attended}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="my-activities"
        locale={{ emptyText: <EmptyText>{t('annualReport.list.noneAttended')}</EmptyText> }}
        columns={[
          { key: 'heldOn', title: t('annualReport.list.heldOn'), render: (_, a) => a.heldOn },
          { key: 'title', title: t('annualReport.list.activityTitle'), render: (_, a) => a.title },
          { key: 'place', title: t('annualReport.list.place'), render: (_, a) => a.place ?? '—' },
        ]}
      />
    </Card>
  );
}
