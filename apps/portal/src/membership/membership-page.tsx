import { PageFrame } from '@sme/ui';
import { useTranslation } from 'react-i18next';
import { MembershipPanel } from './membership-panel';

/** 会员资格: where the organisation stands (pending / approved with unit / refused with reason /
 * ended) and the membership request form (Art. 2). Notifications link here (/membership). */
export function MembershipPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('membership.state.title')}
      description={t('membership.state.description')}
      breadcrumbs={[{ title: t('membership.nav.home'), to: '/' }]}
    >
      <MembershipPanel showDetails />
    </PageFrame>
  );
}
