import { EDITABLE_STATUSES } from '@sme/domain';
import {
  ApplicationStatusSteps,
  ApplicationStatusTag,
  DetailPage,
  FormModal,
  LoadErrorAlert,
  NotFoundResult,
  ServiceFunctionTags,
  formatDateTime,
  isGlobalIdOf,
  isNotFoundError,
  type DetailAction,
} from '@sme/ui';
import { Alert, App, Form, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { ApplicationEditor } from './application-editor';
import {
  ApplicationEditorQuery,
  DeleteDraftApplicationMutation,
  WithdrawApplicationMutation,
  type EditorApplication,
} from './application-editor.queries';
import { FrozenEligibility, InfoRequests, OpenInfoRequestNotice, SubmittedMaterials } from './application-status-view';
import { withArticle } from '../i18n/article-label';
import { RenewalLineage } from '../title/renewal-lineage';

// Also refetch the list after a change here.
const queryContext = { additionalTypenames: ['Application'] };

/**
 * One of the member's applications. While the facts may change (a draft, or returned for
 * changes) it is the editor; afterwards the status page. The buttons are those the API allows
 * (`allowedActions`), plus deleting a draft (EDITABLE_STATUSES.delete).
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useClient();
  // a malformed id in the link is not sent: the API would mask it as an internal error
  const wellFormed = isGlobalIdOf(id, 'Application');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ApplicationEditorQuery,
    variables: { id },
    pause: !wellFormed,
    context: queryContext,
  });
  const [editorKey, setEditorKey] = useState(0);
  const back = { title: t('nav.myApplications'), to: '/applications' };
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const reload = async () => {
    await client.query(ApplicationEditorQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    setEditorKey((k) => k + 1);
  };

  if (wellFormed && !data && fetching) return <Skeleton active />;
  if (!wellFormed || isNotFoundError(error) || (data && !data.application)) {
    return <NotFoundResult title={t('application.notFound')} backTo="/applications" backLabel={t('notFound.back')} />;
  }
  if (!data?.application) {
    return (
      <DetailPage title={t('application.title')} breadcrumbs={[back]}>
        <LoadErrorAlert error={error} onRetry={refresh} />
      </DetailPage>
    );
  }
  return <ApplicationView application={data.application} editorKey={editorKey} refresh={refresh} reload={reload} />;
}

function ApplicationView({
  application,
  editorKey,
  refresh,
  reload,
}: {
  application: EditorApplication;
  editorKey: number;
  refresh: () => void;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const editable = EDITABLE_STATUSES.facts.includes(application.status);
  const actions = useApplicationActions(application, refresh);
  const back = { title: t('nav.myApplications'), to: '/applications' };

  return (
    <>
      <DetailPage
        title={application.round.name}
        breadcrumbs={[back]}
        status={<ApplicationStatusTag status={application.status} />}
        description={application.organisation.name}
        actions={actions.buttons}
        fields={[
          { key: 'round', label: t('myApplications.round'), value: application.round.name },
          { key: 'deadline', label: t('application.deadline'), value: application.round.submissionDeadline },
          {
            key: 'functions',
            label: t('myApplications.functions'),
            value: <ServiceFunctionTags functions={application.functions} />,
          },
          { key: 'createdAt', label: t('myApplications.createdAt'), value: formatDateTime(application.createdAt) },
          {
            key: 'submittedAt',
            label: t('application.submittedAt'),
            value: formatDateTime(application.submittedAt) || t('ui.empty'),
          },
          { key: 'updatedAt', label: t('myApplications.updatedAt'), value: formatDateTime(application.updatedAt) },
          ...(!editable && application.factsFingerprint
            ? [
                {
                  key: 'fingerprint',
                  label: t('applicant.status.fingerprint'),
                  value: (
                    <Typography.Text code style={{ wordBreak: 'break-all', fontSize: 12 }}>
                      {application.factsFingerprint}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
        ]}
        tabs={
          editable
            ? []
            : [
                {
                  key: 'infoRequests',
                  label: t('applicant.status.infoRequests'),
                  children: <InfoRequests application={application} onChanged={refresh} />,
                },
                {
                  key: 'materials',
                  label: t('applicant.status.materials'),
                  children: <SubmittedMaterials application={application} onChanged={refresh} />,
                },
                {
                  key: 'eligibility',
                  label: t('applicant.status.eligibility'),
                  children: <FrozenEligibility application={application} />,
                },
              ]
        }
        history={application.timeline.map((e) => ({
          at: e.at,
          action: t(`applicant.timeline.${e.action}`, { defaultValue: e.action }),
          status: <ApplicationStatusTag status={e.status as never} />,
          actor: e.actor,
          note: e.note,
        }))}
      >
        <ApplicationStatusSteps status={application.status} />
        <RenewalLineage application={application} />
        <OpenInfoRequestNotice application={application} />
        {actions.failure ? (
          <Alert type="error" showIcon role="alert" title={actions.failure} data-testid="action-failure" />
        ) : null}
        {editable ? (
          <ApplicationEditor key={editorKey} application={application} onReload={reload} onChanged={refresh} />
        ) : null}
      </DetailPage>
      {actions.dialog}
    </>
  );
}

/** Delete (a draft) and withdraw (with a reason, after a confirmation), as the API allows. */
function useApplicationActions(application: EditorApplication, refresh: () => void) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [, remove] = useMutation(DeleteDraftApplicationMutation);
  const [, withdraw] = useMutation(WithdrawApplicationMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  const failed = (
    result: { error?: { message: string; graphQLErrors: { message: string }[] } },
    outcome: { __typename: string; message?: string; article?: string } | null | undefined,
  ) => {
    if (result.error)
      return t('applicant.actions.failed', { message: result.error.graphQLErrors[0]?.message ?? result.error.message });
    if (!outcome) return null;
    if (outcome.__typename === 'ConflictError')
      return t('applicant.actions.conflict', { message: outcome.message ?? '' });
    const text = outcome.article
      ? withArticle(outcome.message ?? '', outcome.article, i18n.language)
      : (outcome.message ?? outcome.__typename);
    return t('applicant.actions.failed', { message: text });
  };

  const runDelete = async () => {
    setFailure(null);
    // the answer is an id, not an Application: say which lists to read again
    const result = await remove({ input: { applicationId: application.id } }, queryContext);
    const outcome = result.data?.deleteDraftApplication;
    if (outcome?.__typename === 'DeleteDraftApplicationSuccess') {
      void message.success(t('applicant.actions.deleted'));
      void navigate('/applications');
      return;
    }
    setFailure(failed(result, outcome));
  };

  // shown in the withdrawal dialog, which keeps the reason for another try
  const runWithdraw = async (reason: string): Promise<string | null> => {
    const result = await withdraw({ input: { applicationId: application.id, reason } });
    const outcome = result.data?.withdrawApplication;
    if (outcome?.__typename === 'WithdrawApplicationSuccess') {
      void message.success(t('applicant.actions.withdrawn'));
      setAsking(false);
      refresh();
      return null;
    }
    return failed(result, outcome) ?? t('ui.error.unknown');
  };

  const buttons: DetailAction[] = [];
  if (EDITABLE_STATUSES.delete.includes(application.status)) {
    buttons.push({
      key: 'DELETE_DRAFT',
      label: t('applicant.actions.deleteDraft'),
      danger: true,
      confirm: {
        title: t('applicant.actions.deleteConfirm'),
        description: t('applicant.actions.deleteDescription'),
        names: [application.round.name],
        okText: t('applicant.actions.deleteDraft'),
      },
      onRun: runDelete,
    });
  }
  if (application.allowedActions.includes('WITHDRAW')) {
    buttons.push({
      key: 'WITHDRAW',
      label: t('applicant.actions.withdraw'),
      danger: true,
      onRun: () => setAsking(true),
    });
  }

  const dialog = (
    <FormModal<{ reason: string }>
      name="withdraw-application"
      title={t('applicant.actions.withdrawTitle')}
      open={asking}
      okText={t('applicant.actions.withdraw')}
      danger
      failureTestId="withdraw-failure"
      onCancel={() => setAsking(false)}
      onSubmit={({ reason }) => runWithdraw(reason.trim())}
    >
      {/* one dialog: it names the application and what withdrawal ends, and asks for the reason */}
      <Typography.Paragraph data-testid="withdraw-what">
        <Typography.Text strong>{`${application.organisation.name} · ${application.round.name}`}</Typography.Text>
        <br />
        {t('guide.withdraw.body')}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('applicant.actions.withdrawReason')}
        rules={[{ required: true, whitespace: true, message: t('applicant.actions.withdrawReasonRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );

  return { buttons, dialog, failure };
}
