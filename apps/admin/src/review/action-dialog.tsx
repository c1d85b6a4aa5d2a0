import { DateField, FormModal } from '@sme/ui';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

export type ActionField = {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'reviewers';
  options?: { value: string; label: string }[];
};

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
  return (
    <FormModal<Record<string, unknown>>
      name="workflow-action"
      title={title}
      open={open}
      okText={t('review.actions.submit')}
      notice={warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} /> : null}
      failureTestId="action-failure"
      onCancel={onCancel}
      onSubmit={onSubmit}
    >
      {fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={field.label}
          rules={[{ required: true, message: t('review.actions.required') }]}
        >
          {field.kind === 'text' ? (
            <Input.TextArea rows={3} maxLength={5000} />
          ) : field.kind === 'date' ? (
            <DateField />
          ) : (
            <Select mode="multiple" options={field.options ?? []} optionFilterProp="label" />
          )}
        </Form.Item>
      ))}
    </FormModal>
  );
}
