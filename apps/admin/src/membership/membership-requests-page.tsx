import {
  describeRequestError,
  formatDateTime,
  FormModal,
  ListPage,
  useListUrlState,
  type SearchField,
  StatusTag,
} from '@sme/ui';
import { Alert, App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import {
  ApproveMembershipMutation,
  MembershipRequestsQuery,
  RefuseMembershipMutation,
  UnitsForMembershipQuery,
  type MembershipRequestRow,
  type UnitOption,
} from './membership.queries';

const FILTERS = ['status'] as const;
const STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
type Status = (typeof STATUSES)[number];
// colours whose text passes AA contrast (as the application status tags)
const context = { additionalTypenames: ['MembershipRequest', 'Membership'] };

const isStatus = (value: string | undefined): value is Status => STATUSES.includes(value as Status);

/** 入会审核: the Membership Department's staff and administrators decide requests to join
 * (Art. 2), naming the unit that developed the member, which will recommend it. */
export function MembershipRequestsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const list = useListUrlState(FILTERS);
  const status = isStatus(list.filters.status) ? list.filters.status : null;
  const [{ data, fetching, error }] = useQuery({
    query: MembershipRequestsQuery,
    variables: { status },
    context,
    requestPolicy: 'cache-and-network',
  });
  const [{ data: unitsData }] = useQuery({ query: UnitsForMembershipQuery });
  const [approving, setApproving] = useState<MembershipRequestRow | null>(null);
  const [refusing, setRefusing] = useState<MembershipRequestRow | null>(null);
  const english = i18n.language.startsWith('en');
  const unitName = (u: { name: string; nameEn?: string | null }) => (english && u.nameEn ? u.nameEn : u.name);

  const all = data?.membershipRequests;
  const rows = useMemo(
    () => all?.slice((list.page - 1) * list.pageSize, list.page * list.pageSize),
    [all, list.page, list.pageSize],
  );

  const searchFields: SearchField<(typeof FILTERS)[number]>[] = [
    {
      name: 'status',
      label: t('membership.requests.status'),
      control: (
        <Select
          allowClear
          placeholder={t('membership.requests.allStatuses')}
          options={STATUSES.map((s) => ({ value: s, label: t(`ui.membershipRequestStatus.${s}`) }))}
        />
      ),
    },
  ];

  return (
    <>
      <ListPage<MembershipRequestRow, (typeof FILTERS)[number]>
        title={t('membership.requests.title')}
        description={t('membership.requests.description')}
        breadcrumbs={[{ title: t('nav.home'), to: '/' }]}
        searchFields={searchFields}
        urlState={list}
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={rows}
        rowKey={(r) => r.id}
        total={all?.length}
        loading={fetching}
        columns={[
          { key: 'organisation', title: t('membership.requests.organisation'), render: (_, r) => r.organisation.name },
          {
            key: 'creditCode',
            title: t('membership.requests.creditCode'),
            render: (_, r) => <Typography.Text code>{r.organisation.creditCode}</Typography.Text>,
          },
          {
            key: 'contact',
            title: t('membership.requests.contact'),
            render: (_, r) =>
              [r.organisation.contactName, r.organisation.contactPhone, r.organisation.contactEmail]
                .filter(Boolean)
                .join(' · ') || '—',
          },
          {
            key: 'requestedAt',
            title: t('membership.requests.requestedAt'),
            render: (_, r) => formatDateTime(r.requestedAt),
          },
          { key: 'note', title: t('membership.requests.note'), render: (_, r) => r.note ?? '—' },
          {
            key: 'status',
            title: t('membership.requests.status'),
            render: (_, r) => <StatusTag kind="membershipRequestStatus" status={r.status} />,
          },
          {
            key: 'decision',
            title: t('membership.requests.decision'),
            render: (_, r) =>
              r.status === 'APPROVED' && r.unit
                ? t('membership.requests.approvedWith', { unit: unitName(r.unit) })
                : r.status === 'REFUSED'
                  ? t('membership.requests.refusedWith', { reason: r.decisionNote ?? '' })
                  : '—',
          },
        ]}
        rowActions={(r) =>
          r.status === 'PENDING' ? (
            <Space size="small" wrap>
              <Button
                type="link"
                size="small"
                onClick={() => setApproving(r)}
                aria-label={`${t('membership.requests.approve')} ${r.organisation.name}`}
              >
                {t('membership.requests.approve')}
              </Button>
              <Button
                type="link"
                size="small"
                danger
                onClick={() => setRefusing(r)}
                aria-label={`${t('membership.requests.refuse')} ${r.organisation.name}`}
              >
                {t('membership.requests.refuse')}
              </Button>
            </Space>
          ) : null
        }
        empty={{ title: t('membership.requests.empty'), hint: t('membership.requests.emptyHint') }}
      />
      <ApproveDialog
        request={approving}
        units={unitsData?.units ?? []}
        unitName={unitName}
        onClose={() => setApproving(null)}
        onDone={(name) => void message.success(t('membership.approve.done', { name }))}
      />
      <RefuseDialog
        request={refusing}
        onClose={() => setRefusing(null)}
        onDone={(name) => void message.success(t('membership.refuse.done', { name }))}
      />
    </>
  );
}

/** Why a membership decision failed (in the sentence the page uses), or null when it was taken. */
function useDecisionFailure() {
  const { t } = useTranslation();
  return (
    result: { error?: CombinedError },
    outcome: { __typename: string; message?: string } | null | undefined,
    success: string,
  ): string | null => {
    if (result.error || !outcome)
      return t('membership.failed', { message: result.error ? describeRequestError(result.error, t) : '' });
    return outcome.__typename === success
      ? null
      : t('membership.failed', { message: outcome.message ?? outcome.__typename });
  };
}

function ApproveDialog({
  request,
  units,
  unitName,
  onClose,
  onDone,
}: {
  request: MembershipRequestRow | null;
  units: readonly UnitOption[];
  unitName: (u: UnitOption) => string;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [, approve] = useMutation(ApproveMembershipMutation);
  const failureOf = useDecisionFailure();
  const department = units.find((u) => u.kind === 'MEMBERSHIP_DEPARTMENT');

  return (
    <FormModal<{ unitId: string }>
      name="approve-membership"
      open={request !== null}
      title={request ? t('membership.approve.title', { name: request.organisation.name }) : ''}
      okText={t('membership.approve.ok')}
      initialValues={{ unitId: department?.id }}
      failureTestId="membership-failure"
      onCancel={onClose}
      onSubmit={async ({ unitId }) => {
        if (!request) return null;
        const result = await approve({ input: { organisationId: request.organisation.id, unitId } }, context);
        const problem = failureOf(result, result.data?.approveMembership, 'ApproveMembershipSuccess');
        if (!problem) {
          onDone(request.organisation.name);
          onClose();
        }
        return problem;
      }}
    >
      <Form.Item
        name="unitId"
        label={t('membership.approve.unit')}
        extra={t('membership.approve.unitHelp')}
        rules={[{ required: true }]}
      >
        <Select showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.id, label: unitName(u) }))} />
      </Form.Item>
    </FormModal>
  );
}

function RefuseDialog({
  request,
  onClose,
  onDone,
}: {
  request: MembershipRequestRow | null;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [, refuse] = useMutation(RefuseMembershipMutation);
  const failureOf = useDecisionFailure();
  const name = request?.organisation.name ?? '';

  return (
    <FormModal<{ reason: string }>
      name="refuse-membership"
      open={request !== null}
      title={request ? t('membership.refuse.title', { name }) : ''}
      okText={t('membership.refuse.next')}
      danger
      failureTestId="membership-failure"
      // refusing is consequential: say what will happen and to whom before doing it
      confirm={({ reason }) => ({
        title: t('membership.refuse.confirmTitle', { name }),
        description: t('membership.refuse.confirmDescription', { reason: reason.trim() }),
        names: [name],
        okText: t('membership.refuse.ok'),
        danger: true,
      })}
      onCancel={onClose}
      onSubmit={async ({ reason }) => {
        if (!request) return null;
        const result = await refuse(
          { input: { organisationId: request.organisation.id, reason: reason.trim() } },
          context,
        );
        const problem = failureOf(result, result.data?.refuseMembership, 'RefuseMembershipSuccess');
        if (!problem) {
          onDone(name);
          onClose();
        }
        return problem;
      }}
    >
      <Form.Item
        name="reason"
        label={t('membership.refuse.reason')}
        rules={[{ required: true, whitespace: true, message: t('membership.refuse.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
