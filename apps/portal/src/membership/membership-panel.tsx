import { describeRequestError, formatDate, formatDateTime } from '@sme/ui';
import { Alert, App, Button, Card, Descriptions, Form, Input, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { mayApply, membershipStateOf, type MembershipState } from './membership-state';
import { ApplyForMembershipMutation, MyMembershipQuery } from './membership.queries';

const context = { additionalTypenames: ['MembershipRequest', 'Membership'] };

const ALERT_TYPE: Record<MembershipState['kind'], 'info' | 'warning' | 'success' | 'error'> = {
  none: 'info',
  pending: 'warning',
  approved: 'success',
  refused: 'error',
  ended: 'error',
};

/** The organisation's membership state (Art. 2) and, when it may, the form to apply. Used on the
 * membership page and on the workbench. */
export function MembershipPanel({ showDetails = false }: { showDetails?: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [{ data, fetching, error }] = useQuery({
    query: MyMembershipQuery,
    context,
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: applying }, apply] = useMutation(ApplyForMembershipMutation);
  const [form] = Form.useForm<{ note?: string }>();

  if (!data && fetching) return <Skeleton active />;
  if (error && !data) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  const org = data?.myOrganisation;
  if (!org) return null;
  const state = membershipStateOf(org);
  const english = i18n.language.startsWith('en');

  const description = (() => {
    switch (state.kind) {
      case 'none':
        return t('membership.state.noneHint');
      case 'pending':
        return t('membership.state.pendingHint', { date: formatDateTime(state.requestedAt) });
      case 'approved':
        return t('membership.state.approvedHint', {
          since: formatDate(state.since),
          unit: english && state.unitNameEn ? state.unitNameEn : state.unitName,
        });
      case 'refused':
        return t('membership.state.refusedHint', { reason: state.reason });
      case 'ended':
        return t('membership.state.endedHint', { date: state.endedOn ? formatDate(state.endedOn) : '—' });
      default:
        return state satisfies never;
    }
  })();

  const submit = async (values: { note?: string }) => {
    const result = await apply({ input: { note: values.note?.trim() || null } }, context);
    const outcome = result.data?.applyForMembership;
    if (result.error || !outcome) {
      void message.error(
        t('membership.apply.failed', { message: result.error ? describeRequestError(result.error, t) : '' }),
      );
      return;
    }
    if (outcome.__typename === 'ApplyForMembershipSuccess') {
      form.resetFields();
      void message.success(t('membership.apply.done'));
      return;
    }
    void message.error(t('membership.apply.failed', { message: outcome.message }));
  };

  return (
    <Card title={t('membership.state.title')} size="small" data-testid="membership-panel" data-state={state.kind}>
      <Alert
        type={ALERT_TYPE[state.kind]}
        showIcon
        title={t(`membership.state.${state.kind}`)}
        description={description}
        data-testid="membership-state"
      />
      {showDetails ? (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          style={{ marginTop: 16 }}
          items={[
            { key: 'organisation', label: t('membership.state.organisation'), children: org.name },
            { key: 'creditCode', label: t('membership.state.creditCode'), children: org.creditCode },
            {
              key: 'contact',
              label: t('membership.state.contact'),
              children: [org.contactName, org.contactPhone].filter(Boolean).join(' ') || '—',
            },
          ]}
        />
      ) : null}
      {mayApply(state) ? (
        <Form
          form={form}
          name="apply-membership"
          layout="vertical"
          onFinish={(v) => void submit(v)}
          disabled={applying}
          style={{ marginTop: 16 }}
        >
          <Form.Item label={t('membership.apply.note')} name="note">
            <Input.TextArea rows={3} maxLength={2000} placeholder={t('membership.apply.notePlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={applying}>
            {t('membership.apply.submit')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
