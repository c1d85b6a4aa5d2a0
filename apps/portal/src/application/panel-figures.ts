import { formatYuanZh, type EligibilityFacts } from '@sme/domain';
import type { PanelResult } from './eligibility-panel';

// How the eligibility panel writes the applicant's own figures: in the unit the form asks for
// (资产总额 is typed in 万元, so it is reported in 万元, never as "0元"), and no ratio while the
// figures it would be computed from contradict each other (Art. 5(5): 30 qualified of 19 staff is
// an error to correct, not "占157.89%").

const grouped = (n: number, language: string) =>
  new Intl.NumberFormat(language.startsWith('en') ? 'en-US' : 'zh-CN', { maximumFractionDigits: 6 }).format(n);

/** An amount in yuan as the form shows it: in 万元 (English: "10k CNY"). */
export function wanFigure(yuan: number, language: string): string {
  const wan = Math.round((yuan / 10_000) * 1_000_000) / 1_000_000;
  return language.startsWith('en') ? `${grouped(wan, language)} × 10k CNY` : `${grouped(wan, language)}万元`;
}

/** Why the qualified-staff share cannot be computed, or null when it can. */
export function staffContradiction(
  serviceStaff: number | null | undefined,
  qualifiedStaff: number | null | undefined,
): 'moreQualifiedThanStaff' | 'noStaff' | null {
  if (typeof serviceStaff !== 'number' || typeof qualifiedStaff !== 'number') return null;
  if (serviceStaff <= 0 && qualifiedStaff > 0) return 'noStaff';
  if (qualifiedStaff > serviceStaff) return 'moreQualifiedThanStaff';
  return null;
}

const STAFF_TEXT = {
  moreQualifiedThanStaff: {
    zhCN: (s: string, q: string) => `专业人员${q}人多于服务人员${s}人，请核对后再计算比例`,
    en: (s: string, q: string) =>
      `${q} qualified staff is more than the ${s} staff: correct the figures to see the share`,
  },
  noStaff: {
    zhCN: (s: string, q: string) => `服务人员${s}人，专业人员${q}人，请核对后再计算比例`,
    en: (s: string, q: string) => `${q} qualified of ${s} staff: correct the figures to see the share`,
  },
} as const;

/** The panel's result with the applicant's figures written as the form asks for them. */
export function withFormFigures(
  panel: PanelResult,
  facts: Pick<EligibilityFacts, 'totalAssetsYuan' | 'serviceStaff' | 'qualifiedStaff'>,
  language: string,
): PanelResult {
  const lang = language.startsWith('en') ? 'en' : 'zhCN';
  return {
    ...panel,
    checks: panel.checks.map((check) => {
      if (check.code === 'ART5_1_TOTAL_ASSETS' && typeof facts.totalAssetsYuan === 'number' && lang === 'zhCN')
        return {
          ...check,
          actual: wanFigure(facts.totalAssetsYuan, language),
          // the sentence quotes the declared figure too: in the same unit
          message: check.message.replace(
            formatYuanZh(facts.totalAssetsYuan),
            wanFigure(facts.totalAssetsYuan, language),
          ),
        };
      if (check.code === 'ART5_5_QUALIFIED_STAFF_SHARE') {
        const why = staffContradiction(facts.serviceStaff, facts.qualifiedStaff);
        if (why) {
          const said = STAFF_TEXT[why][lang](
            grouped(facts.serviceStaff, language),
            grouped(facts.qualifiedStaff, language),
          );
          // the sentence quotes the computed share too: the contradiction replaces it there as well
          const message = check.actual ? check.message.replace(check.actual, said) : check.message;
          return { ...check, actual: said, message };
        }
      }
      return check;
    }),
  };
}
