import { DateField } from '@sme/ui';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ActionField = { name: string; label: string; kind: 'text' | 'date' | 'reviewers'; options?: { value: string; label: string }[] };

/** A dialog that collects what an action needs (an opinion, a reason, a due date, reviewers). */
export function ActionDialog({
  title,
  open,
  fields,
  warning,
  onCancel,
  onSubmit,
}: {
  title: string;
  open: boolean;
  fields: ActionField[];
  warning?: string;
  onCancel: () => void;
  onSubmit: (values: Record<string, unknown>) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    const values = (await form.validateFields()) as Record<string, unknown>;
    setBusy(true);
    const problem = await onSubmit(values).finally(() => setBusy(false));
    setFailure(problem);
    if (!problem) form.resetFields();
  };
  return (
    <Modal
      title={title}
      open={open}
      onCancel={() => {
        setFailure(null);
        onCancel();
      }}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('review.actions.submit')}
      cancelText={t('review.actions.cancel')}
      destroyOnHidden
    >
      {warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} /> : null}
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="action-failure" /> : null}
      <Form form={form} layout="vertical">
        {fields.map((field) => (
          <Form.Item key={field.name} name={field.name} label={field.label} rules={[{ required: true, message: t('review.actions.required') }]}>
            {field.kind === 'text' ? (
              <Input.TextArea rows={3} maxLength={5000} />
            ) : field.kind === 'date' ? (
              <DateField />
            ) : (
              <Select mode="multiple" options={field.options ?? []} optionFilterProp="label" />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
