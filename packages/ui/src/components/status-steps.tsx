import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../status/application-status';

/** The main path an application takes; other statuses are shown on the step they belong to. */
export const STATUS_STEPS = [
  'DRAFT',
  'SUBMITTED',
  'RECOMMENDED',
  'UNDER_REVIEW',
  'IN_PUBLIC_NOTICE',
  'ACCREDITED',
] as const;

type StepPosition = { current: number; state: 'process' | 'wait' | 'error' | 'finish' };

/** Where a status sits on the main path, and whether that step is in progress, failed or done. */
export function statusStepPosition(status: ApplicationStatus): StepPosition {
  switch (status) {
    case 'DRAFT':
      return { current: 0, state: 'process' };
    case 'SUBMITTED':
      return { current: 1, state: 'process' };
    case 'RETURNED':
      return { current: 1, state: 'error' };
    case 'RECOMMENDED':
      return { current: 2, state: 'finish' };
    case 'NOT_RECOMMENDED':
      return { current: 2, state: 'error' };
    case 'UNDER_REVIEW':
    case 'MORE_INFO_REQUESTED':
      return { current: 3, state: 'process' };
    case 'REVIEW_PASSED':
      return { current: 3, state: 'finish' };
    case 'REVIEW_FAILED':
      return { current: 3, state: 'error' };
    case 'IN_PUBLIC_NOTICE':
      return { current: 4, state: 'process' };
    case 'ACCREDITED':
      return { current: 5, state: 'finish' };
    case 'FAILED':
      return { current: 5, state: 'error' };
    case 'WITHDRAWN':
      return { current: 0, state: 'error' };
    default:
      status satisfies never;
      return { current: 0, state: 'wait' };
  }
}

/** An application's progress as antd Steps (portal detail and list pages). */
export function ApplicationStatusSteps({
  status,
  size = 'small',
}: {
  status: ApplicationStatus;
  size?: 'small' | 'default';
}) {
  const { t } = useTranslation();
  const { current, state } = statusStepPosition(status);
  return (
    <div role="group" aria-label={t('ui.steps.label')} data-testid="status-steps" data-status={status}>
      <Steps
        size={size}
        current={current}
        status={state}
        responsive
        items={STATUS_STEPS.map((step, i) => ({
          title: i === current && step !== status ? t(`ui.status.${status}`) : t(`ui.steps.${step}`),
        }))}
      />
    </div>
  );
}
