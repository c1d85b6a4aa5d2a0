import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A page, or an object behind a bad or unknown id, that does not exist; with a way back.
 * Renders the page's <h1>. */
export function NotFoundResult({
  title,
  hint,
  backTo,
  backLabel,
}: {
  title?: string;
  hint?: string;
  backTo: string;
  backLabel: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      data-testid="not-found"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title ?? t('ui.page.notFound')}</h1>}
      subTitle={hint ?? t('ui.page.notFoundHint')}
      extra={
        <Button type="primary" onClick={() => void navigate(backTo)}>
          {backLabel}
        </Button>
      }
    />
  );
}
