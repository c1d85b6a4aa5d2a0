import { describeRequestError, formatShare, type DetailTab, EmptyText } from '@sme/ui';
import { Alert, Flex, Select, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TitleServiceRecordsQuery } from './service-record.queries';
import { TitleObligations } from './title-obligations';

export const KIND_COLOURS: Record<string, string | undefined> = {
  PUBLIC_WELFARE_SERVICE: 'green',
  LOW_FEE_SERVICE: 'blue',
  OTHER_SERVICE: undefined,
};

const thisYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** The 服务记录 tab of a title's page (Art. 12): records by year, the annual reports and the
 * activities attended — what a spot check looks at (Art. 13). */
export function serviceRecordsTab(t: TFunction, accreditationId: string, awardedOn: string): DetailTab {
  return {
    key: 'serviceRecords',
    label: t('serviceRecord.tab'),
    children: (
      <Flex vertical gap={16}>
        <TitleServiceRecords accreditationId={accreditationId} firstYear={Number(awardedOn.slice(0, 4))} />
        <TitleObligations accreditationId={accreditationId} />
      </Flex>
    ),
  };
}

/** One title's service records of a year, chosen from the years since its award. */
export function TitleServiceRecords({ accreditationId, firstYear }: { accreditationId: string; firstYear: number }) {
  const { t } = useTranslation();
  const last = thisYear();
  const [year, setYear] = useState(last);
  const years: number[] = [];
  for (let y = last; y >= Math.min(firstYear || last, last); y -= 1) years.push(y);
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center">
        <Typography.Text>{t('serviceRecord.year')}</Typography.Text>
        <Select
          aria-label={t('serviceRecord.year')}
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
      </Flex>
      <ServiceRecordTable accreditationId={accreditationId} year={year} />
    </Flex>
  );
}

/** The records of one title and year, with their totals. */
export function ServiceRecordTable({ accreditationId, year }: { accreditationId: string; year: number }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: TitleServiceRecordsQuery,
    variables: { accreditationId, year },
    requestPolicy: 'cache-and-network',
  });
  const records = data?.serviceRecords ?? [];
  const enterprises = records.reduce((sum, r) => sum + r.enterprisesServed, 0);
  const publicWelfare = records.filter((r) => r.publicWelfare).length;
  return (
    <Flex vertical gap={8} data-testid="title-service-records">
      {error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      {records.length > 0 ? (
        <Typography.Text type="secondary">
          {t('serviceRecord.total', {
            year,
            count: records.length,
            enterprises,
            publicWelfare,
            share: formatShare(publicWelfare, records.length),
          })}
        </Typography.Text>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        loading={fetching && !data}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={records}
        locale={{ emptyText: <EmptyText>{t('serviceRecord.empty', { year })}</EmptyText> }}
        columns={[
          { key: 'date', title: t('serviceRecord.date'), render: (_, r) => r.date },
          {
            key: 'kind',
            title: t('serviceRecord.kindLabel'),
            render: (_, r) => <Tag color={KIND_COLOURS[r.kind]}>{t(`serviceRecord.kind.${r.kind}`)}</Tag>,
          },
          { key: 'name', title: t('serviceRecord.name'), render: (_, r) => r.title },
          {
            key: 'enterprises',
            title: t('serviceRecord.enterprisesServed'),
            align: 'right',
            render: (_, r) => r.enterprisesServed,
          },
          {
            key: 'free',
            title: t('serviceRecord.free'),
            render: (_, r) => t(r.free ? 'serviceRecord.yes' : 'serviceRecord.no'),
          },
          {
            key: 'evidence',
            title: t('serviceRecord.evidence'),
            render: (_, r) =>
              r.evidence ? (
                <a href={r.evidence.downloadUrl} download>
                  {r.evidence.fileName}
                </a>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Flex>
  );
}
