import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUS_COLOURS, isApplicationStatus, type ApplicationStatus } from '../status/application-status';

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  // A status newer than this build still renders, uncoloured, rather than breaking the page.
  if (!isApplicationStatus(status)) return <Tag data-status={status}>{status}</Tag>;
  return (
    <Tag color={APPLICATION_STATUS_COLOURS[status]} data-status={status}>
      {t(`ui.status.${status}`)}
    </Tag>
  );
}
