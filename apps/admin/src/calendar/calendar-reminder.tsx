import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CALENDAR_CONTEXT, CalendarYearsToConfirmQuery } from './calendar.query';

/** The workbench's reminder (Art. 8): from 1 November, next year's holiday schedule is due; while a
 * due year is unconfirmed, notices whose period reaches into it cannot be published. */
export function CalendarYearsReminder() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: CalendarYearsToConfirmQuery,
    requestPolicy: 'cache-and-network',
    context: CALENDAR_CONTEXT,
  });
  const years = data?.calendarYearsToConfirm ?? [];
  if (years.length === 0) return null;
  const first = years[0]!.year;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="calendar-years-reminder"
      title={t('calendar.reminder.title', { years: years.map((y) => y.year).join(t('calendar.notice.yearSeparator')) })}
      description={t('calendar.reminder.detail')}
      action={<Link to={`/calendar?year=${first}`}>{t('calendar.reminder.open', { year: first })}</Link>}
      style={{ marginBottom: 16 }}
    />
  );
}
