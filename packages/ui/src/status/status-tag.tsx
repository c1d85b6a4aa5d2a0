import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_TABLES, type StatusKind } from './status-tables';

/** A status as a coloured tag, named from its table in the reader's language. A status newer than
 * this build still renders, uncoloured, rather than breaking the page. */
export function StatusTag({ kind, status, testId }: { kind: StatusKind; status: string; testId?: string }) {
  const { t } = useTranslation();
  const label = (STATUS_TABLES[kind].table as Record<string, { colour: string | undefined } | undefined>)[status];
  return (
    <Tag color={label?.colour} data-status={status} data-testid={testId}>
      {t(`ui.${kind}.${status}`, { defaultValue: status })}
    </Tag>
  );
}
