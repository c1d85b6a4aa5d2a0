import { Checkbox } from 'antd';
import type { CheckboxOptionType } from 'antd';

export type CheckboxGroupFieldProps<V extends string> = {
  options: readonly CheckboxOptionType<V>[];
  /** The group's name for screen readers (usually the Form.Item label). */
  label: string;
  value?: V[];
  onChange?: (value: V[]) => void;
  id?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  /** Given by Form.Item for required fields; not allowed on a group (axe: aria-allowed-attr),
   * so it is dropped here: the label's required mark and the rule's message say it instead. */
  'aria-required'?: unknown;
};

/** A Checkbox.Group for use inside Form.Item: a named role="group" (antd's own is an unnamed
 * div that Form.Item marks aria-required, which axe reports as critical). */
export function CheckboxGroupField<V extends string>({
  options,
  label,
  value,
  onChange,
  id,
  disabled,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
}: CheckboxGroupFieldProps<V>) {
  return (
    <div role="group" id={id} aria-label={label} aria-describedby={describedBy} aria-invalid={invalid}>
      <Checkbox.Group<V>
        options={[...options]}
        value={value}
        onChange={(next) => onChange?.(next)}
        disabled={disabled}
      />
    </div>
  );
}
