import { readFragment } from '@sme/client';
import { annualReportFigures, formatChineseDate, type AnnualReportFigures } from '@sme/domain';
import { NotFoundResult, PageFrame, describeRequestError, formatShare, useConfirmAction, EmptyText } from '@sme/ui';
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { mutationFailure } from '../service-record/mutation-failure';
import { KIND_COLOURS } from '../service-record/service-records-page';
import { AnnualReportStatusTag } from './annual-report-status-tag';
import {
  AnnualReportFields,
  AnnualReportYearQuery,
  SaveAnnualReportDraftMutation,
  SubmitAnnualReportMutation,
} from './annual-report.queries';

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

/** One title's report for one year: its figures, the summary, submission, the association's
 * answer and the PDF (Art. 12). */
export function AnnualReportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmAction();
  const { titleId = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AnnualReportYearQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
    pause: !Number.isInteger(year),
  });
  const [{ fetching: submitting }, submit] = useMutation(SubmitAnnualReportMutation);
  const [{ fetching: saving }, saveDraft] = useMutation(SaveAnnualReportDraftMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ summary: string }>();

  const back = { title: t('annualReport.list.title'), to: '/annual-reports' };
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!data) return fetching ? <Skeleton active /> : null;
  const title = data.myAccreditations.find((a) => a.id === titleId);
  if (!title || !Number.isInteger(year))
    return <NotFoundResult title={t('annualReport.detail.notFound')} backTo="/annual-reports" backLabel={back.title} />;

  const report =
    data.myAnnualReports
      .map((r) => readFragment(AnnualReportFields, r))
      .find((r) => r.accreditation.id === title.id && r.year === year) ?? null;
  const due = data.myAnnualReportsDue.find((d) => d.accreditation.id === title.id && d.year === year);
  const records = data.myServiceRecords.filter((r) => r.accreditation.id === title.id);
  const attended = data.associationActivities.filter((a) => a.attendees.some((x) => x.id === title.id));
  const editable = !report || EDITABLE.has(report.status);
  // Before the report is first saved the figures are previewed from the same records by the
  // domain's rule; once it exists the API gives them (live while editable, frozen once filed).
  const figures: AnnualReportFigures = report ?? annualReportFigures(year, records, attended);

  const send = (summary: string) =>
    confirm({
      title: t('annualReport.detail.confirmTitle', { year }),
      description: t('annualReport.detail.confirmDescription', {
        year,
        enterprises: figures.enterprisesServed,
        publicWelfare: figures.publicWelfareServices,
        activities: figures.activitiesAttended,
      }),
      okText: t('annualReport.detail.submit'),
      onOk: async () => {
        const problem = mutationFailure(
          await submit({
            input: { accreditationId: title.id, year, summary: summary.trim(), version: report?.version ?? null },
          }),
          'submitAnnualReport',
        );
        setFailure(problem);
        if (problem) return;
        void message.success(t('annualReport.detail.submitted'));
        reexecute({ requestPolicy: 'network-only' });
      },
    });

  const draft = async () => {
    const summary = String(form.getFieldValue('summary') ?? '');
    const problem = mutationFailure(
      await saveDraft({ input: { accreditationId: title.id, year, summary } }),
      'saveAnnualReportDraft',
    );
    setFailure(problem);
    if (problem) return;
    void message.success(t('annualReport.detail.draftSaved'));
    reexecute({ requestPolicy: 'network-only' });
  };

  const dayOf = (date: string) => (i18n.language.startsWith('en') ? date : formatChineseDate(date));
  const pageTitle = t('annualReport.detail.title', { year });
  return (
    <PageFrame
      title={pageTitle}
      tags={<AnnualReportStatusTag status={report?.status ?? 'NONE'} />}
      breadcrumbs={[back, { title: t('annualReport.detail.breadcrumb', { number: title.certificateNumber, year }) }]}
      description={t('annualReport.list.description')}
      actions={
        report && !editable ? (
          <a href={report.pdfUrl} download data-testid="annual-report-pdf">
            <FilePdfOutlined aria-hidden /> {t('annualReport.detail.pdf')}
          </a>
        ) : undefined
      }
    >
      {due && editable ? (
        <Alert
          type={due.overdue ? 'error' : 'info'}
          showIcon
          data-testid="annual-report-due"
          title={t(due.overdue ? 'annualReport.detail.overdue' : 'annualReport.detail.dueOn', {
            date: dayOf(due.dueOn),
          })}
        />
      ) : null}
      {report?.status === 'RETURNED' ? (
        <Alert
          type="warning"
          showIcon
          data-testid="annual-report-returned"
          title={t('annualReport.detail.returned')}
          description={report.reviewNote ? t('annualReport.detail.returnNote', { note: report.reviewNote }) : undefined}
        />
      ) : null}
      {report?.status === 'ACCEPTED' ? (
        <Alert type="success" showIcon title={t('annualReport.detail.accepted')} data-testid="annual-report-accepted" />
      ) : null}
      {report?.status === 'SUBMITTED' ? <Alert type="info" showIcon title={t('annualReport.detail.waiting')} /> : null}
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('annualReport.detail.figures')}</h2>}>
        <Typography.Paragraph type="secondary">
          {t(editable ? 'annualReport.detail.figuresLive' : 'annualReport.detail.figuresFixed')}
        </Typography.Paragraph>
        <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="annual-report-figures">
          <Descriptions.Item label={t('annualReport.detail.certificateNumber')}>
            {title.certificateNumber}
          </Descriptions.Item>
          <Descriptions.Item label={t('annualReport.detail.enterprisesServed')}>
            <span data-testid="figure-enterprises">{figures.enterprisesServed.toLocaleString('zh-CN')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('annualReport.detail.services')}>{figures.servicesRecorded}</Descriptions.Item>
          <Descriptions.Item label={t('annualReport.detail.publicWelfareServices')}>
            <span data-testid="figure-public-welfare">{figures.publicWelfareServices}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('annualReport.detail.publicWelfareShare')}>
            <span data-testid="figure-share">
              {formatShare(figures.publicWelfareServices, figures.servicesRecorded)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('annualReport.detail.activitiesAttended')}>
            <span data-testid="figure-activities">{figures.activitiesAttended}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('annualReport.detail.summary')}</h2>}>
        {editable ? (
          <Form
            form={form}
            layout="vertical"
            name="annual-report"
            initialValues={{ summary: report?.summary ?? '' }}
            onFinish={(values) => send(values.summary)}
          >
            {failure ? (
              <Alert
                type="error"
                showIcon
                title={failure}
                style={{ marginBottom: 12 }}
                data-testid="annual-report-failure"
              />
            ) : null}
            <Form.Item
              name="summary"
              label={t('annualReport.detail.summary')}
              rules={[{ required: true, whitespace: true, message: t('annualReport.detail.summaryRequired') }]}
            >
              <Input.TextArea
                rows={6}
                maxLength={10_000}
                showCount
                placeholder={t('annualReport.detail.summaryPlaceholder')}
              />
            </Form.Item>
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" loading={submitting} data-testid="annual-report-submit">
                {t(report?.status === 'RETURNED' ? 'annualReport.detail.resubmit' : 'annualReport.detail.submit')}
              </Button>
              <Button htmlType="button" loading={saving} onClick={() => void draft()}>
                {t('annualReport.detail.saveDraft')}
              </Button>
            </Flex>
          </Form>
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="annual-report-summary">
            {report.summary}
          </Typography.Paragraph>
        )}
      </Card>
      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('annualReport.detail.records')}</h2>}
        extra={
          <Link to={`/service-records?title=${encodeURIComponent(title.id)}&year=${year}`}>
            {t(editable ? 'annualReport.detail.editRecords' : 'annualReport.detail.viewRecords')}
          </Link>
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={records}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('annualReport.detail.noRecords', { year })}</EmptyText> }}
          columns={[
            { key: 'date', title: t('serviceRecord.list.date'), render: (_, r) => r.date },
            {
              key: 'kind',
              title: t('serviceRecord.list.kind'),
              render: (_, r) => <Tag color={KIND_COLOURS[r.kind]}>{t(`serviceRecord.kind.${r.kind}`)}</Tag>,
            },
            { key: 'name', title: t('serviceRecord.list.name'), render: (_, r) => r.title },
            {
              key: 'enterprises',
              title: t('serviceRecord.list.enterprisesServed'),
              align: 'right',
              render: (_, r) => r.enterprisesServed,
            },
          ]}
        />
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('annualReport.list.activities')}</h2>}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={attended}
          data-testid="annual-report-activities"
          locale={{ emptyText: <EmptyText>{t('annualReport.list.noActivities', { year })}</EmptyText> }}
          columns={[
            { key: 'heldOn', title: t('annualReport.list.heldOn'), render: (_, a) => a.heldOn },
            { key: 'title', title: t('annualReport.list.activityTitle'), render: (_, a) => a.title },
            { key: 'place', title: t('annualReport.list.place'), render: (_, a) => a.place ?? '—' },
          ]}
        />
      </Card>
    </PageFrame>
  );
}
