import {
  SERVICE_FUNCTION_NAMES,
  SERVICE_FUNCTION_SERVICES,
  SERVICE_FUNCTIONS,
  chineseNumeral,
  type ServiceFunction,
} from '@sme/domain';
import { Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type FunctionChoiceProps = {
  label: string;
  value?: ServiceFunction[];
  onChange?: (value: ServiceFunction[]) => void;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
};

/**
 * The five functions of Art. 4 to choose from, each with the services the article lists for it
 * (the measures' own sentence in Chinese, a translation in English), so the applicant chooses
 * knowing what each function covers. A named group, like the shared CheckboxGroupField.
 */
export function FunctionChoice({
  label,
  value,
  onChange,
  id,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
}: FunctionChoiceProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zhCN';
  return (
    <div role="group" id={id} aria-label={label} aria-describedby={describedBy} aria-invalid={invalid}>
      <Checkbox.Group<ServiceFunction>
        value={value}
        onChange={(next) => onChange?.(next)}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      >
        {SERVICE_FUNCTIONS.map((fn, index) => (
          <div key={fn} data-testid="function-choice" data-function={fn}>
            <Checkbox value={fn} aria-describedby={`function-services-${fn}`}>
              {SERVICE_FUNCTION_NAMES[fn][lang]}
            </Checkbox>
            <Typography.Paragraph
              id={`function-services-${fn}`}
              type="secondary"
              style={{ fontSize: 12, margin: '2px 0 0 24px' }}
            >
              {t('applicant.functions.services', {
                item: lang === 'en' ? index + 1 : chineseNumeral(index + 1),
                services: SERVICE_FUNCTION_SERVICES[fn][lang],
              })}
            </Typography.Paragraph>
          </div>
        ))}
      </Checkbox.Group>
    </div>
  );
}
