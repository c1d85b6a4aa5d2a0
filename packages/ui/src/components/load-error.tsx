import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError, type RequestErrorLike } from '../request-error';

export type LoadErrorAlertProps = {
  /** The failed request; without one the alert says an unknown error happened. */
  error: RequestErrorLike | undefined;
  /** Asks the server again; callers pass a network-only re-execution, never the cache. */
  onRetry: () => void;
  /** Puts the error's description into the screen's own sentence ("日历加载失败：…"). */
  describe?: (message: string) => string;
  style?: CSSProperties;
};

/** What a screen shows when its data could not be loaded: why, and a button to try again. */
export function LoadErrorAlert({ error, onRetry, describe, style }: LoadErrorAlertProps) {
  const { t } = useTranslation();
  const message = error ? describeRequestError(error, t) : t('ui.error.unknown');
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      title={describe ? describe(message) : message}
      action={
        <Button size="small" onClick={onRetry}>
          {t('ui.error.retry')}
        </Button>
      }
    />
  );
}
