import type { EditorApplication } from '../application/application-editor.queries';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitleStatusTag } from './title-card';

/**
 * A renewal's lineage (Art. 11) on its application page: the title it renews, and the earlier
 * application whose facts and functions it started from, so the member checks them and updates
 * what changed rather than starting over.
 */
export function RenewalLineage({ application }: { application: EditorApplication }) {
  const { t } = useTranslation();
  const title = application.renewsAccreditation;
  if (!application.isRenewal || !title) return null;
  const source = application.renewalPrefilledFrom;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="renewal-lineage"
      title={t('title.lineage.title')}
      description={
        <Flex vertical gap={4}>
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('title.lineage.renews')}</Typography.Text>
            <Link to={`/titles/${title.id}`} data-testid="renewal-lineage-title">
              {title.certificateNumber}
            </Link>
            <TitleStatusTag status={title.titleStatus} />
            <Typography.Text type="secondary">
              {t('title.lineage.validUntil', { date: title.validUntil })}
            </Typography.Text>
          </Flex>
          {source ? (
            <Flex gap={8} wrap align="center">
              <Typography.Text>{t('title.lineage.prefilledFrom')}</Typography.Text>
              <Link to={`/applications/${source.id}`} data-testid="renewal-lineage-source">
                {source.round.name}
              </Link>
              <Typography.Text type="secondary">{t('title.lineage.prefilledHint')}</Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('title.lineage.noSource')}</Typography.Text>
          )}
        </Flex>
      }
    />
  );
}
