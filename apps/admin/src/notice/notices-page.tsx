import { ListPage, describeRequestError, formatDate, useListUrlState } from '@sme/ui';
import { Alert, Button, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { NOTICE_CONTEXT, NoticesQuery } from './notice.queries';
import { NOTICE_STATE_COLOURS, noticeState } from './notice-state';

// ?state=over is the workbench's "notices to award" card: the period has ended, not yet closed
const FILTERS = ['state'] as const;
const STATES = ['running', 'over', 'notYet', 'closed'] as const;

/** 认定公示: every notice with its period and where it stands; "publish" starts a new one. */
export function NoticesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const urlState = useListUrlState(FILTERS);
  const state = STATES.find((s) => s === urlState.filters.state) ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: NoticesQuery,
    requestPolicy: 'cache-and-network',
    context: NOTICE_CONTEXT,
  });
  return (
    <ListPage
      title={t('notice.list.title')}
      description={t('notice.list.description')}
      urlState={urlState}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/notices/new')}>
          {t('notice.list.publish')}
        </Button>
      }
      alert={
        error ? (
          <Alert
            type="error"
            showIcon
            title={t('notice.list.loadFailed', { message: describeRequestError(error, t) })}
          />
        ) : null
      }
      searchFields={[
        {
          name: 'state',
          label: t('notice.list.status'),
          control: (
            <Select
              allowClear
              options={STATES.map((s) => ({ value: s, label: t(`notice.status.${s}`) }))}
              data-testid="filter-state"
            />
          ),
        },
      ]}
      rows={data?.publicNotices.filter((n) => state === null || noticeState(n) === state)}
      rowKey={(n) => n.id}
      loading={fetching}
      testId="notices-table"
      columns={[
        {
          key: 'title',
          title: t('notice.list.noticeTitle'),
          render: (_, n) => <Link to={`/notices/${n.id}`}>{n.title}</Link>,
        },
        { key: 'round', title: t('notice.list.round'), render: (_, n) => n.round?.name ?? '—' },
        { key: 'publishedOn', title: t('notice.list.publishedOn'), render: (_, n) => formatDate(n.publishedOn) },
        {
          key: 'period',
          title: t('notice.list.period'),
          render: (_, n) => t('notice.list.periodText', { start: n.startsOn, end: n.endsOn }),
        },
        { key: 'entries', title: t('notice.list.entries'), render: (_, n) => n.entries.length },
        {
          key: 'status',
          title: t('notice.list.status'),
          render: (_, n) => {
            const state = noticeState(n);
            return (
              <>
                <Tag color={NOTICE_STATE_COLOURS[state]}>{t(`notice.status.${state}`)}</Tag>
                {state !== 'closed' && !n.awardBlocker ? (
                  <Tag color="#237804">{t('notice.list.awardReady')}</Tag>
                ) : null}
              </>
            );
          },
        },
      ]}
      rowActions={(n) => <Link to={`/notices/${n.id}`}>{t('notice.list.open')}</Link>}
      empty={{ title: t('notice.list.empty'), hint: t('notice.list.emptyHint') }}
    />
  );
}
