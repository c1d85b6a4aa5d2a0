import { describe, expect, it } from 'vitest';
import type { PanelCheck, PanelResult } from './eligibility-panel';
import { staffContradiction, wanFigure, withFormFigures } from './panel-figures';

const check = (code: string, actual: string): PanelCheck => ({
  code,
  article: 'Art. 5(1)',
  function: null,
  kind: 'MEASURED',
  status: 'FAILED',
  passed: false,
  required: null,
  actual,
  message: '',
});
const panel = (...checks: PanelCheck[]): PanelResult => ({ eligible: false, qualifiedFunctions: [], checks });

describe('the eligibility panel writes the form’s figures', () => {
  it('reports total assets in 万元, the unit it is typed in, even when small or zero', () => {
    expect(wanFigure(0, 'zh-CN')).toBe('0万元');
    expect(wanFigure(5_000, 'zh-CN')).toBe('0.5万元');
    expect(wanFigure(3_000_000, 'zh-CN')).toBe('300万元');
    const out = withFormFigures(
      panel(check('ART5_1_TOTAL_ASSETS', '0元')),
      { totalAssetsYuan: 0, serviceStaff: 20, qualifiedStaff: 16 },
      'zh-CN',
    );
    expect(out.checks[0]?.actual).toBe('0万元');
    const said = withFormFigures(
      panel({ ...check('ART5_1_TOTAL_ASSETS', '0元'), message: '资产总额不低于300万元；申报值：0元，不符合。' }),
      { totalAssetsYuan: 0, serviceStaff: 20, qualifiedStaff: 16 },
      'zh-CN',
    );
    expect(said.checks[0]?.message).toBe('资产总额不低于300万元；申报值：0万元，不符合。');
  });

  it('shows no share while qualified staff outnumber the staff (30 of 19), but the contradiction', () => {
    expect(staffContradiction(19, 30)).toBe('moreQualifiedThanStaff');
    expect(staffContradiction(0, 3)).toBe('noStaff');
    expect(staffContradiction(20, 16)).toBeNull();
    expect(staffContradiction(null, 16)).toBeNull();
    const out = withFormFigures(
      panel({
        ...check('ART5_5_QUALIFIED_STAFF_SHARE', '服务人员19人，其中专业人员30人，占157.89%'),
        message: '申报值：服务人员19人，其中专业人员30人，占157.89%，不符合。',
      }),
      { totalAssetsYuan: 3_000_000, serviceStaff: 19, qualifiedStaff: 30 },
      'zh-CN',
    );
    expect(out.checks[0]?.actual).not.toContain('%');
    expect(out.checks[0]?.actual).toContain('专业人员30人多于服务人员19人');
    expect(out.checks[0]?.message).not.toContain('157.89');
    const en = withFormFigures(
      panel(check('ART5_5_QUALIFIED_STAFF_SHARE', '30 / 19 = 157.89%')),
      { totalAssetsYuan: 3_000_000, serviceStaff: 19, qualifiedStaff: 30 },
      'en',
    );
    expect(en.checks[0]?.actual).not.toContain('%');
  });

  it('keeps a consistent share as the domain wrote it', () => {
    const out = withFormFigures(
      panel(check('ART5_5_QUALIFIED_STAFF_SHARE', '占80%')),
      { totalAssetsYuan: 3_000_000, serviceStaff: 20, qualifiedStaff: 16 },
      'zh-CN',
    );
    expect(out.checks[0]?.actual).toBe('占80%');
  });
});
