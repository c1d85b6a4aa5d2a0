import { Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import { REGION_TREE, type RegionNode } from '@sme/domain/region';

export type RegionCascaderProps = {
  /** [provinceCode, cityCode] (GB/T 2260), as antd Form.Item passes it. */
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
  id?: string;
  /** Allow choosing a province without a city (filters); registration requires the city. */
  provinceOnly?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
};

const FIELD_NAMES = { label: 'name', value: 'code', children: 'children' } as const;

function searchFilter(input: string, path: RegionNode[]): boolean {
  return path.some((node) => node.name.includes(input.trim()));
}

/**
 * Province → city cascader over China's administrative divisions (GB/T 2260), with search.
 * Place names are shown in Chinese in both languages, as on official documents.
 */
export function RegionCascader({ value, onChange, provinceOnly, allowClear = true, ...rest }: RegionCascaderProps) {
  const { t } = useTranslation();
  return (
    <Cascader<RegionNode>
      {...rest}
      options={REGION_TREE as RegionNode[]}
      fieldNames={FIELD_NAMES}
      value={value}
      changeOnSelect={provinceOnly}
      allowClear={allowClear}
      placeholder={t('ui.region.placeholder')}
      notFoundContent={t('ui.region.notFound')}
      showSearch={{ filter: searchFilter }}
      onChange={(next) => onChange?.((next ?? []).map(String))}
    />
  );
}
