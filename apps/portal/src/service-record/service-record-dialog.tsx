import { FileUploadButton } from '@sme/client';
import { SERVICE_RECORD_KINDS, type ServiceRecordKind } from '@sme/domain';
import { DateField, FormModal, useDateRules } from '@sme/ui';
import { App, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { mutationFailure } from './mutation-failure';
import { beijingToday } from './record-year';
import { RecordServiceMutation, UpdateServiceRecordMutation } from './service-record.queries';

/** As the API allows (service-record-evidence.routes.ts): one file a record, replaced by the next. */
const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

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
  onEvidence,
}: {
  open: boolean;
  accreditationId: string;
  year: number;
  record?: (ServiceRecordValues & { id: string; evidence?: { fileName: string } | null }) | undefined;
  onClose: () => void;
  onSaved: () => void;
  /** A file was attached (the dialog stays open). */
  onEvidence?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dateRules = useDateRules();
  const [form] = Form.useForm<ServiceRecordValues>();
  const today = beijingToday();
  const [uploading, setUploading] = useState(false);
  const [attached, setAttached] = useState<string | null>(null);
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
      blocked={uploading ? t('serviceRecord.form.upload.wait') : undefined}
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
      {existing ? (
        <Form.Item label={t('serviceRecord.form.evidence')}>
          {(attached ?? existing.evidence?.fileName) ? (
            <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="service-record-evidence">
              {t('serviceRecord.form.upload.uploaded', { file: attached ?? existing.evidence?.fileName })}
            </Typography.Paragraph>
          ) : null}
          <FileUploadButton<{ fileName: string }>
            url={`/api/service-records/${encodeURIComponent(existing.id)}/evidence`}
            maxBytes={MAX_EVIDENCE_BYTES}
            remaining={1}
            i18nPrefix="serviceRecord.form.upload"
            onBusyChange={setUploading}
            onUploaded={(body) => {
              setAttached(body.fileName);
              onEvidence?.();
            }}
            testId="service-record-upload"
          />
        </Form.Item>
      ) : (
        <Typography.Paragraph type="secondary">{t('serviceRecord.form.evidenceLater')}</Typography.Paragraph>
      )}
    </FormModal>
  );
}
