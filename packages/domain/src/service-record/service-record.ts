import { formatChineseDate } from '../shared/chinese-format';
import type { IsoDate } from '../shared/iso-date';
import type { DomainFailure, Message } from '../shared/message';

/**
 * Art. 12: 示范平台要……主动为中小企业开展公益性服务. A service record is one service a platform
 * delivered: its date, kind, title, the enterprises it served and whether it was free.
 */
export const SERVICE_RECORD_KINDS = ['PUBLIC_WELFARE_SERVICE', 'LOW_FEE_SERVICE', 'OTHER_SERVICE'] as const;
export type ServiceRecordKind = (typeof SERVICE_RECORD_KINDS)[number];

export const SERVICE_RECORD_KIND_NAMES: Record<ServiceRecordKind, Message> = {
  PUBLIC_WELFARE_SERVICE: { zhCN: '公益性服务', en: 'Public-welfare service' },
  LOW_FEE_SERVICE: { zhCN: '低收费服务', en: 'Low-fee service' },
  OTHER_SERVICE: { zhCN: '其他服务', en: 'Other service' },
};

export type ServiceRecordFacts = {
  date: IsoDate;
  kind: ServiceRecordKind;
  enterprisesServed: number;
  free: boolean;
};

/**
 * Software reading of Art. 12: a service counts as a public-welfare service (公益性服务) when it
 * was free of charge. A record of the kind PUBLIC_WELFARE_SERVICE must therefore be free.
 */
export function isPublicWelfareService(record: Pick<ServiceRecordFacts, 'free'>): boolean {
  return record.free;
}

/** The days a title was held: from its validity's start to its end or its revocation's effective date (exclusive). */
export type HeldPeriod = { validFrom: IsoDate; validUntil: IsoDate; revokedOn?: IsoDate | null };

export type ServiceRecordError = DomainFailure<
  'SERVICE_DATE_IN_FUTURE' | 'SERVICE_OUTSIDE_TITLE' | 'PUBLIC_WELFARE_NOT_FREE'
>;

/**
 * Whether a service may be recorded against a title: it happened (not after today), while the
 * title was held (Art. 12 speaks of accredited platforms), and a public-welfare service is free.
 */
export function checkServiceRecord(
  record: ServiceRecordFacts,
  title: HeldPeriod,
  today: IsoDate,
): ServiceRecordError | null {
  if (record.date > today)
    return {
      code: 'SERVICE_DATE_IN_FUTURE',
      article: 'software',
      message: {
        zhCN: `系统规则：只能记录已开展的服务，服务日期${formatChineseDate(record.date)}晚于今天。`,
        en: `Software rule: only services already delivered are recorded; ${record.date} is after today.`,
      },
    };
  const lastDay = title.revokedOn && title.revokedOn <= title.validUntil ? title.revokedOn : null;
  if (record.date < title.validFrom || record.date > title.validUntil || (lastDay !== null && record.date >= lastDay))
    return {
      code: 'SERVICE_OUTSIDE_TITLE',
      article: 'Art. 12',
      message: {
        zhCN: `第十二条：服务记录应在示范平台称号有效期内（${formatChineseDate(title.validFrom)}至${formatChineseDate(title.validUntil)}${lastDay ? `，${formatChineseDate(lastDay)}起已撤销` : ''}），${formatChineseDate(record.date)}不在其内。`,
        en: `Art. 12: services are recorded while the title is held (${title.validFrom} to ${title.validUntil}${lastDay ? `, revoked from ${lastDay}` : ''}); ${record.date} is outside it.`,
      },
    };
  if (record.kind === 'PUBLIC_WELFARE_SERVICE' && !record.free)
    return {
      code: 'PUBLIC_WELFARE_NOT_FREE',
      article: 'Art. 12',
      message: {
        zhCN: '第十二条：公益性服务应为免费服务；收费的服务请记为低收费服务或其他服务。',
        en: 'Art. 12: a public-welfare service is free; record a charged service as a low-fee or other service.',
      },
    };
  return null;
}

/** Report statuses under which the year's records stand frozen (the report was submitted). */
export const RECORDS_FROZEN_BY = ['SUBMITTED', 'ACCEPTED'] as const;

/** A year's records may be changed until its report is submitted (and again once it is returned). */
export function recordsEditable(reportStatus: string | null | undefined): boolean {
  return !(RECORDS_FROZEN_BY as readonly string[]).includes(reportStatus ?? '');
}

export function recordsFrozenError(year: number): DomainFailure<'RECORDS_FROZEN'> {
  return {
    code: 'RECORDS_FROZEN',
    article: 'software',
    message: {
      zhCN: `系统规则：${year}年度服务报告已提交，该年度的服务记录不能再修改；报告被退回后可再修改。`,
      en: `Software rule: the ${year} annual report has been submitted, so that year's service records can no longer be changed (they can again if the report is returned).`,
    },
  };
}
