import { PaperClipOutlined } from '@ant-design/icons';
import { downloadExport } from '@sme/client';
import {
  FormModal,
  ListPage,
  PageFrame,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  isNotFoundError,
  NotFoundResult,
  useListUrlState,
} from '@sme/ui';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Skeleton,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ActionDialog } from '../review/action-dialog';
import { failureOf } from '../review/mutation-result';
import {
  CampaignQuery,
  CampaignsQuery,
  DrawMutation,
  RecordResultMutation,
  RequestEvidenceMutation,
} from './after-award.queries';
import { SPOT_CHECK_COLOURS } from './labels';

// ?status=RESPONDED is the workbench's "spot checks to judge" card: campaigns with such a check
const CAMPAIGN_FILTERS = ['status'] as const;
const SPOT_CHECK_STATUSES = ['PENDING', 'EVIDENCE_REQUESTED', 'RESPONDED', 'PASSED', 'FAILED'] as const;
const DECIDED = new Set(['PASSED', 'FAILED']);

function SpotCheckStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={SPOT_CHECK_COLOURS[status]} data-testid="spot-check-status">
      {t(`afterAward.spotCheckStatus.${status}`)}
    </Tag>
  );
}

type DrawValues = { name: string; sampleSize: number; seed?: string; stratifyByFunction?: boolean };

/** 抽查: the campaigns drawn so far; draw a new one (Art. 13). */
export function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const urlState = useListUrlState(CAMPAIGN_FILTERS);
  const status = SPOT_CHECK_STATUSES.find((s) => s === urlState.filters.status) ?? null;
  const [{ data, fetching, error }] = useQuery({ query: CampaignsQuery, requestPolicy: 'cache-and-network' });
  const [, draw] = useMutation(DrawMutation);
  const [drawing, setDrawing] = useState(false);
  return (
    <>
      <ListPage
        title={t('afterAward.spotChecks.title')}
        description={t('afterAward.spotChecks.description')}
        urlState={urlState}
        // every spot check of every campaign, one row each (GET /api/exports/spot-checks)
        onExport={async (report, format) => {
          await downloadExport('spot-checks', format, {}, { report, language: i18n.language });
        }}
        actions={
          <Button type="primary" onClick={() => setDrawing(true)}>
            {t('afterAward.spotChecks.draw')}
          </Button>
        }
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        searchFields={[
          {
            name: 'status',
            label: t('afterAward.columns.status'),
            control: (
              <Select
                allowClear
                options={SPOT_CHECK_STATUSES.map((s) => ({ value: s, label: t(`afterAward.spotCheckStatus.${s}`) }))}
                data-testid="filter-status"
              />
            ),
          },
        ]}
        rows={data?.spotCheckCampaigns.filter((c) => status === null || c.checks.some((k) => k.status === status))}
        rowKey={(r) => r.id}
        loading={fetching && !data}
        columns={[
          {
            key: 'name',
            title: t('afterAward.spotChecks.name'),
            render: (_, r) => <Link to={`/spot-checks/${r.id}`}>{r.name}</Link>,
          },
          {
            key: 'seed',
            title: t('afterAward.spotChecks.seedLabel'),
            render: (_, r) => <Typography.Text code>{r.seed}</Typography.Text>,
          },
          {
            key: 'sample',
            title: t('afterAward.spotChecks.sample'),
            render: (_, r) => `${r.sampleSize} / ${r.populationSize}`,
          },
          {
            key: 'progress',
            title: t('afterAward.spotChecks.progress'),
            render: (_, r) =>
              t('afterAward.spotChecks.progressText', {
                done: r.checks.filter((c) => DECIDED.has(c.status)).length,
                total: r.checks.length,
              }),
          },
          { key: 'drawnAt', title: t('afterAward.spotChecks.drawnAt'), render: (_, r) => formatDateTime(r.drawnAt) },
          { key: 'drawnBy', title: t('afterAward.spotChecks.drawnBy'), render: (_, r) => r.drawnBy.displayName },
        ]}
        rowActions={(r) => <Link to={`/spot-checks/${r.id}`}>{t('afterAward.spotChecks.view')}</Link>}
        empty={{ title: t('afterAward.spotChecks.empty') }}
      />
      <FormModal<DrawValues>
        name="draw"
        open={drawing}
        title={t('afterAward.spotChecks.draw')}
        okText={t('afterAward.spotChecks.draw')}
        initialValues={{ sampleSize: 1, stratifyByFunction: false }}
        failureTestId="draw-failure"
        onCancel={() => setDrawing(false)}
        onSubmit={async (values) => {
          const result = await draw({
            input: {
              name: values.name,
              sampleSize: values.sampleSize,
              seed: values.seed?.trim() || null,
              stratifyByFunction: values.stratifyByFunction ?? false,
            },
          });
          const problem = failureOf(result, 'drawSpotCheckSample');
          const drawn = result.data?.drawSpotCheckSample;
          if (!problem && drawn?.__typename === 'DrawSpotCheckSampleSuccess') {
            void message.success(t('afterAward.spotChecks.drawn', { seed: drawn.data.seed }));
            setDrawing(false);
            void navigate(`/spot-checks/${drawn.data.id}`);
          }
          return problem;
        }}
      >
        <Form.Item
          name="name"
          label={t('afterAward.spotChecks.name')}
          rules={[{ required: true, message: t('afterAward.revoke.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="sampleSize"
          label={t('afterAward.spotChecks.sampleSize')}
          rules={[{ required: true, message: t('afterAward.revoke.required') }]}
        >
          <InputNumber min={1} max={10000} />
        </Form.Item>
        <Form.Item name="seed" label={t('afterAward.spotChecks.seed')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="stratifyByFunction" valuePropName="checked">
          <Checkbox>{t('afterAward.spotChecks.stratify')}</Checkbox>
        </Form.Item>
      </FormModal>
    </>
  );
}

type Dialog = { kind: 'REQUEST_EVIDENCE' | 'PASS' | 'FAIL'; checkId: string; version: number; name: string };

/** One campaign: its seed and population (so anyone can re-draw), the checks and their actions. */
export function CampaignPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CampaignQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [, requestEvidence] = useMutation(RequestEvidenceMutation);
  const [, recordResult] = useMutation(RecordResultMutation);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const back = { title: t('afterAward.spotChecks.title'), to: '/spot-checks' };
  const campaign = data?.spotCheckCampaign;
  if (error && isNotFoundError(error))
    return <NotFoundResult title={t('afterAward.title.notFound')} backTo="/spot-checks" backLabel={back.title} />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!campaign)
    return fetching ? (
      <Skeleton active />
    ) : (
      <NotFoundResult title={t('afterAward.title.notFound')} backTo="/spot-checks" backLabel={back.title} />
    );

  const done = (problem: string | null) => {
    if (!problem) {
      void message.success(t('afterAward.spotChecks.done'));
      setDialog(null);
      reexecute({ requestPolicy: 'network-only' });
    }
    return problem;
  };
  return (
    <PageFrame title={campaign.name} breadcrumbs={[back, { title: campaign.name }]}>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="campaign-facts">
          <Descriptions.Item label={t('afterAward.spotChecks.seedLabel')}>
            <Typography.Text code copyable data-testid="campaign-seed">
              {campaign.seed}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('afterAward.spotChecks.algorithm')}>{campaign.algorithm}</Descriptions.Item>
          <Descriptions.Item label={t('afterAward.spotChecks.population')}>
            {t('afterAward.spotChecks.populationCount', { count: campaign.populationSize })}
          </Descriptions.Item>
          <Descriptions.Item label={t('afterAward.spotChecks.sample')}>
            {campaign.sampleSize}
            {campaign.stratified ? (
              <Tag style={{ marginInlineStart: 8 }}>{t('afterAward.spotChecks.stratified')}</Tag>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('afterAward.spotChecks.drawnAt')}>
            {formatDateTime(campaign.drawnAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('afterAward.spotChecks.drawnBy')}>
            {campaign.drawnBy.displayName}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('afterAward.spotChecks.reDraw', {
            seed: campaign.seed,
            count: campaign.populationSize,
            algorithm: campaign.algorithm,
          })}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('afterAward.spotChecks.checks')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          data-testid="spot-checks-table"
          dataSource={campaign.checks}
          onRow={(c) =>
            ({ 'data-testid': `spot-check-${c.accreditation.certificateNumber}` }) as React.HTMLAttributes<HTMLElement>
          }
          scroll={{ x: true }}
          columns={[
            { key: 'pos', title: '#', render: (_, c) => c.position + 1 },
            {
              key: 'title',
              title: t('afterAward.columns.organisation'),
              render: (_, c) => <Link to={`/titles/${c.accreditation.id}`}>{c.accreditation.organisationName}</Link>,
            },
            {
              key: 'number',
              title: t('afterAward.columns.certificateNumber'),
              render: (_, c) => c.accreditation.certificateNumber,
            },
            {
              key: 'functions',
              title: t('afterAward.columns.functions'),
              render: (_, c) => <ServiceFunctionTags functions={c.accreditation.functions} />,
            },
            {
              key: 'status',
              title: t('afterAward.columns.status'),
              render: (_, c) => <SpotCheckStatusTag status={c.status} />,
            },
            {
              key: 'evidence',
              title: t('afterAward.spotChecks.evidenceRequest'),
              render: (_, c) =>
                c.evidenceRequest ? (
                  <Flex vertical gap={2}>
                    <span>{c.evidenceRequest}</span>
                    <Typography.Text type="secondary">
                      {t('afterAward.columns.dueOn')}: {c.dueOn}
                    </Typography.Text>
                  </Flex>
                ) : (
                  '—'
                ),
            },
            {
              key: 'response',
              title: t('afterAward.spotChecks.response'),
              render: (_, c) =>
                c.responseText ?? (
                  <Typography.Text type="secondary">{t('afterAward.spotChecks.noResponse')}</Typography.Text>
                ),
            },
            {
              key: 'files',
              title: t('afterAward.spotChecks.files'),
              render: (_, c) =>
                c.evidenceFiles.length === 0 ? (
                  '—'
                ) : (
                  <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="evidence-files">
                    {c.evidenceFiles.map((f) => (
                      <li key={f.id}>
                        <Typography.Link
                          href={f.downloadUrl}
                          download={f.fileName}
                          aria-label={t('afterAward.spotChecks.download', { file: f.fileName })}
                        >
                          <PaperClipOutlined aria-hidden /> {f.fileName}
                        </Typography.Link>
                      </li>
                    ))}
                  </ul>
                ),
            },
            { key: 'findings', title: t('afterAward.spotChecks.findings'), render: (_, c) => c.findings ?? '—' },
            {
              key: 'actions',
              title: t('ui.list.actions'),
              render: (_, c) => (
                <Flex gap={4} wrap>
                  {c.allowedActions.includes('REQUEST_EVIDENCE') ? (
                    <Button
                      size="small"
                      onClick={() =>
                        setDialog({
                          kind: 'REQUEST_EVIDENCE',
                          checkId: c.id,
                          version: c.version,
                          name: c.accreditation.organisationName,
                        })
                      }
                    >
                      {t('afterAward.spotChecks.requestEvidence')}
                    </Button>
                  ) : null}
                  {c.allowedActions.includes('PASS') ? (
                    <Button
                      size="small"
                      onClick={() =>
                        setDialog({
                          kind: 'PASS',
                          checkId: c.id,
                          version: c.version,
                          name: c.accreditation.organisationName,
                        })
                      }
                    >
                      {t('afterAward.spotChecks.recordPass')}
                    </Button>
                  ) : null}
                  {c.allowedActions.includes('FAIL') ? (
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        setDialog({
                          kind: 'FAIL',
                          checkId: c.id,
                          version: c.version,
                          name: c.accreditation.organisationName,
                        })
                      }
                    >
                      {t('afterAward.spotChecks.recordFail')}
                    </Button>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <ActionDialog
        open={dialog?.kind === 'REQUEST_EVIDENCE'}
        title={`${t('afterAward.spotChecks.requestEvidence')} · ${dialog?.name ?? ''}`}
        fields={[
          { name: 'request', label: t('afterAward.spotChecks.request'), kind: 'text' },
          { name: 'dueOn', label: t('afterAward.spotChecks.dueOn'), kind: 'date' },
        ]}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) =>
          dialog
            ? done(
                failureOf(
                  await requestEvidence({
                    input: {
                      spotCheckId: dialog.checkId,
                      version: dialog.version,
                      request: String(v.request),
                      dueOn: String(v.dueOn),
                    },
                  }),
                  'requestSpotCheckEvidence',
                ),
              )
            : null
        }
      />
      <ActionDialog
        open={dialog?.kind === 'PASS' || dialog?.kind === 'FAIL'}
        title={`${t(dialog?.kind === 'FAIL' ? 'afterAward.spotChecks.recordFail' : 'afterAward.spotChecks.recordPass')} · ${dialog?.name ?? ''}`}
        warning={dialog?.kind === 'FAIL' ? t('afterAward.spotChecks.failWarning') : undefined}
        fields={[{ name: 'findings', label: t('afterAward.spotChecks.findings'), kind: 'text' }]}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) =>
          dialog
            ? done(
                failureOf(
                  await recordResult({
                    input: {
                      spotCheckId: dialog.checkId,
                      version: dialog.version,
                      passed: dialog.kind === 'PASS',
                      findings: String(v.findings),
                    },
                  }),
                  'recordSpotCheckResult',
                ),
              )
            : null
        }
      />
    </PageFrame>
  );
}
