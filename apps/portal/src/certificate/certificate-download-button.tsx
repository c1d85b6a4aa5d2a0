import { CertificateDownloadError, downloadCertificate } from '@sme/client';
import { DownloadOutlined } from '@ant-design/icons';
import { useLongTask } from '@sme/ui';
import { App, Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** 下载证书: the signed-in holder's certificate PDF (members and staff of the holder; the API
 * answers 404 to anyone else). For the portal's "my titles" page:
 * `<CertificateDownloadButton certificateNumber={title.certificateNumber} />`. */
export function CertificateDownloadButton({
  certificateNumber,
  ...buttonProps
}: { certificateNumber: string } & Omit<ButtonProps, 'onClick' | 'loading'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const task = useLongTask();
  const download = async () => {
    try {
      await task.run(() => downloadCertificate(certificateNumber));
    } catch (error) {
      const status = error instanceof CertificateDownloadError ? error.status : 0;
      void message.error(
        t(
          status === 401
            ? 'public.certificate.signIn'
            : status === 404
              ? 'public.certificate.notFound'
              : 'public.certificate.failed',
        ),
      );
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      {...buttonProps}
      loading={task.running}
      onClick={() => void download()}
      data-testid="certificate-download"
    >
      {buttonProps.children ?? t('public.certificate.download')}
    </Button>
  );
}
