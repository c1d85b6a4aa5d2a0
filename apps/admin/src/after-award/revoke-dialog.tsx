import { DateField, FormModal } from '@sme/ui';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { failureOf } from '../review/mutation-result';
import { RevokeMutation } from './after-award.queries';

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
  const required = [{ required: true, message: t('afterAward.revoke.required') }];
  const reasons = (['VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK'] as const)
    .filter((r) => r === 'VIOLATION_VERIFIED' || title?.failedSpotCheck || completing)
    .map((value) => ({ value, label: t(`afterAward.reason.${value}`) }));

  const action = completing ? t('afterAward.revoke.completeTitle') : t('afterAward.revoke.title');

  return (
    <FormModal<Values>
      name="revoke"
      open={open}
      title={action}
      okText={action}
      danger
      notice={
        completing ? (
          <Alert type="warning" showIcon title={t('afterAward.revoke.open')} style={{ marginBottom: 12 }} />
        ) : null
      }
      failureTestId="revoke-failure"
      initialValues={{
        reason: completing ? 'FAILED_SPOT_CHECK' : 'VIOLATION_VERIFIED',
        description: title?.revocation?.description ?? '',
        evidence: title?.revocation?.evidence ?? '',
      }}
      confirm={(values) => ({
        title: t('afterAward.revoke.confirmTitle', { name: title?.organisationName ?? '' }),
        description: t('afterAward.revoke.confirmBody', { date: values.effectiveOn }),
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
        label={t('afterAward.revoke.reason')}
        rules={required}
        extra={title?.failedSpotCheck || completing ? undefined : t('afterAward.revoke.failedOnly')}
      >
        <Select options={reasons} disabled={completing} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('afterAward.revoke.description')}
        rules={required}
        extra={t('afterAward.revoke.descriptionHint')}
      >
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="evidence" label={t('afterAward.revoke.evidence')} rules={completing ? [] : required}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('afterAward.revoke.effectiveOn')} rules={required}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
