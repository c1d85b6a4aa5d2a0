import { Workbench, describeRequestError, type WorkbenchCard } from '@sme/ui';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '@sme/client';
import { CalendarYearsReminder } from './calendar/calendar-reminder';
import { useRevocationWorkbenchCards } from './revocation/revocation-workbench';
import { useReviewWorkbenchCards } from './review/review-workbench';

// Counts per status the console's roles act on. The API narrows what each role sees (unit staff:
// their own members), so the same query gives each role its own numbers. Role-specific to-dos
// (to score, to award…) are added here as their queries land.
const WorkbenchCountsQuery = graphql(`
  query WorkbenchCounts {
    submitted: applications(first: 0, status: SUBMITTED) {
      totalCount
    }
    recommended: applications(first: 0, status: RECOMMENDED) {
      totalCount
    }
    underReview: applications(first: 0, status: UNDER_REVIEW) {
      totalCount
    }
    reviewPassed: applications(first: 0, status: REVIEW_PASSED) {
      totalCount
    }
    inPublicNotice: applications(first: 0, status: IN_PUBLIC_NOTICE) {
      totalCount
    }
  }
`);

export function WorkbenchPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: WorkbenchCountsQuery });
  const cards: WorkbenchCard[] = [
    {
      key: 'submitted',
      label: t('workbench.submitted'),
      hint: t('workbench.submittedHint'),
      count: data?.submitted.totalCount,
      to: '/applications?status=SUBMITTED',
    },
    {
      key: 'recommended',
      label: t('workbench.recommended'),
      hint: t('workbench.recommendedHint'),
      count: data?.recommended.totalCount,
      to: '/applications?status=RECOMMENDED',
    },
    {
      key: 'underReview',
      label: t('workbench.underReview'),
      hint: t('workbench.underReviewHint'),
      count: data?.underReview.totalCount,
      to: '/applications?status=UNDER_REVIEW',
    },
    {
      key: 'reviewPassed',
      label: t('workbench.reviewPassed'),
      hint: t('workbench.reviewPassedHint'),
      count: data?.reviewPassed.totalCount,
      to: '/applications?status=REVIEW_PASSED',
    },
    {
      key: 'inPublicNotice',
      label: t('workbench.inPublicNotice'),
      hint: t('workbench.inPublicNoticeHint'),
      count: data?.inPublicNotice.totalCount,
      to: '/applications?status=IN_PUBLIC_NOTICE',
    },
  ];
  const reviewCards = useReviewWorkbenchCards();
  const revocationCards = useRevocationWorkbenchCards();
  return (
    <Workbench
      description={t('workbench.description')}
      cards={[...reviewCards, ...revocationCards, ...cards]}
      loading={fetching}
      alert={
        <>
          {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
          <CalendarYearsReminder />
        </>
      }
    />
  );
}
