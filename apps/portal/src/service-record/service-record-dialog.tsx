import { DateField, FormModal, useDateRules } from '@sme/ui';
import { App, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { mutationFailure } from './mutation-failure';
import { beijingToday } from './record-year';
import { RecordServiceMutation, UpdateServiceRecordMutation } from './service-record.queries';

export const SERVICE_RECORD_KINDS = ['PUBLIC_WELFARE_SERVICE', 'LOW_FEE_SERVICE', 'OTHER_SERVICE'] as const;
export type ServiceRecordKind = (typeof SERVICE_RECORD_KINDS)[number];

export type ServiceRecordValues = {
  date: string;
  kind: ServiceRecordKind;
  title: string;
  enterprisesServed: number;
  free: boolean;
};

/** Adds a service record to one title's year (Art. 12), or changes `record`. */
export function ServiceRecordDialog({
  open,
  accreditationId,
  year,
  record: existing,
  onClose,
  onSaved,
}: {
  open: boolean;
  accreditationId: string;
  year: number;
  record?: (ServiceRecordValues & { id: string }) | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dateRules = useDateRules();
  const [form] = Form.useForm<ServiceRecordValues>();
  const today = beijingToday();
  const [, record] = useMutation(RecordServiceMutation);
  const [, update] = useMutation(UpdateServiceRecordMutation);
  return (
    <FormModal<ServiceRecordValues>
      open={open}
      name={existing ? `service-record-${existing.id}` : 'service-record'}
      title={t(existing ? 'serviceRecord.form.editTitle' : 'serviceRecord.form.addTitle')}
      okText={t('serviceRecord.form.save')}
      initialValues={
        existing
          ? {
              date: existing.date,
              kind: existing.kind,
              title: existing.title,
              enterprisesServed: existing.enterprisesServed,
              free: existing.free,
            }
          : { kind: 'PUBLIC_WELFARE_SERVICE', free: true, enterprisesServed: 1 }
      }
      form={form}
      failureTestId="service-record-failure"
      onCancel={onClose}
      onSubmit={async (values) => {
        const fields = { ...values, title: values.title.trim() };
        const failure = existing
          ? mutationFailure(await update({ input: { serviceRecordId: existing.id, ...fields } }), 'updateServiceRecord')
          : mutationFailure(await record({ input: { accreditationId, ...fields } }), 'recordServiceActivity');
        if (failure) return failure;
        void message.success(t('serviceRecord.form.saved'));
        onSaved();
        return null;
      }}
    >
      <Form.Item
        name="date"
        label={t('serviceRecord.form.date')}
        rules={[
          { required: true, message: t('serviceRecord.form.required') },
          ...dateRules,
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && Number(value.slice(0, 4)) !== year)
                throw new Error(t('serviceRecord.form.wrongYear', { year }));
              if (value && value > today) throw new Error(t('serviceRecord.form.future'));
            },
          },
        ]}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="kind" label={t('serviceRecord.form.kind')} rules={[{ required: true }]}>
        <Select
          options={SERVICE_RECORD_KINDS.map((kind) => ({ value: kind, label: t(`serviceRecord.kind.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('serviceRecord.form.name')}
        rules={[{ required: true, whitespace: true, message: t('serviceRecord.form.required') }]}
      >
        <Input maxLength={200} placeholder={t('serviceRecord.form.namePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="enterprisesServed"
        label={t('serviceRecord.form.enterprisesServed')}
        rules={[{ required: true, message: t('serviceRecord.form.required') }]}
      >
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%', maxWidth: 220 }} />
      </Form.Item>
      <Form.Item
        name="free"
        label={t('serviceRecord.form.free')}
        valuePropName="checked"
        extra={t('serviceRecord.form.freeHint')}
      >
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
