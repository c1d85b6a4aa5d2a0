import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postFile, type PostFileFailure } from './post-file';

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

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** Picks PDF/JPEG/PNG files and sends each through postFile with its own progress bar; a refusal
 * names the file and the reason (the API's own words when it gave them). */
export function FileUploadButton<T>({ url, maxBytes, remaining, i18nPrefix, onUploaded, onBusyChange, disabled, testId }: FileUploadButtonProps<T>) {
  const { t, i18n } = useTranslation();
  const [sending, setSending] = useState<{ uid: string; name: string; percent: number }[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
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
    setSending((s) => [...s, { uid, name: file.name, percent: 0 }]);
    const outcome = await postFile<T>({
      url,
      file,
      maxBytes,
      language: i18n.language,
      onProgress: (percent) => setSending((s) => s.map((x) => (x.uid === uid ? { ...x, percent } : x))),
    });
    setSending((s) => s.filter((x) => x.uid !== uid));
    inFlight.current -= 1;
    if (outcome.ok) onUploaded(outcome.body, file);
    else setErrors((e) => [...e, describe(outcome.failure, file.name)]);
  };

  return (
    <Flex vertical gap={8}>
      <div>
        <Upload
          multiple
          accept={ACCEPT}
          showUploadList={false}
          disabled={disabled || remaining <= 0}
          // the upload is ours (XMLHttpRequest with progress); antd only picks the files
          customRequest={({ file }) => {
            const f = file as File & { uid?: string };
            if (inFlight.current >= remaining) {
              setErrors((e) => [...e, t(key('error.tooMany'), { file: f.name })]);
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
      {sending.map((u) => (
        <div key={u.uid}>
          <Typography.Text>{t(key('uploading'), { file: u.name })}</Typography.Text>
          <Progress percent={Math.round(u.percent)} size="small" aria-label={t(key('uploading'), { file: u.name })} />
        </div>
      ))}
      {errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setErrors([]) }}
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {errors.map((e, i) => (
                <li key={`${i}-${e}`}>{e}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Flex>
  );
}
