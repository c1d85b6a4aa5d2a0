import type { Role } from '@sme/client';
import {
  AuditOutlined,
  CheckSquareOutlined,
  FieldTimeOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const loadListPages = () => import('./list-pages');
const DecisionsPage = lazyPage(loadListPages, 'DecisionsPage');
const MyReviewsPage = lazyPage(loadListPages, 'MyReviewsPage');
const RecommendationQueuePage = lazyPage(loadListPages, 'RecommendationQueuePage');
const ExpertsPage = lazyPage(() => import('./experts-page'), 'ExpertsPage');
const ReviewApplicationPage = lazyPage(() => import('./review-application-page'), 'ReviewApplicationPage');
const loadRoundsPages = () => import('./rounds-pages');
const RoundPage = lazyPage(loadRoundsPages, 'RoundPage');
const RoundsPage = lazyPage(loadRoundsPages, 'RoundsPage');

// The menu shows each role the review pages it has work on; the API decides what each may do.
export function reviewNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  const items: ShellNavItem[] = [];
  if (roles.includes('UNIT_STAFF'))
    items.push({ key: '/recommendations', label: t('review.nav.queue'), icon: <SolutionOutlined /> });
  if (roles.includes('REVIEWER'))
    items.push({ key: '/my-reviews', label: t('review.nav.myReviews'), icon: <AuditOutlined /> });
  if (roles.includes('ADMIN')) {
    items.push({ key: '/decisions', label: t('review.nav.decisions'), icon: <CheckSquareOutlined /> });
    items.push({ key: '/experts', label: t('review.nav.experts'), icon: <TeamOutlined /> });
  }
  items.push({ key: '/rounds', label: t('review.nav.rounds'), icon: <FieldTimeOutlined /> });
  return items;
}

export function reviewRoutes(roles: readonly Role[]) {
  const admin = roles.includes('ADMIN');
  return [
    <Route key="recommendations" path="recommendations" element={<RecommendationQueuePage />} />,
    <Route key="review" path="review/:id" element={<ReviewApplicationPage />} />,
    <Route key="my-reviews" path="my-reviews" element={<MyReviewsPage />} />,
    <Route key="decisions" path="decisions" element={<DecisionsPage />} />,
    <Route key="experts" path="experts" element={<ExpertsPage />} />,
    <Route key="rounds" path="rounds" element={<RoundsPage canEdit={admin} />} />,
    <Route key="round" path="rounds/:id" element={<RoundPage canAssign={admin} />} />,
  ];
}
