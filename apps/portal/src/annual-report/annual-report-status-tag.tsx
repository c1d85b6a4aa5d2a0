import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string | undefined> = {
  NONE: undefined,
  DRAFT: undefined,
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'orange',
};

/** A report's status in words; NONE for a year with no report yet. */
export function AnnualReportStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="annual-report-status">
      {t(`annualReport.status.${status}`)}
    </Tag>
  );
}
