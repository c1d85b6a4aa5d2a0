import { Flex, Progress, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Work shorter than this shows no indicator, so quick actions do not flicker. */
export const PROGRESS_DELAY_MS = 1000;

export type TaskState = { running: boolean; /** 0–100 when the task reports it. */ percent: number | undefined };

export type LongTask = TaskState & {
  /** Runs the task once at a time; `report(percent)` updates the indicator. */
  run: <T>(task: (report: (percent: number) => void) => Promise<T>) => Promise<T>;
};

/** State for an upload, export or other work that may take more than a second. */
export function useLongTask(): LongTask {
  const [state, setState] = useState<TaskState>({ running: false, percent: undefined });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async <T,>(task: (report: (percent: number) => void) => Promise<T>): Promise<T> => {
    setState({ running: true, percent: undefined });
    const report = (percent: number) => {
      if (mounted.current) setState({ running: true, percent: Math.max(0, Math.min(100, Math.round(percent))) });
    };
    try {
      return await task(report);
    } finally {
      if (mounted.current) setState({ running: false, percent: undefined });
    }
  }, []);
  return { ...state, run };
}

/** Shows progress once `running` has lasted a second: a bar when the percentage is known, a
 * spinner otherwise; announced to screen readers. */
export function TaskProgress({ running, percent, label }: TaskState & { label?: string }) {
  // mounted per run, so every run waits its own second before showing anything
  return running ? <DelayedProgress percent={percent} label={label} /> : null;
}

function DelayedProgress({ percent, label }: { percent: number | undefined; label: string | undefined }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!visible) return null;
  const text = label ?? t('ui.progress.working');
  return (
    <Flex role="status" aria-live="polite" align="center" gap={8} data-testid="task-progress" style={{ minWidth: 160 }}>
      {percent === undefined ? (
        <Spin size="small" />
      ) : (
        <Progress percent={percent} size="small" style={{ width: 120, margin: 0 }} aria-label={text} />
      )}
      <Typography.Text>
        {percent === undefined ? text : `${text} ${t('ui.progress.percent', { percent })}`}
      </Typography.Text>
    </Flex>
  );
}
