import { FormModal } from '@sme/ui';
import { Alert, App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { failureOf } from '../review/mutation-result';
import { NOTICE_CONTEXT, ResolveObjectionMutation } from './notice.queries';

export type ObjectionToResolve = { id: string; receiptNumber: string; organisationName: string };

type Values = { outcome: 'dismiss' | 'uphold'; note: string };

/** Uphold or dismiss one objection with the reasons; the dialog names what the choice does to
 * the entry before the button (which says the choice) is pressed. */
export function ResolveObjectionDialog({
  objection,
  onClose,
}: {
  objection: ObjectionToResolve | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form) ?? 'dismiss';
  const [, resolve] = useMutation(ResolveObjectionMutation);
  const name = objection?.organisationName ?? '';
  return (
    <FormModal<Values>
      name="resolve-objection"
      form={form}
      open={objection !== null}
      title={t('notice.resolve.title', { number: objection?.receiptNumber ?? '' })}
      okText={t(outcome === 'uphold' ? 'notice.resolve.confirmUphold' : 'notice.resolve.confirmDismiss')}
      danger={outcome === 'uphold'}
      initialValues={{ outcome: 'dismiss' }}
      failureTestId="resolve-failure"
      onCancel={onClose}
      onSubmit={async (values) => {
        if (!objection) return null;
        const problem = failureOf(
          await resolve(
            { input: { objectionId: objection.id, upheld: values.outcome === 'uphold', note: values.note.trim() } },
            NOTICE_CONTEXT,
          ),
          'resolveObjection',
        );
        if (problem) return t('notice.resolve.failed', { message: problem });
        void message.success(t('notice.resolve.done'));
        onClose();
        return null;
      }}
    >
      <Form.Item
        name="outcome"
        label={t('notice.resolve.outcome')}
        rules={[{ required: true, message: t('notice.resolve.required') }]}
      >
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
        title={t(outcome === 'uphold' ? 'notice.resolve.upholdConsequence' : 'notice.resolve.dismissConsequence', {
          name,
        })}
      />
      <Form.Item
        name="note"
        label={t('notice.resolve.note')}
        extra={t('notice.resolve.noteHint')}
        rules={[{ required: true, whitespace: true, message: t('notice.resolve.required') }]}
      >
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
