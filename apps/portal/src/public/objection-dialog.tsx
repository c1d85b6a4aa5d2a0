import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { FileUploadButton } from '@sme/client';
import { formatDateTime } from '@sme/ui';
import { Alert, Button, Descriptions, Form, Input, List, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { LodgeObjectionMutation } from './public.queries';
import { describeLodgeFailure, type LodgeFailure } from './lodge-failure';

type Receipt = { receiptNumber: string; lodgedAt: string; organisationName: string; attachmentCount: number };

/** What POST /api/objection-attachments answers: the token lodgeObjection claims the file with. */
type PendingAttachment = { id: string; token: string; fileName: string; sizeBytes: number };
export const MAX_OBJECTION_ATTACHMENTS = 5;
export const MAX_OBJECTION_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Art. 8: a real-name objection to one entry of a running notice; answers with the receipt
 * number, or says plainly why it was not taken (outside the period, too many from this address). */
export function ObjectionDialog({
  noticeId,
  entry,
  onClose,
}: {
  noticeId: string;
  entry: { applicationId: string; organisationName: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; contact: string; grounds: string }>();
  const [{ fetching }, lodge] = useMutation(LodgeObjectionMutation);
  const [failure, setFailure] = useState<LodgeFailure | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [attachments, setAttachments] = useState<PendingAttachment[]>([]);
  const [uploading, setUploading] = useState(false);

  const close = () => {
    setFailure(null);
    setReceipt(null);
    setAttachments([]);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    if (!entry || uploading) return;
    const values = await form.validateFields();
    const result = await lodge({ input: { noticeId, applicationId: entry.applicationId, ...values, attachmentTokens: attachments.map((a) => a.token) } });
    const answer = result.data?.lodgeObjection;
    if (answer?.__typename === 'LodgeObjectionSuccess') {
      setFailure(null);
      setReceipt(answer.data);
      return;
    }
    const failed = describeLodgeFailure(result.error, answer);
    if (failed.kind === 'invalid') form.setFields(failed.fields.map((f) => ({ name: f.name, errors: [f.message] })));
    setFailure(failed);
  };

  const name = entry?.organisationName ?? '';
  return (
    <Modal
      open={entry !== null}
      title={t('public.objection.title', { name })}
      onCancel={close}
      destroyOnHidden
      footer={
        receipt
          ? [
              <Button key="close" type="primary" onClick={close}>
                {t('public.objection.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('public.objection.cancel')}
              </Button>,
              <Button key="submit" type="primary" loading={fetching} disabled={uploading} title={uploading ? t('public.objection.waitForUploads') : undefined} onClick={() => void submit()}>
                {t('public.objection.submit')}
              </Button>,
            ]
      }
    >
      {receipt ? (
        <Result
          status="success"
          title={t('public.objection.receivedTitle')}
          subTitle={t('public.objection.receiptHint')}
          extra={
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('public.objection.receiptNumber')}>
                <Typography.Text copyable strong data-testid="objection-receipt">
                  {receipt.receiptNumber}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('public.objection.lodgedAt')}>{formatDateTime(receipt.lodgedAt)}</Descriptions.Item>
              {receipt.attachmentCount > 0 ? (
                <Descriptions.Item label={t('public.objection.attachmentsReceived')}>
                  <span data-testid="objection-attachment-count">{t('public.objection.attachmentsCount', { count: receipt.attachmentCount })}</span>
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('public.nav.receipt')}>
                <Link to={`/public/receipt?number=${encodeURIComponent(receipt.receiptNumber)}`}>{t('public.receipt.title')}</Link>
              </Descriptions.Item>
            </Descriptions>
          }
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('public.objection.intro')}</Typography.Paragraph>
          {failure && failure.kind !== 'invalid' ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 12 }}
              data-testid="objection-failure"
              title={t(failure.kind === 'rateLimited' ? 'public.objection.rateLimited' : 'public.objection.failed', { message: failure.message })}
            />
          ) : null}
          <Form form={form} layout="vertical" requiredMark>
            <Form.Item name="name" label={t('public.objection.name')} rules={[{ required: true, whitespace: true, message: t('public.objection.required') }]}>
              <Input maxLength={100} autoComplete="name" />
            </Form.Item>
            <Form.Item name="contact" label={t('public.objection.contact')} rules={[{ required: true, whitespace: true, message: t('public.objection.required') }]}>
              <Input maxLength={100} autoComplete="tel" />
            </Form.Item>
            <Form.Item
              name="grounds"
              label={t('public.objection.grounds')}
              extra={t('public.objection.groundsHint')}
              rules={[{ required: true, whitespace: true, message: t('public.objection.required') }]}
            >
              <Input.TextArea rows={5} maxLength={5000} showCount />
            </Form.Item>
            <Form.Item label={t('public.objection.attachments')}>
              {attachments.length > 0 ? (
                <List
                  size="small"
                  data-testid="objection-attachments"
                  dataSource={attachments}
                  style={{ marginBottom: 8 }}
                  renderItem={(a) => (
                    <List.Item
                      actions={[
                        // Only un-attaches it from this form: the upload lapses unclaimed, nothing else changes.
                        <Button
                          key="remove"
                          type="text"
                          size="small"
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('public.objection.removeAttachment', { file: a.fileName })}
                          onClick={() => setAttachments((list) => list.filter((x) => x.id !== a.id))}
                        />,
                      ]}
                    >
                      <Typography.Text>
                        <PaperClipOutlined aria-hidden /> {a.fileName} <Typography.Text type="secondary">({size(a.sizeBytes)})</Typography.Text>
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              ) : null}
              <FileUploadButton<PendingAttachment>
                url={`/api/objection-attachments?noticeId=${encodeURIComponent(noticeId)}&applicationId=${encodeURIComponent(entry?.applicationId ?? '')}`}
                maxBytes={MAX_OBJECTION_ATTACHMENT_BYTES}
                remaining={MAX_OBJECTION_ATTACHMENTS - attachments.length}
                i18nPrefix="public.objection.upload"
                onUploaded={(body) => setAttachments((list) => [...list, body])}
                onBusyChange={setUploading}
                testId="objection-attach"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
