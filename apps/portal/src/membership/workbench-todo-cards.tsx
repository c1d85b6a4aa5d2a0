import { formatDate } from '@sme/ui';
import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyAnnualReportsDueQuery } from '../annual-report/annual-report.queries';
import { openSpotChecks, reportsToFile, titlesToRenew, WorkbenchSpotChecksQuery } from './workbench-todos';

const heading = { fontSize: 16, margin: 0 } as const;
// one object for every render: urql runs the query again whenever the context changes
const spotCheckContext = { additionalTypenames: ['SpotCheck'] };

/** Spot checks waiting for the holder's evidence (Art. 13), each linked to its answer page. */
export function SpotCheckTodos() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: WorkbenchSpotChecksQuery,
    context: spotCheckContext,
    requestPolicy: 'cache-and-network',
  });
  const open = openSpotChecks(data?.mySpotChecks ?? []);
  return (
    <Card
      size="small"
      title={<h2 style={heading}>{t('guide.workbench.spotChecks')}</h2>}
      data-testid="workbench-spot-checks"
    >
      <List
        dataSource={open}
        locale={{ emptyText: <Typography.Text>{t('guide.workbench.noSpotChecks')}</Typography.Text> }}
        renderItem={(check) => (
          <List.Item
            key={check.id}
            data-testid="workbench-spot-check"
            actions={[
              <Link key="open" to={`/spot-checks/${check.id}`}>
                {t('guide.workbench.open')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={`${t('membership.workbench.certificate')} ${check.accreditation.certificateNumber}`}
              description={
                <Tag color="orange">
                  {check.dueOn
                    ? t('guide.workbench.dueOn', { date: formatDate(check.dueOn) })
                    : t('guide.workbench.noDue')}
                </Tag>
              }
            />
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('guide.workbench.spotChecksHint')}
      </Typography.Text>
    </Card>
  );
}

/** Titles in their renewal year (Art. 11), each linked to the title's page, where renewal starts. */
export function RenewalTodos({
  titles,
}: {
  titles: readonly { id: string; certificateNumber: string; titleStatus: string; validUntil: string }[];
}) {
  const { t } = useTranslation();
  const due = titlesToRenew(titles);
  if (due.length === 0) return null;
  return (
    <Card size="small" title={<h2 style={heading}>{t('guide.workbench.renewal')}</h2>} data-testid="workbench-renewals">
      <List
        dataSource={due}
        renderItem={(title) => (
          <List.Item
            key={title.id}
            data-testid="workbench-renewal"
            actions={[
              <Link key="open" to={`/titles/${title.id}`}>
                {t('guide.workbench.open')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={`${t('membership.workbench.certificate')} ${title.certificateNumber}`}
              description={`${t('membership.workbench.validUntil')} ${formatDate(title.validUntil)} · ${t('guide.workbench.renewalHint')}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Annual service reports to write or send again (Art. 12), each linked to its report page. */
export function AnnualReportTodos() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: MyAnnualReportsDueQuery, requestPolicy: 'cache-and-network' });
  const due = reportsToFile(data?.myAnnualReportsDue ?? []);
  if (due.length === 0) return null;
  return (
    <Card
      size="small"
      title={<h2 style={heading}>{t('guide.workbench.annualReports')}</h2>}
      data-testid="workbench-annual-reports"
    >
      <List
        dataSource={due}
        renderItem={(item) => (
          <List.Item
            key={`${item.accreditation.id}-${item.year}`}
            data-testid="workbench-annual-report"
            actions={[
              <Link key="open" to={`/annual-reports/${item.accreditation.id}/${item.year}`}>
                {t('guide.workbench.open')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={t('guide.workbench.annualReportOf', {
                year: item.year,
                number: item.accreditation.certificateNumber,
              })}
              description={
                <Tag color={item.overdue ? 'red' : 'orange'}>
                  {t(item.overdue ? 'guide.workbench.overdueSince' : 'guide.workbench.dueOn', {
                    date: formatDate(item.dueOn),
                  })}
                </Tag>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
