import { DatePicker, type DatePickerProps, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ISO_DATE_FORMAT, MAX_DATE_YEAR, MIN_DATE_YEAR, checkIsoDate } from './iso-date';

dayjs.extend(customParseFormat);

export type DateFieldProps = Omit<
  DatePickerProps,
  'value' | 'defaultValue' | 'onChange' | 'format' | 'picker' | 'multiple'
> & {
  /** "YYYY-MM-DD", or empty. */
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
};

function toDayjs(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const parsed = dayjs(value, ISO_DATE_FORMAT, true);
  return parsed.isValid() ? parsed : null;
}

/** antd's DatePicker (in the language of the page, zh_CN by default) holding a "YYYY-MM-DD" string;
 * never the browser's native picker, whose look and language differ by browser. Years outside
 * 2000–2100 are kept as typed and rejected by `useDateRules()` with a message. */
export function DateField({ value, onChange, placeholder, style, onKeyDown, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DatePicker
      {...rest}
      // Enter takes the typed or picked date (the picker does that first) and nothing more: in a
      // form it would also submit the form, before the user has seen the date taken.
      onKeyDown={(event, preventDefault) => {
        if (event.key === 'Enter') event.preventDefault();
        onKeyDown?.(event, preventDefault);
      }}
      value={toDayjs(value)}
      format={ISO_DATE_FORMAT}
      placeholder={placeholder ?? t('ui.date.placeholder')}
      style={{ width: '100%', maxWidth: 220, ...style }}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format(ISO_DATE_FORMAT) : undefined)}
    />
  );
}

/** Form.Item rules for a DateField: a real date, in 2000–2100; add `required` yourself. */
export function useDateRules(minYear = MIN_DATE_YEAR, maxYear = MAX_DATE_YEAR): FormRule[] {
  const { t } = useTranslation();
  return useMemo(
    () => [
      {
        validator: async (_rule: unknown, value: string | undefined) => {
          switch (checkIsoDate(value, minYear, maxYear)) {
            case 'ok':
            case 'empty':
              return;
            case 'invalid':
              throw new Error(t('ui.date.invalid'));
            case 'outOfRange':
              throw new Error(t('ui.date.outOfRange', { min: minYear, max: maxYear }));
          }
        },
      },
    ],
    [t, minYear, maxYear],
  );
}

/** The message for a standalone DateField (outside a Form), or null when the value is fine. */
export function useDateMessage(
  value: string | null | undefined,
  minYear = MIN_DATE_YEAR,
  maxYear = MAX_DATE_YEAR,
): string | null {
  const { t } = useTranslation();
  switch (checkIsoDate(value, minYear, maxYear)) {
    case 'ok':
    case 'empty':
      return null;
    case 'invalid':
      return t('ui.date.invalid');
    case 'outOfRange':
      return t('ui.date.outOfRange', { min: minYear, max: maxYear });
  }
}
