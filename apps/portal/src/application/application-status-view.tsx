import { formatDateTime } from '@sme/ui';
import { Alert, App, Button, Empty, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RespondToInfoRequestMutation, type EditorApplication } from './application-editor.queries';
import { EligibilityPanel } from './eligibility-panel';
import { MaterialsStep } from './materials-step';
import { withArticle } from '../i18n/article-label';

type InfoRequest = EditorApplication['infoRequests'][number];

/** The frozen eligibility result of a submitted application. */
export function FrozenEligibility({ application }: { application: EditorApplication }) {
  const { t } = useTranslation();
  return (
    <EligibilityPanel
      result={{
        eligible: application.eligibility.eligible,
        qualifiedFunctions: application.eligibility.qualifiedFunctions,
        checks: application.eligibility.checks.map((c) => ({
          ...c,
          message: c.message,
          required: c.required ?? null,
          actual: c.actual ?? null,
        })),
      }}
      hint={t('applicant.panel.frozenHint')}
    />
  );
}

/** Materials as submitted; new versions may be uploaded while answering a request for information. */
export function SubmittedMaterials({
  application,
  onChanged,
}: {
  application: EditorApplication;
  onChanged: () => void;
}) {
  return (
    <MaterialsStep
      applicationId={application.id}
      materials={application.materials}
      editable={application.status === 'MORE_INFO_REQUESTED'}
      onUploaded={onChanged}
    />
  );
}

/** Requests for more information (Art. 8) with their due dates; the open one can be answered. */
export function InfoRequests({ application, onChanged }: { application: EditorApplication; onChanged: () => void }) {
  const { t } = useTranslation();
  if (application.infoRequests.length === 0) return <Empty description={t('applicant.status.noInfoRequests')} />;
  const canAnswer = application.allowedActions.includes('PROVIDE_MORE_INFO');
  return (
    <List
      dataSource={[...application.infoRequests].reverse()}
      renderItem={(request) => (
        <List.Item data-testid="info-request" data-answered={request.respondedAt ? 'true' : 'false'}>
          <Flex vertical gap={6} style={{ width: '100%' }}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{request.request}</Typography.Text>
              <Tag color={request.respondedAt ? '#237804' : 'magenta'}>
                {t('applicant.status.dueOn', { date: request.dueOn })}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {t('applicant.status.requestedAt', { time: formatDateTime(request.requestedAt) })}
            </Typography.Text>
            {request.respondedAt ? (
              <Typography.Text>
                {t('applicant.status.answered', {
                  time: formatDateTime(request.respondedAt),
                  response: request.response ?? '',
                })}
              </Typography.Text>
            ) : canAnswer ? (
              <AnswerForm request={request} onAnswered={onChanged} />
            ) : (
              <Typography.Text type="warning">{t('applicant.status.open')}</Typography.Text>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}

function AnswerForm({ request, onAnswered }: { request: InfoRequest; onAnswered: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ response: string }>();
  const [, respond] = useMutation(RespondToInfoRequestMutation);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const send = async ({ response }: { response: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await respond({ input: { infoRequestId: request.id, response } });
      if (result.error) return setFailure(result.error.graphQLErrors[0]?.message ?? result.error.message);
      const outcome = result.data?.respondToInfoRequest;
      if (!outcome) return;
      if (outcome.__typename === 'RespondToInfoRequestSuccess') {
        void message.success(t('applicant.status.answerSent'));
        onAnswered();
        return;
      }
      setFailure(
        'article' in outcome && outcome.article
          ? withArticle(outcome.message, outcome.article, i18n.language)
          : outcome.message,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" name={`answer-${request.id}`} onFinish={(v) => void send(v)}>
      <Typography.Paragraph type="secondary">{t('applicant.status.answerHint')}</Typography.Paragraph>
      <Form.Item
        name="response"
        label={t('applicant.status.answer')}
        rules={[{ required: true, whitespace: true, message: t('applicant.status.answerRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      {failure ? <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} /> : null}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('applicant.status.sendAnswer')}
      </Button>
    </Form>
  );
}

/** The open request, shown above everything while the application waits for the answer. */
export function OpenInfoRequestNotice({ application }: { application: EditorApplication }) {
  const { t } = useTranslation();
  const open = application.infoRequests.find((r) => !r.respondedAt);
  if (application.status !== 'MORE_INFO_REQUESTED' || !open) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="open-info-request"
      title={`${t('applicant.status.infoRequests')}：${open.request}`}
      description={t('applicant.status.dueOn', { date: open.dueOn })}
    />
  );
}
