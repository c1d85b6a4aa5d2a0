import { createWorkingDayCalendar, formatCertificateNumber, noticePeriod, validityOf } from '@sme/domain';
import type { NoticeSeedRules } from '@sme/db/seed';

// The domain's rules the demo seed needs (the db package imports none): a fresh database has
// no calendar overrides, so the built-in statutory calendar is the one that applies.
export function seedRules(): NoticeSeedRules {
  const calendar = createWorkingDayCalendar();
  return {
    noticePeriod: (publishedOn) => noticePeriod(publishedOn, calendar),
    certificateNumber: formatCertificateNumber,
    validity: validityOf,
  };
}
