import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SearchField<F extends string = string> = {
  name: F;
  label: string;
  /** The control, e.g. `<Select options={…} allowClear />`, `<Input />` or `<DateField />`;
   * its value must be a string (or undefined when cleared). */
  control: ReactNode;
};

export type SearchFormProps<F extends string> = {
  fields: readonly SearchField<F>[];
  /** The values in force (from the URL). */
  values: Partial<Record<F, string>>;
  onSearch: (values: Partial<Record<F, string | undefined>>) => void;
  onReset: () => void;
};

/** How many fields show while the form is collapsed (Ant Design Pro's convention). */
export const VISIBLE_WHEN_COLLAPSED = 3;

/** Which fields show: all when expanded or when there are few; else the first three, plus any
 * later field that has a value, so a filter in force is never hidden. */
export function visibleSearchFields<F extends string>(
  fields: readonly SearchField<F>[],
  values: Partial<Record<F, string>>,
  expanded: boolean,
): SearchField<F>[] {
  if (expanded || fields.length <= VISIBLE_WHEN_COLLAPSED) return [...fields];
  return fields.filter((field, i) => i < VISIBLE_WHEN_COLLAPSED || values[field.name] !== undefined);
}

/** 查询/重置 over a grid of labelled controls; collapsed beyond three fields. */
export function SearchForm<F extends string>({ fields, values, onSearch, onReset }: SearchFormProps<F>) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [expanded, setExpanded] = useState(false);
  // the URL is the truth: back/forward or a link changes the values shown
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(values);
  }, [form, values]);
  const shown = visibleSearchFields(fields, values, expanded);
  const collapsible = fields.length > VISIBLE_WHEN_COLLAPSED;

  return (
    <Form
      form={form}
      name="list-search"
      layout="vertical"
      aria-label={t('ui.list.searchForm')}
      role="search"
      initialValues={values}
      onFinish={(submitted: Partial<Record<F, string | undefined>>) => onSearch(submitted)}
      data-testid="list-search"
    >
      <Row gutter={[16, 0]} align="bottom">
        {shown.map((field) => (
          <Col key={field.name} xs={24} sm={12} lg={8} xl={6}>
            <Form.Item name={field.name as string} label={field.label} style={{ marginBottom: 12 }}>
              {field.control}
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} sm={12} lg={8} xl={6} style={{ marginInlineStart: 'auto' }}>
          <Form.Item style={{ marginBottom: 12 }}>
            <Space wrap style={{ width: '100%', justifyContent: 'flex-end' }}>
              <Button type="primary" htmlType="submit">
                {t('ui.list.search')}
              </Button>
              <Button
                htmlType="button"
                onClick={() => {
                  form.resetFields();
                  onReset();
                }}
              >
                {t('ui.list.reset')}
              </Button>
              {collapsible ? (
                <Button
                  type="link"
                  htmlType="button"
                  aria-expanded={expanded}
                  onClick={() => setExpanded((e) => !e)}
                  icon={expanded ? <UpOutlined /> : <DownOutlined />}
                  iconPlacement="end"
                  style={{ paddingInline: 4 }}
                >
                  {expanded ? t('ui.list.collapse') : t('ui.list.expand')}
                </Button>
              ) : null}
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
