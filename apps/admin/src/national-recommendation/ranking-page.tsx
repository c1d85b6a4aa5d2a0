import { downloadExport } from '@sme/client';
import {
  PageFrame,
  ScrollRegion,
  describeRequestError,
  formatFraction,
  useConfirmAction,
  useListUrlState,
  EmptyText,
} from '@sme/ui';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { failureOf } from '../review/mutation-result';
import { componentColumns, formatScore } from './ranking-columns';
import { WeightsCard } from './weights-card';
import { RankingQuery, RecommendFromRankingMutation } from './ranking.queries';

const FILTERS = ['year'] as const;

const currentYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

type Candidate = {
  rank: number;
  score: number;
  recommended: boolean;
  components: readonly {
    name: string;
    label: string;
    value: number;
    weight: number;
    raw?: number | null;
    contribution: number;
  }[];
  accreditation: { id: string; organisationName: string; certificateNumber: string };
};

/** 择优排序 (Art. 14): valid, unrevoked titles ranked by a weighted score, each component shown with
 * its weight; recommend from the ranking with a note; export the list and each platform's dossier. */
export function RankingPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmAction();
  const urlState = useListUrlState(FILTERS);
  const year = Number(urlState.filters.year) || currentYear();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RankingQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const [, recommend] = useMutation(RecommendFromRankingMutation);
  const [selected, setSelected] = useState<Key[]>([]);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  // bumped after a recommendation, so the record of rankings below reloads
  const [recorded, setRecorded] = useState(0);

  const candidates: readonly Candidate[] = data?.nationalRecommendationCandidates ?? [];
  const recommended = new Set(candidates.filter((c) => c.recommended).map((c) => c.accreditation.id));
  const chosen = candidates.filter((c) => selected.includes(c.accreditation.id));
  // a recommendation year reads the accepted reports of the years before it, so next year is offered too
  const years = Array.from({ length: 6 }, (_, i) => currentYear() + 1 - i);

  const columns: TableColumnsType<Candidate> = [
    { key: 'rank', title: t('nationalRecommendation.ranking.rank'), render: (_, c) => c.rank, width: 64 },
    {
      key: 'organisation',
      title: t('nationalRecommendation.ranking.organisation'),
      render: (_, c) => (
        <Flex gap={4} wrap align="center">
          <Link to={`/titles/${c.accreditation.id}`}>{c.accreditation.organisationName}</Link>
          {recommended.has(c.accreditation.id) ? (
            <Tag color="green">{t('nationalRecommendation.ranking.recommended')}</Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'number',
      title: t('nationalRecommendation.ranking.certificateNumber'),
      render: (_, c) => c.accreditation.certificateNumber,
    },
    {
      key: 'score',
      title: t('nationalRecommendation.ranking.score'),
      align: 'right',
      render: (_, c) => <strong data-testid="ranking-score">{formatScore(c.score)}</strong>,
    },
    ...componentColumns(candidates).map((column) => ({
      key: `component-${column.name}`,
      title: t('nationalRecommendation.ranking.componentHeader', {
        name: column.label,
        weight: formatScore(column.weight),
      }),
      align: 'right' as const,
      render: (_: unknown, c: Candidate) => {
        const part = c.components.find((x) => x.name === column.name);
        if (!part) return '—';
        return (
          <Flex
            vertical
            align="flex-end"
            data-component={column.name}
            title={
              part.raw !== null && part.raw !== undefined
                ? t('nationalRecommendation.ranking.raw', { raw: formatScore(part.raw) })
                : undefined
            }
          >
            <span>{formatFraction(part.value)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('nationalRecommendation.ranking.contribution', { points: formatScore(part.contribution) })}
            </Typography.Text>
          </Flex>
        );
      },
    })),
    {
      key: 'dossier',
      title: t('nationalRecommendation.ranking.dossier'),
      render: (_, c) => (
        <a
          href={`/api/national-recommendation/dossiers/${encodeURIComponent(c.accreditation.id)}.pdf?year=${year}`}
          download
          aria-label={t('nationalRecommendation.ranking.dossierOf', { organisation: c.accreditation.organisationName })}
        >
          PDF
        </a>
      ),
    },
  ];

  const runRecommend = () =>
    confirm({
      title: t('nationalRecommendation.ranking.confirm', { count: chosen.length, year }),
      description: t('nationalRecommendation.ranking.confirmDescription'),
      names: chosen.map((c) => c.accreditation.organisationName),
      okText: t('nationalRecommendation.ranking.recommend'),
      onOk: async () => {
        const problem = failureOf(
          await recommend({
            input: { year, accreditationIds: chosen.map((c) => c.accreditation.id), note: note.trim() || null },
          }),
          'recommendNationallyFromRanking',
        );
        setFailure(problem);
        if (problem) return;
        void message.success(t('nationalRecommendation.ranking.done'));
        setSelected([]);
        setNote('');
        reexecute({ requestPolicy: 'network-only' });
        setRecorded((n) => n + 1);
      },
    });

  const exportList = async () => {
    setExporting(true);
    try {
      await downloadExport('recommended-platforms', 'xlsx', { year }, { language: i18n.language });
      void message.success(t('nationalRecommendation.ranking.exported'));
    } catch (problem) {
      void message.error(
        t('nationalRecommendation.ranking.exportFailed', {
          message: problem instanceof Error ? problem.message : String(problem),
        }),
      );
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageFrame
      title={t('nationalRecommendation.ranking.title')}
      description={t('nationalRecommendation.ranking.description')}
      breadcrumbs={[{ title: t('nationalRecommendation.ranking.breadcrumb'), to: '/national-recommendations' }]}
      actions={
        <>
          <Select
            aria-label={t('nationalRecommendation.ranking.year')}
            value={year}
            onChange={(value: number) => urlState.setFilters({ year: String(value) })}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exporting}
            onClick={() => void exportList()}
            data-testid="ranking-export"
          >
            {t('nationalRecommendation.ranking.exportList')}
          </Button>
        </>
      }
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('nationalRecommendation.ranking.loadFailed', { message: describeRequestError(error, t) })}
        />
      ) : null}
      <Card size="small">
        <Flex vertical gap={12}>
          {failure ? <Alert type="error" showIcon title={failure} data-testid="ranking-failure" /> : null}
          <ScrollRegion label={t('nationalRecommendation.ranking.title')}>
            <Table<Candidate>
              rowKey={(c) => c.accreditation.id}
              size="small"
              loading={fetching && !data}
              dataSource={[...candidates]}
              columns={columns}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              data-testid="ranking"
              onRow={(c) => ({ 'data-testid': `ranking-row-${c.accreditation.certificateNumber}` }) as object}
              // No scroll={{ x }}: with row selection, antd's hidden measure row holds focusable
              // checkboxes (axe: aria-hidden-focus); the region scrolls instead.
              rowSelection={{
                selectedRowKeys: selected,
                onChange: setSelected,
                getCheckboxProps: (c) => ({
                  disabled: recommended.has(c.accreditation.id),
                  'aria-label': c.accreditation.organisationName,
                }),
              }}
              locale={{
                emptyText: <EmptyText>{t('nationalRecommendation.ranking.empty', { year })}</EmptyText>,
              }}
            />
          </ScrollRegion>
          <Input.TextArea
            rows={2}
            placeholder={t('nationalRecommendation.ranking.note')}
            aria-label={t('nationalRecommendation.ranking.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={5000}
          />
          <div>
            <Button
              type="primary"
              disabled={chosen.length === 0}
              onClick={runRecommend}
              data-testid="ranking-recommend"
            >
              {t('nationalRecommendation.ranking.recommend')}
            </Button>
          </div>
        </Flex>
      </Card>
      <WeightsCard year={year} reload={recorded} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
    </PageFrame>
  );
}
