import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { MATERIAL_KIND_NAMES, chineseNumeral, materialKindByName } from '@sme/domain';
import {
  ACCEPTED_UPLOADS,
  graphql,
  readFragment,
  UploadErrors,
  UploadProgressList,
  useUploadTracker,
  type FragmentOf,
  type ResultOf,
} from '@sme/client';
import { formatDateTime } from '@sme/ui';
import { Alert, Button, Card, Collapse, Flex, Progress, Tag, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { uploadMaterial, type UploadFailure } from './upload-material';

/** What a version card reads (VersionDetails, FilePreview). */
export const MaterialVersionFields = graphql(`
  fragment MaterialVersionFields on MaterialVersion {
    id
    version
    fileName
    contentType
    sizeBytes
    sha256
    uploadedAt
    downloadUrl
  }
`);

/** What the materials step reads of each kind of Art. 7: whether one is present, and its documents' versions. */
export const MaterialFields = graphql(
  `
    fragment MaterialFields on Material {
      kind
      required
      current {
        id
      }
      documents {
        id
        versions {
          ...MaterialVersionFields
        }
      }
    }
  `,
  [MaterialVersionFields],
);

type EditorMaterial = ResultOf<typeof MaterialFields>;
type EditorMaterialDocument = EditorMaterial['documents'][number];
type EditorMaterialVersion = FragmentOf<typeof MaterialVersionFields>;

/** Kinds for which several documents are usual (evidence, certificates, other materials). */
export const MULTI_FILE_KINDS = new Set(['SERVICE_EVIDENCE', 'QUALIFICATIONS', 'AUTHENTICITY_DECLARATION']);

/** "1.2 MB" for a byte count. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function kindNumber(kind: string): number {
  return materialKindByName(kind) ?? 0;
}

/** The message for a refused upload, naming the rule it broke. */
export function uploadFailureText(failure: UploadFailure, file: string, t: TFunction): string {
  switch (failure.code) {
    case 'FILE_TOO_LARGE':
      return t('applicant.materials.error.tooLarge', { file });
    case 'UNSUPPORTED_FILE_TYPE':
      return t('applicant.materials.error.unsupported', { file });
    case 'NOT_EDITABLE':
      return t('applicant.materials.error.notEditable', { file });
    case 'NO_FILE':
      return t('applicant.materials.error.empty', { file });
    default:
      break;
  }
  if (failure.status === 413) return t('applicant.materials.error.tooLarge', { file });
  if (failure.status === 415) return t('applicant.materials.error.unsupported', { file });
  if (failure.status === 401) return t('applicant.materials.error.signedOut', { file });
  if (failure.status === 409) return t('applicant.materials.error.notEditable', { file });
  if (failure.status === 0) return t('applicant.materials.error.network', { file });
  return t('applicant.materials.error.other', { file, status: failure.status, message: failure.serverMessage ?? '' });
}

/** The eight kinds of Art. 7, each with its uploads; uploading when `editable`. */
export function MaterialsStep({
  applicationId,
  materials: masked,
  editable,
  onUploaded,
}: {
  applicationId: string;
  materials: readonly FragmentOf<typeof MaterialFields>[];
  editable: boolean;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const materials = readFragment(MaterialFields, masked);
  const missing = materials.filter((m) => m.required && !m.current).length;
  return (
    <section aria-labelledby="step-materials-title">
      <Typography.Title level={2} style={{ fontSize: 18 }} id="step-materials-title" tabIndex={-1}>
        {t('applicant.materials.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('applicant.materials.hint')}</Typography.Paragraph>
      <Alert
        type={missing === 0 ? 'success' : 'info'}
        showIcon
        title={
          missing === 0
            ? t('applicant.materials.allPresent')
            : t('applicant.materials.missingCount', { count: missing })
        }
        style={{ marginBottom: 16 }}
        data-testid="materials-summary"
      />
      {!editable ? (
        <Alert type="warning" showIcon title={t('applicant.materials.notEditable')} style={{ marginBottom: 16 }} />
      ) : null}
      <Flex vertical gap={16}>
        {materials.map((material) => (
          <MaterialCard
            key={material.kind}
            applicationId={applicationId}
            material={material}
            editable={editable}
            onUploaded={onUploaded}
          />
        ))}
      </Flex>
    </section>
  );
}

function MaterialCard({
  applicationId,
  material,
  editable,
  onUploaded,
}: {
  applicationId: string;
  material: EditorMaterial;
  editable: boolean;
  onUploaded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zhCN';
  const number = kindNumber(material.kind);
  const name = number ? MATERIAL_KIND_NAMES[number as keyof typeof MATERIAL_KIND_NAMES][lang] : material.kind;
  const label = t('applicant.materials.kindLabel', { number: lang === 'en' ? number : chineseNumeral(number), name });
  const uploads = useUploadTracker();
  const multiple = MULTI_FILE_KINDS.has(material.kind);
  const titleId = `material-${material.kind}-title`;

  const upload = async (file: File, uid: string, document?: string) => {
    const outcome = await uploads.track(file, uid, (onProgress) =>
      uploadMaterial({ applicationId, kind: material.kind, document, file, language: i18n.language, onProgress }),
    );
    if (outcome.ok) onUploaded();
    else uploads.refuse(uploadFailureText(outcome.failure, file.name, t));
  };

  return (
    <Card
      size="small"
      data-testid="material-kind"
      data-kind={material.kind}
      data-uploaded={material.current ? 'true' : 'false'}
      title={
        <Typography.Title level={3} style={{ fontSize: 14, margin: 0, whiteSpace: 'normal' }} id={titleId}>
          {label}
        </Typography.Title>
      }
      extra={
        material.current ? (
          <Tag color="#237804">{t('applicant.materials.present')}</Tag>
        ) : (
          <Tag color="magenta">{t('applicant.materials.missing')}</Tag>
        )
      }
    >
      <Flex vertical gap={12}>
        {editable ? (
          <Upload.Dragger
            multiple={multiple}
            accept={ACCEPTED_UPLOADS}
            showUploadList={false}
            // the upload is ours (XMLHttpRequest with progress); antd only picks the files
            customRequest={({ file }) => {
              const f = file as File & { uid?: string };
              // several documents where the kind holds several; else a new version of the one
              void upload(f, f.uid ?? `${Date.now()}-${f.name}`, multiple ? 'new' : undefined);
            }}
            aria-label={t('applicant.materials.dropHint', { name: label })}
            data-testid="material-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('applicant.materials.drop')}</p>
            <p className="ant-upload-hint">
              {t('applicant.materials.dropHint', { name: label })}
              {multiple ? ` ${t('applicant.materials.dropHintMultiple')}` : ''}
            </p>
          </Upload.Dragger>
        ) : null}
        <UploadProgressList
          sending={uploads.sending}
          label={(file) => t('applicant.materials.uploading', { file })}
          testId="material-progress"
        />
        <UploadErrors errors={uploads.errors} onClose={uploads.clearErrors} testId="material-error" />
        {material.documents.map((document) => (
          <DocumentDetails
            key={document.id}
            document={document}
            onNewVersion={
              editable && multiple
                ? (file) => {
                    const f = file as File & { uid?: string };
                    void upload(f, f.uid ?? `${Date.now()}-${f.name}`, document.id);
                  }
                : undefined
            }
          />
        ))}
      </Flex>
    </Card>
  );
}

/** One document of a kind: its current version, its older versions, and (where a kind holds
 * several documents) a button for a new version of this one. */
function DocumentDetails({
  document,
  onNewVersion,
}: {
  document: EditorMaterialDocument;
  onNewVersion?: (file: File) => void;
}) {
  const { t } = useTranslation();
  const [current, ...older] = document.versions;
  if (!current) return null;
  const currentFile = readFragment(MaterialVersionFields, current).fileName;
  return (
    <Flex vertical gap={8} data-testid="material-document" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
      <VersionDetails version={current} current />
      {onNewVersion ? (
        <Upload
          accept={ACCEPTED_UPLOADS}
          showUploadList={false}
          customRequest={({ file }) => onNewVersion(file as File)}
        >
          <Button size="small" icon={<UploadOutlined aria-hidden />}>
            {t('applicant.materials.newVersionOf', { file: currentFile })}
          </Button>
        </Upload>
      ) : null}
      {older.length > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'older',
              label: t('applicant.materials.olderVersions', { count: older.length }),
              children: (
                <Flex vertical gap={12}>
                  {older.map((v) => (
                    <VersionDetails key={readFragment(MaterialVersionFields, v).id} version={v} />
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}

function VersionDetails({ version: masked, current }: { version: EditorMaterialVersion; current?: boolean }) {
  const version = readFragment(MaterialVersionFields, masked);
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const previewable = version.contentType === 'application/pdf' || version.contentType.startsWith('image/');
  return (
    <div data-testid={current ? 'material-current' : 'material-version'}>
      <Flex gap={8} wrap align="center">
        <Tag>{t('applicant.materials.versionN', { version: version.version })}</Tag>
        {current ? <Tag color="blue">{t('applicant.materials.current')}</Tag> : null}
        <Typography.Text strong data-testid="material-file-name">
          {version.fileName}
        </Typography.Text>
        <Typography.Text type="secondary">
          {formatBytes(version.sizeBytes)} · {formatDateTime(version.uploadedAt)}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
        {t('applicant.materials.sha256')}：
        <Typography.Text code data-testid="material-sha256">
          {version.sha256}
        </Typography.Text>
      </Typography.Text>
      <Flex gap={8} wrap style={{ marginTop: 4 }}>
        <Button
          size="small"
          href={version.downloadUrl}
          aria-label={`${t('applicant.materials.download')} ${version.fileName}`}
        >
          {t('applicant.materials.download')}
        </Button>
        {previewable ? (
          <Button
            size="small"
            onClick={() => setPreview((p) => !p)}
            aria-expanded={preview}
            aria-label={`${preview ? t('applicant.materials.hidePreview') : t('applicant.materials.preview')} ${version.fileName}`}
          >
            {preview ? t('applicant.materials.hidePreview') : t('applicant.materials.preview')}
          </Button>
        ) : null}
      </Flex>
      {preview ? <FilePreview version={version} /> : null}
    </div>
  );
}

/**
 * The file shown inline. The download route answers `attachment` (and a sandbox policy), so the
 * bytes are fetched and shown from a blob URL of their recognised type.
 */
function FilePreview({ version }: { version: ResultOf<typeof MaterialVersionFields> }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const made = useRef<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(version.downloadUrl, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = new Blob([await response.arrayBuffer()], { type: version.contentType });
        made.current = URL.createObjectURL(blob);
        setUrl(made.current);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      controller.abort();
      if (made.current) URL.revokeObjectURL(made.current);
    };
  }, [version.downloadUrl, version.contentType]);
  const title = t('applicant.materials.previewOf', { file: version.fileName });
  if (failure)
    return <Alert type="error" showIcon title={t('applicant.materials.previewFailed', { message: failure })} />;
  if (!url) return <Progress percent={100} status="active" showInfo={false} size="small" aria-label={title} />;
  return version.contentType === 'application/pdf' ? (
    <iframe
      src={url}
      title={title}
      style={{ width: '100%', height: 480, border: '1px solid #d9d9d9', marginTop: 8 }}
      data-testid="material-preview"
    />
  ) : (
    <img
      src={url}
      alt={title}
      style={{ maxWidth: '100%', maxHeight: 480, marginTop: 8, border: '1px solid #d9d9d9' }}
      data-testid="material-preview"
    />
  );
}
