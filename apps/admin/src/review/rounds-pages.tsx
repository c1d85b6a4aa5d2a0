import {
  ApplicationStatusTag,
  DateField,
  FormModal,
  ListPage,
  PageFrame,
  describeRequestError,
  useListUrlState,
} from '@sme/ui';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Skeleton,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { failureOf } from './mutation-result';
import { todayInShanghai } from '@sme/domain';
import { roundPhase } from './round-phase';
import {
  AutoAssignMutation,
  CreateRoundMutation,
  RoundQuery,
  RoundsQuery,
  UpdateRoundMutation,
} from './review.queries';

const NO_FILTERS: readonly never[] = [];

type RoundForm = {
  id?: string;
  year: number;
  sequence: number;
  name: string;
  opensOn: string;
  submissionDeadline: string;
  reviewEndsOn: string;
};

/** 申报批次: the rounds of Art. 10; administrators create and correct them (the API refuses a third round a year). */
export function RoundsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RoundsQuery, requestPolicy: 'cache-and-network' });
  const [, create] = useMutation(CreateRoundMutation);
  const [, update] = useMutation(UpdateRoundMutation);
  const [editing, setEditing] = useState<RoundForm | null>(null);
  const open = (value: RoundForm) => setEditing(value);
  const required = [{ required: true, message: t('review.actions.required') }];
  const year = new Date().getFullYear();
  return (
    <>
      <ListPage
        title={t('review.rounds.title')}
        description={t('review.rounds.description')}
        urlState={urlState}
        actions={
          canEdit ? (
            <Button
              type="primary"
              onClick={() =>
                open({ year, sequence: 1, name: '', opensOn: '', submissionDeadline: '', reviewEndsOn: '' })
              }
            >
              {t('review.rounds.add')}
            </Button>
          ) : null
        }
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={data?.rounds}
        rowKey={(r) => r.id}
        loading={fetching}
        columns={[
          {
            key: 'name',
            title: t('review.rounds.name'),
            render: (_, r) => <Link to={`/rounds/${r.id}`}>{r.name}</Link>,
          },
          { key: 'year', title: t('review.rounds.year'), render: (_, r) => r.year },
          { key: 'sequence', title: t('review.rounds.sequence'), render: (_, r) => r.sequence },
          { key: 'opensOn', title: t('review.rounds.opensOn'), render: (_, r) => r.opensOn },
          { key: 'deadline', title: t('review.rounds.submissionDeadline'), render: (_, r) => r.submissionDeadline },
          { key: 'reviewEndsOn', title: t('review.rounds.reviewEndsOn'), render: (_, r) => r.reviewEndsOn },
          {
            key: 'open',
            title: t('review.columns.status'),
            render: (_, r) => (
              <Tag color={r.isOpen ? 'green' : undefined}>
                {t(`review.rounds.phase.${roundPhase(r, todayInShanghai(new Date()))}`)}
              </Tag>
            ),
          },
        ]}
        rowActions={(r) => (
          <>
            <Link to={`/rounds/${r.id}`}>{t('review.rounds.view')}</Link>
            {canEdit ? (
              <Button type="link" size="small" onClick={() => open({ ...r })}>
                {t('review.rounds.edit')}
              </Button>
            ) : null}
          </>
        )}
        empty={{ title: t('review.rounds.empty') }}
      />
      <FormModal<RoundForm>
        name="round"
        open={editing !== null}
        title={editing?.id ? t('review.rounds.edit') : t('review.rounds.add')}
        okText={t('review.actions.submit')}
        initialValues={editing ?? undefined}
        failureTestId="round-failure"
        onCancel={() => setEditing(null)}
        onSubmit={async (v) => {
          const fields = {
            year: v.year,
            sequence: v.sequence,
            name: v.name,
            opensOn: v.opensOn,
            submissionDeadline: v.submissionDeadline,
            reviewEndsOn: v.reviewEndsOn,
          };
          const problem = editing?.id
            ? failureOf(await update({ input: { roundId: editing.id, ...fields } }), 'updateRound')
            : failureOf(await create({ input: fields }), 'createRound');
          if (!problem) {
            void message.success(t('review.experts.saved'));
            setEditing(null);
            reexecute({ requestPolicy: 'network-only' });
          }
          return problem;
        }}
      >
        <Flex gap={12}>
          <Form.Item name="year" label={t('review.rounds.year')} rules={required}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="sequence" label={t('review.rounds.sequence')} rules={required}>
            <InputNumber min={1} max={9} />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('review.rounds.name')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="opensOn" label={t('review.rounds.opensOn')} rules={required}>
          <DateField />
        </Form.Item>
        <Form.Item name="submissionDeadline" label={t('review.rounds.submissionDeadline')} rules={required}>
          <DateField />
        </Form.Item>
        <Form.Item name="reviewEndsOn" label={t('review.rounds.reviewEndsOn')} rules={required}>
          <DateField />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** One round: its applications by status, and (administrators) automatic reviewer assignment. */
export function RoundPage({ canAssign }: { canAssign: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RoundQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: assigning }, autoAssign] = useMutation(AutoAssignMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [shortfalls, setShortfalls] = useState<string[]>([]);
  const [form] = Form.useForm<{ perApplication: number; sameProvince: boolean }>();
  if (!data && fetching) return <Skeleton active />;
  const round = data?.round;
  if (!round)
    return <Alert type="error" showIcon title={error ? describeRequestError(error, t) : t('ui.error.unknown')} />;
  return (
    <PageFrame title={round.name} breadcrumbs={[{ title: t('review.rounds.title'), to: '/rounds' }]}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('review.rounds.opensOn')}>{round.opensOn}</Descriptions.Item>
        <Descriptions.Item label={t('review.rounds.submissionDeadline')}>{round.submissionDeadline}</Descriptions.Item>
        <Descriptions.Item label={t('review.rounds.reviewEndsOn')}>{round.reviewEndsOn}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('review.rounds.byStatus')}>
        <Table
          size="small"
          rowKey="status"
          pagination={false}
          dataSource={round.applicationCounts.filter((c) => c.count > 0)}
          columns={[
            {
              key: 'status',
              title: t('review.columns.status'),
              render: (_, c) => <ApplicationStatusTag status={c.status} />,
            },
            {
              key: 'count',
              title: '#',
              render: (_, c) => <Link to={`/applications?status=${c.status}&round=${round.id}`}>{c.count}</Link>,
            },
          ]}
        />
      </Card>
      {canAssign ? (
        <Card size="small" title={t('review.rounds.autoAssign')}>
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
          {shortfalls.length > 0 ? (
            <Alert type="warning" showIcon title={shortfalls.join('；')} style={{ marginBottom: 12 }} />
          ) : null}
          <Form
            form={form}
            layout="inline"
            initialValues={{ perApplication: 3, sameProvince: false }}
            onFinish={async (v) => {
              const result = await autoAssign({
                input: {
                  roundId: round.id,
                  reviewersPerApplication: v.perApplication,
                  excludeSameProvince: v.sameProvince,
                },
              });
              const problem = failureOf(result, 'autoAssignReviewers');
              setFailure(problem);
              const outcome = result.data?.autoAssignReviewers;
              if (!problem && outcome?.__typename === 'AutoAssignReviewersSuccess') {
                void message.success(t('review.rounds.autoDone', { count: outcome.data.assigned }));
                setShortfalls(
                  outcome.data.shortfalls.map((s) =>
                    t('review.rounds.shortfall', { name: s.application.organisation.name, missing: s.missing }),
                  ),
                );
                reexecute({ requestPolicy: 'network-only' });
              }
            }}
          >
            <Form.Item name="perApplication" label={t('review.rounds.perApplication')}>
              <InputNumber min={1} max={15} />
            </Form.Item>
            <Form.Item name="sameProvince" valuePropName="checked">
              <Checkbox>{t('review.rounds.sameProvince')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={assigning}>
              {t('review.rounds.autoAssign')}
            </Button>
          </Form>
        </Card>
      ) : null}
    </PageFrame>
  );
}
