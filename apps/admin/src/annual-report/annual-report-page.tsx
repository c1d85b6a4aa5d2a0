import { readFragment } from '@sme/client';
import {
  DetailPage,
  FormModal,
  NotFoundResult,
  describeRequestError,
  formatDateTime,
  formatShare,
  isNotFoundError,
  type DetailAction,
} from '@sme/ui';
import { Alert, App, Form, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { failureOf } from '../review/mutation-result';
import { ServiceRecordTable } from '../service-record/title-service-records';
import { AnnualReportStatusTag } from './annual-report-status-tag';
import { AnnualReportQuery, AnnualReportRowFields, ReviewAnnualReportMutation } from './annual-report.queries';

type Decision = 'accept' | 'return';

/** One annual service report: its figures and records, and the review (accept, or return with
 * a note) while it is submitted. */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AnnualReportQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const found = data?.annualReport;
  const back = { title: t('annualReport.list.title'), to: '/annual-reports' };
  if (error && isNotFoundError(error))
    return <NotFoundResult title={t('annualReport.detail.notFound')} backTo="/annual-reports" backLabel={back.title} />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!found)
    return fetching || !data ? (
      <Skeleton active />
    ) : (
      <NotFoundResult title={t('annualReport.detail.notFound')} backTo="/annual-reports" backLabel={back.title} />
    );
  const report = { ...found, ...readFragment(AnnualReportRowFields, found) };

  const organisation = report.accreditation.organisationName;
  // the API says which actions this viewer may take now (the domain's transition table)
  const actions: DetailAction[] = [];
  if (report.allowedActions.includes('ACCEPT'))
    actions.push({
      key: 'accept',
      label: t('annualReport.detail.accept'),
      primary: true,
      onRun: () => setDeciding('accept'),
    });
  if (report.allowedActions.includes('RETURN'))
    actions.push({
      key: 'return',
      label: t('annualReport.detail.return'),
      danger: true,
      onRun: () => setDeciding('return'),
    });
  return (
    <>
      <DetailPage
        title={t('annualReport.detail.title', { organisation, year: report.year })}
        breadcrumbs={[{ ...back, to: `/annual-reports?year=${report.year}` }]}
        status={<AnnualReportStatusTag status={report.status} />}
        description={t(report.figuresFrozen ? 'annualReport.detail.figuresFixed' : 'annualReport.detail.figuresLive')}
        actions={actions}
        fields={[
          {
            key: 'organisation',
            label: t('annualReport.detail.organisation'),
            value: <Link to={`/titles/${report.accreditation.id}`}>{organisation}</Link>,
          },
          {
            key: 'number',
            label: t('annualReport.detail.certificateNumber'),
            value: report.accreditation.certificateNumber,
          },
          { key: 'year', label: t('annualReport.detail.year'), value: report.year },
          {
            key: 'enterprises',
            label: t('annualReport.detail.enterprisesServed'),
            value: <span data-testid="report-enterprises">{report.enterprisesServed.toLocaleString('zh-CN')}</span>,
          },
          { key: 'services', label: t('annualReport.detail.services'), value: report.servicesRecorded },
          {
            key: 'publicWelfare',
            label: t('annualReport.detail.publicWelfareServices'),
            value: <span data-testid="report-public-welfare">{report.publicWelfareServices}</span>,
          },
          {
            key: 'share',
            label: t('annualReport.detail.publicWelfareShare'),
            value: formatShare(report.publicWelfareServices, report.servicesRecorded),
          },
          {
            key: 'activities',
            label: t('annualReport.detail.activitiesAttended'),
            value: <span data-testid="report-activities">{report.activitiesAttended}</span>,
          },
          { key: 'due', label: t('annualReport.detail.dueOn'), value: report.dueOn },
          {
            key: 'submitted',
            label: t('annualReport.detail.submittedAt'),
            value: report.submittedAt
              ? `${formatDateTime(report.submittedAt)}${report.submittedBy ? ` · ${report.submittedBy}` : ''}`
              : '—',
          },
          {
            key: 'pdf',
            label: t('annualReport.detail.pdfLabel'),
            value: (
              <a href={report.pdfUrl} download data-testid="report-pdf">
                {t('annualReport.detail.pdf')}
              </a>
            ),
          },
        ]}
        tabs={[
          {
            key: 'summary',
            label: t('annualReport.detail.summary'),
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="report-summary">
                {report.summary || '—'}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'records',
            label: t('annualReport.detail.records'),
            children: <ServiceRecordTable accreditationId={report.accreditation.id} year={report.year} />,
          },
        ]}
        history={report.timeline.map((e) => ({
          at: e.at,
          action: t(`annualReport.action.${e.action}`, { defaultValue: e.action }),
          actor: e.actor,
          note: e.note,
        }))}
      >
        {report.reviewNote ? (
          <Alert
            type={report.status === 'RETURNED' ? 'warning' : 'info'}
            showIcon
            title={t('annualReport.detail.reviewNote')}
            description={report.reviewNote}
            data-testid="report-review-note"
          />
        ) : null}
      </DetailPage>
      <ReviewDialog
        decision={deciding}
        report={{ id: report.id, year: report.year, organisation, version: report.version }}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </>
  );
}

function ReviewDialog({
  decision,
  report,
  onClose,
  onDone,
}: {
  decision: Decision | null;
  report: { id: string; year: number; organisation: string; version: number };
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [, review] = useMutation(ReviewAnnualReportMutation);
  const accept = decision === 'accept';
  const names = { organisation: report.organisation, year: report.year };
  return (
    <FormModal<{ note: string }>
      open={decision !== null}
      name={`annual-report-review-${decision ?? 'none'}`}
      title={t(accept ? 'annualReport.detail.acceptTitle' : 'annualReport.detail.returnTitle', names)}
      okText={t(accept ? 'annualReport.detail.accept' : 'annualReport.detail.return')}
      danger={!accept}
      failureTestId="review-failure"
      confirm={() => ({
        title: t(accept ? 'annualReport.detail.acceptConfirm' : 'annualReport.detail.returnConfirm'),
        description: t(
          accept ? 'annualReport.detail.acceptConfirmDescription' : 'annualReport.detail.returnConfirmDescription',
          names,
        ),
        names: [report.organisation],
        danger: !accept,
      })}
      onCancel={onClose}
      onSubmit={async ({ note }) => {
        const failure = failureOf(
          await review({ input: { reportId: report.id, accept, note: (note ?? '').trim(), version: report.version } }),
          'reviewAnnualReport',
        );
        if (failure) return failure;
        void message.success(t(accept ? 'annualReport.detail.accepted' : 'annualReport.detail.returned'));
        onDone();
        return null;
      }}
    >
      <Form.Item
        name="note"
        label={t('annualReport.detail.note')}
        rules={accept ? [] : [{ required: true, whitespace: true, message: t('annualReport.detail.noteRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
