import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { FileUploadButton } from '@sme/client';
import { FormModal, formatDateTime } from '@sme/ui';
import { Button, Descriptions, Form, Input, List, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { LodgeObjectionMutation } from './public.queries';
import { describeLodgeFailure } from './lodge-failure';

type Values = { name: string; contact: string; grounds: string };

type Receipt = { receiptNumber: string; lodgedAt: string; organisationName: string; attachmentCount: number };

/** What POST /api/objection-attachments answers: the token lodgeObjection claims the file with. */
type PendingAttachment = { id: string; token: string; fileName: string; sizeBytes: number };
export const MAX_OBJECTION_ATTACHMENTS = 5;
export const MAX_OBJECTION_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

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
  const [form] = Form.useForm<Values>();
  const [, lodge] = useMutation(LodgeObjectionMutation);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [attachments, setAttachments] = useState<PendingAttachment[]>([]);
  const [uploading, setUploading] = useState(false);

  const close = () => {
    setReceipt(null);
    setAttachments([]);
    onClose();
  };

  // The failure to show above the form; null when lodged (the receipt follows), or when the
  // errors are fields' (set under them).
  const submit = async (values: Values): Promise<string | null> => {
    if (!entry) return null;
    const result = await lodge({
      input: {
        noticeId,
        applicationId: entry.applicationId,
        ...values,
        attachmentTokens: attachments.map((a) => a.token),
      },
    });
    const answer = result.data?.lodgeObjection;
    if (answer?.__typename === 'LodgeObjectionSuccess') {
      setReceipt(answer.data);
      return null;
    }
    const failed = describeLodgeFailure(result.error, answer);
    if (failed.kind === 'invalid') {
      form.setFields(failed.fields.map((f) => ({ name: f.name, errors: [f.message] })));
      return null;
    }
    return t(failed.kind === 'rateLimited' ? 'public.objection.rateLimited' : 'public.objection.failed', {
      message: failed.message,
    });
  };

  const name = entry?.organisationName ?? '';
  return (
    <>
      <FormModal<Values>
        name="objection"
        form={form}
        open={entry !== null && receipt === null}
        title={t('public.objection.title', { name })}
        okText={t('public.objection.submit')}
        blocked={uploading ? t('public.objection.waitForUploads') : undefined}
        notice={<Typography.Paragraph type="secondary">{t('public.objection.intro')}</Typography.Paragraph>}
        failureTestId="objection-failure"
        // a visitor reads what an objection is first; on a phone the keyboard would cover it
        autoFocusFirstField={false}
        onCancel={close}
        onSubmit={submit}
      >
        <Form.Item
          name="name"
          label={t('public.objection.name')}
          rules={[{ required: true, whitespace: true, message: t('public.objection.required') }]}
        >
          <Input maxLength={100} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contact"
          label={t('public.objection.contact')}
          rules={[{ required: true, whitespace: true, message: t('public.objection.required') }]}
        >
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
                    <PaperClipOutlined aria-hidden /> {a.fileName}{' '}
                    <Typography.Text type="secondary">({size(a.sizeBytes)})</Typography.Text>
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
      </FormModal>
      <Modal
        open={receipt !== null}
        title={t('public.objection.title', { name })}
        onCancel={close}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={close}>
            {t('public.objection.close')}
          </Button>
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
                <Descriptions.Item label={t('public.objection.lodgedAt')}>
                  {formatDateTime(receipt.lodgedAt)}
                </Descriptions.Item>
                {receipt.attachmentCount > 0 ? (
                  <Descriptions.Item label={t('public.objection.attachmentsReceived')}>
                    <span data-testid="objection-attachment-count">
                      {t('public.objection.attachmentsCount', { count: receipt.attachmentCount })}
                    </span>
                  </Descriptions.Item>
                ) : null}
                <Descriptions.Item label={t('public.nav.receipt')}>
                  <Link to={`/public/receipt?number=${encodeURIComponent(receipt.receiptNumber)}`}>
                    {t('public.receipt.title')}
                  </Link>
                </Descriptions.Item>
              </Descriptions>
            }
          />
        ) : null}
      </Modal>
    </>
  );
}
