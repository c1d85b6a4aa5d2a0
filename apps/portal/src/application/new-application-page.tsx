import {
  LoadErrorAlert,
  PageFrame,
  describeRequestError,
  sortServiceFunctions,
  useRevalidateOnLanguageChange,
} from '@sme/ui';
import { Alert, App, Button, Card, Empty, Flex, Form, Radio, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ServiceFunction } from '@sme/client';
import { useViewer } from '../viewer-context';
import { MembershipNotice, useMembershipState } from '../membership/membership-notice';
import { CreateDraftApplicationMutation, OpenRoundsQuery, type OpenRound } from './applications.query';
import { describeCreateFailure, type CreateFailure } from './create-failure';
import { FunctionChoice } from './function-choice';

export function NewApplicationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OpenRoundsQuery });
  const membership = useMembershipState();

  let body;
  if (!data) {
    body = error ? (
      <LoadErrorAlert
        error={error}
        describe={(message) => t('newApplication.roundsFailed', { message })}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin aria-label={t('ui.session.loading')} spinning={fetching} />
      </Flex>
    );
  } else if (data.openRounds.length === 0) {
    body = (
      <Empty
        data-testid="no-open-round"
        description={
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('newApplication.noOpenRound')}</Typography.Text>
            <Typography.Text type="secondary">{t('newApplication.noOpenRoundHint')}</Typography.Text>
          </Flex>
        }
      >
        <Button onClick={() => void navigate('/applications')}>{t('newApplication.backToList')}</Button>
      </Empty>
    );
  } else {
    body = <NewApplicationForm rounds={data.openRounds} />;
  }

  return (
    <PageFrame
      title={t('newApplication.title')}
      description={t('newApplication.description')}
      breadcrumbs={[{ title: t('nav.myApplications'), to: '/applications' }]}
    >
      {/* membership comes first (Art. 2): said before the draft is started, not at submission */}
      <MembershipNotice state={membership} />
      <Card style={{ maxWidth: 720 }}>{body}</Card>
    </PageFrame>
  );
}

type FormValues = { roundId: string; functions: ServiceFunction[] };

function NewApplicationForm({ rounds }: { rounds: readonly OpenRound[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const viewer = useViewer();
  const [form] = Form.useForm<FormValues>();
  useRevalidateOnLanguageChange(form);
  const [{ fetching }, create] = useMutation(CreateDraftApplicationMutation);
  const [failure, setFailure] = useState<CreateFailure | null>(null);
  const organisation = viewer.organisation;

  const submit = async (values: FormValues) => {
    setFailure(null);
    const result = await create({
      input: { roundId: values.roundId, functions: sortServiceFunctions(values.functions) },
    });
    if (result.error) {
      setFailure({ summary: describeRequestError(result.error, t), fieldErrors: [], otherErrors: [] });
      return;
    }
    const outcome = result.data?.createDraftApplication;
    if (!outcome) return;
    if (outcome.__typename === 'CreateDraftApplicationSuccess') {
      void message.success(t('newApplication.created', { round: outcome.data.round.name }));
      void navigate('/applications');
      return;
    }
    const described = describeCreateFailure(outcome, t, i18n.language);
    form.setFields(described.fieldErrors.map(({ field, messages }) => ({ name: field, errors: messages })));
    setFailure(described);
  };

  return (
    <Form<FormValues>
      form={form}
      name="new-application"
      layout="vertical"
      initialValues={{ roundId: rounds.length === 1 ? rounds[0]?.id : undefined, functions: [] }}
      onFinish={(values) => void submit(values)}
      disabled={fetching || !organisation}
    >
      {organisation ? (
        <Form.Item label={t('newApplication.organisation')}>
          <Typography.Text strong data-testid="applicant-organisation">
            {organisation.name}
          </Typography.Text>
        </Form.Item>
      ) : (
        <Alert type="warning" showIcon title={t('newApplication.noOrganisation')} style={{ marginBottom: 24 }} />
      )}
      <Form.Item
        label={t('newApplication.round')}
        name="roundId"
        rules={[{ required: true, message: t('newApplication.roundRequired') }]}
      >
        <Radio.Group>
          <Space orientation="vertical">
            {rounds.map((round) => (
              <Radio key={round.id} value={round.id}>
                {t('newApplication.roundOption', { name: round.name, deadline: round.submissionDeadline })}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        label={t('newApplication.functions')}
        name="functions"
        extra={t('newApplication.functionsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('newApplication.functionsRequired') }]}
      >
        <FunctionChoice label={t('newApplication.functions')} />
      </Form.Item>
      {failure ? (
        <Alert
          type="error"
          showIcon
          data-testid="create-application-error"
          title={failure.summary}
          description={
            failure.otherErrors.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {failure.otherErrors.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            ) : undefined
          }
          style={{ marginBottom: 24 }}
        />
      ) : null}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('newApplication.submit')}
        </Button>
        <Button htmlType="button" onClick={() => void navigate('/applications')} disabled={false}>
          {t('newApplication.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
