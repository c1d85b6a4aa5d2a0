import { ErrorFields, graphql } from '@sme/client';
import { FormModal } from '@sme/ui';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { todayInShanghai } from '@sme/domain';

const OrganisationMembershipQuery = graphql(`
  query OrganisationMembership($id: ID!) {
    me {
      id
      roles
    }
    application(id: $id) {
      id
      organisation {
        id
        name
        membership {
          id
          status
        }
      }
    }
  }
`);

const EndMembershipMutation = graphql(
  `
    mutation EndMembership($input: EndMembershipInput!) {
      endMembership(input: $input) {
        __typename
        ... on EndMembershipSuccess {
          data {
            id
            status
            endedOn
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

type Values = { endedOn: string; reason: string };

/** Administrators end the applicant's active membership (Art. 2: it can no longer submit), after
 * a confirmation that names the organisation; shown only while the membership is active. */
export function EndMembershipButton({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ data }, reexecute] = useQuery({ query: OrganisationMembershipQuery, variables: { id: applicationId } });
  const [, end] = useMutation(EndMembershipMutation);
  const [open, setOpen] = useState(false);
  const organisation = data?.application?.organisation;
  if (!data?.me?.roles.includes('ADMIN') || organisation?.membership?.status !== 'ACTIVE') return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="end-membership">
        {t('membership.end.button')}
      </Button>
      <FormModal<Values>
        name="end-membership"
        open={open}
        danger
        title={t('membership.end.title', { name: organisation.name })}
        okText={t('membership.end.ok')}
        initialValues={{ endedOn: todayInShanghai(new Date()) }}
        confirm={() => ({
          title: t('membership.end.confirmTitle'),
          description: t('membership.end.confirmBody'),
          names: [organisation.name],
          okText: t('membership.end.ok'),
          danger: true,
        })}
        onCancel={() => setOpen(false)}
        onSubmit={async (values) => {
          const result = await end({ input: { organisationId: organisation.id, ...values } });
          const outcome = result.data?.endMembership;
          if (outcome?.__typename === 'EndMembershipSuccess') {
            setOpen(false);
            void message.success(t('membership.end.done'));
            reexecute({ requestPolicy: 'network-only' });
            return null;
          }
          return outcome && 'message' in outcome
            ? outcome.message
            : (result.error?.message ?? t('membership.end.failed'));
        }}
      >
        <Form.Item name="endedOn" label={t('membership.end.endedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('membership.end.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
