import { ScheduleOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route } from 'react-router';
const ServiceRecordsPage = lazyPage(() => import('./service-records-page'), 'ServiceRecordsPage');

// A platform's service records (Art. 12); the API allows only the title holder's members.
export function serviceRecordNavItems(t: TFunction): ShellNavItem[] {
  return [{ key: '/service-records', label: t('serviceRecord.nav.serviceRecords'), icon: <ScheduleOutlined /> }];
}

export function serviceRecordRoutes() {
  return [<Route key="service-records" path="service-records" element={<ServiceRecordsPage />} />];
}

/** On a title's card: where its service records and this year's report are. */
export function TitleServiceLinks({ accreditationId }: { accreditationId: string }) {
  const { t } = useTranslation();
  const id = encodeURIComponent(accreditationId);
  return (
    <Flex gap={16} wrap data-testid="title-service-links">
      <Link to={`/service-records?title=${id}`}>{t('serviceRecord.link.records')}</Link>
      <Link to={`/annual-reports?title=${id}`}>{t('serviceRecord.link.report')}</Link>
    </Flex>
  );
}
