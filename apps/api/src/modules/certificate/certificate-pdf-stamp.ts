import { compareIsoDates, formatChineseDate, type IsoDate } from '@sme/domain';
import { formatIsoDate } from '../common/scalars.js';

/**
 * What a certificate that is no longer clean says across every page: a revoked title (Arts. 11,
 * 13), an expired one (Art. 11, three years), or one whose revocation is open (撤销办理中, e.g.
 * after a failed spot check, Art. 13: 抽查不合格的平台将撤销示范平台称号). A clean certificate has none.
 */
export type CertificateStamp =
  | { kind: 'REVOKED'; effectiveOn: IsoDate }
  | { kind: 'EXPIRED'; validUntil: IsoDate }
  | { kind: 'REVOCATION_PENDING'; since: IsoDate; reason: 'VIOLATION_VERIFIED' | 'FAILED_SPOT_CHECK' };

export type StampFacts = {
  validUntil: Date | string;
  revocation?: {
    status: string;
    reason: string;
    effectiveOn: Date | string | null;
    /** The day the revocation was opened, in Beijing. */
    openedOn: IsoDate;
  } | null;
};

/**
 * The stamp for a title on `today`. A completed revocation outranks expiry (the title was taken
 * away, not merely run out), and is stamped from its decision on: a certificate downloaded before
 * the effective date must not be shown clean after it. An open revocation on a title still in
 * its validity is stamped as in progress.
 */
export function certificateStampOn(facts: StampFacts, today: IsoDate): CertificateStamp | null {
  const r = facts.revocation;
  if (r && r.status === 'COMPLETED' && r.effectiveOn)
    return { kind: 'REVOKED', effectiveOn: formatIsoDate(r.effectiveOn) };
  const validUntil = formatIsoDate(facts.validUntil);
  if (compareIsoDates(today, validUntil) > 0) return { kind: 'EXPIRED', validUntil };
  if (r && r.status === 'OPEN') {
    return {
      kind: 'REVOCATION_PENDING',
      since: r.openedOn,
      reason: r.reason === 'VIOLATION_VERIFIED' ? 'VIOLATION_VERIFIED' : 'FAILED_SPOT_CHECK',
    };
  }
  return null;
}

/** The stamp's words: the large diagonal mark, its date line and the banner's sentence. */
export function stampWording(stamp: CertificateStamp): { mark: string; dateLine: string; banner: string } {
  switch (stamp.kind) {
    case 'REVOKED': {
      const date = formatChineseDate(stamp.effectiveOn);
      return {
        mark: '已撤销',
        dateLine: `撤销生效日期：${date}`,
        banner: `已撤销\u3000撤销生效日期：${date}\u3000自该日起本证书作废`,
      };
    }
    case 'EXPIRED': {
      const date = formatChineseDate(stamp.validUntil);
      return {
        mark: '已过期',
        dateLine: `有效期至：${date}`,
        banner: `已过期\u3000有效期至：${date}\u3000本证书已失效`,
      };
    }
    case 'REVOCATION_PENDING': {
      const date = formatChineseDate(stamp.since);
      const ground = stamp.reason === 'FAILED_SPOT_CHECK' ? '抽查不合格（第十三条）' : '违法违规行为经查实（第十一条）';
      return {
        mark: '撤销办理中',
        dateLine: `自${date}起`,
        banner: `撤销办理中\u3000自${date}起\u3000事由：${ground}`,
      };
    }
  }
}
