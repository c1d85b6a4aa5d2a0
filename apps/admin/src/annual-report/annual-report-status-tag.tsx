import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const ANNUAL_REPORT_STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED', 'DRAFT'] as const;

const COLOURS: Record<string, string | undefined> = {
  DRAFT: undefined,
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'orange',
};

export function AnnualReportStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="annual-report-status">
      {t(`annualReport.status.${status}`)}
    </Tag>
  );
}
