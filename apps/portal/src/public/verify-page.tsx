import { PageFrame, ServiceFunctionTags, describeRequestError, toLocale } from '@sme/ui';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CertificateCheckQuery } from './public.queries';
import { longDate, normaliseCertificateNumber } from './public-dates';

const RESULT_STATUS = { VALID: 'success', EXPIRED: 'warning', REVOKED: 'error', NOT_YET_VALID: 'info' } as const;

/** /public/verify?number=…: a certificate number (typed, or the link its QR code holds) →
 * valid / being revoked (撤销办理中) / expired (with its end date) / revoked (with its effective
 * date) / unknown (Arts. 9, 11, 13). */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [params, setParams] = useSearchParams();
  const number = normaliseCertificateNumber(params.get('number') ?? '');
  const [form] = Form.useForm<{ number: string }>();
  useEffect(() => form.setFieldsValue({ number }), [form, number]);
  const [{ data, fetching, error }] = useQuery({ query: CertificateCheckQuery, variables: { number }, pause: !number });
  const check = number ? data?.certificate : undefined;
  const date = (iso: string | null | undefined) => longDate(iso, locale);
  // Arts. 11 and 13: a revocation opened (a failed spot check) or decided but not yet in effect.
  const pending = Boolean(check?.revocationPending) && check?.status !== 'REVOKED' && check?.status !== 'EXPIRED';
  return (
    <PageFrame title={t('public.verify.title')} description={t('public.verify.description')}>
      <Card size="small">
        {/* One row that shrinks with the screen: the field takes what the button leaves, so a
            phone held upright (320–375 px) never scrolls sideways. */}
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => setParams({ number: normaliseCertificateNumber(values.number) })}
        >
          <Form.Item label={t('public.verify.number')} htmlFor="verify-number" required style={{ marginBottom: 0 }}>
            <Space.Compact block>
              <Form.Item
                name="number"
                noStyle
                rules={[{ required: true, whitespace: true, message: t('public.verify.required') }]}
              >
                <Input
                  id="verify-number"
                  placeholder={t('public.verify.placeholder')}
                  autoComplete="off"
                  inputMode="text"
                  style={{ minWidth: 0 }}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={fetching}>
                {t('public.verify.check')}
              </Button>
            </Space.Compact>
          </Form.Item>
        </Form>
      </Card>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('public.verify.loadFailed', { message: describeRequestError(error, t) })}
        />
      ) : null}
      {number && data && !check ? (
        <Result
          status="warning"
          data-testid="verify-result"
          data-status="UNKNOWN"
          title={t('public.verify.unknown')}
          subTitle={t('public.verify.unknownText', { number })}
        />
      ) : null}
      {check ? (
        <Card
          size="small"
          data-testid="verify-result"
          data-status={check.status}
          data-revocation-pending={pending ? 'true' : 'false'}
        >
          {pending ? (
            <Result
              status="warning"
              data-testid="verify-pending"
              title={`${t(`ui.titleStatus.${check.status}`)} · ${t('public.verify.pending')}`}
              subTitle={[
                t('public.verify.pendingText'),
                check.revokedOn ? t('public.verify.pendingFrom', { date: date(check.revokedOn) }) : '',
              ].join('')}
            />
          ) : (
            <Result
              status={RESULT_STATUS[check.status]}
              title={t(`ui.titleStatus.${check.status}`)}
              subTitle={t(`public.verify.statusText.${check.status}`, {
                until: date(check.validUntil),
                revokedOn: date(check.revokedOn),
              })}
            />
          )}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('public.register.certificateNumber')}>{check.number}</Descriptions.Item>
            <Descriptions.Item label={t('public.verify.organisation')}>{check.organisationName}</Descriptions.Item>
            <Descriptions.Item label={t('public.verify.functions')}>
              <ServiceFunctionTags functions={check.functions} />
            </Descriptions.Item>
            <Descriptions.Item label={t('public.verify.awardedOn')}>{date(check.awardedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('public.verify.validity')}>
              {t('public.verify.validityText', { from: date(check.validFrom), until: date(check.validUntil) })}
            </Descriptions.Item>
            {check.revokedOn ? (
              <Descriptions.Item label={t('public.verify.revokedOn')}>{date(check.revokedOn)}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      ) : null}
    </PageFrame>
  );
}
