import { FormModal, describeRequestError, formatDateTime } from '@sme/ui';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CALENDAR_CONTEXT, CalendarYearQuery, ConfirmCalendarYearMutation } from './calendar.query';

const NOTE_MAX = 200;

/** Art. 8: whether the calendar knows the year's official holiday schedule. An unconfirmed year is
 * counted Monday–Friday, a guess: no notice is published on it until an administrator, having
 * entered the State Council's schedule, confirms the year here. */
export function CalendarYearStatus({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: CalendarYearQuery, variables: { year }, context: CALENDAR_CONTEXT });
  const [confirming, setConfirming] = useState(false);
  const status = data?.calendarYears.find((y) => y.year === year);
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!status || status.source === 'BUILT_IN') return null;
  if (status.source === 'CONFIRMED') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="calendar-year-status"
        data-source="CONFIRMED"
        title={t('calendar.yearStatus.confirmed', {
          year,
          name: status.confirmedByName ?? '—',
          at: status.confirmedAt ? formatDateTime(status.confirmedAt) : '—',
        })}
        description={
          status.confirmationNote
            ? t('calendar.yearStatus.confirmedNote', { note: status.confirmationNote })
            : undefined
        }
      />
    );
  }
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="calendar-year-status"
        data-source="UNCONFIRMED"
        title={t('calendar.yearStatus.unconfirmed', { year })}
        description={t('calendar.yearStatus.unconfirmedDetail', { year, count: status.overrideCount })}
        action={
          canEdit ? (
            <Button onClick={() => setConfirming(true)} data-testid="calendar-year-confirm">
              {t('calendar.yearStatus.confirm', { year })}
            </Button>
          ) : null
        }
      />
      {confirming ? (
        <ConfirmYearDialog year={year} overrides={status.overrideCount} onClose={() => setConfirming(false)} />
      ) : null}
    </>
  );
}

function ConfirmYearDialog({ year, overrides, onClose }: { year: number; overrides: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [, confirm] = useMutation(ConfirmCalendarYearMutation);
  const save = async ({ note }: { note: string }): Promise<string | null> => {
    const result = await confirm({ input: { year, note: note?.trim() || null } }, CALENDAR_CONTEXT);
    if (result.error) return t('calendar.yearStatus.failed', { message: describeRequestError(result.error, t) });
    const outcome = result.data?.confirmCalendarYear;
    if (!outcome) return t('ui.error.unknown');
    if (outcome.__typename === 'ConfirmCalendarYearSuccess') {
      void message.success(t('calendar.yearStatus.done', { year }));
      onClose();
      return null;
    }
    return t('calendar.yearStatus.failed', { message: outcome.message });
  };
  return (
    <FormModal<{ note: string }>
      name="confirm-year"
      form={form}
      open
      title={t('calendar.yearStatus.dialogTitle', { year })}
      okText={t('calendar.yearStatus.confirmOk')}
      initialValues={{ note: '' }}
      failureTestId="confirm-year-error"
      onCancel={onClose}
      onSubmit={save}
    >
      <Typography.Paragraph>{t('calendar.yearStatus.dialogHelp', { year, count: overrides })}</Typography.Paragraph>
      <Form.Item name="note" label={t('calendar.yearStatus.note')} rules={[{ max: NOTE_MAX }]}>
        <Input maxLength={NOTE_MAX} placeholder={t('calendar.yearStatus.notePlaceholder', { year })} />
      </Form.Item>
    </FormModal>
  );
}
