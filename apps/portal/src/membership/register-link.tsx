import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Under the sign-in form: the way in for an organisation without an account. */
export function RegisterLink() {
  const { t } = useTranslation();
  return (
    <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
      {t('membership.register.noAccount')}{' '}
      <Link to="/register" style={{ textDecoration: 'underline' }}>
        {t('membership.register.registerLink')}
      </Link>
    </Typography.Paragraph>
  );
}
