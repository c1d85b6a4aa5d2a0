import { EmptyText, formatFraction } from '@sme/ui';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardStatistics } from './statistics.queries';

type Row = {
  year: number;
  services: number | null;
  platforms: number | null;
  enterprisesServed: number | null;
  publicWelfareServices: number | null;
  publicWelfareShare: number | null;
  owed: number | null;
  submitted: number | null;
  overdue: number | null;
  complianceRate: number | null;
};

/** One row per year from the service records and the annual reports' compliance (Art. 12). */
export function serviceOutputRows(
  output: DashboardStatistics['serviceOutputByYear'],
  compliance: DashboardStatistics['annualReportCompliance'],
): Row[] {
  const years = [...new Set([...output.map((o) => o.year), ...compliance.map((c) => c.year)])].sort((a, b) => b - a);
  return years.map((year) => {
    const o = output.find((r) => r.year === year);
    const c = compliance.find((r) => r.year === year);
    return {
      year,
      services: o?.services ?? null,
      platforms: o?.platforms ?? null,
      enterprisesServed: o?.enterprisesServed ?? null,
      publicWelfareServices: o?.publicWelfareServices ?? null,
      publicWelfareShare: o?.publicWelfareShare ?? null,
      owed: c?.owed ?? null,
      submitted: c?.submitted ?? null,
      overdue: c?.overdue ?? null,
      complianceRate: c?.complianceRate ?? null,
    };
  });
}

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString());

/** 服务产出: what accredited platforms did each year (Art. 12), and how many owed reports were filed. */
export function ServiceOutputCard({ stats, loading }: { stats: DashboardStatistics | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const rows = stats ? serviceOutputRows(stats.serviceOutputByYear, stats.annualReportCompliance) : [];
  return (
    <Card
      size="small"
      data-testid="service-output"
      title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('statistics.serviceOutput.title')}</h2>}
    >
      <Table<Row>
        size="small"
        rowKey="year"
        loading={loading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        locale={{ emptyText: <EmptyText>{t('statistics.serviceOutput.empty')}</EmptyText> }}
        columns={[
          { key: 'year', title: t('statistics.serviceOutput.year'), dataIndex: 'year' },
          {
            key: 'platforms',
            title: t('statistics.serviceOutput.platforms'),
            align: 'right',
            render: (_, r) => count(r.platforms),
          },
          {
            key: 'services',
            title: t('statistics.serviceOutput.services'),
            align: 'right',
            render: (_, r) => count(r.services),
          },
          {
            key: 'enterprisesServed',
            title: t('statistics.serviceOutput.enterprisesServed'),
            align: 'right',
            render: (_, r) => count(r.enterprisesServed),
          },
          {
            key: 'publicWelfare',
            title: t('statistics.serviceOutput.publicWelfare'),
            align: 'right',
            render: (_, r) => count(r.publicWelfareServices),
          },
          {
            key: 'share',
            title: t('statistics.serviceOutput.share'),
            align: 'right',
            render: (_, r) => formatFraction(r.publicWelfareShare),
          },
          {
            key: 'filed',
            title: t('statistics.serviceOutput.filed'),
            align: 'right',
            render: (_, r) => (r.owed === null ? '—' : `${count(r.submitted)} / ${count(r.owed)}`),
          },
          {
            key: 'overdue',
            title: t('statistics.serviceOutput.overdue'),
            align: 'right',
            render: (_, r) => count(r.overdue),
          },
          {
            key: 'compliance',
            title: t('statistics.serviceOutput.compliance'),
            align: 'right',
            render: (_, r) => formatFraction(r.complianceRate),
          },
        ]}
      />
    </Card>
  );
}
