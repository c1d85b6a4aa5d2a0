import { EmptyText } from '@sme/ui';
import { AccountSecurityPage, graphql } from '@sme/client';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

// Administrators see, below their own settings, who has turned on two-step sign-in.
const EnrolledQuery = graphql(`
  query EnrolledUsers {
    users(twoFactorEnabled: true, first: 100) {
      edges {
        node {
          id
          email
          displayName
        }
      }
    }
  }
`);

function EnrolledUsers() {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: EnrolledQuery, requestPolicy: 'network-only' });
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('user.enrolled.title')}</h2>}>
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        locale={{ emptyText: <EmptyText>{t('user.enrolled.none')}</EmptyText> }}
        dataSource={data?.users.edges.map((e) => e.node) ?? []}
        columns={[
          { title: t('user.enrolled.name'), dataIndex: 'displayName' },
          { title: t('user.enrolled.email'), dataIndex: 'email' },
        ]}
      />
    </Card>
  );
}

export function AccountPage({ isAdmin }: { isAdmin: boolean }) {
  return <AccountSecurityPage extra={isAdmin ? <EnrolledUsers /> : undefined} />;
}
