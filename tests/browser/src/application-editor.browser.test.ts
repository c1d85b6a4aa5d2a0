// The application editor as the demo member uses it, in Chinese: a draft is created, the facts
// are typed step by step while the live eligibility panel follows them, a second tab that saves
// on a stale version is told so (and reloads), the eight kinds of Art. 7 are uploaded as real
// PDFs (a text file named .pdf is refused), and the application is submitted with the
// authenticity declaration, after which the page is the read-only status page. Returned by the
// unit, it is resubmitted; under review, a request for more information is answered with a new
// material version; then it is withdrawn; a new draft is deleted.
import { createHash } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { waitForStatus } from './explain.js';
import { useSystemAndBrowser } from './system.js';
import { MATERIAL_KINDS, pdf } from './sample-files.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

function check(page: Page, code: string): Locator {
  return page.locator(`[data-testid="eligibility-check"][data-code="${code}"]`);
}

async function waitSaved(page: Page): Promise<void> {
  await page
    .locator('[data-testid="save-state"][data-state="clean"]')
    .filter({ hasText: '已自动保存' })
    .waitFor({ timeout: 30_000 });
}

async function step(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: '申报步骤' }).getByText(name, { exact: true }).click();
}

describe('the application editor in Chromium', () => {
  let applicationUrl = '';

  it('a member creates a draft, and the editor opens on it with a live check that is not yet met', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.system.baseUrl}/`);
    await signIn(page, 'member@example.com');
    await page.getByRole('menuitem', { name: '新建申报' }).click();
    await page.getByLabel('培训服务').check();
    // each function with the services Art. 4 lists for it, in the measures' words
    await expect(
      page.locator('[data-testid="function-choice"][data-function="TRAINING"]').innerText(),
    ).resolves.toContain('第四条第（四）项：提供经营管理、市场营销、风险防范、技术和创业等培训服务。');
    await page.getByRole('button', { name: '创建申报草稿' }).click();
    const row = page.getByTestId('application-row').filter({ hasText: '培训服务' });
    await row.first().getByRole('link', { name: /查看/ }).click();

    await page.getByTestId('eligibility-panel').waitFor();
    applicationUrl = page.url();
    expect(await page.getByTestId('eligibility-panel').getAttribute('data-eligible')).toBe('false');
    await expect(page.getByRole('navigation', { name: '申报步骤' }).innerText()).resolves.toContain('申报材料');
    await expectNoSeriousA11yViolations(page, 'portal application editor (functions)');
    await page.close();
  }, 240_000);

  it('fills the facts step by step; the panel follows every figure and the form saves itself', async () => {
    const page = await running.browser.newPage();
    await page.goto(applicationUrl);
    await signIn(page, 'member@example.com');
    await page.getByTestId('eligibility-panel').waitFor();

    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '基本条件（第五条）' }).waitFor();
    // the organisation's registered founding date and kind are the starting point
    await expect(page.getByLabel('成立日期').inputValue()).resolves.toBe('2015-03-18');
    await expect(check(page, 'ART5_1_OPERATING_YEARS').getAttribute('data-status')).resolves.toBe('PASSED');

    // 200 万元 is below the 300 万元 of Art. 5(1); 520 万元 is above it — the panel follows as typed
    await page.getByLabel('资产总额（万元）').fill('200');
    await page
      .locator('[data-testid="eligibility-check"][data-code="ART5_1_TOTAL_ASSETS"][data-status="FAILED"]')
      .waitFor();
    await expect(check(page, 'ART5_1_TOTAL_ASSETS').innerText()).resolves.toContain('200万元');
    await page.getByLabel('资产总额（万元）').fill('520');
    await page
      .locator('[data-testid="eligibility-check"][data-code="ART5_1_TOTAL_ASSETS"][data-status="PASSED"]')
      .waitFor();
    await expect(check(page, 'ART5_1_TOTAL_ASSETS').innerText()).resolves.toContain('第五条第（一）项');
    await expect(check(page, 'ART5_1_TOTAL_ASSETS').innerText()).resolves.not.toContain('Art.');

    await page.getByLabel('年服务中小企业（上一年度，家）').fill('420');
    await page.getByLabel('年服务中小企业（前一年度，家）').fill('365');
    await page.getByLabel('用户满意度（%）').fill('92.5');
    await page.getByLabel('提供的公益性服务或低收费服务（占总服务量的百分比）').fill('35');
    await page.getByLabel('集聚服务机构（家）').fill('12');
    await page.getByLabel('从事为中小企业服务的人员（人）').fill('36');
    await page.getByLabel('其中大专及以上学历和中级及以上技术职称专业人员（人）').fill('31');
    await page
      .locator('[data-testid="eligibility-check"][data-code="ART5_5_QUALIFIED_STAFF_SHARE"][data-status="PASSED"]')
      .waitFor();
    await waitSaved(page);
    await expectNoSeriousA11yViolations(page, 'portal application editor (basic conditions)');

    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('培训服务：年培训（人次）').fill('2600');
    await page.getByLabel('具有培训资质或在中小企业主管部门备案').check();
    await page.getByLabel('具有线上和线下培训能力').check();
    await page.getByLabel('有完善的培训服务评价机制').check();
    await page
      .locator('[data-testid="eligibility-check"][data-code="ART6_4_TRAINEES"][data-status="PASSED"]')
      .waitFor();

    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '声明事项（第五条）' }).waitFor();
    expect(await page.getByTestId('eligibility-panel').getAttribute('data-eligible')).toBe('false');
    for (const label of [
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
    ]) {
      await page.getByLabel(label).check();
    }
    await page.locator('[data-testid="eligibility-panel"][data-eligible="true"]').waitFor();
    // an attestation is given, never "met": it is to be verified in review
    await expect(check(page, 'ART5_1_INDEPENDENT_LEGAL_PERSON').getAttribute('data-status')).resolves.toBe('ATTESTED');
    await waitSaved(page);
    await expectNoSeriousA11yViolations(page, 'portal application editor (attestations)');

    // what was saved is what a fresh page shows
    await page.reload();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByLabel('资产总额（万元）').inputValue()).resolves.toBe('520');
    await page.locator('[data-testid="eligibility-panel"][data-eligible="true"]').waitFor();
    await page.close();
  }, 240_000);

  it('a second tab saving on a stale version is told so, keeps its input, and can reload', async () => {
    const context = await running.browser.newContext();
    const first = await context.newPage();
    await first.goto(applicationUrl);
    await signIn(first, 'member@example.com');
    await first.getByRole('button', { name: '下一步' }).click();
    const second = await context.newPage();
    await second.goto(applicationUrl);
    await second.getByRole('button', { name: '下一步' }).click();
    await second.getByLabel('集聚服务机构（家）').waitFor();

    await first.getByLabel('集聚服务机构（家）').fill('15');
    await waitSaved(first);

    await second.getByLabel('集聚服务机构（家）').fill('9');
    await second.getByTestId('save-conflict').waitFor({ timeout: 30_000 });
    await expect(second.getByTestId('save-conflict').innerText()).resolves.toContain('其他窗口');
    // nothing typed is lost, nothing is overwritten
    await expect(second.getByLabel('集聚服务机构（家）').inputValue()).resolves.toBe('9');
    await expectNoSeriousA11yViolations(second, 'portal application editor (conflict)');
    await second.getByRole('button', { name: '重新加载（放弃本页修改）' }).click();
    await second.getByTestId('save-conflict').waitFor({ state: 'detached' });
    await second.getByRole('button', { name: '下一步' }).click();
    await expect(second.getByLabel('集聚服务机构（家）').inputValue()).resolves.toBe('15');
    await context.close();
  }, 240_000);

  it('uploads the eight kinds of Art. 7 as PDFs, refuses a text file named .pdf, previews one, and submits with the declaration', async () => {
    const page = await running.browser.newPage();
    await page.goto(applicationUrl);
    await signIn(page, 'member@example.com');
    await step(page, '申报材料');
    await page.getByRole('heading', { name: '申报材料（第七条）' }).waitFor();

    // content decides, not the name: a text file called .pdf is refused with Art. 7
    const first = page.locator(`[data-testid="material-kind"][data-kind="${MATERIAL_KINDS[0]}"]`);
    await first
      .locator('input[type="file"]')
      .first()
      .setInputFiles({
        name: '申请表.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('not a pdf at all\n'.repeat(20)),
      });
    await expect(first.getByTestId('material-error').innerText()).resolves.toContain('仅接受 PDF、JPEG、PNG');
    expect(await first.getAttribute('data-uploaded')).toBe('false');

    let firstSha = '';
    for (const kind of MATERIAL_KINDS) {
      const card = page.locator(`[data-testid="material-kind"][data-kind="${kind}"]`);
      const bytes = pdf(`${kind} v1`);
      if (kind === MATERIAL_KINDS[0]) firstSha = createHash('sha256').update(bytes).digest('hex');
      // evidence of services is several documents: a notice and a summary at once
      const files =
        kind === 'SERVICE_EVIDENCE'
          ? [
              { name: '活动通知.pdf', mimeType: 'application/pdf', buffer: bytes },
              { name: '服务总结.pdf', mimeType: 'application/pdf', buffer: pdf('summary') },
            ]
          : [{ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: bytes }];
      await card.locator('input[type="file"]').first().setInputFiles(files);
      await page
        .locator(`[data-testid="material-kind"][data-kind="${kind}"][data-uploaded="true"]`)
        .waitFor({ timeout: 30_000 });
    }
    const evidence = page.locator('[data-testid="material-kind"][data-kind="SERVICE_EVIDENCE"]');
    await evidence.getByTestId('material-document').nth(1).waitFor({ timeout: 30_000 });
    // uploaded side by side, so in either order
    expect((await evidence.getByTestId('material-file-name').allInnerTexts()).sort()).toEqual(
      ['服务总结.pdf', '活动通知.pdf'].sort(),
    );
    await expect(first.getByTestId('material-sha256').innerText()).resolves.toBe(firstSha);
    await expect(page.getByTestId('materials-summary').innerText()).resolves.toContain('八类材料均已上传');

    // a second upload is a new version; the first stays listed. It is held back on its way so
    // that its progress can be seen, named, in its kind's card
    let releaseUpload = () => {};
    const uploadHeld = new Promise<void>((resolve) => (releaseUpload = resolve));
    await page.route('**/api/applications/*/materials/**', async (route) => {
      await uploadHeld;
      await route.continue();
    });
    await first
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: '申请表-盖章版.pdf', mimeType: 'application/pdf', buffer: pdf('sealed v2') });
    await first
      .getByTestId('material-progress')
      .getByRole('progressbar', { name: '正在上传 申请表-盖章版.pdf' })
      .waitFor();
    releaseUpload();
    await first.getByTestId('material-file-name').filter({ hasText: '申请表-盖章版.pdf' }).waitFor();
    await first.getByTestId('material-progress').waitFor({ state: 'detached' });
    await page.unroute('**/api/applications/*/materials/**');
    await expect(first.innerText()).resolves.toContain('历史版本（1）');

    await first.getByRole('button', { name: /^预览/ }).click();
    await first.getByTestId('material-preview').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal application editor (materials)');

    await step(page, '核对提交');
    await page.getByRole('button', { name: '提交申报' }).click();
    await expect(page.getByTestId('declaration-error').innerText()).resolves.toContain('第七条第（八）项');
    await page.getByLabel(/^本单位郑重声明/).check();
    await page.getByRole('button', { name: '提交申报' }).click();
    // one confirmation, saying what submission freezes
    const confirmSubmit = page.getByRole('dialog').filter({ hasText: '确认提交申报？' });
    await expect(confirmSubmit.innerText()).resolves.toContain('将被冻结');
    await confirmSubmit.getByRole('button', { name: '确认提交' }).click();

    await waitForStatus(page, 'SUBMITTED');
    await expect(page.getByTestId('eligibility-panel').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '办理记录' }).click();
    await expect(page.getByTestId('history-timeline').innerText()).resolves.toContain('提交申报');
    await expectNoSeriousA11yViolations(page, 'portal application status (submitted)');
    await page.getByRole('tab', { name: '资格判断' }).click();
    await page.locator('[data-testid="eligibility-panel"][data-eligible="true"]').waitFor();
    await page.close();
  }, 240_000);

  it('returned by the unit, it is edited and resubmitted; more information is requested and answered; then withdrawn with a reason after a confirmation; a new draft is deleted', async () => {
    // the unit that developed the member (信息部) returns it for changes in the console
    const console_ = await running.browser.newPage();
    await console_.goto(`${running.system.baseUrl}/admin/`);
    await signIn(console_, 'unit@example.com');
    await console_.getByRole('menuitem', { name: '推荐审核' }).click();
    await console_.getByRole('link', { name: '北京中小企业综合服务中心有限公司' }).click();
    await console_.getByRole('button', { name: '退回修改' }).click();
    await console_.getByRole('dialog').getByLabel('理由').fill('请补充近两年服务企业名单。');
    await console_.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await console_.getByRole('dialog').waitFor({ state: 'detached' });
    await console_.close();

    const page = await running.browser.newPage();
    await page.goto(applicationUrl);
    await signIn(page, 'member@example.com');
    // returned: the editor again, with the unit's reason
    await expect(page.getByTestId('returned-note').innerText()).resolves.toContain('请补充近两年服务企业名单。');
    await page.locator('[data-testid="eligibility-panel"][data-eligible="true"]').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal application editor (returned)');
    await step(page, '核对提交');
    await page.getByLabel(/^本单位郑重声明/).check();
    await page.getByLabel('修改说明（可选）').fill('已补充服务企业名单。');
    await page.getByRole('button', { name: '重新提交' }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: '确认重新提交申报？' })
      .getByRole('button', { name: '重新提交' })
      .click();
    await waitForStatus(page, 'SUBMITTED');

    // recommended by the unit, under review, and the administrator asks for more information
    const unit = await running.browser.newPage();
    await unit.goto(`${running.system.baseUrl}/admin/`);
    await signIn(unit, 'unit@example.com');
    await unit.getByRole('menuitem', { name: '推荐审核' }).click();
    await unit.getByRole('link', { name: '北京中小企业综合服务中心有限公司' }).click();
    const reviewPath = new URL(unit.url()).pathname;
    await unit.getByRole('button', { name: '推荐', exact: true }).click();
    await unit.getByRole('dialog').getByLabel('推荐意见').fill('同意推荐。');
    await unit.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await unit.locator('[data-status="RECOMMENDED"]').first().waitFor();
    await unit.close();
    const admin = await running.browser.newPage();
    await admin.goto(`${running.system.baseUrl}/admin/`);
    await signIn(admin, 'admin@example.com');
    await admin.goto(`${running.system.baseUrl}${reviewPath}`);
    await admin.getByRole('button', { name: '分配评审专家' }).click();
    await admin.getByRole('dialog').getByLabel('评审专家').click();
    await admin.locator('.ant-select-item-option', { hasText: '孙立' }).click();
    await admin.getByRole('dialog').locator('.ant-modal-title').click();
    await admin.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await admin.locator('[data-status="UNDER_REVIEW"]').first().waitFor();
    await admin.getByRole('button', { name: '要求补充材料' }).click();
    await admin.getByRole('dialog').getByLabel('需要补充的内容').fill('请补充上一年度审计报告全文。');
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await admin.getByRole('dialog').getByLabel('截止日期').fill(due);
    await admin.getByRole('dialog').getByLabel('截止日期').press('Enter');
    await admin.getByRole('dialog').locator('.ant-modal-title').click();
    await admin.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await admin.locator('[data-status="MORE_INFO_REQUESTED"]').first().waitFor();
    await admin.close();

    // the member sees the request with its due date, uploads a new version and answers
    await page.reload();
    await expect(page.getByTestId('open-info-request').innerText()).resolves.toContain('请补充上一年度审计报告全文。');
    await expect(page.getByTestId('open-info-request').innerText()).resolves.toContain(due);
    await page.getByRole('tab', { name: '申报材料' }).click();
    const audit = page.locator('[data-testid="material-kind"][data-kind="AUDIT_REPORT"]');
    await audit
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: '审计报告全文.pdf', mimeType: 'application/pdf', buffer: pdf('audit in full') });
    await audit.getByTestId('material-file-name').filter({ hasText: '审计报告全文.pdf' }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '补充材料要求' }).click();
    await expectNoSeriousA11yViolations(page, 'portal application status (more information requested)');
    await page.getByLabel('答复内容').fill('已上传审计报告全文。');
    await page.getByRole('button', { name: '提交答复' }).click();
    await waitForStatus(page, 'UNDER_REVIEW');
    await expect(page.getByTestId('info-request').innerText()).resolves.toContain('已上传审计报告全文。');

    // withdraw: one dialog naming the application and what withdrawal ends, with the reason
    await page.getByTestId('detail-actions').getByRole('button', { name: '撤回申报' }).click();
    const ask = page.getByRole('dialog', { name: '撤回申报' });
    await ask.getByRole('button', { name: '撤回申报' }).click();
    // antd validates asynchronously: wait for the message rather than count it the instant after the click
    await ask.getByText('请填写撤回理由').waitFor();
    await expect(ask.getByText('请填写撤回理由').count()).resolves.toBe(1);
    await expect(ask.getByTestId('withdraw-what').innerText()).resolves.toContain('不再参加本批次的评审');
    await ask.getByLabel('撤回理由').fill('本年度暂不申报。');
    await ask.getByRole('button', { name: '撤回申报' }).click();
    await waitForStatus(page, 'WITHDRAWN');
    // no second dialog was stacked on the first ("共 1 项")
    await expect(page.getByTestId('confirm-body').count()).resolves.toBe(0);
    await waitForStatus(page, 'WITHDRAWN');
    await expect(page.getByTestId('detail-actions').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '办理记录' }).click();
    const history = await page.getByTestId('history-timeline').innerText();
    expect(history).toContain('撤回申报');
    expect(history).toContain('本年度暂不申报。');
    expect(history).toContain('重新提交');
    expect(history).toContain('补充材料答复');
    await expectNoSeriousA11yViolations(page, 'portal application status (withdrawn)');

    // a withdrawn application frees the round: a new draft, deleted after a confirmation
    await page.getByRole('menuitem', { name: '新建申报' }).click();
    await page.getByLabel('信息服务').check();
    await page.getByRole('button', { name: '创建申报草稿' }).click();
    const draft = page.getByTestId('application-row').filter({ hasText: '草稿' });
    await draft.first().getByRole('link', { name: /查看/ }).click();
    await page.getByTestId('eligibility-panel').waitFor();
    await page.getByTestId('detail-actions').getByRole('button', { name: '删除草稿' }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: '删除此申报草稿？' })
      .getByRole('button', { name: '删除草稿' })
      .click();
    await page.getByRole('heading', { level: 1, name: '我的申报' }).waitFor();
    await page.getByTestId('application-row').filter({ hasText: '已撤回' }).first().waitFor();
    await expect(page.getByTestId('application-row').filter({ hasText: '草稿' }).count()).resolves.toBe(0);
    await page.close();
  }, 420_000);
});
