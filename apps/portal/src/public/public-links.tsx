import { AuditOutlined, NotificationOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ShellNavItem } from '@sme/ui';
import { Grid, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AssociationQuery } from './association.query';

/** The public pages in the signed-in menu: a member reaches the notices (and the objection form
 * on them, Art. 9), the register of platforms and the certificate check without signing out. */
export function publicNavItems(t: TFunction): ShellNavItem[] {
  return [
    { key: '/public/notices', label: t('guide.header.publicNotices'), icon: <NotificationOutlined /> },
    { key: '/public/register', label: t('guide.header.publicRegister'), icon: <AuditOutlined /> },
    { key: '/public/verify', label: t('guide.header.publicVerify'), icon: <SafetyCertificateOutlined /> },
  ];
}

/** Who runs the system, in the signed-in header (wide screens; the phone's header has no room). */
export function AssociationName() {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [{ data }] = useQuery({ query: AssociationQuery, requestPolicy: 'cache-first' });
  const name = data?.association?.name;
  if (!wide || !name) return null;
  return (
    <Typography.Text type="secondary" ellipsis style={{ minWidth: 0, flexShrink: 1 }} data-testid="shell-association">
      {t('guide.header.association', { name })}
    </Typography.Text>
  );
}
