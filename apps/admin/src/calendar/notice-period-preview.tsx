import { DateField, describeRequestError, useDateMessage } from '@sme/ui';
import { Alert, Card, Descriptions, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CALENDAR_CONTEXT, NoticePeriodQuery } from './calendar.query';
import type { IsoDate } from './month-grid';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Art. 8 in practice: which five working days a notice published on a given date would run. */
export function NoticePeriodPreview({ defaultDate }: { defaultDate: IsoDate }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [publishedOn, setPublishedOn] = useState<string>(defaultDate);
  const problem = useDateMessage(publishedOn);
  const valid = ISO_DATE.test(publishedOn) && problem === null;
  const problemId = useId();
  const [{ data, fetching, error }] = useQuery({
    query: NoticePeriodQuery,
    variables: { publishedOn },
    pause: !valid,
    context: CALENDAR_CONTEXT,
  });
  const period = valid ? data?.noticePeriod : undefined;

  return (
    <Card size="small" title={t('calendar.notice.title')} data-testid="notice-preview">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('calendar.notice.help')}</Typography.Text>
        <Space wrap>
          <label htmlFor={inputId}>{t('calendar.notice.publishedOn')}</label>
          <DateField
            id={inputId}
            value={publishedOn}
            onChange={(value) => setPublishedOn(value ?? '')}
            style={{ width: 170 }}
            status={problem ? 'error' : undefined}
            aria-describedby={problem ? problemId : undefined}
            aria-invalid={problem ? true : undefined}
          />
        </Space>
        {problem ? (
          <Typography.Text type="danger" id={problemId} role="alert">
            {problem}
          </Typography.Text>
        ) : !valid ? (
          <Typography.Text type="secondary">{t('calendar.notice.pick')}</Typography.Text>
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            title={t('calendar.notice.failed', { message: describeRequestError(error, t) })}
          />
        ) : null}
        {valid && !period && fetching ? <Skeleton active paragraph={{ rows: 2 }} title={false} /> : null}
        {period && period.unconfirmedYears.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="notice-unconfirmed"
            title={t('calendar.notice.unconfirmed', {
              years: period.unconfirmedYears.join(t('calendar.notice.yearSeparator')),
            })}
          />
        ) : null}
        {period ? (
          <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('calendar.notice.startsOn')}>
              <span data-testid="notice-starts">{period.startsOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.notice.endsOn')}>
              <span data-testid="notice-ends">{period.endsOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.notice.workingDays')}>
              <Flex wrap gap={4} data-testid="notice-working-days" data-published-on={period.publishedOn}>
                {period.workingDays.map((day) => (
                  <Tag key={day} data-testid="notice-working-day">
                    {day}
                  </Tag>
                ))}
              </Flex>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Flex>
    </Card>
  );
}
