import { todayInShanghai } from '@sme/domain';
import {
  DateField,
  PageFrame,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  useConfirmAction,
  useDateRules,
} from '@sme/ui';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { failureOf } from '../review/mutation-result';
import { NOTICE_CONTEXT, NoticePeriodQuery, PublishCandidatesQuery, PublishNoticeMutation } from './notice.queries';
import { backdatedProgress, isFutureDate, isWebAddress } from './notice-state';

type Values = { publishedOn: string; body?: string; evidenceUrl?: string };

/** 发布公示: a round's passed applications, the period the calendar gives the publication date
 * (shown before anything is published), then one confirmation naming them (Art. 8). */
export function PublishNoticePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirmAction();
  const today = useMemo(() => todayInShanghai(new Date()), []);
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({
    query: PublishCandidatesQuery,
    requestPolicy: 'cache-and-network',
    context: NOTICE_CONTEXT,
  });
  const rounds = data?.rounds ?? [];
  const passed = (data?.applications.edges ?? []).map((e) => e.node);
  const waiting = (id: string) => passed.filter((a) => a.round.id === id).length;
  // the round in the link, else the first one with applications waiting for a notice
  const roundId = params.get('round') ?? passed[0]?.round.id ?? null;
  const candidates = passed.filter((a) => a.round.id === roundId);
  const round = rounds.find((r) => r.id === roundId);
  const [selected, setSelected] = useState<string[]>([]);
  // the title the administrator typed; until then, the round's default
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  const title = typedTitle ?? (round ? t('notice.publish.defaultTitle', { round: round.name }) : '');
  const [titleMissing, setTitleMissing] = useState(false);
  const [form] = Form.useForm<Values>();
  const publishedOn = Form.useWatch('publishedOn', form) ?? today;
  const dateRules = useDateRules();
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(publishedOn) && !isFutureDate(publishedOn, today);
  const [period] = useQuery({ query: NoticePeriodQuery, variables: { publishedOn }, pause: !validDate });
  const [, publish] = useMutation(PublishNoticeMutation);
  const [failure, setFailure] = useState<string | null>(null);

  // a new round starts a new selection (and the form, below, its default title)
  const chooseRound = (value: string) => {
    setParams({ round: value }, { replace: true });
    setSelected([]);
    setTypedTitle(null);
  };

  const submit = async () => {
    const values = await form.validateFields();
    setTitleMissing(title.trim() === '');
    if (title.trim() === '') return;
    if (selected.length === 0) {
      setFailure(t('notice.publish.chooseApplications'));
      return;
    }
    const p = period.data?.noticePeriod;
    if (!roundId || !p) return;
    const names = candidates.filter((a) => selected.includes(a.id)).map((a) => a.organisation.name);
    const evidenceUrl = values.evidenceUrl?.trim() || null;
    confirm({
      title: t('notice.publish.confirmTitle', { title }),
      description: [
        t('notice.publish.confirmDescription', {
          start: p.startsOn,
          end: p.endsOn,
          days: p.workingDays.length,
          count: names.length,
        }),
        evidenceUrl ? t('notice.publish.confirmEvidence', { url: evidenceUrl }) : null,
      ]
        .filter(Boolean)
        .join(' '),
      names,
      okText: t('notice.publish.submit'),
      onOk: async () => {
        const result = await publish(
          {
            input: {
              roundId,
              applicationIds: selected,
              publishedOn: values.publishedOn,
              title: title.trim(),
              body: values.body?.trim() || null,
              evidenceUrl,
            },
          },
          NOTICE_CONTEXT,
        );
        const problem = failureOf(result, 'publishNotice');
        setFailure(problem ? t('notice.publish.failed', { message: problem }) : null);
        const answer = result.data?.publishNotice;
        if (answer?.__typename === 'PublishNoticeSuccess') void navigate(`/notices/${answer.data.id}`);
      },
    });
  };

  const p = validDate ? period.data?.noticePeriod : undefined;
  // Art. 8: a notice dated before today has already run (wholly or partly) on the association's
  // website; it is recorded with where it was published (the API refuses it without).
  const backdated = validDate && publishedOn < today;
  const progress = p ? backdatedProgress(p, today) : 'none';
  return (
    <PageFrame
      title={t('notice.publish.title')}
      description={t('notice.publish.description')}
      breadcrumbs={[{ title: t('notice.list.title'), to: '/notices' }]}
    >
      {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      {failure ? <Alert type="error" showIcon title={failure} data-testid="publish-failure" /> : null}
      <Card size="small">
        <Form form={form} layout="vertical" initialValues={{ publishedOn: today }} style={{ maxWidth: 900 }}>
          <Form.Item label={t('notice.publish.round')} required>
            <Select
              aria-label={t('notice.publish.round')}
              placeholder={t('notice.publish.roundPlaceholder')}
              value={roundId ?? undefined}
              onChange={chooseRound}
              options={rounds.map((r) => ({
                value: r.id,
                label: t('notice.publish.roundOption', { round: r.name, count: waiting(r.id) }),
              }))}
              loading={fetching && rounds.length === 0}
              style={{ maxWidth: 480 }}
            />
          </Form.Item>
          {roundId ? (
            <Form.Item label={t('notice.publish.applications')} extra={t('notice.publish.applicationsHint')} required>
              <Table
                size="small"
                pagination={false}
                rowKey={(a) => a.id}
                dataSource={candidates}
                loading={fetching}
                data-testid="publish-candidates"
                locale={{ emptyText: t('notice.publish.noCandidates') }}
                rowSelection={{
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (a) => ({ 'aria-label': a.organisation.name }),
                }}
                columns={[
                  {
                    key: 'organisation',
                    title: t('notice.publish.organisation'),
                    render: (_, a) => a.organisation.name,
                  },
                  {
                    key: 'functions',
                    title: t('notice.publish.functions'),
                    render: (_, a) => <ServiceFunctionTags functions={a.functions} />,
                  },
                  {
                    key: 'decidedAt',
                    title: t('notice.publish.decidedAt'),
                    render: (_, a) => formatDateTime(a.decidedAt),
                  },
                ]}
              />
            </Form.Item>
          ) : null}
          <Form.Item
            label={t('notice.publish.noticeTitle')}
            htmlFor="notice-title"
            required
            validateStatus={titleMissing ? 'error' : undefined}
            help={titleMissing ? t('notice.publish.required') : undefined}
          >
            <Input
              id="notice-title"
              maxLength={200}
              value={title}
              onChange={(event) => setTypedTitle(event.target.value)}
            />
          </Form.Item>
          <Form.Item
            name="publishedOn"
            label={t('notice.publish.publishedOn')}
            extra={t('notice.publish.publishedOnHint')}
            rules={[
              { required: true, message: t('notice.publish.required') },
              ...dateRules,
              {
                validator: async (_, value?: string) =>
                  value && isFutureDate(value, today)
                    ? Promise.reject(new Error(t('notice.publish.futureDate')))
                    : Promise.resolve(),
              },
            ]}
          >
            <DateField />
          </Form.Item>
          {backdated ? (
            <Form.Item
              name="evidenceUrl"
              label={t('notice.publish.evidenceUrl')}
              extra={t('notice.publish.evidenceUrlHint')}
              required
              rules={[
                {
                  validator: async (_, value?: string) =>
                    value && value.trim() !== '' && !isWebAddress(value.trim())
                      ? Promise.reject(new Error(t('notice.publish.evidenceUrlInvalid')))
                      : Promise.resolve(),
                },
              ]}
            >
              <Input
                type="url"
                inputMode="url"
                maxLength={2000}
                placeholder={t('notice.publish.evidencePlaceholder')}
                data-testid="publish-evidence-url"
              />
            </Form.Item>
          ) : null}
          <Form.Item name="body" label={t('notice.publish.body')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Form>
      </Card>
      {backdated && p && progress !== 'none' ? (
        <Alert
          type="warning"
          showIcon
          data-testid="publish-backdated"
          data-progress={progress}
          title={t(progress === 'run' ? 'notice.publish.backdatedRun' : 'notice.publish.backdatedPartly', {
            start: p.startsOn,
            end: p.endsOn,
          })}
          description={t('notice.publish.backdatedDetail')}
        />
      ) : null}
      {p && p.unconfirmedYears.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="publish-unconfirmed"
          title={t('notice.publish.unconfirmed', {
            years: p.unconfirmedYears.join(t('calendar.notice.yearSeparator')),
          })}
          action={<Link to={`/calendar?year=${p.unconfirmedYears[0]}`}>{t('notice.publish.openCalendar')}</Link>}
        />
      ) : null}
      <Card size="small" title={t('notice.publish.period')} data-testid="publish-period">
        {period.error ? (
          <Alert
            type="error"
            showIcon
            title={t('notice.publish.periodFailed', { message: describeRequestError(period.error, t) })}
          />
        ) : null}
        {validDate && !p && period.fetching ? <Skeleton active paragraph={{ rows: 2 }} title={false} /> : null}
        {p ? (
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('notice.publish.startsOn')}>
              <span data-testid="period-starts">{p.startsOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('notice.publish.endsOn')}>
              <span data-testid="period-ends">{p.endsOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('notice.publish.workingDays')}>
              <Flex wrap gap={4}>
                {p.workingDays.map((day) => (
                  <Tag key={day}>{day}</Tag>
                ))}
              </Flex>
            </Descriptions.Item>
          </Descriptions>
        ) : !validDate ? (
          <Typography.Text type="secondary">{t('notice.publish.futureDate')}</Typography.Text>
        ) : null}
      </Card>
      <Flex gap={8}>
        <Button type="primary" onClick={() => void submit()} disabled={!roundId || !p} data-testid="publish-submit">
          {t('notice.publish.submit')}
        </Button>
        <Button onClick={() => void navigate('/notices')}>{t('notice.publish.cancel')}</Button>
      </Flex>
    </PageFrame>
  );
}
