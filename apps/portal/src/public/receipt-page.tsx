import { PageFrame, describeRequestError, formatDateTime, StatusTag } from '@sme/ui';
import { Alert, Card, Descriptions, Form, Input, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ObjectionReceiptQuery } from './public.queries';

/** /public/receipt?number=…: the outcome of an objection, by the receipt number it was given. */
export function ReceiptPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const number = params.get('number')?.trim().toUpperCase() ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: ObjectionReceiptQuery,
    variables: { receiptNumber: number },
    pause: !number,
  });
  const receipt = number ? data?.objectionReceipt : undefined;
  return (
    <PageFrame title={t('public.receipt.title')} description={t('public.receipt.description')}>
      <Card size="small">
        <Form
          layout="inline"
          initialValues={{ number }}
          onFinish={(values: { number: string }) => setParams({ number: values.number.trim() })}
        >
          <Form.Item
            name="number"
            label={t('public.receipt.number')}
            rules={[{ required: true, whitespace: true, message: t('public.objection.required') }]}
          >
            <Input style={{ width: 260, maxWidth: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('public.receipt.search')}
          </Button>
        </Form>
      </Card>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('public.receipt.loadFailed', { message: describeRequestError(error, t) })}
        />
      ) : null}
      {number && data && !receipt ? (
        <Alert type="warning" showIcon title={t('public.receipt.notFound', { number })} />
      ) : null}
      {receipt ? (
        <Card size="small" data-testid="objection-receipt-result">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('public.receipt.number')}>{receipt.receiptNumber}</Descriptions.Item>
            <Descriptions.Item label={t('public.receipt.notice')}>{receipt.noticeTitle}</Descriptions.Item>
            <Descriptions.Item label={t('public.receipt.organisation')}>{receipt.organisationName}</Descriptions.Item>
            <Descriptions.Item label={t('public.receipt.lodgedAt')}>
              {formatDateTime(receipt.lodgedAt)}
            </Descriptions.Item>
            {receipt.attachmentCount > 0 ? (
              <Descriptions.Item label={t('public.objection.attachmentsReceived')}>
                {t('public.objection.attachmentsCount', { count: receipt.attachmentCount })}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('public.receipt.status')}>
              <Space>
                <StatusTag kind="objectionStatus" status={receipt.status} />
              </Space>
            </Descriptions.Item>
            {receipt.decidedAt ? (
              <Descriptions.Item label={t('public.receipt.decidedAt')}>
                {formatDateTime(receipt.decidedAt)}
              </Descriptions.Item>
            ) : null}
            {receipt.decisionNote ? (
              <Descriptions.Item label={t('public.receipt.decisionNote')}>{receipt.decisionNote}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      ) : null}
    </PageFrame>
  );
}
