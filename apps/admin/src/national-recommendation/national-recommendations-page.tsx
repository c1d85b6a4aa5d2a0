import { readFragment } from '@sme/client';
import {
  ListPage,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  useConfirmAction,
  useListUrlState,
} from '@sme/ui';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Table } from 'antd';
import { useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { failureOf } from '../review/mutation-result';
import { TitlesQuery } from '../title/title.queries';
import { NationalRecommendationsQuery, RecommendNationallyMutation } from './national-recommendation.queries';
import { TitleSummaryFields, type TitleSummary } from '../title/title-summary';
import { TitleStatusTag } from '../title/title-pages';

const YEAR_FILTER = ['year'] as const;
const RECOMMENDABLE = new Set(['VALID', 'EXPIRING_THIS_YEAR']);

/** 国家级推荐 (Art. 14): the year's list, with export; choose more among valid, unrevoked titles. */
export function NationalRecommendationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const urlState = useListUrlState(YEAR_FILTER);
  const thisYear = new Date().getFullYear();
  const year = Number(urlState.filters.year ?? thisYear) || thisYear;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NationalRecommendationsQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const [titles] = useQuery({ query: TitlesQuery, requestPolicy: 'cache-and-network' });
  const [, recommend] = useMutation(RecommendNationallyMutation);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const already = new Set((data?.nationalRecommendations ?? []).map((r) => r.accreditation.id));
  const candidates = (titles.data?.accreditations ?? [])
    .filter((ti) => !ti.revocation)
    .map((ti) => readFragment(TitleSummaryFields, ti))
    .filter((ti) => RECOMMENDABLE.has(ti.titleStatus) && !already.has(ti.id));
  return (
    <>
      <ListPage
        title={t('nationalRecommendation.title')}
        description={t('nationalRecommendation.description')}
        urlState={urlState}
        actions={
          <Flex gap={8} wrap align="center">
            <Form
              layout="inline"
              onFinish={(v: { year?: number }) => urlState.setFilters({ year: v.year ? String(v.year) : undefined })}
              initialValues={{ year }}
            >
              <Form.Item name="year" label={t('nationalRecommendation.year')}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
              <Button htmlType="submit">{t('ui.list.search', { defaultValue: '查询' })}</Button>
            </Form>
            <a href={`/api/exports/national-recommendations.xlsx?year=${year}`} download data-testid="national-export">
              <Button>{t('nationalRecommendation.export')}</Button>
            </a>
            <a href={`/api/exports/national-recommendations.csv?year=${year}`} download>
              <Button>{t('nationalRecommendation.exportCsv')}</Button>
            </a>
          </Flex>
        }
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={data?.nationalRecommendations}
        rowKey={(r) => r.id}
        loading={fetching && !data}
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
          { key: 'region', title: t('title.columns.region'), render: (_, r) => r.accreditation.region ?? '—' },
          {
            key: 'functions',
            title: t('title.columns.functions'),
            render: (_, r) => <ServiceFunctionTags functions={r.accreditation.functions} />,
          },
          { key: 'note', title: t('title.columns.note'), render: (_, r) => r.note ?? '—' },
          { key: 'at', title: t('title.columns.openedAt'), render: (_, r) => formatDateTime(r.recommendedAt) },
        ]}
        empty={{ title: t('nationalRecommendation.empty') }}
      >
        <CandidateList
          rows={candidates}
          loading={titles.fetching && !titles.data}
          failure={failure}
          note={note}
          onNote={setNote}
          year={year}
          onRecommend={async (ids) => {
            const problem = failureOf(
              await recommend({ input: { year, accreditationIds: ids, note: note.trim() || null } }),
              'recommendNationally',
            );
            setFailure(problem);
            if (!problem) {
              void message.success(t('nationalRecommendation.done'));
              setNote('');
              reexecute({ requestPolicy: 'network-only' });
            }
          }}
        />
      </ListPage>
    </>
  );
}

type Candidate = TitleSummary;

function CandidateList({
  rows,
  loading,
  failure,
  note,
  onNote,
  year,
  onRecommend,
}: {
  rows: Candidate[];
  loading: boolean;
  failure: string | null;
  note: string;
  onNote: (note: string) => void;
  year: number;
  onRecommend: (ids: string[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmAction();
  const [selected, setSelected] = useState<Key[]>([]);
  const chosen = rows.filter((r) => selected.includes(r.id));
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('nationalRecommendation.candidates')}</h2>}>
      <Flex vertical gap={12}>
        {failure ? <Alert type="error" showIcon title={failure} data-testid="national-failure" /> : null}
        <Table<Candidate>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          loading={loading}
          dataSource={rows}
          data-testid="national-candidates"
          // No scroll={{ x }}: with row selection, antd's hidden measure row holds focusable
          // checkboxes (axe: aria-hidden-focus); the page scrolls instead.
          rowSelection={{ selectedRowKeys: selected, onChange: setSelected }}
          columns={[
            { key: 'org', title: t('title.columns.organisation'), render: (_, r) => r.organisationName },
            { key: 'number', title: t('title.columns.certificateNumber'), render: (_, r) => r.certificateNumber },
            { key: 'region', title: t('title.columns.region'), render: (_, r) => r.region ?? '—' },
            {
              key: 'functions',
              title: t('title.columns.functions'),
              render: (_, r) => <ServiceFunctionTags functions={r.functions} />,
            },
            {
              key: 'status',
              title: t('title.columns.status'),
              render: (_, r) => <TitleStatusTag status={r.titleStatus} />,
            },
            { key: 'until', title: t('title.detail.validUntil'), render: (_, r) => r.validUntil },
          ]}
        />
        <Input.TextArea
          rows={2}
          placeholder={t('nationalRecommendation.note')}
          aria-label={t('nationalRecommendation.note')}
          value={note}
          onChange={(e) => onNote(e.target.value)}
          maxLength={5000}
        />
        <div>
          <Button
            type="primary"
            disabled={chosen.length === 0}
            onClick={() =>
              confirm({
                title: t('nationalRecommendation.confirm', { count: chosen.length, year }),
                names: chosen.map((r) => r.organisationName),
                onOk: async () => {
                  await onRecommend(chosen.map((r) => r.id));
                  setSelected([]);
                },
              })
            }
          >
            {t('nationalRecommendation.recommend')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
