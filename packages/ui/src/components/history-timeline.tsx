import { Empty, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format-date';

/** One event in an object's history, as the API's timeline entries give it. */
export type HistoryEntry = {
  /** ISO DateTime; shown in Asia/Shanghai. */
  at: string;
  /** What was done, already translated: "提交申报". */
  action: string;
  /** The status it led to, e.g. `<ApplicationStatusTag status=… />`. */
  status?: ReactNode;
  /** Who did it. */
  actor?: string | null;
  note?: string | null;
};

/** Newest first: the object's history with time, action, resulting status, who and why. */
export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty description={t('ui.detail.noHistory')} />;
  const sorted = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <Timeline
      data-testid="history-timeline"
      items={sorted.map((entry, i) => ({
        key: `${entry.at}-${i}`,
        content: (
          <Flex vertical gap={2} data-testid="history-entry">
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{entry.action}</Typography.Text>
              {entry.status}
            </Flex>
            <Typography.Text type="secondary">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {entry.actor ? ` · ${t('ui.timeline.by', { actor: entry.actor })}` : null}
            </Typography.Text>
            {entry.note ? <Typography.Text>{t('ui.timeline.note', { note: entry.note })}</Typography.Text> : null}
          </Flex>
        ),
      }))}
    />
  );
}
