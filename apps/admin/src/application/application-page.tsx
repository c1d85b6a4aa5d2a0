import {
  ApplicationStatusSteps,
  ApplicationStatusTag,
  DetailPage,
  LoadErrorAlert,
  NotFoundResult,
  ServiceFunctionTags,
  formatDateTime,
  isGlobalIdOf,
  isNotFoundError,
} from '@sme/ui';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { EndMembershipButton } from '../membership/end-membership';
import { ApplicationQuery } from './applications.query';

/** One application as staff see it. Actions and history arrive with the workflow work: pass them
 * to DetailPage as `actions` (from the API's allowedActions) and `history` (timeline entries). */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // a malformed id in the link is not sent: the API would mask it as an internal error
  const wellFormed = isGlobalIdOf(id, 'Application');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ApplicationQuery,
    variables: { id },
    pause: !wellFormed,
  });
  const back = { title: t('nav.applications'), to: '/applications' };
  const navigate = useNavigate();

  if (wellFormed && !data && fetching) return <Skeleton active />;
  if (!wellFormed || isNotFoundError(error) || (data && !data.application)) {
    return <NotFoundResult title={t('application.notFound')} backTo="/applications" backLabel={t('notFound.back')} />;
  }
  if (!data?.application) {
    return (
      <DetailPage title={t('application.title')} breadcrumbs={[back]}>
        <LoadErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </DetailPage>
    );
  }
  const application = data.application;
  return (
    <DetailPage
      title={application.organisation.name}
      breadcrumbs={[back]}
      status={<ApplicationStatusTag status={application.status} />}
      description={application.round.name}
      // recommendation, assignment, scoring and decisions live on the review page
      actions={[
        { key: 'review', label: t('review.detail.open'), primary: true, onRun: () => void navigate(`/review/${id}`) },
      ]}
      fields={[
        { key: 'organisation', label: t('applications.organisation'), value: application.organisation.name },
        {
          key: 'creditCode',
          label: t('applications.creditCode'),
          value: <Typography.Text code>{application.organisation.creditCode}</Typography.Text>,
        },
        { key: 'round', label: t('applications.round'), value: application.round.name },
        {
          key: 'functions',
          label: t('applications.functions'),
          value: <ServiceFunctionTags functions={application.functions} />,
        },
        {
          key: 'renewal',
          label: t('application.renewal'),
          value: t(application.isRenewal ? 'application.yes' : 'application.no'),
        },
        { key: 'createdAt', label: t('application.createdAt'), value: formatDateTime(application.createdAt) },
        {
          key: 'submittedAt',
          label: t('application.submittedAt'),
          value: formatDateTime(application.submittedAt) || t('ui.empty'),
        },
        { key: 'updatedAt', label: t('applications.updatedAt'), value: formatDateTime(application.updatedAt) },
      ]}
    >
      <ApplicationStatusSteps status={application.status} />
      <div style={{ marginTop: 16 }}>
        <EndMembershipButton applicationId={application.id} />
      </div>
    </DetailPage>
  );
}
