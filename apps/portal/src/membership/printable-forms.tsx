import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The forms the API generates from the declared facts (Art. 7(1) and 7(8)), to print, seal
 * (加盖公章), scan and upload as those materials. The application editor's materials step shows it. */
export function PrintableForms({ applicationId, factsSaved }: { applicationId: string; factsSaved: boolean }) {
  const { t } = useTranslation();
  const base = `/api/applications/${encodeURIComponent(applicationId)}/forms`;
  const forms = [
    { key: 'application-form', name: t('membership.forms.applicationForm'), href: `${base}/application-form.pdf` },
    { key: 'declaration', name: t('membership.forms.declaration'), href: `${base}/declaration.pdf` },
  ];
  return (
    <Card size="small" title={t('membership.forms.title')} data-testid="printable-forms" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('membership.forms.hint')}</Typography.Paragraph>
      {factsSaved ? (
        <Flex gap={8} wrap>
          {forms.map((form) => (
            <Button key={form.key} href={form.href} download icon={<FilePdfOutlined />} data-form={form.key}>
              {t('membership.forms.download', { name: form.name })}
            </Button>
          ))}
        </Flex>
      ) : (
        <Alert type="info" showIcon title={t('membership.forms.needsFacts')} />
      )}
    </Card>
  );
}
