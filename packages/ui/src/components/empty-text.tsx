import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A table's or list's "nothing here" words (its `locale.emptyText`), in the secondary text
 * colour: antd's own placeholder colour is too faint to read (axe: color-contrast). */
export function EmptyText({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
