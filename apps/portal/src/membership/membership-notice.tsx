import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { membershipStateOf, type MembershipState } from './membership-state';
import { MyMembershipQuery } from './membership.queries';

const context = { additionalTypenames: ['MembershipRequest', 'Membership'] };

/** The organisation's membership state, or null while it is not known yet. */
export function useMembershipState(): MembershipState | null {
  const [{ data }] = useQuery({ query: MyMembershipQuery, context, requestPolicy: 'cache-and-network' });
  const org = data?.myOrganisation;
  return org ? membershipStateOf(org) : null;
}

/**
 * Membership comes first (Art. 2): a non-member learns it when starting a draft and on the
 * workbench, not at submission, together with the step to take (the membership page, where the
 * request is sent). Members see nothing.
 */
export function MembershipNotice({ state }: { state: MembershipState | null }) {
  const { t } = useTranslation();
  if (!state || state.kind === 'approved') return null;
  const pending = state.kind === 'pending';
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="membership-notice"
      data-state={state.kind}
      title={pending ? t('guide.membership.pendingTitle') : t('guide.membership.title')}
      description={pending ? t('guide.membership.pendingBody') : t('guide.membership.body')}
      action={
        <Link to="/membership" data-testid="membership-notice-link" style={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {pending ? t('guide.membership.view') : t('guide.membership.action')}
        </Link>
      }
    />
  );
}
