import { usePageCursor } from '@sme/client';
import {
  ListPage,
  SERVICE_FUNCTIONS,
  ServiceFunctionTags,
  describeRequestError,
  toLocale,
  useListUrlState,
  useServiceFunctionOptions,
  type ServiceFunction,
} from '@sme/ui';
import { Alert, Card, Input, Select, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { RegisterCursorsQuery, RegisterQuery, RevokedTitlesQuery } from './public.queries';
import { longDate } from './public-dates';

const FILTERS = ['name', 'function', 'region'] as const;
const isFunction = (value: string | undefined): value is ServiceFunction =>
  SERVICE_FUNCTIONS.includes(value as ServiceFunction);

/** /public/register (Art. 9): titles valid today, searchable by name, function and region; the
 * revoked titles listed after them, marked as such. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const client = useClient();
  const list = useListUrlState(FILTERS);
  const functionOptions = useServiceFunctionOptions();
  const variables = {
    name: list.filters.name ?? null,
    function: isFunction(list.filters.function) ? list.filters.function : null,
    region: list.filters.region ?? null,
  };
  const listKey = `${variables.name ?? ''}|${variables.function ?? ''}|${variables.region ?? ''}|${list.pageSize}`;
  const fetchCursors = useCallback(
    async (after: string | null, first: number) => {
      const result = await client.query(RegisterCursorsQuery, { ...variables, first, after }).toPromise();
      return result.data?.register.edges.map((edge) => edge.cursor) ?? [];
    },
    // the variables are named by listKey
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, listKey],
  );
  const cursor = usePageCursor(listKey, list.page, list.pageSize, fetchCursors);
  const [{ data, fetching, error }] = useQuery({
    query: RegisterQuery,
    variables: { ...variables, first: list.pageSize, after: cursor.after ?? null },
    pause: cursor.after === undefined,
  });
  const connection = data?.register;
  const { remember } = cursor;
  const offset = (list.page - 1) * list.pageSize;
  useEffect(() => {
    if (connection) remember(offset + connection.edges.length, connection.pageInfo.endCursor);
  }, [connection, offset, remember]);
  const date = (iso: string) => longDate(iso, locale);

  return (
    <ListPage
      title={t('public.register.title')}
      description={t('public.register.description')}
      urlState={list}
      searchFields={[
        { name: 'name', label: t('public.register.name'), control: <Input allowClear /> },
        {
          name: 'function',
          label: t('public.register.function'),
          control: <Select allowClear placeholder={t('public.register.anyFunction')} options={functionOptions} />,
        },
        {
          name: 'region',
          label: t('public.register.region'),
          control: <Input allowClear placeholder={t('public.register.regionPlaceholder')} />,
        },
      ]}
      alert={
        error ? (
          <Alert
            type="error"
            showIcon
            title={t('public.register.loadFailed', { message: describeRequestError(error, t) })}
          />
        ) : null
      }
      rows={connection?.edges.map((edge) => edge.node)}
      rowKey={(row) => row.id}
      total={connection?.totalCount}
      loading={fetching}
      testId="public-register"
      columns={[
        {
          key: 'organisation',
          title: t('public.register.name'),
          // Arts. 11 and 13: a title whose revocation is open is still listed, marked as being revoked.
          render: (_, row) =>
            row.revocationPending ? (
              <>
                {row.organisationName}{' '}
                <Tag color="orange" data-testid="register-pending">
                  {t('public.register.pending')}
                </Tag>
              </>
            ) : (
              row.organisationName
            ),
        },
        { key: 'region', title: t('public.register.region'), render: (_, row) => row.region ?? '—' },
        {
          key: 'functions',
          title: t('public.register.function'),
          render: (_, row) => <ServiceFunctionTags functions={row.functions} />,
        },
        { key: 'number', title: t('public.register.certificateNumber'), render: (_, row) => row.certificateNumber },
        {
          key: 'validity',
          title: t('public.register.validity'),
          render: (_, row) =>
            t('public.register.validityText', { from: date(row.validFrom), until: date(row.validUntil) }),
        },
      ]}
      rowActions={(row) => (
        <Link to={`/public/verify?number=${encodeURIComponent(row.certificateNumber)}`}>
          {t('public.register.verify')}
        </Link>
      )}
      empty={{ title: t('public.register.empty'), hint: list.filtered ? t('public.register.emptyHint') : undefined }}
    >
      <RevokedTitles />
    </ListPage>
  );
}

function RevokedTitles() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [{ data, error }] = useQuery({ query: RevokedTitlesQuery });
  const rows = data?.revokedTitles ?? [];
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
          {t('public.register.revokedTitle')}
        </Typography.Title>
      }
      data-testid="revoked-titles"
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('public.register.loadFailed', { message: describeRequestError(error, t) })}
        />
      ) : null}
      <div style={{ overflowX: 'auto' }}>
        <Table
          size="small"
          pagination={false}
          rowKey={(row) => row.certificateNumber}
          dataSource={rows}
          locale={{ emptyText: t('public.register.revokedEmpty') }}
          columns={[
            {
              key: 'organisation',
              title: t('public.register.name'),
              render: (_, row) => (
                <>
                  {row.organisationName} <Tag color="red">{t('public.register.revoked')}</Tag>
                </>
              ),
            },
            { key: 'number', title: t('public.register.certificateNumber'), render: (_, row) => row.certificateNumber },
            {
              key: 'reason',
              title: t('public.register.reason'),
              render: (_, row) => t(`public.register.reasonValue.${row.reason}`),
            },
            {
              key: 'effectiveOn',
              title: t('public.register.revokedOn'),
              render: (_, row) => longDate(row.effectiveOn, locale),
            },
          ]}
        />
      </div>
    </Card>
  );
}
