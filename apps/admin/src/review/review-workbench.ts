import type { WorkbenchCard } from '@sme/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ReviewToDoQuery } from './review.queries';

// The review to-dos the API counts for the signed-in staff member; a card appears where there is work.
export function useReviewWorkbenchCards(): WorkbenchCard[] {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ReviewToDoQuery, requestPolicy: 'cache-and-network' });
  const todo = data?.reviewToDo;
  if (!todo) return [];
  const cards: WorkbenchCard[] = [
    {
      key: 'toRecommend',
      label: t('review.workbench.toRecommend'),
      hint: t('review.workbench.toRecommendHint'),
      count: todo.toRecommend,
      to: '/recommendations',
    },
    {
      key: 'toScore',
      label: t('review.workbench.toScore'),
      hint: t('review.workbench.toScoreHint'),
      count: todo.toScore,
      to: '/my-reviews',
    },
    {
      key: 'toAssign',
      label: t('review.workbench.toAssign'),
      hint: t('review.workbench.toAssignHint'),
      count: todo.toAssign,
      to: '/applications?status=RECOMMENDED',
    },
    {
      key: 'toReassign',
      label: t('review.workbench.toReassign'),
      hint: t('review.workbench.toReassignHint'),
      count: todo.toReassign,
      to: '/applications?status=UNDER_REVIEW',
    },
    {
      key: 'toDecide',
      label: t('review.workbench.toDecide'),
      hint: t('review.workbench.toDecideHint'),
      count: todo.toDecide,
      to: '/decisions',
    },
    {
      key: 'overdue',
      label: t('review.workbench.overdue'),
      hint: t('review.workbench.overdueHint'),
      count: todo.overdueInfoRequests,
      to: '/applications?status=MORE_INFO_REQUESTED',
    },
  ];
  return cards.filter((c) => (c.count ?? 0) > 0);
}
