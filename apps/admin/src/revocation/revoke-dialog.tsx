import { DateField, FormModal } from '@sme/ui';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { failureOf } from '../review/mutation-result';
import { RevokeMutation } from './revocation.queries';

export type RevocableTitle = {
  id: string;
  version: number;
  organisationName: string;
  /** An open revocation (a failed spot check) is completed, not started. */
  revocation: { status: string; reason: string; description: string; evidence?: string | null } | null;
  failedSpotCheck: boolean;
};

type Values = {
  reason: 'VIOLATION_VERIFIED' | 'FAILED_SPOT_CHECK';
  description: string;
  evidence: string;
  effectiveOn: string;
};

/** Revokes a title on one of the two grounds, or completes the revocation a failed spot check opened; asks once more, naming the organisation and the date. */
export function RevokeDialog({
  title,
  open,
  onClose,
  onDone,
}: {
  title: RevocableTitle | null;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, revoke] = useMutation(RevokeMutation);
  const completing = title?.revocation?.status === 'OPEN';
  const required = [{ required: true, message: t('revocation.revoke.required') }];
  const reasons = (['VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK'] as const)
    .filter((r) => r === 'VIOLATION_VERIFIED' || title?.failedSpotCheck || completing)
    .map((value) => ({ value, label: t(`revocation.reason.${value}`) }));

  const action = completing ? t('revocation.revoke.completeTitle') : t('revocation.revoke.title');

  return (
    <FormModal<Values>
      name="revoke"
      open={open}
      title={action}
      okText={action}
      danger
      notice={
        completing ? (
          <Alert type="warning" showIcon title={t('revocation.revoke.open')} style={{ marginBottom: 12 }} />
        ) : null
      }
      failureTestId="revoke-failure"
      initialValues={{
        reason: completing ? 'FAILED_SPOT_CHECK' : 'VIOLATION_VERIFIED',
        description: title?.revocation?.description ?? '',
        evidence: title?.revocation?.evidence ?? '',
      }}
      confirm={(values) => ({
        title: t('revocation.revoke.confirmTitle', { name: title?.organisationName ?? '' }),
        description: t('revocation.revoke.confirmBody', { date: values.effectiveOn }),
        names: title ? [title.organisationName] : [],
        danger: true,
        okText: action,
      })}
      onCancel={onClose}
      onSubmit={async (values) => {
        if (!title) return null;
        const problem = failureOf(
          await revoke({
            input: {
              accreditationId: title.id,
              version: title.version,
              reason: values.reason,
              description: values.description,
              evidence: values.evidence ?? '',
              effectiveOn: values.effectiveOn,
            },
          }),
          'revokeAccreditation',
        );
        if (!problem) onDone();
        return problem;
      }}
    >
      <Form.Item
        name="reason"
        label={t('revocation.revoke.reason')}
        rules={required}
        extra={title?.failedSpotCheck || completing ? undefined : t('revocation.revoke.failedOnly')}
      >
        <Select options={reasons} disabled={completing} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('revocation.revoke.description')}
        rules={required}
        extra={t('revocation.revoke.descriptionHint')}
      >
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="evidence" label={t('revocation.revoke.evidence')} rules={completing ? [] : required}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('revocation.revoke.effectiveOn')} rules={required}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
