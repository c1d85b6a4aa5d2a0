// What every place that takes files shows while they go up: a progress bar per file being sent,
// and the refusals so far, each naming its file. FileUploadButton is built on it, and so is the
// applicant's materials step, whose drop zones pick files their own way (one per Art. 7 kind).
import { Alert, Progress, Typography } from 'antd';
import { useCallback, useState } from 'react';

/** What the API's upload routes take (PDF, JPEG, PNG), for the file picker's `accept`. */
export const ACCEPTED_UPLOADS = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export type UploadInProgress = { uid: string; name: string; percent: number };

export type UploadTracker = {
  /** The files being sent now, in the order they were picked. */
  sending: readonly UploadInProgress[];
  /** The refusals since the person last closed them. */
  errors: readonly string[];
  /**
   * Sends `file` with `post`, showing its progress under `uid` until `post` settles (however it
   * settles); answers what `post` answered.
   */
  track<O>(file: File, uid: string, post: (onProgress: (percent: number) => void) => Promise<O>): Promise<O>;
  /** Adds a refusal, worded for the person (it should name the file). */
  refuse(message: string): void;
  clearErrors(): void;
};

export function useUploadTracker(): UploadTracker {
  const [sending, setSending] = useState<UploadInProgress[]>([]);
  const [errors, setErrors] = useState<string[]>([]);

  const track = useCallback(
    async <O,>(file: File, uid: string, post: (onProgress: (percent: number) => void) => Promise<O>): Promise<O> => {
      setSending((s) => [...s, { uid, name: file.name, percent: 0 }]);
      try {
        return await post((percent) => setSending((s) => s.map((x) => (x.uid === uid ? { ...x, percent } : x))));
      } finally {
        setSending((s) => s.filter((x) => x.uid !== uid));
      }
    },
    [],
  );
  const refuse = useCallback((message: string) => setErrors((e) => [...e, message]), []);
  const clearErrors = useCallback(() => setErrors([]), []);

  return { sending, errors, track, refuse, clearErrors };
}

/** One labelled progress bar per file being sent; `label` words "uploading <file>". */
export function UploadProgressList({
  sending,
  label,
  testId,
}: {
  sending: readonly UploadInProgress[];
  label: (file: string) => string;
  testId?: string;
}) {
  return (
    <>
      {sending.map((u) => (
        <div key={u.uid} data-testid={testId}>
          <Typography.Text>{label(u.name)}</Typography.Text>
          <Progress percent={Math.round(u.percent)} size="small" aria-label={label(u.name)} />
        </div>
      ))}
    </>
  );
}

/** The refusals as one alert the person can close; nothing when there are none. */
export function UploadErrors({
  errors,
  onClose,
  testId,
}: {
  errors: readonly string[];
  onClose: () => void;
  testId?: string;
}) {
  if (errors.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      closable={{ onClose }}
      title={
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {errors.map((e, i) => (
            <li key={`${i}-${e}`}>{e}</li>
          ))}
        </ul>
      }
    />
  );
}
