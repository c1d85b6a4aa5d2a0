import { Workbench, describeRequestError } from '@sme/ui';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CalendarYearsReminder } from './calendar/calendar-reminder';
import { workbenchCards } from './workbench/workbench-cards';
import { WorkbenchQuery } from './workbench/workbench.query';

// What waits for the signed-in staff member today: the API counts per role (admins: every queue of
// the secretariat; unit staff: their recommendation queue; reviewers: their assignments; analysts:
// the statistics) and gives each card the link of its filtered list.
export function WorkbenchPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: WorkbenchQuery, requestPolicy: 'cache-and-network' });
  return (
    <Workbench
      description={t('workbench.description')}
      cards={workbenchCards(data?.workbench.items ?? [], t, i18n.language)}
      loading={fetching && !data}
      alert={
        <>
          {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
          <CalendarYearsReminder />
        </>
      }
    />
  );
}
