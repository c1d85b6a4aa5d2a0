import { FilePdfOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The fingerprint of the declared facts as the system has them now, to compare with the one
 * printed on the sealed forms (附件1, 真实性声明), and the forms as generated from today's facts. */
export function FactsFingerprint({
  applicationId,
  fingerprint,
}: {
  applicationId: string;
  fingerprint: string | null | undefined;
}) {
  const { t } = useTranslation();
  if (!fingerprint) return <Typography.Text type="secondary">{t('membership.forms.noFacts')}</Typography.Text>;
  const base = `/api/applications/${encodeURIComponent(applicationId)}/forms`;
  return (
    <Flex vertical gap={4} data-testid="facts-fingerprint">
      <Typography.Text code copyable style={{ overflowWrap: 'anywhere' }}>
        {fingerprint}
      </Typography.Text>
      <Typography.Text type="secondary">{t('membership.forms.compare')}</Typography.Text>
      <Flex gap={12} wrap>
        <Typography.Link href={`${base}/application-form.pdf`} download>
          <FilePdfOutlined aria-hidden /> {t('membership.forms.applicationForm')}
        </Typography.Link>
        <Typography.Link href={`${base}/declaration.pdf`} download>
          <FilePdfOutlined aria-hidden /> {t('membership.forms.declaration')}
        </Typography.Link>
      </Flex>
    </Flex>
  );
}
