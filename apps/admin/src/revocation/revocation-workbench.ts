import type { WorkbenchCard } from '@sme/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { OverdueOpenRevocationsQuery } from './revocation.queries';

// Open revocations left longer than the configured working days (the API answers administrators
// only): a card leading to the revocations list, shown while there are any.
export function useRevocationWorkbenchCards(): WorkbenchCard[] {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: OverdueOpenRevocationsQuery, requestPolicy: 'cache-and-network' });
  const overdue = data?.overdueOpenRevocations;
  if (!overdue || overdue.count === 0) return [];
  return [
    {
      key: 'overdueRevocations',
      label: t('revocation.list.overdue'),
      hint: t('revocation.list.overdueHint', { days: overdue.workingDays }),
      count: overdue.count,
      to: '/revocations',
    },
  ];
}
