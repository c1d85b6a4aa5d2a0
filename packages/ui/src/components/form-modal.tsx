import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeThrownError } from '../request-error';
import { useConfirmAction, type ConfirmSpec } from './confirm-action';

// How the OK button looks while `blocked`: unavailable, as a disabled one would, though it still
// takes the press (and Enter) that says why.
const BLOCKED_LOOK = { cursor: 'not-allowed', opacity: 0.65 } as const;

export type FormModalProps<Values extends object> = {
  open: boolean;
  title: ReactNode;
  /** Says what the button does ("提交", "撤销称号"); the cancel button says 取消. */
  okText: string;
  /** A consequential action: the button is red. */
  danger?: boolean;
  /** While set (an upload still running), sending waits: the OK button is marked and looks
   * unavailable and says why on hover, and pressing it or Enter in a field shows the same words
   * above the form. (A truly disabled submit button would make the browser ignore Enter, silently.) */
  blocked?: string;
  /** The form's name: antd derives the fields' ids from it (`<name>_<field>`), so it must be
   * unique on the page for labels to point at the right field. */
  name: string;
  /** The values the form opens with. Each opening starts from these: what was typed last time
   * (for another row, perhaps) is cleared when the dialog closes. */
  initialValues?: Partial<Values>;
  /** Pass one to watch a value (`Form.useWatch`) outside the form; otherwise the dialog keeps its own. */
  form?: FormInstance<Values>;
  /** Shown above the form: a warning, or what the action will do. */
  notice?: ReactNode;
  /** Asks once more, after the form is valid and before anything is sent, naming what changes. */
  confirm?: (values: Values) => Omit<ConfirmSpec, 'onOk'>;
  /** Does the work with the validated values. Returns why it failed, shown above the form with the
   * values kept so the user can correct them; or null when there is nothing to show there: it
   * succeeded (the caller closes the dialog), or its errors were set on their fields. */
  onSubmit: (values: Values) => Promise<string | null>;
  onCancel: () => void;
  /** Puts the cursor in the first field once the dialog is open (default), so typing can start
   * at once; a form whose introduction should be read first (on a phone the keyboard would
   * cover it) turns it off. */
  autoFocusFirstField?: boolean;
  /** For tests and screen readers that look for this dialog's failure. */
  failureTestId?: string;
  width?: number | string;
  children: ReactNode;
};

/** What the cursor goes to when the dialog opens: the first control a value is typed or chosen in. */
const FIRST_FIELD = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])';

/**
 * A form in a dialog, the way every such dialog in the consoles should behave: the OK button is
 * the form's submit button (so Enter in a field submits too), it spins while the work runs and
 * cannot send twice, a failure is shown above the form without losing what was typed, and a
 * closed dialog forgets its values. The form wraps the whole dialog (antd's `modalRender`) so the
 * footer's button belongs to it.
 */
export function FormModal<Values extends object>({
  open,
  title,
  okText,
  danger,
  blocked,
  name,
  initialValues,
  form,
  notice,
  confirm,
  onSubmit,
  onCancel,
  failureTestId,
  autoFocusFirstField = true,
  width,
  children,
}: FormModalProps<Values>) {
  const { t } = useTranslation();
  const ask = useConfirmAction();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The OK button or Enter was pressed while `blocked`: its reason is shown above the form for as
  // long as it holds.
  const [triedWhileBlocked, setTriedWhileBlocked] = useState(false);
  // A ref, not state: a second Enter or click in the same tick must see the first one running.
  const running = useRef(false);
  const fields = useRef<HTMLDivElement>(null);

  const run = async (values: Values) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setFailure(null);
    try {
      setFailure(await onSubmit(values));
    } catch (error) {
      setFailure(describeThrownError(error, t));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const finish = (values: Values) => {
    if (running.current) return;
    if (blocked) {
      // an older failure would come back once the upload is done: it belongs to the last attempt
      setFailure(null);
      setTriedWhileBlocked(true);
      return;
    }
    setTriedWhileBlocked(false);
    if (confirm) ask({ ...confirm(values), onOk: () => run(values) });
    else void run(values);
  };

  const shown = blocked && triedWhileBlocked ? blocked : failure;

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText}
      cancelText={t('ui.confirm.cancel')}
      okButtonProps={{
        htmlType: 'submit',
        danger,
        loading: busy,
        'aria-disabled': blocked ? true : undefined,
        title: blocked,
        style: blocked ? BLOCKED_LOOK : undefined,
      }}
      cancelButtonProps={{ disabled: busy }}
      onCancel={() => {
        if (!running.current) onCancel();
      }}
      // however the caller closed it, the next opening starts without the last failure
      afterClose={() => {
        setFailure(null);
        setTriedWhileBlocked(false);
      }}
      afterOpenChange={(opened) => {
        if (opened && autoFocusFirstField) fields.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
      }}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
          name={name}
          initialValues={initialValues}
          clearOnDestroy
          onFinish={finish}
          scrollToFirstError
        >
          {dom}
        </Form>
      )}
    >
      {notice}
      {shown ? (
        <Alert type="error" showIcon title={shown} style={{ marginBottom: 12 }} data-testid={failureTestId} />
      ) : null}
      <div ref={fields}>{children}</div>
    </Modal>
  );
}
