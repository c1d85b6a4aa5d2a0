import {
  ApplicationStatusSteps,
  ApplicationStatusTag,
  DetailPage,
  NotFoundResult,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  isGlobalIdOf,
  isNotFoundError,
} from '@sme/ui';
import { Alert, Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { MyApplicationQuery } from './applications.query';

/** One of the member's applications with its progress. The actions a member may take (submit,
 * withdraw…) come from the API's allowedActions once the workflow lands: pass them as `actions`. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // a malformed id in the link is not sent: the API would mask it as an internal error
  const wellFormed = isGlobalIdOf(id, 'Application');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyApplicationQuery, variables: { id }, pause: !wellFormed });
  const back = { title: t('nav.myApplications'), to: '/applications' };

  if (wellFormed && !data && fetching) return <Skeleton active />;
  if (!wellFormed || isNotFoundError(error) || (data && !data.application)) {
    return <NotFoundResult title={t('application.notFound')} backTo="/applications" backLabel={t('notFound.back')} />;
  }
  if (!data?.application) {
    return (
      <DetailPage title={t('application.title')} breadcrumbs={[back]}>
        <Alert
          type="error"
          showIcon
          title={error ? describeRequestError(error, t) : t('ui.error.unknown')}
          action={
            <Button size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('ui.error.retry')}
            </Button>
          }
        />
      </DetailPage>
    );
  }
  const application = data.application;
  return (
    <DetailPage
      title={application.round.name}
      breadcrumbs={[back]}
      status={<ApplicationStatusTag status={application.status} />}
      description={application.organisation.name}
      fields={[
        { key: 'round', label: t('myApplications.round'), value: application.round.name },
        { key: 'deadline', label: t('application.deadline'), value: application.round.submissionDeadline },
        { key: 'functions', label: t('myApplications.functions'), value: <ServiceFunctionTags functions={application.functions} /> },
        { key: 'createdAt', label: t('myApplications.createdAt'), value: formatDateTime(application.createdAt) },
        { key: 'submittedAt', label: t('application.submittedAt'), value: formatDateTime(application.submittedAt) || t('ui.empty') },
        { key: 'updatedAt', label: t('myApplications.updatedAt'), value: formatDateTime(application.updatedAt) },
      ]}
    >
      <ApplicationStatusSteps status={application.status} />
    </DetailPage>
  );
}
