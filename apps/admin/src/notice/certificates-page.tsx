import { CertificateDownloadError, downloadCertificate } from '@sme/client';
import { DownloadOutlined } from '@ant-design/icons';
import {
  ListPage,
  ServiceFunctionTags,
  describeRequestError,
  formatDate,
  useListUrlState,
  useLongTask,
  StatusTag,
} from '@sme/ui';
import { Alert, App, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CertificatesQuery, NOTICE_CONTEXT } from './notice.queries';

const NO_FILTERS: readonly never[] = [];

/** 示范平台证书: titles awarded (newest first) with their certificate PDF. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }] = useQuery({
    query: CertificatesQuery,
    requestPolicy: 'cache-and-network',
    context: NOTICE_CONTEXT,
  });
  return (
    <ListPage
      title={t('notice.certificates.title')}
      description={t('notice.certificates.description')}
      urlState={urlState}
      alert={
        error ? (
          <Alert
            type="error"
            showIcon
            title={t('notice.certificates.loadFailed', { message: describeRequestError(error, t) })}
          />
        ) : null
      }
      rows={data?.accreditations}
      rowKey={(a) => a.id}
      loading={fetching}
      testId="certificates-table"
      columns={[
        { key: 'number', title: t('notice.certificates.number'), render: (_, a) => a.certificateNumber },
        {
          key: 'organisation',
          title: t('notice.certificates.organisation'),
          render: (_, a) => (
            <>
              {a.organisationName} {a.imported ? <Tag>{t('notice.certificates.imported')}</Tag> : null}
            </>
          ),
        },
        { key: 'region', title: t('notice.certificates.region'), render: (_, a) => a.region ?? '—' },
        {
          key: 'functions',
          title: t('notice.certificates.functions'),
          render: (_, a) => <ServiceFunctionTags functions={a.functions} />,
        },
        { key: 'awardedOn', title: t('notice.certificates.awardedOn'), render: (_, a) => formatDate(a.awardedOn) },
        {
          key: 'validity',
          title: t('notice.certificates.validity'),
          render: (_, a) => t('notice.certificates.validityText', { from: a.validFrom, until: a.validUntil }),
        },
        {
          key: 'status',
          title: t('notice.certificates.status'),
          render: (_, a) => <StatusTag kind="titleStatus" status={a.status} />,
        },
      ]}
      rowActions={(a) => <DownloadButton number={a.certificateNumber} name={a.organisationName} />}
      empty={{ title: t('notice.certificates.empty') }}
    />
  );
}

function DownloadButton({ number, name }: { number: string; name: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const task = useLongTask();
  const download = async () => {
    try {
      await task.run(() => downloadCertificate(number));
    } catch (error) {
      void message.error(
        t('notice.certificates.downloadFailed', {
          message: error instanceof CertificateDownloadError ? error.message : String(error),
        }),
      );
    }
  };
  return (
    <Button
      size="small"
      type="link"
      icon={<DownloadOutlined />}
      loading={task.running}
      onClick={() => void download()}
      aria-label={`${t('notice.certificates.download')}：${t('notice.certificates.downloadOne', { name })}`}
    >
      {t('notice.certificates.download')}
    </Button>
  );
}
