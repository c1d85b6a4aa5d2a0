// The applicant's whole journey as a NEW organisation, in Chinese: it registers in the
// portal with a credit code checked as it is typed, applies for membership, the Membership
// Department approves it in the console naming the unit that developed it (Art. 2), the member
// sees the approval, creates an application, fills the facts, downloads the forms to print and
// seal, uploads the eight materials of Art. 7, submits with the declaration and sees it submitted.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { waitForStatus } from './explain.js';
import { useSystemAndBrowser } from './system.js';
import { MATERIAL_KINDS, pdf } from './sample-files.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

// GB 32100's check character, computed here so the code is valid by the rule, not by copy.
function creditCodeCheckCharacter(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + alphabet.indexOf(c) * (weights[i] ?? 0), 0);
  return alphabet.charAt((31 - (sum % 31)) % 31);
}

const ORGANISATION = '成都天府中小企业服务港有限公司';
const FIRST17 = '91510100MA6C8R2T4';
const CREDIT_CODE = `${FIRST17}${creditCodeCheckCharacter(FIRST17)}`;
const WRONG_CHECK = `${FIRST17}${creditCodeCheckCharacter(FIRST17) === '0' ? '1' : '0'}`;
const EMAIL = 'chengdu@example.org';
const PASSWORD = 'tianfu-2026';

describe('applicant journey in Chromium (in Chinese)', () => {
  let portal: Page;

  it('a new organisation registers, its credit code checked as it is typed (GB 32100), and applies for membership', async () => {
    portal = await running.browser.newPage();
    await portal.goto(`${running.system.baseUrl}/`);
    await portal.getByRole('link', { name: '注册新机构' }).click();
    await portal.getByRole('heading', { name: '机构注册' }).waitFor();
    await portal.getByLabel('机构名称').fill(ORGANISATION);
    await portal.getByLabel('统一社会信用代码').fill(WRONG_CHECK);
    await portal.getByText('统一社会信用代码校验位不正确').waitFor();
    await portal.getByLabel('统一社会信用代码').fill(CREDIT_CODE.toLowerCase());
    await portal.getByTestId('credit-code-ok').waitFor();
    await portal.getByLabel('联系人').fill('刘成');
    await portal.getByLabel('联系电话').fill('028-86000007');
    await portal.getByLabel('登录邮箱').fill(EMAIL);
    await portal.getByLabel('登录密码').fill(PASSWORD);
    await portal.getByLabel('确认密码').fill(PASSWORD);
    await expectNoSeriousA11yViolations(portal, 'portal registration');
    await portal.getByRole('button', { name: '注册' }).click();

    // signed in as the new organisation's first user, on the membership page
    await portal.getByRole('heading', { level: 1, name: '会员资格' }).waitFor();
    await expect(portal.getByTestId('signed-in-user').innerText()).resolves.toContain(ORGANISATION);
    await portal.getByTestId('membership-state').getByText('尚未申请入会').waitFor();
    await portal.getByLabel('入会说明（选填）').fill('本机构由信息部发展。');
    await portal.getByRole('button', { name: '提交入会申请' }).click();
    await portal.getByTestId('membership-state').getByText('入会申请审核中').waitFor();
    await expectNoSeriousA11yViolations(portal, 'portal membership (pending)');
  }, 180_000);

  it('the Membership Department approves the request in the console, naming the unit that developed the member (Art. 2)', async () => {
    const page = await running.browser.newPage({ bypassCSP: true });
    await signIn(page, 'membership@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.getByRole('menuitem', { name: '入会审核' }).click();
    await page.getByRole('heading', { level: 1, name: '入会审核' }).waitFor();
    const row = page.locator('tr', { hasText: ORGANISATION });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(CREDIT_CODE);
    await expectNoSeriousA11yViolations(page, 'console membership requests');
    await row.getByRole('button', { name: `通过 ${ORGANISATION}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('发展该会员的单位（推荐单位）').click();
    await page.locator('.ant-select-item-option', { hasText: '信息部' }).click();
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await page.getByText(`${ORGANISATION} 已成为协会会员`).waitFor();
    await row.getByText('推荐单位：信息部').waitFor();
    await page.close();
  }, 180_000);

  it('the member sees the approval with its recommending unit', async () => {
    await portal.reload();
    await portal.getByTestId('membership-state').getByText('已是协会会员').waitFor();
    await expect(portal.getByTestId('membership-state').innerText()).resolves.toContain('推荐单位：信息部');
  }, 60_000);

  it('the new member creates an application, fills the facts, downloads the forms to seal, uploads the eight materials and submits', async () => {
    const page = portal;
    await page.getByRole('menuitem', { name: '新建申报' }).click();
    await page.getByLabel('培训服务').check();
    await page.getByRole('button', { name: '创建申报草稿' }).click();
    await page
      .getByTestId('application-row')
      .filter({ hasText: '培训服务' })
      .first()
      .getByRole('link', { name: /查看/ })
      .click();
    await page.getByTestId('eligibility-panel').waitFor();

    // basic conditions (Art. 5): a newly registered organisation declares its founding and kind here
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '基本条件（第五条）' }).waitFor();
    await page.getByLabel('成立日期').fill('2016-05-20');
    await page.getByLabel('成立日期').press('Enter');
    await page.getByRole('radio', { name: '中小企业服务机构' }).check();
    await page.getByLabel('资产总额（万元）').fill('680');
    await page.getByLabel('年服务中小企业（上一年度，家）').fill('450');
    await page.getByLabel('年服务中小企业（前一年度，家）').fill('390');
    await page.getByLabel('用户满意度（%）').fill('93');
    await page.getByLabel('提供的公益性服务或低收费服务（占总服务量的百分比）').fill('30');
    await page.getByLabel('集聚服务机构（家）').fill('14');
    await page.getByLabel('从事为中小企业服务的人员（人）').fill('40');
    await page.getByLabel('其中大专及以上学历和中级及以上技术职称专业人员（人）').fill('35');
    await check(page, 'ART5_1_OPERATING_YEARS', 'PASSED').waitFor();
    await check(page, 'ART5_5_QUALIFIED_STAFF_SHARE', 'PASSED').waitFor();

    // the training function (Art. 6(4))
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('培训服务：年培训（人次）').fill('3100');
    await page.getByLabel('具有培训资质或在中小企业主管部门备案').check();
    await page.getByLabel('具有线上和线下培训能力').check();
    await page.getByLabel('有完善的培训服务评价机制').check();
    await check(page, 'ART6_4_TRAINEES', 'PASSED').waitFor();

    // the attestations of Art. 5
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '声明事项（第五条）' }).waitFor();
    for (const label of ATTESTATIONS) await page.getByLabel(label).check();
    await page.locator('[data-testid="eligibility-panel"][data-eligible="true"]').waitFor();
    await page
      .locator('[data-testid="save-state"][data-state="clean"]')
      .filter({ hasText: '已自动保存' })
      .waitFor({ timeout: 30_000 });

    // the forms to print and seal carry the organisation and the facts' fingerprint
    await page.getByRole('navigation', { name: '申报步骤' }).getByText('申报材料', { exact: true }).click();
    await page.getByRole('heading', { name: '申报材料（第七条）' }).waitFor();
    const forms = page.getByTestId('printable-forms');
    for (const form of ['application-form', 'declaration']) {
      const href = await forms.locator(`[data-form="${form}"]`).getAttribute('href');
      const response = await page.request.get(`${running.system.baseUrl}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect(response.headers()['x-facts-fingerprint']).toMatch(/^[0-9a-f]{64}$/);
    }
    await expectNoSeriousA11yViolations(page, 'portal application editor (materials, new member)');

    for (const kind of MATERIAL_KINDS) {
      await page
        .locator(`[data-testid="material-kind"][data-kind="${kind}"]`)
        .locator('input[type="file"]')
        .setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf(`${kind} sealed scan`) });
      await page
        .locator(`[data-testid="material-kind"][data-kind="${kind}"][data-uploaded="true"]`)
        .waitFor({ timeout: 30_000 });
    }
    await expect(page.getByTestId('materials-summary').innerText()).resolves.toContain('八类材料均已上传');

    await page.getByRole('navigation', { name: '申报步骤' }).getByText('核对提交', { exact: true }).click();
    await page.getByLabel(/^本单位郑重声明/).check();
    await page.getByRole('button', { name: '提交申报' }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: '确认提交申报？' })
      .getByRole('button', { name: '确认提交' })
      .click();
    await waitForStatus(page, 'SUBMITTED');
    await expectNoSeriousA11yViolations(page, 'portal application status (submitted, new member)');
  }, 300_000);

  it('the workbench shows the submitted application and what happens next', async () => {
    await portal.getByRole('menuitem', { name: '工作台' }).click();
    await portal.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    const row = portal.getByTestId('workbench-application').filter({ hasText: '已提交' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('等待推荐单位推荐');
    await expectNoSeriousA11yViolations(portal, 'portal workbench (new member)');
    await portal.close();
  }, 60_000);
});

const ATTESTATIONS = [
  '具有独立法人资格',
  '财务收支状况良好',
  '经营规范，具有良好的发展前景和可持续发展能力',
  '在专业服务领域或区域内有一定的声誉和品牌影响力',
  '有固定的经营服务场所和必要的服务设施、仪器设备等',
  '有组织带动社会服务资源的能力',
  '有健全的管理制度',
  '规范的服务流程……和完善的服务质量保证措施',
  '合理的收费标准',
  '对小型微型企业的服务收费要有相应的优惠规定',
  '有明确的发展规划和年度服务目标',
  '有健全的管理团队和人才队伍',
  '主要负责人要诚信、守法，具有开拓创新精神、丰富的实践经验和较高的管理水平',
];

function check(page: Page, code: string, status: string): Locator {
  return page.locator(`[data-testid="eligibility-check"][data-code="${code}"][data-status="${status}"]`);
}
