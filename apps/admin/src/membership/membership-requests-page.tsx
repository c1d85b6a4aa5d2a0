import { describeRequestError, formatDateTime, ListPage, useConfirmAction, useListUrlState, type SearchField } from '@sme/ui';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
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
const STATUS_COLOUR: Record<Status, string> = { PENDING: 'blue', APPROVED: '#237804', REFUSED: 'red' };
const context = { additionalTypenames: ['MembershipRequest', 'Membership'] };

const isStatus = (value: string | undefined): value is Status => STATUSES.includes(value as Status);

/** 入会审核: the Membership Department's staff and administrators decide requests to join
 * (Art. 2), naming the unit that developed the member, which will recommend it. */
export function MembershipRequestsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const list = useListUrlState(FILTERS);
  const status = isStatus(list.filters.status) ? list.filters.status : null;
  const [{ data, fetching, error }] = useQuery({ query: MembershipRequestsQuery, variables: { status }, context, requestPolicy: 'cache-and-network' });
  const [{ data: unitsData }] = useQuery({ query: UnitsForMembershipQuery });
  const [approving, setApproving] = useState<MembershipRequestRow | null>(null);
  const [refusing, setRefusing] = useState<MembershipRequestRow | null>(null);
  const english = i18n.language.startsWith('en');
  const unitName = (u: { name: string; nameEn?: string | null }) => (english && u.nameEn ? u.nameEn : u.name);

  const all = data?.membershipRequests;
  const rows = useMemo(() => all?.slice((list.page - 1) * list.pageSize, list.page * list.pageSize), [all, list.page, list.pageSize]);

  const searchFields: SearchField<(typeof FILTERS)[number]>[] = [
    {
      name: 'status',
      label: t('membership.requests.status'),
      control: <Select allowClear placeholder={t('membership.requests.allStatuses')} options={STATUSES.map((s) => ({ value: s, label: t(`membership.requests.statusLabel.${s}`) }))} />,
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
          { key: 'creditCode', title: t('membership.requests.creditCode'), render: (_, r) => <Typography.Text code>{r.organisation.creditCode}</Typography.Text> },
          {
            key: 'contact',
            title: t('membership.requests.contact'),
            render: (_, r) => [r.organisation.contactName, r.organisation.contactPhone, r.organisation.contactEmail].filter(Boolean).join(' · ') || '—',
          },
          { key: 'requestedAt', title: t('membership.requests.requestedAt'), render: (_, r) => formatDateTime(r.requestedAt) },
          { key: 'note', title: t('membership.requests.note'), render: (_, r) => r.note ?? '—' },
          {
            key: 'status',
            title: t('membership.requests.status'),
            render: (_, r) => <Tag color={STATUS_COLOUR[r.status]}>{t(`membership.requests.statusLabel.${r.status}`)}</Tag>,
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
              <Button type="link" size="small" onClick={() => setApproving(r)} aria-label={`${t('membership.requests.approve')} ${r.organisation.name}`}>
                {t('membership.requests.approve')}
              </Button>
              <Button type="link" size="small" danger onClick={() => setRefusing(r)} aria-label={`${t('membership.requests.refuse')} ${r.organisation.name}`}>
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
      <RefuseDialog request={refusing} onClose={() => setRefusing(null)} onDone={(name) => void message.success(t('membership.refuse.done', { name }))} />
    </>
  );
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
  const [form] = Form.useForm<{ unitId: string }>();
  const [{ fetching }, approve] = useMutation(ApproveMembershipMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const department = units.find((u) => u.kind === 'MEMBERSHIP_DEPARTMENT');

  const submit = async () => {
    const { unitId } = await form.validateFields();
    if (!request) return;
    const result = await approve({ input: { organisationId: request.organisation.id, unitId } }, context);
    const outcome = result.data?.approveMembership;
    if (result.error || !outcome) return setFailure(result.error ? describeRequestError(result.error, t) : '');
    if (outcome.__typename !== 'ApproveMembershipSuccess') return setFailure(outcome.message);
    setFailure(null);
    onDone(request.organisation.name);
    onClose();
  };

  return (
    <Modal
      open={request !== null}
      title={request ? t('membership.approve.title', { name: request.organisation.name }) : ''}
      okText={t('membership.approve.ok')}
      cancelText={t('membership.cancel')}
      confirmLoading={fetching}
      onOk={() => void submit()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={t('membership.failed', { message: failure })} style={{ marginBottom: 12 }} data-testid="membership-failure" /> : null}
      <Form form={form} layout="vertical" name="approve-membership" initialValues={{ unitId: department?.id }} preserve={false}>
        <Form.Item name="unitId" label={t('membership.approve.unit')} extra={t('membership.approve.unitHelp')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={units.map((u) => ({ value: u.id, label: unitName(u) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RefuseDialog({ request, onClose, onDone }: { request: MembershipRequestRow | null; onClose: () => void; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmAction();
  const [form] = Form.useForm<{ reason: string }>();
  const [, refuse] = useMutation(RefuseMembershipMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const next = async () => {
    const { reason } = await form.validateFields();
    if (!request) return;
    const name = request.organisation.name;
    // refusing is consequential: say what will happen and to whom before doing it
    confirm({
      title: t('membership.refuse.confirmTitle', { name }),
      description: t('membership.refuse.confirmDescription', { reason: reason.trim() }),
      names: [name],
      okText: t('membership.refuse.ok'),
      danger: true,
      onOk: async () => {
        const result = await refuse({ input: { organisationId: request.organisation.id, reason: reason.trim() } }, context);
        const outcome = result.data?.refuseMembership;
        if (result.error || !outcome) return setFailure(result.error ? describeRequestError(result.error, t) : '');
        if (outcome.__typename !== 'RefuseMembershipSuccess') return setFailure(outcome.message);
        setFailure(null);
        onDone(name);
        onClose();
      },
    });
  };

  return (
    <Modal
      open={request !== null}
      title={request ? t('membership.refuse.title', { name: request.organisation.name }) : ''}
      okText={t('membership.refuse.next')}
      okButtonProps={{ danger: true }}
      cancelText={t('membership.cancel')}
      onOk={() => void next()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={t('membership.failed', { message: failure })} style={{ marginBottom: 12 }} data-testid="membership-failure" /> : null}
      <Form form={form} layout="vertical" name="refuse-membership" preserve={false}>
        <Form.Item name="reason" label={t('membership.refuse.reason')} rules={[{ required: true, whitespace: true, message: t('membership.refuse.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
