import { Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_FUNCTIONS, sortServiceFunctions, type ServiceFunction } from '../service-function';

/** The functions of an application as tags, in the order of Art. 4. */
export function ServiceFunctionTags({ functions }: { functions: readonly ServiceFunction[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[0, 4]} wrap>
      {sortServiceFunctions(functions).map((f) => (
        <Tag key={f} data-function={f}>
          {t(`ui.serviceFunction.${f}`)}
        </Tag>
      ))}
    </Space>
  );
}

/** Options for a Checkbox.Group or Select over the five functions. */
export function useServiceFunctionOptions(): { value: ServiceFunction; label: string }[] {
  const { t } = useTranslation();
  // t changes with the language, so the labels follow a language switch
  return useMemo(() => SERVICE_FUNCTIONS.map((value) => ({ value, label: t(`ui.serviceFunction.${value}`) })), [t]);
}
