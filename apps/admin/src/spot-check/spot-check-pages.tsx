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
  StatusTag,
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
  SpotCheckCampaignQuery,
  SpotCheckCampaignsQuery,
  DrawSpotCheckMutation,
  RecordSpotCheckResultMutation,
  RequestSpotCheckEvidenceMutation,
} from './spot-check.queries';

// ?status=RESPONDED is the workbench's "spot checks to judge" card: campaigns with such a check
const CAMPAIGN_FILTERS = ['status'] as const;
const SPOT_CHECK_STATUSES = ['PENDING', 'EVIDENCE_REQUESTED', 'RESPONDED', 'PASSED', 'FAILED'] as const;
const DECIDED = new Set(['PASSED', 'FAILED']);

function SpotCheckStatusTag({ status }: { status: string }) {
  return <StatusTag kind="spotCheckStatus" status={status} testId="spot-check-status" />;
}

type DrawValues = { name: string; sampleSize: number; seed?: string; stratifyByFunction?: boolean };

/** 抽查: the campaigns drawn so far; draw a new one (Art. 13). */
export function SpotCheckCampaignsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const urlState = useListUrlState(CAMPAIGN_FILTERS);
  const status = SPOT_CHECK_STATUSES.find((s) => s === urlState.filters.status) ?? null;
  const [{ data, fetching, error }] = useQuery({ query: SpotCheckCampaignsQuery, requestPolicy: 'cache-and-network' });
  const [, draw] = useMutation(DrawSpotCheckMutation);
  const [drawing, setDrawing] = useState(false);
  return (
    <>
      <ListPage
        title={t('spotCheck.title')}
        description={t('spotCheck.description')}
        urlState={urlState}
        // every spot check of every campaign, one row each (GET /api/exports/spot-checks)
        onExport={async (report, format) => {
          await downloadExport('spot-checks', format, {}, { report, language: i18n.language });
        }}
        actions={
          <Button type="primary" onClick={() => setDrawing(true)}>
            {t('spotCheck.draw')}
          </Button>
        }
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        searchFields={[
          {
            name: 'status',
            label: t('title.columns.status'),
            control: (
              <Select
                allowClear
                options={SPOT_CHECK_STATUSES.map((s) => ({ value: s, label: t(`ui.spotCheckStatus.${s}`) }))}
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
            title: t('spotCheck.name'),
            render: (_, r) => <Link to={`/spot-checks/${r.id}`}>{r.name}</Link>,
          },
          {
            key: 'seed',
            title: t('spotCheck.seedLabel'),
            render: (_, r) => <Typography.Text code>{r.seed}</Typography.Text>,
          },
          {
            key: 'sample',
            title: t('spotCheck.sample'),
            render: (_, r) => `${r.sampleSize} / ${r.populationSize}`,
          },
          {
            key: 'progress',
            title: t('spotCheck.progress'),
            render: (_, r) =>
              t('spotCheck.progressText', {
                done: r.checks.filter((c) => DECIDED.has(c.status)).length,
                total: r.checks.length,
              }),
          },
          { key: 'drawnAt', title: t('spotCheck.drawnAt'), render: (_, r) => formatDateTime(r.drawnAt) },
          { key: 'drawnBy', title: t('spotCheck.drawnBy'), render: (_, r) => r.drawnBy.displayName },
        ]}
        rowActions={(r) => <Link to={`/spot-checks/${r.id}`}>{t('spotCheck.view')}</Link>}
        empty={{ title: t('spotCheck.empty') }}
      />
      <FormModal<DrawValues>
        name="draw"
        open={drawing}
        title={t('spotCheck.draw')}
        okText={t('spotCheck.draw')}
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
            void message.success(t('spotCheck.drawn', { seed: drawn.data.seed }));
            setDrawing(false);
            void navigate(`/spot-checks/${drawn.data.id}`);
          }
          return problem;
        }}
      >
        <Form.Item
          name="name"
          label={t('spotCheck.name')}
          rules={[{ required: true, message: t('revocation.revoke.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="sampleSize"
          label={t('spotCheck.sampleSize')}
          rules={[{ required: true, message: t('revocation.revoke.required') }]}
        >
          <InputNumber min={1} max={10000} />
        </Form.Item>
        <Form.Item name="seed" label={t('spotCheck.seed')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="stratifyByFunction" valuePropName="checked">
          <Checkbox>{t('spotCheck.stratify')}</Checkbox>
        </Form.Item>
      </FormModal>
    </>
  );
}

type Dialog = { kind: 'REQUEST_EVIDENCE' | 'PASS' | 'FAIL'; checkId: string; version: number; name: string };

/** One campaign: its seed and population (so anyone can re-draw), the checks and their actions. */
export function SpotCheckCampaignPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SpotCheckCampaignQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [, requestEvidence] = useMutation(RequestSpotCheckEvidenceMutation);
  const [, recordResult] = useMutation(RecordSpotCheckResultMutation);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const back = { title: t('spotCheck.title'), to: '/spot-checks' };
  const campaign = data?.spotCheckCampaign;
  if (error && isNotFoundError(error))
    return <NotFoundResult title={t('title.detail.notFound')} backTo="/spot-checks" backLabel={back.title} />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!campaign)
    return fetching ? (
      <Skeleton active />
    ) : (
      <NotFoundResult title={t('title.detail.notFound')} backTo="/spot-checks" backLabel={back.title} />
    );

  const done = (problem: string | null) => {
    if (!problem) {
      void message.success(t('spotCheck.done'));
      setDialog(null);
      reexecute({ requestPolicy: 'network-only' });
    }
    return problem;
  };
  return (
    <PageFrame title={campaign.name} breadcrumbs={[back, { title: campaign.name }]}>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="campaign-facts">
          <Descriptions.Item label={t('spotCheck.seedLabel')}>
            <Typography.Text code copyable data-testid="campaign-seed">
              {campaign.seed}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('spotCheck.algorithm')}>{campaign.algorithm}</Descriptions.Item>
          <Descriptions.Item label={t('spotCheck.population')}>
            {t('spotCheck.populationCount', { count: campaign.populationSize })}
          </Descriptions.Item>
          <Descriptions.Item label={t('spotCheck.sample')}>
            {campaign.sampleSize}
            {campaign.stratified ? <Tag style={{ marginInlineStart: 8 }}>{t('spotCheck.stratified')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('spotCheck.drawnAt')}>{formatDateTime(campaign.drawnAt)}</Descriptions.Item>
          <Descriptions.Item label={t('spotCheck.drawnBy')}>{campaign.drawnBy.displayName}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('spotCheck.reDraw', {
            seed: campaign.seed,
            count: campaign.populationSize,
            algorithm: campaign.algorithm,
          })}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('spotCheck.checks')}>
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
              title: t('title.columns.organisation'),
              render: (_, c) => <Link to={`/titles/${c.accreditation.id}`}>{c.accreditation.organisationName}</Link>,
            },
            {
              key: 'number',
              title: t('title.columns.certificateNumber'),
              render: (_, c) => c.accreditation.certificateNumber,
            },
            {
              key: 'functions',
              title: t('title.columns.functions'),
              render: (_, c) => <ServiceFunctionTags functions={c.accreditation.functions} />,
            },
            {
              key: 'status',
              title: t('title.columns.status'),
              render: (_, c) => <SpotCheckStatusTag status={c.status} />,
            },
            {
              key: 'evidence',
              title: t('spotCheck.evidenceRequest'),
              render: (_, c) =>
                c.evidenceRequest ? (
                  <Flex vertical gap={2}>
                    <span>{c.evidenceRequest}</span>
                    <Typography.Text type="secondary">
                      {t('title.columns.dueOn')}: {c.dueOn}
                    </Typography.Text>
                  </Flex>
                ) : (
                  '—'
                ),
            },
            {
              key: 'response',
              title: t('spotCheck.response'),
              render: (_, c) =>
                c.responseText ?? <Typography.Text type="secondary">{t('spotCheck.noResponse')}</Typography.Text>,
            },
            {
              key: 'files',
              title: t('spotCheck.files'),
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
                          aria-label={t('spotCheck.download', { file: f.fileName })}
                        >
                          <PaperClipOutlined aria-hidden /> {f.fileName}
                        </Typography.Link>
                      </li>
                    ))}
                  </ul>
                ),
            },
            { key: 'findings', title: t('spotCheck.findings'), render: (_, c) => c.findings ?? '—' },
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
                      {t('spotCheck.requestEvidence')}
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
                      {t('spotCheck.recordPass')}
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
                      {t('spotCheck.recordFail')}
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
        title={`${t('spotCheck.requestEvidence')} · ${dialog?.name ?? ''}`}
        fields={[
          { name: 'request', label: t('spotCheck.request'), kind: 'text' },
          { name: 'dueOn', label: t('spotCheck.dueOn'), kind: 'date' },
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
        title={`${t(dialog?.kind === 'FAIL' ? 'spotCheck.recordFail' : 'spotCheck.recordPass')} · ${dialog?.name ?? ''}`}
        warning={dialog?.kind === 'FAIL' ? t('spotCheck.failWarning') : undefined}
        fields={[{ name: 'findings', label: t('spotCheck.findings'), kind: 'text' }]}
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
