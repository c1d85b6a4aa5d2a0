import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { postFile, type PostFileFailure } from './post-file';
import { ACCEPTED_UPLOADS, UploadErrors, UploadProgressList, useUploadTracker } from './upload-tracker';

export type FileUploadButtonProps<T> = {
  /** The /api route the file is POSTed to (multipart part `file`). */
  url: string;
  maxBytes: number;
  /** How many more files may be added now; the button is disabled at 0. */
  remaining: number;
  /** The feature's keys: `<prefix>.pick`, `.hint`, `.uploading`, `.error.{tooLarge,unsupported,tooMany,network,other}`. */
  i18nPrefix: string;
  onUploaded: (body: T, file: File) => void;
  /** Told while files are being sent, so a form can wait for them. */
  onBusyChange?: (busy: boolean) => void;
  disabled?: boolean;
  testId?: string;
};

/** Picks PDF/JPEG/PNG files and sends each through postFile with its own progress bar; a refusal
 * names the file and the reason (the API's own words when it gave them). */
export function FileUploadButton<T>({
  url,
  maxBytes,
  remaining,
  i18nPrefix,
  onUploaded,
  onBusyChange,
  disabled,
  testId,
}: FileUploadButtonProps<T>) {
  const { t, i18n } = useTranslation();
  const { sending, errors, track, refuse, clearErrors } = useUploadTracker();
  // Files admitted and not yet answered: several picked at once must not pass the limit together.
  const inFlight = useRef(0);
  const key = (k: string) => `${i18nPrefix}.${k}`;
  const mib = Math.round(maxBytes / 1024 / 1024);

  useEffect(() => onBusyChange?.(sending.length > 0), [sending.length, onBusyChange]);

  const describe = (failure: PostFileFailure, file: string): string => {
    if (failure.serverMessage) return `${file}：${failure.serverMessage}`;
    if (failure.status === 413 || failure.code === 'FILE_TOO_LARGE') return t(key('error.tooLarge'), { file, mib });
    if (failure.status === 415) return t(key('error.unsupported'), { file });
    if (failure.status === 0) return t(key('error.network'), { file });
    return t(key('error.other'), { file, status: failure.status });
  };

  const send = async (file: File, uid: string) => {
    const outcome = await track(file, uid, (onProgress) =>
      postFile<T>({ url, file, maxBytes, language: i18n.language, onProgress }),
    );
    inFlight.current -= 1;
    if (outcome.ok) onUploaded(outcome.body, file);
    else refuse(describe(outcome.failure, file.name));
  };

  return (
    <Flex vertical gap={8}>
      <div>
        <Upload
          multiple
          accept={ACCEPTED_UPLOADS}
          showUploadList={false}
          disabled={disabled || remaining <= 0}
          // the upload is ours (XMLHttpRequest with progress); antd only picks the files
          customRequest={({ file }) => {
            const f = file as File & { uid?: string };
            if (inFlight.current >= remaining) {
              refuse(t(key('error.tooMany'), { file: f.name }));
              return;
            }
            inFlight.current += 1;
            void send(f, f.uid ?? `${Date.now()}-${f.name}`);
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} disabled={disabled || remaining <= 0} data-testid={testId}>
            {t(key('pick'))}
          </Button>
        </Upload>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t(key('hint'), { mib, count: remaining })}
        </Typography.Paragraph>
      </div>
      <UploadProgressList sending={sending} label={(file) => t(key('uploading'), { file })} />
      <UploadErrors errors={errors} onClose={clearErrors} />
    </Flex>
  );
}
