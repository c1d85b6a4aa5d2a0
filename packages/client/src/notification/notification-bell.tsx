import { describeRequestError, formatDateTime } from '@sme/ui';
import { Alert, Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql';
import { notificationTarget } from './notification-link';

const UnreadCountQuery = graphql(`
  query NotificationBellCount {
    myUnreadNotificationCount
  }
`);

const NotificationsQuery = graphql(`
  query NotificationBellList {
    myNotifications(first: 20) {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation NotificationBellMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      __typename
      ... on MarkNotificationsReadSuccess {
        data
      }
    }
  }
`);

// A bell outline (the client package does not depend on the icon set for one glyph).
function BellIcon() {
  return (
    <span className="anticon" aria-hidden>
      <svg
        viewBox="0 0 24 24"
        width="1em"
        height="1em"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
    </span>
  );
}

/** How often the unread count is asked again while the page is open. */
export const NOTIFICATION_POLL_MS = 60_000;

/** The header's bell: the unread count, the latest notices, mark read (one or all), and a
 * notice's link opened in this app or the other one (`basename`: '' portal, '/admin' console). */
export function NotificationBell({ basename }: { basename: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [count, refreshCount] = useQuery({ query: UnreadCountQuery, requestPolicy: 'cache-and-network' });
  const [list, refreshList] = useQuery({ query: NotificationsQuery, pause: !open, requestPolicy: 'network-only' });
  const [, markRead] = useMutation(MarkReadMutation);
  useEffect(() => {
    const timer = setInterval(() => refreshCount({ requestPolicy: 'network-only' }), NOTIFICATION_POLL_MS);
    return () => clearInterval(timer);
  }, [refreshCount]);
  const unread = count.data?.myUnreadNotificationCount ?? 0;
  const refresh = () => {
    refreshCount({ requestPolicy: 'network-only' });
    refreshList({ requestPolicy: 'network-only' });
  };
  const mark = async (ids?: string[]) => {
    await markRead({ input: ids ? { ids } : {} });
    refresh();
  };
  const follow = (n: { id: string; link: string | null; readAt: unknown }) => {
    if (!n.readAt) void mark([n.id]);
    if (!n.link) return;
    setOpen(false);
    const target = notificationTarget(n.link, basename);
    if ('inApp' in target) void navigate(target.inApp);
    else window.location.assign(target.page);
  };
  const items = list.data?.myNotifications ?? [];

  const content = (
    <Flex vertical gap={8} style={{ width: 'min(360px, 90vw)' }} data-testid="notification-list">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('ui.notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} onClick={() => void mark()}>
          {t('ui.notifications.markAllRead')}
        </Button>
      </Flex>
      {list.error ? (
        <Alert
          type="error"
          showIcon
          title={t('ui.notifications.loadFailed', { message: describeRequestError(list.error, t) })}
        />
      ) : null}
      {items.length === 0 && !list.fetching ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.notifications.empty')} />
      ) : (
        <List
          size="small"
          loading={list.fetching && items.length === 0}
          dataSource={items}
          style={{ maxHeight: 400, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item
              data-testid="notification-item"
              actions={
                n.readAt
                  ? []
                  : [
                      <Button key="read" size="small" type="link" onClick={() => void mark([n.id])}>
                        {t('ui.notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Link strong={!n.readAt} onClick={() => follow(n)} style={{ whiteSpace: 'normal' }}>
                  {n.readAt ? null : (
                    <Badge
                      status="processing"
                      aria-label={t('ui.notifications.unread')}
                      style={{ marginInlineEnd: 6 }}
                    />
                  )}
                  {n.title}
                </Typography.Link>
                {n.body !== n.title ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>
                    {n.body}
                  </Typography.Text>
                ) : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) refresh();
      }}
      content={content}
    >
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellIcon />}
          aria-label={unread > 0 ? t('ui.notifications.bellUnread', { count: unread }) : t('ui.notifications.bell')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
