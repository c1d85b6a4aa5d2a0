import {
  ApplicationStatusTag,
  FormModal,
  ListPage,
  ServiceFunctionTags,
  formatDateTime,
  useListUrlState,
  describeRequestError,
} from '@sme/ui';
import { Alert, App, Flex, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RejectedAttestationsList } from './attestation-verdicts';
import { failureOf } from './mutation-result';
import { DecideMutation, DecisionsQuery, MyAssignmentsQuery, RecommendationQueueQuery } from './review.queries';

const NO_FILTERS: readonly never[] = [];

/** 推荐审核: the unit's own members' submitted applications (Art. 2). */
export function RecommendationQueuePage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }] = useQuery({ query: RecommendationQueueQuery, requestPolicy: 'cache-and-network' });
  const rows = data?.recommendationQueue;
  return (
    <ListPage
      title={t('review.queue.title')}
      description={t('review.queue.description')}
      urlState={urlState}
      alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      rows={rows}
      rowKey={(r) => r.id}
      loading={fetching}
      columns={[
        {
          key: 'organisation',
          title: t('review.columns.organisation'),
          render: (_, r) => <Link to={`/review/${r.id}`}>{r.organisation.name}</Link>,
        },
        { key: 'round', title: t('review.columns.round'), render: (_, r) => r.round.name },
        {
          key: 'functions',
          title: t('review.columns.functions'),
          render: (_, r) => <ServiceFunctionTags functions={r.functions} />,
        },
        { key: 'submittedAt', title: t('review.columns.submittedAt'), render: (_, r) => formatDateTime(r.submittedAt) },
      ]}
      rowActions={(r) => <Link to={`/review/${r.id}`}>{t('review.queue.open')}</Link>}
      empty={{ title: t('review.queue.empty'), hint: t('review.queue.emptyHint') }}
    />
  );
}

/** 我的评审: the signed-in reviewer's assignments. */
export function MyReviewsPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }] = useQuery({ query: MyAssignmentsQuery, requestPolicy: 'cache-and-network' });
  const state = (a: { completedAt: unknown; recusedAt: unknown; conflictDeclaredAt: unknown }) =>
    a.recusedAt ? 'recused' : a.completedAt ? 'done' : a.conflictDeclaredAt ? 'declared' : 'open';
  return (
    <ListPage
      title={t('review.myReviews.title')}
      description={t('review.myReviews.description')}
      urlState={urlState}
      alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      rows={data?.myReviewAssignments}
      rowKey={(r) => r.id}
      loading={fetching}
      columns={[
        {
          key: 'organisation',
          title: t('review.columns.organisation'),
          render: (_, r) => (
            <Link to={`/review/${r.application.id}?tab=scoring`}>{r.application.organisation.name}</Link>
          ),
        },
        { key: 'round', title: t('review.columns.round'), render: (_, r) => r.application.round.name },
        {
          key: 'functions',
          title: t('review.columns.functions'),
          render: (_, r) => <ServiceFunctionTags functions={r.application.functions} />,
        },
        {
          key: 'status',
          title: t('review.columns.status'),
          render: (_, r) => <ApplicationStatusTag status={r.application.status} />,
        },
        {
          key: 'state',
          title: t('review.detail.scoring'),
          render: (_, r) => <Tag>{t(`review.myReviews.state.${state(r)}`)}</Tag>,
        },
        { key: 'score', title: t('review.columns.score'), render: (_, r) => r.weightedScore ?? '—' },
      ]}
      rowActions={(r) => <Link to={`/review/${r.application.id}?tab=scoring`}>{t('review.myReviews.open')}</Link>}
      empty={{ title: t('review.myReviews.empty') }}
    />
  );
}

type DecisionRow = {
  id: string;
  version: number;
  organisation: { name: string };
  round: { name: string };
  reviews: {
    count: number;
    average: number | null;
    spread: number | null;
    wideSpread: boolean;
    pass: number;
    fail: number;
  } | null;
  rejectedAttestations: readonly { code: string; article: string; condition: string; rejectedBy: readonly string[] }[];
};

/** 评审决定: applications in review with their panel's scores; pass or fail one or a batch. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DecisionsQuery,
    variables: {},
    requestPolicy: 'cache-and-network',
  });
  const [, decide] = useMutation(DecideMutation);
  const [pending, setPending] = useState<{
    rows: readonly DecisionRow[];
    outcome: 'REVIEW_PASSED' | 'REVIEW_FAILED';
  } | null>(null);
  const rows: DecisionRow[] = (data?.applications.edges ?? []).map((e) => e.node);
  const statusName = (outcome: string) => t(`ui.status.${outcome}`, { defaultValue: outcome });
  const batch = (outcome: 'REVIEW_PASSED' | 'REVIEW_FAILED') => ({
    key: outcome,
    label: t(outcome === 'REVIEW_PASSED' ? 'review.decisions.pass' : 'review.decisions.fail'),
    danger: outcome === 'REVIEW_FAILED',
    confirm: (selected: readonly DecisionRow[]) => ({
      title: t(outcome === 'REVIEW_PASSED' ? 'review.decisions.confirmPass' : 'review.decisions.confirmFail', {
        count: selected.length,
      }),
      description: t('review.decisions.consequence', { status: statusName(outcome) }),
      names: selected.map((r) => r.organisation.name),
    }),
    // The confirmation named the organisations; the note is asked next, then one all-or-nothing call.
    run: (selected: readonly DecisionRow[]) => setPending({ rows: selected, outcome }),
  });
  return (
    <>
      <ListPage
        title={t('review.decisions.title')}
        description={t('review.decisions.description')}
        urlState={urlState}
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={rows}
        rowKey={(r) => r.id}
        total={data?.applications.totalCount}
        loading={fetching}
        columns={[
          {
            key: 'organisation',
            title: t('review.columns.organisation'),
            render: (_, r) => <Link to={`/review/${r.id}`}>{r.organisation.name}</Link>,
          },
          { key: 'round', title: t('review.columns.round'), render: (_, r) => r.round.name },
          { key: 'average', title: t('review.columns.average'), render: (_, r) => r.reviews?.average ?? '—' },
          {
            key: 'spread',
            title: t('review.columns.spread'),
            render: (_, r) =>
              r.reviews?.wideSpread ? <Tag color="orange">{r.reviews.spread}</Tag> : (r.reviews?.spread ?? '—'),
          },
          {
            key: 'recs',
            title: t('review.columns.recommendations'),
            render: (_, r) =>
              r.reviews
                ? `${t('review.detail.rec.PASS')} ${r.reviews.pass} / ${t('review.detail.rec.FAIL')} ${r.reviews.fail}`
                : '—',
          },
          {
            // Arts. 5 and 9: a condition a reviewer rejected stops the pass; say which, and who rejected it.
            key: 'attestations',
            title: t('review.verdicts.column'),
            render: (_, r) =>
              r.rejectedAttestations.length === 0 ? (
                t('review.verdicts.allConfirmed')
              ) : (
                <Flex vertical gap={4} data-testid="decision-rejections">
                  <span>
                    <Tag color="red">
                      {t('review.verdicts.rejectedCount', { count: r.rejectedAttestations.length })}
                    </Tag>
                  </span>
                  <RejectedAttestationsList rejected={r.rejectedAttestations} />
                </Flex>
              ),
          },
        ]}
        batchActions={[batch('REVIEW_PASSED'), batch('REVIEW_FAILED')]}
        empty={{ title: t('review.decisions.empty') }}
      />
      <FormModal<{ note: string }>
        name="decide"
        open={pending !== null}
        title={
          pending ? t(pending.outcome === 'REVIEW_PASSED' ? 'review.decisions.pass' : 'review.decisions.fail') : ''
        }
        okText={t('review.actions.submit')}
        failureTestId="decide-failure"
        onCancel={() => setPending(null)}
        onSubmit={async ({ note }) => {
          if (!pending) return null;
          const problem = failureOf(
            await decide({
              input: {
                applicationIds: pending.rows.map((r) => r.id),
                versions: pending.rows.map((r) => r.version),
                outcome: pending.outcome,
                note,
              },
            }),
            'decideApplications',
          );
          if (!problem) {
            void message.success(t('review.decisions.done', { count: pending.rows.length }));
            setPending(null);
            reexecute({ requestPolicy: 'network-only' });
          }
          return problem;
        }}
      >
        <ul>
          {pending?.rows.map((r) => (
            <li key={r.id}>{r.organisation.name}</li>
          ))}
        </ul>
        <Form.Item
          name="note"
          label={t('review.decisions.note')}
          rules={[{ required: true, message: t('review.actions.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </>
  );
}
