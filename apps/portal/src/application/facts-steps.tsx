import {
  ORGANISATION_KINDS,
  ORGANISATION_KIND_NAMES,
  SERVICE_FUNCTION_ARTICLES,
  SERVICE_FUNCTION_NAMES,
  type ServiceFunction,
} from '@sme/domain';
import { DateField, useDateRules } from '@sme/ui';
import { Card, Checkbox, Col, Form, InputNumber, Radio, Row, Space, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FunctionChoice } from './function-choice';
import { ART5_ATTESTATIONS, FUNCTION_FIELDS, orderedFunctions, type FactsFormValues } from './facts-form';

// The four fact steps of the editor. Every field is a labelled control inside a Form.Item, so the
// form is usable from the keyboard and a screen reader (and a test) finds each by its label.

/** "1234567.5" → "1,234,567.5": groups the integer part only, so decimals stay as typed. */
export function groupDigits(value: string | number | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const ungroup = (value: string | undefined): string => (value ?? '').replace(/,/g, '');

/** Every figure of the form is a count, an amount or a share, never negative: a minus sign is
 * refused as it is typed (rather than the field turning −5 into 0 on leaving it). */
export const refuseMinus = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === '-' || event.key === '−' || event.key === 'Subtract') event.preventDefault();
};

function NumberField({
  name,
  label,
  money,
  percent,
  extra,
}: {
  name: (string | number)[] | string;
  label: string;
  money?: boolean;
  percent?: boolean;
  extra?: string;
}) {
  return (
    <Form.Item name={name} label={label} extra={extra}>
      <InputNumber<number>
        min={0}
        max={percent ? 100 : undefined}
        precision={money ? undefined : percent ? undefined : 0}
        formatter={(v) => groupDigits(v)}
        parser={(v) => Number(ungroup(v)) as number}
        onKeyDown={refuseMinus}
        style={{ width: '100%', maxWidth: 280 }}
        inputMode="decimal"
      />
    </Form.Item>
  );
}

export function FunctionsStep() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="step-functions-title">
      <Typography.Title level={2} style={{ fontSize: 18 }} id="step-functions-title" tabIndex={-1}>
        {t('applicant.functions.title')}
      </Typography.Title>
      <Form.Item
        name="functions"
        label={t('applicant.steps.functions')}
        extra={t('applicant.functions.hint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('applicant.functions.required') }]}
      >
        <FunctionChoice label={t('applicant.steps.functions')} />
      </Form.Item>
    </section>
  );
}

export function BasicStep() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zhCN';
  const dateRules = useDateRules(1900, 2100);
  return (
    <section aria-labelledby="step-basic-title">
      <Typography.Title level={2} style={{ fontSize: 18 }} id="step-basic-title" tabIndex={-1}>
        {t('applicant.basic.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('applicant.basic.hint')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="foundedOn"
            label={t('applicant.basic.foundedOn')}
            rules={dateRules}
            extra={t('applicant.basic.foundedOnReading')}
          >
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <NumberField name="totalAssetsWan" label={t('applicant.basic.totalAssetsWan')} money />
        </Col>
      </Row>
      <Form.Item name="organisationKind" label={t('applicant.basic.organisationKind')}>
        <Radio.Group>
          <Space orientation="vertical">
            {ORGANISATION_KINDS.map((kind) => (
              <Radio key={kind} value={kind}>
                {ORGANISATION_KIND_NAMES[kind][lang]}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <NumberField name="smesServedLastYear" label={t('applicant.basic.smesServedLastYear')} />
        </Col>
        <Col xs={24} md={12}>
          <NumberField name="smesServedYearBefore" label={t('applicant.basic.smesServedYearBefore')} />
        </Col>
        <Col xs={24}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -8 }}>
            {t('applicant.basic.smesServedReading')}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} md={12}>
          <NumberField name="satisfactionPercent" label={t('applicant.basic.satisfactionPercent')} percent />
        </Col>
        <Col xs={24} md={12}>
          <NumberField name="freeOrLowFeeSharePercent" label={t('applicant.basic.freeOrLowFeeSharePercent')} percent />
        </Col>
        <Col xs={24} md={12}>
          <NumberField name="aggregatedInstitutions" label={t('applicant.basic.aggregatedInstitutions')} />
        </Col>
        <Col xs={24} md={12}>
          <NumberField name="serviceStaff" label={t('applicant.basic.serviceStaff')} />
        </Col>
        <Col xs={24}>
          <Form.Item
            name="qualifiedStaff"
            label={t('applicant.basic.qualifiedStaff')}
            extra={t('applicant.basic.qualifiedStaffReading')}
            dependencies={['serviceStaff']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, value: number | null | undefined) => {
                  const staff = getFieldValue('serviceStaff') as number | null | undefined;
                  if (typeof value === 'number' && typeof staff === 'number' && value > staff)
                    throw new Error(t('applicant.basic.qualifiedStaffTooMany'));
                },
              }),
            ]}
          >
            <InputNumber<number>
              min={0}
              precision={0}
              formatter={(v) => groupDigits(v)}
              parser={(v) => Number(ungroup(v))}
              onKeyDown={refuseMinus}
              style={{ width: '100%', maxWidth: 280 }}
            />
          </Form.Item>
        </Col>
      </Row>
    </section>
  );
}

function activitiesLabel(fn: ServiceFunction, t: (key: string) => string): string {
  switch (fn) {
    case 'STARTUP':
      return t('applicant.functionFacts.activitiesPerYearSTARTUP');
    case 'FINANCING':
      return t('applicant.functionFacts.activitiesPerYearFINANCING');
    case 'TECHNOLOGY':
      return t('applicant.functionFacts.activitiesPerYearTECHNOLOGY');
    default:
      return t('applicant.functionFacts.activitiesPerYear');
  }
}

export function FunctionFactsStep({ functions }: { functions: readonly ServiceFunction[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zhCN';
  const chosen = orderedFunctions(functions);
  return (
    <section aria-labelledby="step-function-facts-title">
      <Typography.Title level={2} style={{ fontSize: 18 }} id="step-function-facts-title" tabIndex={-1}>
        {t('applicant.functionFacts.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {chosen.length === 0 ? t('applicant.functionFacts.none') : t('applicant.functionFacts.hint')}
      </Typography.Paragraph>
      {chosen.map((fn) => {
        const fields = FUNCTION_FIELDS[fn];
        const article = SERVICE_FUNCTION_ARTICLES[fn];
        return (
          <Card
            key={fn}
            size="small"
            style={{ marginBottom: 16 }}
            title={
              <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
                {SERVICE_FUNCTION_NAMES[fn][lang]}（{lang === 'en' ? article.article : article.zhCN}）
              </Typography.Title>
            }
            data-testid="function-facts"
            data-function={fn}
          >
            {fn === 'FINANCING' ? (
              <Typography.Paragraph type="secondary">
                {t('applicant.functionFacts.financingBranches')}
              </Typography.Paragraph>
            ) : null}
            <Row gutter={16}>
              {fields.numbers.map((f) => (
                <Col xs={24} md={12} key={f}>
                  <NumberField
                    name={['fn', fn, f]}
                    label={`${SERVICE_FUNCTION_NAMES[fn][lang]}：${f === 'activitiesPerYear' ? activitiesLabel(fn, t) : t(`applicant.functionFacts.${f}`)}`}
                  />
                </Col>
              ))}
              {fields.money.map((f) => {
                const wan = f === 'financingFacilitatedYuan' ? 'financingFacilitatedWan' : 'newGuaranteesWan';
                return (
                  <Col xs={24} md={12} key={f}>
                    <NumberField
                      name={['fn', fn, wan]}
                      label={`${SERVICE_FUNCTION_NAMES[fn][lang]}：${t(`applicant.functionFacts.${wan}`)}`}
                      money
                    />
                  </Col>
                );
              })}
            </Row>
            <Space orientation="vertical">
              {fields.booleans.map((f) => (
                <Form.Item key={f} name={['fn', fn, f]} valuePropName="checked" style={{ marginBottom: 4 }}>
                  <Checkbox>
                    {t(
                      `applicant.functionFacts.${f === 'projectDatabase' && fn === 'STARTUP' ? 'projectDatabaseSTARTUP' : f}`,
                    )}
                  </Checkbox>
                </Form.Item>
              ))}
            </Space>
          </Card>
        );
      })}
    </section>
  );
}

export function AttestationsStep() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="step-attestations-title">
      <Typography.Title level={2} style={{ fontSize: 18 }} id="step-attestations-title" tabIndex={-1}>
        {t('applicant.attestations.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('applicant.attestations.hint')}</Typography.Paragraph>
      <Space orientation="vertical">
        {ART5_ATTESTATIONS.map((f) => (
          <Form.Item key={f} name={f} valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{t(`applicant.attestations.${f}`)}</Checkbox>
          </Form.Item>
        ))}
      </Space>
    </section>
  );
}

export type { FactsFormValues };
