// The application's materials (Art. 7) for the people who judge it: each kind with its
// documents' current versions, opened inline (PDF in a frame, images as they are) without
// leaving the page, older versions listed. Its own query: a reviewer who has not yet declared
// on conflicts is refused the materials by the API, and that refusal must not blank the page.
import { describeRequestError, formatDateTime } from '@sme/ui';
import { graphql } from '@sme/client';
import { MATERIAL_KIND_NAMES, materialKindByName } from '@sme/domain';
import { Alert, Button, Empty, Flex, List, Modal, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

export const ApplicationMaterialsQuery = graphql(`
  query ApplicationMaterials($id: ID!) {
    application(id: $id) {
      id
      materials {
        kind
        required
        documents {
          id
          current {
            id
            fileName
            contentType
            sizeBytes
            sha256
            uploadedAt
            downloadUrl
            version
          }
          versions {
            id
            version
            fileName
            uploadedAt
            downloadUrl
            contentType
          }
        }
      }
    }
  }
`);

type Version = {
  id: string;
  fileName: string;
  contentType: string;
  downloadUrl: string;
  version: number;
  uploadedAt: unknown;
  sha256?: string;
  sizeBytes?: number;
};

export function MaterialsPanel({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: ApplicationMaterialsQuery, variables: { id: applicationId } });
  const kindName = (kind: string) => {
    const number = materialKindByName(kind);
    if (number === null) return kind;
    return `${number}. ${i18n.language.startsWith('en') ? MATERIAL_KIND_NAMES[number].en : MATERIAL_KIND_NAMES[number].zhCN}`;
  };
  const [open, setOpen] = useState<Version | null>(null);
  if (fetching && !data) return <Skeleton active />;
  if (error)
    return (
      <Alert
        type="info"
        showIcon
        title={t('review.materials.unavailable')}
        description={describeRequestError(error, t)}
      />
    );
  const materials = [...(data?.application?.materials ?? [])].sort(
    (a, b) => (materialKindByName(a.kind) ?? 9) - (materialKindByName(b.kind) ?? 9),
  );
  if (materials.every((m) => m.documents.length === 0)) return <Empty description={t('review.materials.none')} />;
  return (
    <>
      <List
        data-testid="review-materials"
        dataSource={materials}
        renderItem={(m) => (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text strong>{kindName(m.kind)}</Typography.Text>
              {m.documents.length === 0 ? (
                <Typography.Text type="secondary">{t('review.materials.missing')}</Typography.Text>
              ) : (
                m.documents.map((d) =>
                  d.current ? (
                    <Flex key={d.id} gap={8} wrap align="center">
                      <Button type="link" size="small" onClick={() => setOpen(d.current)} style={{ padding: 0 }}>
                        {d.current.fileName}
                      </Button>
                      <Tag>v{d.current.version}</Tag>
                      <Typography.Text type="secondary">{formatDateTime(d.current.uploadedAt)}</Typography.Text>
                      <Typography.Text
                        type="secondary"
                        copyable={{ text: d.current.sha256 }}
                        style={{ fontFamily: 'monospace', fontSize: 12 }}
                      >
                        sha256 {d.current.sha256.slice(0, 12)}…
                      </Typography.Text>
                      {d.versions.length > 1 ? (
                        <Typography.Text type="secondary">
                          {t('review.materials.olderVersions', { count: d.versions.length - 1 })}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  ) : null,
                )
              )}
            </Flex>
          </List.Item>
        )}
      />
      <Modal
        open={open !== null}
        onCancel={() => setOpen(null)}
        footer={null}
        width="min(1000px, 96vw)"
        title={open?.fileName}
        destroyOnHidden
      >
        {open ? <InlineFile version={open} /> : null}
      </Modal>
    </>
  );
}

/** The file fetched with the session (downloads are `attachment`), shown from a blob URL. */
function InlineFile({ version }: { version: Version }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let made: string | null = null;
    let cancelled = false;
    fetch(version.downloadUrl, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (cancelled) return;
        made = URL.createObjectURL(new Blob([blob], { type: version.contentType }));
        setUrl(made);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [version.downloadUrl, version.contentType]);
  if (failed) return <Alert type="error" showIcon title={t('review.materials.openFailed')} />;
  if (!url) return <Skeleton active />;
  return version.contentType === 'application/pdf' ? (
    <iframe
      src={url}
      title={version.fileName}
      style={{ width: '100%', height: '75vh', border: 0 }}
      data-testid="material-viewer"
    />
  ) : (
    <img src={url} alt={version.fileName} style={{ maxWidth: '100%' }} data-testid="material-viewer" />
  );
}
