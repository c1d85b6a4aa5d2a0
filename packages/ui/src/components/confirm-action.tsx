import { App, Button, Typography, type ButtonProps } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** At most this many names are listed; the rest are counted ("等 12 项"). */
export const MAX_NAMES_LISTED = 10;

export type ConfirmSpec = {
  /** What will happen, as a question: "撤回 3 份申报？". */
  title: string;
  /** Consequences: what changes and whether it can be undone. */
  description?: ReactNode;
  /** The names of what is affected (organisations, dates…), so nobody confirms blind. */
  names?: readonly string[];
  okText?: string;
  danger?: boolean;
  /** Runs when confirmed; the dialog shows a spinner until the promise settles. */
  onOk: () => unknown;
};

/** Splits names into those listed and how many more there are. */
export function listedNames(names: readonly string[], max = MAX_NAMES_LISTED): { listed: string[]; more: number } {
  return { listed: names.slice(0, max), more: Math.max(0, names.length - max) };
}

function ConfirmBody({ description, names }: Pick<ConfirmSpec, 'description' | 'names'>) {
  const { t } = useTranslation();
  const { listed, more } = listedNames(names ?? []);
  return (
    <div data-testid="confirm-body">
      {description ? <Typography.Paragraph style={{ marginBottom: 8 }}>{description}</Typography.Paragraph> : null}
      {listed.length > 0 ? (
        <>
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="confirm-names">
            {listed.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
          <Typography.Text>
            {more > 0 ? t('ui.confirm.more', { count: more }) : t('ui.confirm.count', { count: listed.length })}
          </Typography.Text>
        </>
      ) : null}
    </div>
  );
}

/** Asks before a consequential or batch action, naming what will change. */
export function useConfirmAction(): (spec: ConfirmSpec) => void {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    ({ title, description, names, okText, danger, onOk }: ConfirmSpec) => {
      void modal.confirm({
        title,
        content: <ConfirmBody description={description} names={names} />,
        okText: okText ?? t('ui.confirm.ok'),
        cancelText: t('ui.confirm.cancel'),
        okButtonProps: { danger },
        // a promise keeps the dialog open with a spinner until the work is done
        onOk: async () => {
          await onOk();
        },
      });
    },
    [modal, t],
  );
}

export type ConfirmButtonProps = Omit<ButtonProps, 'onClick'> & { confirm: ConfirmSpec };

/** A button that asks first (row actions, detail-page actions). */
export function ConfirmButton({ confirm, ...buttonProps }: ConfirmButtonProps) {
  const ask = useConfirmAction();
  return <Button {...buttonProps} onClick={() => ask(confirm)} />;
}
