import {
  APPLICATION_STATUSES,
  PageFrame,
  RegionCascader,
  SERVICE_FUNCTIONS,
  describeRequestError,
  useListUrlState,
  useServiceFunctionOptions,
} from '@sme/ui';
import { Alert, Button, Card, Col, Flex, Form, Row, Select, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DashboardStatisticsQuery, StatisticsRoundsQuery, type DashboardStatistics } from './statistics.queries';
import { ChartCard, ChartCardScope } from './chart-card';
import { ServiceOutputCard } from './service-output-card';
import { funnelOption, hasData, pieOption, sumStages, trendOption } from './chart-options';
import { everyYear } from './trend-years';
import { countFigure, type CountRow } from './count-figure';
import {
  DASHBOARD_FILTERS,
  cascaderValue,
  exportParams,
  regionFromCascader,
  statisticsFilterFrom,
} from './statistics-filters';

/** Titles expiring within this many days are counted on the dashboard (Art. 11 renewals). */
export const EXPIRING_DAYS = 90;

const STAGES = ['drafted', 'submitted', 'recommended', 'reviewed', 'passed', 'noticed', 'accredited'] as const;
type Stage = (typeof STAGES)[number];
const SPOT_OUTCOMES = ['passed', 'failed', 'pending'] as const;

type FunnelRow = DashboardStatistics['funnel'][number];
type TrendRow = DashboardStatistics['trendsByYear'][number];

const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
const oneDecimal = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 10) / 10);

/** The analysts' dashboard: the funnel, titles by function and province, trends,
 * expiring titles, spot checks and revocations, each a chart with its table and export. */
export function DashboardPage() {
  const { t } = useTranslation();
  const url = useListUrlState(DASHBOARD_FILTERS);
  const { filter, invalid } = statisticsFilterFrom(url.filters);
  const params = exportParams(filter);
  const functionOptions = useServiceFunctionOptions();

  const [roundsResult] = useQuery({ query: StatisticsRoundsQuery });
  const rounds = useMemo(
    () => [...(roundsResult.data?.rounds ?? [])].sort((a, b) => b.year - a.year || b.sequence - a.sequence),
    [roundsResult.data],
  );
  const years = useMemo(() => [...new Set(rounds.map((r) => r.year))].sort((a, b) => b - a), [rounds]);

  const variables = useMemo(
    () => ({ filter, expiringDays: EXPIRING_DAYS }),
    [filter.year, filter.roundId, filter.region, filter.function],
  ); // eslint-disable-line react-hooks/exhaustive-deps
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DashboardStatisticsQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const stats = data?.statistics;
  const loading = fetching && !stats;

  const set = (name: (typeof DASHBOARD_FILTERS)[number], value: string | undefined) =>
    url.setFilters({ ...url.filters, [name]: value });
  const stageName = (s: Stage) => t(`statistics.stages.${s}`);

  const totalApplications = stats?.applicationsByStatus.reduce((sum, r) => sum + r.count, 0);
  const funnel = sumStages<Stage>(stats?.funnel ?? [], STAGES);
  const funnelItems = STAGES.map((s) => ({ name: stageName(s), value: funnel[s] }));
  const regionLabel = (r: { region: string; name: string }) => (r.region === '' ? t('statistics.unrecorded') : r.name);
  const statusRows: CountRow[] = APPLICATION_STATUSES.map((status) => ({
    key: status,
    label: t(`ui.status.${status}`),
    count: stats?.applicationsByStatus.find((r) => r.status === status)?.count ?? 0,
  }));
  const functionRows: CountRow[] = SERVICE_FUNCTIONS.map((fn) => ({
    key: fn,
    label: t(`ui.serviceFunction.${fn}`),
    count: stats?.accreditationsByFunction.find((r) => r.function === fn)?.count ?? 0,
  }));
  const regionRows: CountRow[] = (stats?.accreditationsByRegion ?? []).map((r) => ({
    key: r.region || '-',
    label: regionLabel(r),
    code: r.region,
    count: r.count,
  }));
  const unitRows: CountRow[] = (stats?.accreditationsByUnit ?? []).map((r) => ({
    key: r.unit.id,
    label: r.unit.name,
    count: r.count,
  }));
  const trendRows = useMemo(
    () =>
      everyYear(stats?.trendsByYear ?? [], (year) => ({
        year,
        drafted: 0,
        submitted: 0,
        recommended: 0,
        reviewed: 0,
        passed: 0,
        noticed: 0,
        accredited: 0,
        awarded: 0,
        passRate: null,
        medianDaysSubmittedToDecided: null,
      })),
    [stats],
  );
  const spot = stats?.spotChecks;
  const spotRows: CountRow[] = (['drawn', ...SPOT_OUTCOMES] as const).map((o) => ({
    key: o,
    label: t(`statistics.spot.${o}`),
    count: spot?.[o] ?? 0,
  }));
  const revocationRows: CountRow[] = (stats?.revocationsByReason ?? []).map((r) => ({
    key: r.reason,
    label: t(`statistics.reasons.${r.reason}`),
    count: r.count,
  }));
  // a new object each render is fine: the cards re-render with the page anyway
  const scope = { exportParams: params, loading };

  const invalidNames = invalid.map((name) => t(`statistics.dashboard.${name === 'round' ? 'round' : name}`)).join('、');

  return (
    <PageFrame
      title={t('statistics.dashboard.title')}
      description={t('statistics.dashboard.description')}
      breadcrumbs={[{ title: t('nav.home'), to: '/' }]}
    >
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('statistics.dashboard.filters')}</h2>}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('statistics.dashboard.year')} htmlFor="stat-year">
            <Select<number>
              id="stat-year"
              allowClear
              style={{ width: 140 }}
              placeholder={t('statistics.dashboard.allYears')}
              value={filter.year ?? undefined}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              onChange={(value) =>
                url.setFilters({
                  ...url.filters,
                  year: value === undefined ? undefined : String(value),
                  round: undefined,
                })
              }
              data-testid="stat-filter-year"
            />
          </Form.Item>
          <Form.Item label={t('statistics.dashboard.round')} htmlFor="stat-round">
            <Select<string>
              id="stat-round"
              allowClear
              style={{ width: 240 }}
              loading={roundsResult.fetching}
              placeholder={t('statistics.dashboard.allRounds')}
              value={filter.roundId ?? undefined}
              options={rounds
                .filter((r) => filter.year === null || r.year === filter.year)
                .map((r) => ({ value: r.id, label: r.name }))}
              onChange={(value) => set('round', value)}
              data-testid="stat-filter-round"
            />
          </Form.Item>
          <Form.Item label={t('statistics.dashboard.region')} htmlFor="stat-region">
            <RegionCascader
              id="stat-region"
              provinceOnly
              style={{ width: 220 }}
              value={cascaderValue(filter.region ?? undefined)}
              onChange={(value) => set('region', regionFromCascader(value))}
            />
          </Form.Item>
          <Form.Item label={t('statistics.dashboard.function')} htmlFor="stat-function">
            <Select<string>
              id="stat-function"
              allowClear
              style={{ width: 180 }}
              placeholder={t('statistics.dashboard.allFunctions')}
              value={filter.function ?? undefined}
              options={functionOptions}
              onChange={(value) => set('function', value)}
              data-testid="stat-filter-function"
            />
          </Form.Item>
          <Form.Item>
            <Button onClick={url.reset} disabled={!url.filtered} data-testid="stat-filter-reset">
              {t('statistics.dashboard.reset')}
            </Button>
          </Form.Item>
        </Form>
      </Card>

      {invalid.length > 0 ? (
        <Alert type="warning" showIcon title={t('statistics.dashboard.invalidFilter', { names: invalidNames })} />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('statistics.dashboard.loadFailed', { message: describeRequestError(error, t) })}
          action={
            <Button size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('statistics.dashboard.retry')}
            </Button>
          }
        />
      ) : null}

      <Row gutter={[16, 16]} data-testid="stat-kpis" data-loaded={stats ? 'true' : 'false'}>
        <Kpi id="applications" title={t('statistics.kpi.applications')} value={totalApplications} loading={loading} />
        <Kpi id="valid" title={t('statistics.kpi.valid')} value={stats?.accreditationsValid} loading={loading} />
        <Kpi
          id="pass-rate"
          title={t('statistics.kpi.passRate')}
          value={percent(stats?.passRate)}
          suffix="%"
          loading={loading}
        />
        <Kpi
          id="median-days"
          title={t('statistics.kpi.medianDays')}
          value={oneDecimal(stats?.medianDaysSubmittedToDecided)}
          suffix={t('statistics.kpi.days')}
          loading={loading}
        />
        <Kpi
          id="expiring"
          title={t('statistics.kpi.expiring', { days: EXPIRING_DAYS })}
          value={stats?.expiringWithin}
          loading={loading}
        />
      </Row>

      <ChartCardScope value={scope}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <ChartCard<FunnelRow>
              id="funnel"
              title={t('statistics.charts.funnel')}
              hint={t('statistics.charts.funnelHint')}
              option={funnelOption(funnelItems, t('statistics.charts.funnel'))}
              empty={!hasData(funnelItems.map((i) => i.value))}
              rows={stats?.funnel ?? []}
              rowKey={(r) => r.round.id}
              columns={[
                { key: 'round', title: t('statistics.columns.round'), render: (_, r) => r.round.name },
                ...STAGES.map((s) => ({
                  key: s,
                  title: stageName(s),
                  align: 'right' as const,
                  render: (_: unknown, r: FunnelRow) => r[s],
                })),
              ]}
              exportList="statistics-funnel"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              id="by-status"
              title={t('statistics.charts.byStatus')}
              {...countFigure(statusRows, {
                labelTitle: t('statistics.columns.status'),
                countTitle: t('statistics.columns.applications'),
                horizontal: true,
              })}
              exportList="statistics-by-status"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              id="by-function"
              title={t('statistics.charts.byFunction')}
              hint={t('statistics.charts.byFunctionHint')}
              {...countFigure(functionRows, {
                labelTitle: t('statistics.columns.function'),
                countTitle: t('statistics.columns.titles'),
              })}
              exportList="statistics-by-function"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              id="by-region"
              title={t('statistics.charts.byRegion')}
              {...countFigure(regionRows, {
                labelTitle: t('statistics.columns.region'),
                codeTitle: t('statistics.columns.regionCode'),
                countTitle: t('statistics.columns.titles'),
                horizontal: true,
                minHeight: 300,
              })}
              exportList="statistics-by-region"
            />
          </Col>
          <Col xs={24}>
            <ChartCard<TrendRow>
              id="trends"
              title={t('statistics.charts.trends')}
              option={trendOption(
                trendRows.map((r) => r.year),
                [
                  { name: stageName('submitted'), values: trendRows.map((r) => r.submitted) },
                  { name: stageName('passed'), values: trendRows.map((r) => r.passed) },
                  { name: t('statistics.columns.awarded'), values: trendRows.map((r) => r.awarded) },
                  {
                    name: t('statistics.columns.passRate'),
                    values: trendRows.map((r) => r.passRate ?? null),
                    axis: 'rate',
                  },
                ],
              )}
              empty={trendRows.length === 0}
              rows={trendRows}
              rowKey={(r) => String(r.year)}
              columns={[
                { key: 'year', title: t('statistics.columns.year'), dataIndex: 'year' },
                ...STAGES.map((s) => ({
                  key: s,
                  title: stageName(s),
                  align: 'right' as const,
                  render: (_: unknown, r: TrendRow) => r[s],
                })),
                { key: 'awarded', title: t('statistics.columns.awarded'), align: 'right', dataIndex: 'awarded' },
                {
                  key: 'passRate',
                  title: t('statistics.columns.passRate'),
                  align: 'right',
                  render: (_, r) => (r.passRate === null ? '—' : `${percent(r.passRate)}%`),
                },
                {
                  key: 'median',
                  title: t('statistics.columns.medianDays'),
                  align: 'right',
                  render: (_, r) => oneDecimal(r.medianDaysSubmittedToDecided) ?? '—',
                },
              ]}
              exportList="statistics-trends"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              id="spot-checks"
              title={t('statistics.charts.spotChecks')}
              {...countFigure(spotRows, {
                labelTitle: t('statistics.columns.outcome'),
                countTitle: t('statistics.columns.count'),
              })}
              // a share of the drawn checks: a pie of the outcomes; the table also counts the drawn
              option={pieOption(
                spotRows.slice(1).map((r) => ({ name: r.label, value: r.count })),
                t('statistics.charts.spotChecks'),
              )}
              empty={!hasData([spot?.drawn])}
              exportList="statistics-spot-checks"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              id="revocations"
              title={t('statistics.charts.revocations')}
              {...countFigure(revocationRows, {
                labelTitle: t('statistics.columns.reason'),
                countTitle: t('statistics.columns.count'),
                horizontal: true,
              })}
              exportList="statistics-revocations"
            />
          </Col>
          <Col xs={24}>
            <ChartCard
              id="by-unit"
              title={t('statistics.charts.byUnit')}
              {...countFigure(unitRows, {
                labelTitle: t('statistics.columns.unit'),
                countTitle: t('statistics.columns.titles'),
                horizontal: true,
                minHeight: 240,
              })}
              exportList="statistics-by-unit"
            />
          </Col>
          <Col xs={24}>
            <ServiceOutputCard stats={stats} loading={fetching && !stats} />
          </Col>
        </Row>
      </ChartCardScope>
    </PageFrame>
  );
}

function Kpi({
  id,
  title,
  value,
  suffix,
  loading,
}: {
  id: string;
  title: string;
  value: number | null | undefined;
  suffix?: string;
  loading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Col flex="1 1 180px">
      <Card size="small" data-testid={`kpi-${id}`}>
        <Flex vertical>
          <Statistic
            title={title}
            loading={loading}
            value={value ?? t('statistics.kpi.none')}
            suffix={value === null || value === undefined ? undefined : suffix}
            valueRender={(node) => (
              <span data-testid={`kpi-${id}-value`} data-value={value ?? ''}>
                {node}
              </span>
            )}
          />
        </Flex>
      </Card>
    </Col>
  );
}
