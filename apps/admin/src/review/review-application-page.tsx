import {
  ApplicationStatusTag,
  DetailPage,
  NotFoundResult,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  isNotFoundError,
  type DetailAction,
} from '@sme/ui';
import { Alert, Empty, Flex, List, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ActionDialog, type ActionField } from './action-dialog';
import { failureOf } from './mutation-result';
import {
  AssignMutation,
  DecideMutation,
  DeclineMutation,
  ExpertsQuery,
  RecommendMutation,
  RequestInfoMutation,
  ReturnMutation,
  ReviewApplicationQuery,
} from './review.queries';
import { FactsFingerprint } from '../membership/facts-fingerprint';
import { MaterialsPanel } from './materials-panel';
import { ScoringPanel } from './scoring-panel';
import { AttestationVerdicts, RejectedAttestationsAlert } from './attestation-verdicts';

type Dialog =
  | 'RECOMMEND'
  | 'RETURN'
  | 'DECLINE_RECOMMENDATION'
  | 'START_REVIEW'
  | 'REQUEST_MORE_INFO'
  | 'PASS_REVIEW'
  | 'FAIL_REVIEW'
  | 'REASSIGN';

/** One application as the association handles it: the recommending unit, the administrator and
 * the reviewers each see the actions the API allows them now, and the review so far. */
export function ReviewApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ReviewApplicationQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const app = data?.application;
  const needsExperts = Boolean(app && (app.allowedActions.includes('START_REVIEW') || app.needsReassignment));
  const [experts] = useQuery({ query: ExpertsQuery, pause: !needsExperts });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [, recommend] = useMutation(RecommendMutation);
  const [, returnApp] = useMutation(ReturnMutation);
  const [, decline] = useMutation(DeclineMutation);
  const [, assign] = useMutation(AssignMutation);
  const [, requestInfo] = useMutation(RequestInfoMutation);
  const [, decide] = useMutation(DecideMutation);
  const back = { title: t('review.nav.queue'), to: '/recommendations' };
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (!data && fetching) return <Skeleton active />;
  if (isNotFoundError(error) || (data && !app))
    return <NotFoundResult title={t('review.detail.title')} backTo="/" backLabel={t('notFound.back')} />;
  if (!app)
    return <Alert type="error" showIcon title={error ? describeRequestError(error, t) : t('ui.error.unknown')} />;

  const expertOptions = (experts.data?.experts ?? [])
    .filter((e) => e.active)
    .map((e) => ({ value: e.reviewerId, label: `${e.name}（${e.load}）` }));
  const text = (name: string, label: string): ActionField => ({ name, label, kind: 'text' });
  const dialogs: Record<
    Dialog,
    { fields: ActionField[]; warning?: string; run: (v: Record<string, unknown>) => Promise<string | null> }
  > = {
    RECOMMEND: {
      fields: [text('opinion', t('review.actions.opinion'))],
      run: async (v) =>
        failureOf(
          await recommend({ input: { applicationId: app.id, opinion: String(v.opinion), version: app.version } }),
          'recommendApplication',
        ),
    },
    RETURN: {
      fields: [text('reason', t('review.actions.reason'))],
      run: async (v) =>
        failureOf(
          await returnApp({ input: { applicationId: app.id, reason: String(v.reason), version: app.version } }),
          'returnApplication',
        ),
    },
    DECLINE_RECOMMENDATION: {
      fields: [text('reason', t('review.actions.reason'))],
      warning: t('review.actions.declineConfirm'),
      run: async (v) =>
        failureOf(
          await decline({ input: { applicationId: app.id, reason: String(v.reason), version: app.version } }),
          'declineRecommendation',
        ),
    },
    START_REVIEW: {
      fields: [
        { name: 'reviewerIds', label: t('review.actions.reviewers'), kind: 'reviewers', options: expertOptions },
      ],
      run: async (v) =>
        failureOf(
          await assign({
            input: { applicationId: app.id, reviewerIds: v.reviewerIds as string[], version: app.version },
          }),
          'assignReviewers',
        ),
    },
    REASSIGN: {
      fields: [
        { name: 'reviewerIds', label: t('review.actions.reviewers'), kind: 'reviewers', options: expertOptions },
      ],
      run: async (v) =>
        failureOf(
          await assign({
            input: { applicationId: app.id, reviewerIds: v.reviewerIds as string[], version: app.version },
          }),
          'assignReviewers',
        ),
    },
    REQUEST_MORE_INFO: {
      fields: [
        text('request', t('review.actions.request')),
        { name: 'dueOn', label: t('review.actions.dueOn'), kind: 'date' },
      ],
      run: async (v) =>
        failureOf(
          await requestInfo({
            input: { applicationId: app.id, request: String(v.request), dueOn: String(v.dueOn), version: app.version },
          }),
          'requestMoreInformation',
        ),
    },
    PASS_REVIEW: {
      fields: [text('note', t('review.actions.note'))],
      warning: app.rejectedAttestations.length > 0 ? t('review.actions.passBlocked') : undefined,
      run: async (v) =>
        failureOf(
          await decide({
            input: {
              applicationIds: [app.id],
              outcome: 'REVIEW_PASSED',
              note: String(v.note),
              versions: [app.version],
            },
          }),
          'decideApplications',
        ),
    },
    FAIL_REVIEW: {
      fields: [text('note', t('review.actions.note'))],
      run: async (v) =>
        failureOf(
          await decide({
            input: {
              applicationIds: [app.id],
              outcome: 'REVIEW_FAILED',
              note: String(v.note),
              versions: [app.version],
            },
          }),
          'decideApplications',
        ),
    },
  };

  const actions: DetailAction[] = app.allowedActions
    .filter((a): a is Exclude<Dialog, 'REASSIGN'> => a in dialogs)
    .map((a) => ({
      key: a,
      label: t(`review.actions.${a}`),
      primary: a === 'RECOMMEND' || a === 'START_REVIEW' || a === 'PASS_REVIEW',
      danger: a === 'DECLINE_RECOMMENDATION' || a === 'FAIL_REVIEW',
      onRun: () => setDialog(a),
    }));
  if (app.needsReassignment && expertOptions.length > 0)
    actions.push({ key: 'REASSIGN', label: t('review.actions.START_REVIEW'), onRun: () => setDialog('REASSIGN') });

  const reviews = app.reviews;
  const open = dialog ? dialogs[dialog] : null;
  return (
    <>
      <DetailPage
        title={app.organisation.name}
        breadcrumbs={[back]}
        status={<ApplicationStatusTag status={app.status} />}
        description={app.round.name}
        actions={actions}
        fields={[
          {
            key: 'creditCode',
            label: t('review.detail.creditCode'),
            value: <Typography.Text code>{app.organisation.creditCode}</Typography.Text>,
          },
          { key: 'round', label: t('review.columns.round'), value: app.round.name },
          {
            key: 'functions',
            label: t('review.columns.functions'),
            value: <ServiceFunctionTags functions={app.functions} />,
          },
          {
            key: 'submittedAt',
            label: t('review.columns.submittedAt'),
            value: formatDateTime(app.submittedAt) || t('ui.empty'),
          },
          {
            key: 'fingerprint',
            label: t('membership.forms.fingerprint'),
            value: <FactsFingerprint applicationId={app.id} fingerprint={app.factsFingerprint} />,
          },
        ]}
        tabs={[
          ...(app.myAssignment
            ? [
                {
                  key: 'scoring',
                  label: t('review.detail.scoring'),
                  children: <ScoringPanel application={app} onDone={refresh} />,
                },
              ]
            : []),
          { key: 'materials', label: t('review.materials.tab'), children: <MaterialsPanel applicationId={app.id} /> },
          {
            key: 'recommendations',
            label: t('review.detail.recommendations'),
            children:
              app.recommendations.length === 0 ? (
                <Empty description={t('review.detail.noRecommendations')} />
              ) : (
                <List
                  dataSource={app.recommendations}
                  renderItem={(r) => (
                    <List.Item>
                      <List.Item.Meta
                        title={`${t(`review.detail.decision.${r.decision}`)} · ${r.unit.name} · ${r.decidedBy}`}
                        description={`${formatDateTime(r.decidedAt)} ${r.comment ?? ''}`}
                      />
                    </List.Item>
                  )}
                />
              ),
          },
          {
            key: 'reviews',
            label: t('review.detail.reviews'),
            children: (
              <Flex vertical gap={12}>
                {reviews ? (
                  <Alert
                    type={reviews.wideSpread ? 'warning' : 'info'}
                    showIcon
                    title={t('review.detail.summary', {
                      count: reviews.count,
                      average: reviews.average ?? '—',
                      spread: reviews.spread ?? '—',
                      pass: reviews.pass,
                      fail: reviews.fail,
                    })}
                    description={reviews.wideSpread ? t('review.detail.wideSpread') : undefined}
                  />
                ) : app.myAssignment ? (
                  <Alert type="info" showIcon title={t('review.detail.hidden')} />
                ) : null}
                <AttestationVerdicts
                  conditions={app.attestedConditions}
                  assignments={app.assignments}
                  rejected={app.rejectedAttestations}
                />
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={app.assignments}
                  locale={{ emptyText: t('review.detail.noAssignments') }}
                  columns={[
                    { key: 'reviewer', title: t('review.columns.reviewer'), render: (_, a) => a.reviewerName },
                    {
                      key: 'assignedAt',
                      title: t('review.columns.assignedAt'),
                      render: (_, a) => formatDateTime(a.assignedAt),
                    },
                    {
                      key: 'state',
                      title: t('review.columns.status'),
                      render: (_, a) =>
                        a.recusedAt ? (
                          <Tag color="orange">{t('review.detail.recused')}</Tag>
                        ) : a.completedAt ? (
                          formatDateTime(a.completedAt)
                        ) : (
                          t('review.detail.pending')
                        ),
                    },
                    { key: 'score', title: t('review.columns.score'), render: (_, a) => a.weightedScore ?? '—' },
                    {
                      key: 'rec',
                      title: t('review.columns.recommendation'),
                      render: (_, a) => (a.recommendation ? t(`review.detail.rec.${a.recommendation}`) : '—'),
                    },
                  ]}
                />
              </Flex>
            ),
          },
          {
            key: 'info',
            label: t('review.detail.infoRequests'),
            children:
              app.infoRequests.length === 0 ? (
                <Empty description={t('review.detail.noInfoRequests')} />
              ) : (
                <List
                  dataSource={app.infoRequests}
                  renderItem={(r) => (
                    <List.Item>
                      <List.Item.Meta
                        title={`${r.request}（${t('review.detail.due', { date: r.dueOn })}）`}
                        description={
                          r.response
                            ? t('review.detail.answered', { response: r.response })
                            : t('review.detail.unanswered')
                        }
                      />
                    </List.Item>
                  )}
                />
              ),
          },
        ]}
        history={app.timeline.map((e) => ({
          at: e.at,
          action: t(`review.actions.${e.action.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`, {
            defaultValue: e.action,
          }),
          status: <ApplicationStatusTag status={e.status as never} />,
          actor: e.actor,
          note: e.note,
        }))}
      >
        {app.needsReassignment ? <Alert type="warning" showIcon title={t('review.detail.needsReassignment')} /> : null}
        <RejectedAttestationsAlert rejected={app.rejectedAttestations} />
      </DetailPage>
      {open && dialog ? (
        <ActionDialog
          title={t(`review.actions.${dialog === 'REASSIGN' ? 'START_REVIEW' : dialog}`)}
          open
          fields={open.fields}
          warning={open.warning}
          onCancel={() => setDialog(null)}
          onSubmit={async (values) => {
            const problem = await open.run(values);
            if (!problem) {
              setDialog(null);
              refresh();
            }
            return problem;
          }}
        />
      ) : null}
    </>
  );
}
