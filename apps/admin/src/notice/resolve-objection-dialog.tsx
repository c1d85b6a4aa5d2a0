import { Alert, Form, Input, Modal, Radio } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { failureOf } from '../review/mutation-result';
import { NOTICE_CONTEXT, ResolveObjectionMutation } from './notice.queries';

export type ObjectionToResolve = { id: string; receiptNumber: string; organisationName: string };

/** Uphold or dismiss one objection with the reasons; the dialog names what the choice does to
 * the entry before the button (which says the choice) is pressed. */
export function ResolveObjectionDialog({ objection, onClose }: { objection: ObjectionToResolve | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: 'dismiss' | 'uphold'; note: string }>();
  const outcome = Form.useWatch('outcome', form) ?? 'dismiss';
  const [{ fetching }, resolve] = useMutation(ResolveObjectionMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const name = objection?.organisationName ?? '';
  const close = () => {
    setFailure(null);
    onClose();
  };
  const submit = async () => {
    if (!objection) return;
    const values = await form.validateFields();
    const problem = failureOf(await resolve({ input: { objectionId: objection.id, upheld: values.outcome === 'uphold', note: values.note.trim() } }, NOTICE_CONTEXT), 'resolveObjection');
    setFailure(problem ? t('notice.resolve.failed', { message: problem }) : null);
    if (!problem) {
      void message.success(t('notice.resolve.done'));
      close();
    }
  };
  return (
    <Modal
      open={objection !== null}
      title={t('notice.resolve.title', { number: objection?.receiptNumber ?? '' })}
      onCancel={close}
      onOk={() => void submit()}
      confirmLoading={fetching}
      okText={t(outcome === 'uphold' ? 'notice.resolve.confirmUphold' : 'notice.resolve.confirmDismiss')}
      okButtonProps={{ danger: outcome === 'uphold' }}
      cancelText={t('notice.resolve.cancel')}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="resolve-failure" /> : null}
      <Form form={form} layout="vertical" initialValues={{ outcome: 'dismiss' }} preserve={false}>
        <Form.Item name="outcome" label={t('notice.resolve.outcome')} rules={[{ required: true, message: t('notice.resolve.required') }]}>
          <Radio.Group
            options={[
              { value: 'dismiss', label: t('notice.resolve.dismiss') },
              { value: 'uphold', label: t('notice.resolve.uphold') },
            ]}
          />
        </Form.Item>
        <Alert
          type={outcome === 'uphold' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t(outcome === 'uphold' ? 'notice.resolve.upholdConsequence' : 'notice.resolve.dismissConsequence', { name })}
        />
        <Form.Item name="note" label={t('notice.resolve.note')} extra={t('notice.resolve.noteHint')} rules={[{ required: true, whitespace: true, message: t('notice.resolve.required') }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
