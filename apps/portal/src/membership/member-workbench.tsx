import { todayInShanghai } from '@sme/domain';
import {
  AuditOutlined,
  ClockCircleOutlined,
  EditOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import {
  ApplicationStatusTag,
  describeRequestError,
  formatDate,
  ServiceFunctionTags,
  Workbench,
  type WorkbenchCard,
} from '@sme/ui';
import { Alert, Card, Flex, List, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MembershipPanel } from './membership-panel';
import { needsMember, nextActionKey, openInfoRequests, workbenchCounts } from './workbench-counts';
import { MemberWorkbenchQuery } from './workbench.queries';
import { MembershipNotice, useMembershipState } from './membership-notice';
import { AnnualReportTodos, RenewalTodos, SpotCheckTodos } from './workbench-todo-cards';

const context = { additionalTypenames: ['Application', 'InfoRequest', 'Accreditation'] };

/** 工作台: the member's home — to-do counts linking into filtered lists, membership state, each
 * application with its next step, open requests for information with due dates, titles. Lists
 * rather than tables, so the page stays within 375 px. */
export function MemberWorkbench() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: MemberWorkbenchQuery,
    context,
    requestPolicy: 'cache-and-network',
  });
  const today = todayInShanghai(new Date());
  const membership = useMembershipState();
  const apps = useMemo(
    () => [...(data?.myApplications ?? [])].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
    [data],
  );
  const titles = data?.myAccreditations ?? [];
  const counts = data ? workbenchCounts(apps, titles, today) : undefined;
  const requests = openInfoRequests(apps, today);

  const cards: WorkbenchCard[] = [
    {
      key: 'drafts',
      label: t('membership.workbench.drafts'),
      hint: t('membership.workbench.draftsHint'),
      count: counts?.drafts,
      to: '/applications?status=DRAFT',
      icon: <EditOutlined aria-hidden />,
    },
    {
      key: 'returned',
      label: t('membership.workbench.returned'),
      hint: t('membership.workbench.returnedHint'),
      count: counts?.returned,
      to: '/applications?status=RETURNED',
      icon: <RollbackOutlined aria-hidden />,
    },
    {
      key: 'infoRequests',
      label: t('membership.workbench.infoRequests'),
      hint: t('membership.workbench.infoRequestsHint'),
      count: counts?.infoRequests,
      to: '/applications?status=MORE_INFO_REQUESTED',
      icon: <ClockCircleOutlined aria-hidden />,
    },
    {
      key: 'inProgress',
      label: t('membership.workbench.inProgress'),
      hint: t('membership.workbench.inProgressHint'),
      count: counts?.inProgress,
      to: '/applications',
      icon: <AuditOutlined aria-hidden />,
    },
    {
      key: 'expiring',
      label: t('membership.workbench.expiring'),
      hint: t('membership.workbench.expiringHint'),
      count: counts?.expiring,
      to: '/titles',
      icon: <SafetyCertificateOutlined aria-hidden />,
    },
  ];

  return (
    <Workbench
      title={t('membership.workbench.title')}
      description={t('membership.workbench.description')}
      cards={cards}
      loading={fetching && !data}
      alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : undefined}
    >
      <MembershipNotice state={membership} />
      <MembershipPanel />
      <SpotCheckTodos />
      <RenewalTodos titles={titles} />
      <AnnualReportTodos />

      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('membership.workbench.openRequests')}</h2>}
        data-testid="workbench-info-requests"
      >
        <List
          dataSource={requests}
          locale={{ emptyText: <Typography.Text>{t('membership.workbench.noRequests')}</Typography.Text> }}
          renderItem={(r) => (
            <List.Item
              key={r.id}
              actions={[
                <Link key="open" to={`/applications/${r.application.id}`}>
                  {t('membership.workbench.open')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span>{r.application.round.name}</span>
                    <Tag color={r.overdue ? 'red' : 'blue'}>
                      {r.overdue
                        ? t('membership.workbench.overdue')
                        : `${t('membership.workbench.dueOn')} ${formatDate(r.dueOn)}`}
                    </Tag>
                  </Flex>
                }
                description={<Typography.Text style={{ overflowWrap: 'anywhere' }}>{r.request}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      </Card>

      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('membership.workbench.applications')}</h2>}
        data-testid="workbench-applications"
        extra={<Link to="/applications/new">{t('membership.workbench.newApplication')}</Link>}
      >
        <List
          dataSource={apps}
          locale={{
            emptyText: (
              <Flex vertical align="center" gap={4}>
                <Typography.Text>{t('membership.workbench.noApplications')}</Typography.Text>
                <Typography.Text>
                  {/* a member is not told to become one first */}
                  {membership?.kind === 'approved'
                    ? t('guide.workbench.noApplicationsMemberHint')
                    : t('membership.workbench.noApplicationsHint')}
                </Typography.Text>
              </Flex>
            ),
          }}
          renderItem={(a) => (
            <List.Item
              key={a.id}
              data-testid="workbench-application"
              actions={[
                <Link
                  key="open"
                  to={`/applications/${a.id}`}
                  style={needsMember(a.status) ? { fontWeight: 600 } : undefined}
                >
                  {t('membership.workbench.open')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span>{a.round.name}</span>
                    <ApplicationStatusTag status={a.status} />
                  </Flex>
                }
                description={
                  <Flex vertical gap={4}>
                    <ServiceFunctionTags functions={a.functions} />
                    <Typography.Text>
                      {t('membership.workbench.nextAction')}：
                      {t(`membership.workbench.next.${nextActionKey(a.status)}`)}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>

      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('membership.workbench.titles')}</h2>}
        data-testid="workbench-titles"
      >
        <List
          dataSource={titles}
          locale={{ emptyText: <Typography.Text>{t('membership.workbench.noTitles')}</Typography.Text> }}
          renderItem={(title) => (
            <List.Item key={title.id}>
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span>
                      {t('membership.workbench.certificate')} {title.certificateNumber}
                    </span>
                    {title.titleStatus === 'EXPIRING_THIS_YEAR' ? (
                      <Tag color="red">{t('membership.workbench.expiring')}</Tag>
                    ) : null}
                  </Flex>
                }
                description={`${t('membership.workbench.validUntil')} ${formatDate(title.validUntil)}`}
              />
            </List.Item>
          )}
        />
      </Card>
    </Workbench>
  );
}
