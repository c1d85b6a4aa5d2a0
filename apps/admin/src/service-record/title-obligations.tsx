import { EmptyText, describeRequestError } from '@sme/ui';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AnnualReportStatusTag } from '../annual-report/annual-report-status-tag';
import { TitleObligationsQuery } from './service-record.queries';

/** A title's annual reports (owed, written or not) and the association activities its platform
 * attended since the award: with its service records, what a spot check looks at (Art. 12, 13). */
export function TitleObligations({ accreditationId }: { accreditationId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: TitleObligationsQuery,
    variables: { id: accreditationId },
    requestPolicy: 'cache-and-network',
  });
  const title = data?.accreditation;
  return (
    <Flex vertical gap={16}>
      {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      <Flex vertical gap={8}>
        <Typography.Text strong>{t('serviceRecord.reports')}</Typography.Text>
        <Table
          size="small"
          rowKey={(r) => String(r.year)}
          loading={fetching && !data}
          pagination={false}
          dataSource={title?.annualReportsDue ?? []}
          data-testid="title-reports"
          locale={{ emptyText: <EmptyText>{t('serviceRecord.noReports')}</EmptyText> }}
          columns={[
            { key: 'year', title: t('serviceRecord.year'), render: (_, r) => r.year },
            {
              key: 'status',
              title: t('serviceRecord.status'),
              render: (_, r) => (
                <Flex gap={4} wrap>
                  {r.report ? (
                    <Link to={`/annual-reports/${encodeURIComponent(r.report.id)}`}>
                      <AnnualReportStatusTag status={r.report.status} />
                    </Link>
                  ) : (
                    <Tag>{t('serviceRecord.notWritten')}</Tag>
                  )}
                  {r.overdue ? <Tag color="red">{t('serviceRecord.overdue')}</Tag> : null}
                </Flex>
              ),
            },
            { key: 'due', title: t('serviceRecord.dueOn'), render: (_, r) => r.dueOn },
            {
              key: 'enterprises',
              title: t('serviceRecord.enterprisesServed'),
              align: 'right',
              render: (_, r) => r.report?.enterprisesServed ?? '—',
            },
            {
              key: 'publicWelfare',
              title: t('serviceRecord.publicWelfareServices'),
              align: 'right',
              render: (_, r) => r.report?.publicWelfareServices ?? '—',
            },
          ]}
        />
      </Flex>
      <Flex vertical gap={8}>
        <Typography.Text strong>{t('serviceRecord.activities')}</Typography.Text>
        <Table
          size="small"
          rowKey="id"
          loading={fetching && !data}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={title?.activitiesAttended ?? []}
          data-testid="title-activities"
          locale={{ emptyText: <EmptyText>{t('serviceRecord.noActivities')}</EmptyText> }}
          columns={[
            { key: 'heldOn', title: t('serviceRecord.heldOn'), render: (_, a) => a.heldOn },
            { key: 'title', title: t('serviceRecord.activity'), render: (_, a) => a.title },
            { key: 'place', title: t('serviceRecord.place'), render: (_, a) => a.place ?? '—' },
          ]}
        />
      </Flex>
    </Flex>
  );
}
