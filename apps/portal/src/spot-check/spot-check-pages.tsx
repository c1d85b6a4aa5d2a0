import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { FileUploadButton } from '@sme/client';
import {
  ConfirmButton,
  ListPage,
  NotFoundResult,
  PageFrame,
  describeRequestError,
  formatDate,
  formatDateTime,
  isNotFoundError,
  useListUrlState,
  StatusTag,
} from '@sme/ui';
import { Alert, App, Button, Card, Descriptions, Form, Input, List, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MyTitlesQuery } from '../title/title.queries';
import { MySpotCheckQuery, RemoveEvidenceMutation, RespondMutation } from './spot-check.queries';

/** As the API allows (spot-check-evidence.ts). */
const MAX_EVIDENCE_FILES = 20;
const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const NO_FILTERS: readonly never[] = [];
function SpotCheckStatusTag({ status }: { status: string }) {
  return <StatusTag kind="spotCheckStatus" status={status} testId="spot-check-status" />;
}

/** 抽查: the organisation's spot checks, newest first. */
export function MySpotChecksPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }] = useQuery({ query: MyTitlesQuery, requestPolicy: 'cache-and-network' });
  const numbers = new Map((data?.myAccreditations ?? []).map((a) => [a.id, a.certificateNumber]));
  return (
    <ListPage
      title={t('spotCheck.title')}
      description={t('spotCheck.description')}
      urlState={urlState}
      alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      rows={data?.mySpotChecks}
      rowKey={(r) => r.id}
      loading={fetching && !data}
      columns={[
        { key: 'title', title: t('spotCheck.title2'), render: (_, r) => numbers.get(r.accreditation.id) ?? '—' },
        { key: 'status', title: t('title.list.status'), render: (_, r) => <SpotCheckStatusTag status={r.status} /> },
        { key: 'due', title: t('spotCheck.dueOn'), render: (_, r) => r.dueOn ?? '—' },
      ]}
      rowActions={(r) => <Link to={`/spot-checks/${r.id}`}>{t('title.detail.open')}</Link>}
      empty={{ title: t('spotCheck.listEmpty') }}
    />
  );
}

/** One spot check: the evidence request and its due date; the answer (again, until the result is recorded). */
export function MySpotCheckPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MySpotCheckQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: sending }, respond] = useMutation(RespondMutation);
  const [, removeEvidence] = useMutation(RemoveEvidenceMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ response: string }>();
  const check = data?.spotCheck;
  const back = { title: t('spotCheck.title'), to: '/spot-checks' };
  if (error && isNotFoundError(error))
    return <NotFoundResult title={t('spotCheck.notFound')} backTo="/spot-checks" backLabel={back.title} />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!check)
    return fetching ? (
      <Skeleton active />
    ) : (
      <NotFoundResult title={t('spotCheck.notFound')} backTo="/spot-checks" backLabel={back.title} />
    );
  const canRespond = check.allowedActions.includes('RESPOND');
  return (
    <PageFrame
      title={`${t('spotCheck.title')} · ${check.accreditation.certificateNumber}`}
      tags={<SpotCheckStatusTag status={check.status} />}
      breadcrumbs={[back, { title: check.accreditation.certificateNumber }]}
    >
      <Card size="small" title={t('spotCheck.request')}>
        {check.evidenceRequest ? (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('spotCheck.request')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="evidence-request">
                {check.evidenceRequest}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('spotCheck.dueOn')}>
              {check.dueOn ? formatDate(check.dueOn) : '—'}
            </Descriptions.Item>
            {check.evidenceRequestedAt ? (
              <Descriptions.Item label={t('spotCheck.requestedAt')}>
                {formatDateTime(check.evidenceRequestedAt)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('spotCheck.noRequest')}</Typography.Text>
        )}
      </Card>
      {check.findings ? (
        <Alert
          type={check.status === 'PASSED' ? 'success' : 'error'}
          showIcon
          title={t('spotCheck.findings')}
          description={check.findings}
        />
      ) : null}
      <Card size="small" title={t('spotCheck.response')}>
        {check.responseText ? (
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('spotCheck.response')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="spot-check-response">
                {check.responseText}
              </Typography.Paragraph>
            </Descriptions.Item>
            {check.respondedAt ? (
              <Descriptions.Item label={t('spotCheck.respondedAt')}>
                {formatDateTime(check.respondedAt)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        ) : null}
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('spotCheck.files')}
        </Typography.Title>
        {check.evidenceFiles.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('spotCheck.noFiles')}</Typography.Paragraph>
        ) : (
          <List
            size="small"
            data-testid="evidence-files"
            dataSource={check.evidenceFiles}
            style={{ marginBottom: 12 }}
            renderItem={(f) => (
              <List.Item
                actions={
                  canRespond
                    ? [
                        <ConfirmButton
                          key="remove"
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('spotCheck.removeOne', { file: f.fileName })}
                          confirm={{
                            title: t('spotCheck.removeTitle', { file: f.fileName }),
                            description: t('spotCheck.removeDescription'),
                            okText: t('spotCheck.remove'),
                            danger: true,
                            onOk: async () => {
                              const result = await removeEvidence({ input: { fileId: f.id } });
                              const answer = result.data?.removeSpotCheckEvidence;
                              if (answer?.__typename === 'RemoveSpotCheckEvidenceSuccess')
                                void message.success(t('spotCheck.removed', { file: f.fileName }));
                              else
                                void message.error(
                                  t('spotCheck.removeFailed', {
                                    message: result.error
                                      ? describeRequestError(result.error, t)
                                      : answer && 'message' in answer
                                        ? answer.message
                                        : '—',
                                  }),
                                );
                              reexecute({ requestPolicy: 'network-only' });
                            },
                          }}
                        />,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Typography.Link
                      href={f.downloadUrl}
                      download={f.fileName}
                      aria-label={t('spotCheck.download', { file: f.fileName })}
                    >
                      <PaperClipOutlined aria-hidden /> {f.fileName}
                    </Typography.Link>
                  }
                  description={`${size(f.sizeBytes)} · ${t('spotCheck.uploadedBy', { name: f.uploadedBy, at: formatDateTime(f.uploadedAt) })}`}
                />
              </List.Item>
            )}
          />
        )}
        {canRespond ? (
          <div style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('spotCheck.filesHint')}</Typography.Paragraph>
            <FileUploadButton
              url={`/api/spot-checks/${encodeURIComponent(check.id)}/evidence`}
              maxBytes={MAX_EVIDENCE_BYTES}
              remaining={MAX_EVIDENCE_FILES - check.evidenceFiles.length}
              i18nPrefix="spotCheck.upload"
              onUploaded={() => reexecute({ requestPolicy: 'network-only' })}
              testId="evidence-upload"
            />
          </div>
        ) : null}
        {canRespond ? (
          <Form
            form={form}
            layout="vertical"
            name="spot-check-response"
            onFinish={async ({ response }) => {
              const result = await respond({ input: { spotCheckId: check.id, version: check.version, response } });
              const answer = result.data?.respondToSpotCheck;
              if (answer?.__typename === 'RespondToSpotCheckSuccess') {
                setFailure(null);
                form.resetFields();
                void message.success(t('spotCheck.submitted'));
                reexecute({ requestPolicy: 'network-only' });
                return;
              }
              setFailure(
                result.error ? result.error.message : answer && 'message' in answer ? answer.message : 'error',
              );
            }}
          >
            {failure ? (
              <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="respond-failure" />
            ) : null}
            <Form.Item
              name="response"
              label={t('spotCheck.response')}
              extra={t('spotCheck.responseHint')}
              rules={[{ required: true, whitespace: true, message: t('spotCheck.required') }]}
            >
              <Input.TextArea rows={5} maxLength={20000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={sending}>
              {check.responseText ? t('spotCheck.resubmit') : t('spotCheck.submit')}
            </Button>
          </Form>
        ) : !check.evidenceRequest ? null : check.status === 'PASSED' || check.status === 'FAILED' ? (
          <Typography.Text type="secondary">{t('spotCheck.closed')}</Typography.Text>
        ) : null}
      </Card>
    </PageFrame>
  );
}
