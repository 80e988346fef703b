import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { VALIDATION_MESSAGES } from '@shared/validation/messages';
import { startTestApp, TEST_PASSWORD, type ApiClient, type TestApp } from '../support/api';
import { saveScreenshot, launchSignedInPages, type Language, type Role, type SignedInPages } from '../support/browser';
import { hasCjk, textWithoutUserData, untranslatedIn } from '../support/i18nCheck';

/*
 * 目标设置 (/planner/targets): targets as data, edited by planners in headless chromium
 * against the real server on the embedded store with the seed data, logged in through the
 * form. The dashboard reads the targets from the server, so a saved threshold shows there.
 */

let app: TestApp;
let plannerApi: ApiClient;
let pages: SignedInPages;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  plannerApi = await app.as('planner');
  pages = await launchSignedInPages(app.url, TEST_PASSWORD, app.signedIn);
}, 120_000);

afterAll(async () => {
  await pages?.close();
  await app?.close();
});

/** A logged-in page in the given UI language (see launchSignedInPages). */
async function openAs(role: Role, language: Language): Promise<Page> {
  return (await pages.open(role, language)).page;
}

async function openTargets(page: Page, search = ''): Promise<void> {
  await page.goto(`${app.url}/planner/targets${search}`);
  await page.getByTestId('targets-table').or(page.locator('.targets-screen .status-empty')).first().waitFor();
}

async function openEdit(page: Page, id: string): Promise<void> {
  await page.goto(`${app.url}/planner/targets/${id}/edit`);
  await page.getByTestId('target-form').waitFor();
}

async function storedTarget(id: string): Promise<{ threshold: number; version: number }> {
  const reply = await plannerApi.get(`/api/targets/${id}`);
  expect(reply.status).toBe(200);
  return reply.body.target;
}

/** The threshold box by its accessible name (the section around it is called "…与目标值" too). */
const thresholdBox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

const message = (code: string, language: Language) => VALIDATION_MESSAGES[code]![language];

describe('targets as data (目标设置)', () => {
  it('lists the region’s targets with their measure, window, comparator, threshold, period and source', async () => {
    const page = await openAs('planner', 'zh');
    await openTargets(page);
    const listed = (await plannerApi.get('/api/regions/taicang/targets')).body.items as { id: string }[];
    expect(await page.locator('[data-testid^="target-row-"]').count()).toBe(listed.length);
    const a2 = page.getByTestId('target-row-A2');
    expect(await a2.textContent()).toContain('年新投用孵化面积');
    expect(await a2.textContent()).toContain('新投用孵化面积');
    expect(await a2.textContent()).toContain('逐年考核');
    expect(await a2.textContent()).toContain('不低于（以上）');
    expect(await page.getByTestId('target-threshold-A2').textContent()).toBe('≥ 20 万㎡');
    expect(await a2.textContent()).toContain('2021-01-01');
    expect(await a2.textContent()).toContain('《太仓市“十四五”科技创新规划》');
    // C1 and C2 differ only in their filter: the table says which tier each counts.
    expect(await page.getByTestId('target-row-C1').textContent()).toContain('孵化器 · 苏州市级');
    expect(await page.getByTestId('target-row-C4').textContent()).toContain('苏州市级及以上');
    await saveScreenshot(page, 'targets-zh');
  });

  it('saves A2’s threshold of 180,000 ㎡ typed into the form, and the dashboard card of A2 then shows 18 万㎡', async () => {
    const page = await openAs('planner', 'zh');
    await openTargets(page);
    await page.getByRole('link', { name: '编辑目标 A2' }).click();
    await page.getByTestId('target-form').waitFor();
    const threshold = thresholdBox(page, '目标值');
    expect(await threshold.inputValue()).toBe('200000');
    await threshold.fill('180,000');
    // The hint reads the number back in the unit officials use.
    await expect.poll(() => page.locator('.field', { has: threshold }).locator('.field-hint').textContent()).toContain('18 万㎡');
    await saveScreenshot(page, 'target-edit-zh');
    await page.getByTestId('save-target').click();
    await expect.poll(() => page.getByTestId('target-outcome').textContent()).toContain('已保存目标 A2');
    expect(await page.getByTestId('target-threshold-A2').textContent()).toBe('≥ 18 万㎡');
    expect(await storedTarget('A2')).toMatchObject({ threshold: 180_000, version: 2 });

    await page.goto(`${app.url}/dashboard`);
    const card = page.getByTestId('target-card-A2');
    await card.waitFor();
    expect(await card.locator('.target-threshold').textContent()).toBe('目标 ≥ 18 万㎡');
    await saveScreenshot(page, 'dashboard-after-target-edit-zh');
  });

  it('shows the shared schema’s message next to an invalid threshold, and sends nothing', async () => {
    const page = await openAs('planner', 'zh');
    await openEdit(page, 'A1');
    const threshold = thresholdBox(page, '目标值');
    const error = page.locator('.field', { has: threshold }).locator('.field-error');
    await threshold.fill('0');
    // Leaving the field for the save button shows no message yet (it would push the button
    // from under the pointer); the submit validates everything and names the field.
    await page.getByTestId('save-target').focus();
    expect(await error.count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => error.textContent()).toBe(message('target.threshold.positive', 'zh'));
    expect(await threshold.getAttribute('aria-invalid')).toBe('true');
    // The submit moved focus back to the field with the problem.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('threshold');
    await threshold.fill('十万');
    await expect.poll(() => error.textContent()).toBe(message('target.threshold.number', 'zh'));
    await saveScreenshot(page, 'target-form-errors-zh');
    expect(await storedTarget('A1')).toMatchObject({ threshold: 1_000_000, version: 1 });
  });

  it('explains a version conflict and loads the latest version on request', async () => {
    const page = await openAs('planner', 'zh');
    await openEdit(page, 'A3');
    // Someone else saves A3 in the meantime.
    const current = (await plannerApi.get('/api/targets/A3')).body.target;
    const { version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...definition } = current;
    expect((await plannerApi.put('/api/targets/A3', { target: { ...definition, threshold: 310_000 }, version })).status).toBe(200);

    await thresholdBox(page, '目标值').fill('320000');
    await page.getByTestId('save-target').click();
    const notice = page.getByTestId('stale-notice');
    await expect.poll(() => notice.textContent()).toContain('该目标已被他人修改');
    expect(await notice.textContent()).toContain('第 2 版');
    await saveScreenshot(page, 'target-conflict-zh');
    await page.getByTestId('reload-target').click();
    await expect.poll(() => thresholdBox(page, '目标值').inputValue()).toBe('310000');
    expect(await page.getByTestId('stale-notice').count()).toBe(0);
    await thresholdBox(page, '目标值').fill('320000');
    await page.getByTestId('save-target').click();
    await expect.poll(() => page.getByTestId('target-outcome').textContent()).toContain('A3');
    expect(await storedTarget('A3')).toMatchObject({ threshold: 320_000, version: 3 });
  });

  it('creates a target, then deletes it after asking twice', async () => {
    const page = await openAs('planner', 'zh');
    await openTargets(page);
    await page.getByTestId('create-target').click();
    const form = page.getByTestId('target-form');
    await form.waitFor();
    await form.getByLabel('编号').fill('A5');
    await form.getByLabel('中文名称').fill('期末投用孵化面积');
    await form.getByLabel('英文名称').fill('Incubation area in use at the end of 2025');
    await form.getByRole('combobox', { name: '统计口径', exact: true }).selectOption('open_incubation_area');
    // Only the windows that fit the measure are offered: a stock is read at the end.
    expect(await form.getByRole('combobox', { name: '统计方式', exact: true }).locator('option').allTextContents()).toEqual(['期末存量']);
    await thresholdBox(page, '目标值').fill('2,000,000');
    await form.getByLabel('开始日期').fill('2021-01-01');
    await form.getByLabel('结束日期').fill('2025-12-31');
    await form.getByLabel('出处（文件与条款）').fill('E2E 测试：不是规划的目标');
    await form.getByTestId('save-target').click();
    await expect.poll(() => page.getByTestId('target-outcome').textContent()).toContain('A5');
    expect(await page.getByTestId('target-threshold-A5').textContent()).toBe('≥ 200 万㎡');
    expect((await plannerApi.get('/api/targets/A5')).body.target).toMatchObject({ region: 'taicang', measure: 'open_incubation_area', window: 'stock_at_end', unit: 'm2', threshold: 2_000_000 });

    await page.getByRole('button', { name: '删除目标 A5' }).click();
    await page.getByRole('button', { name: '确认删除 A5' }).click();
    await expect.poll(() => page.getByTestId('target-outcome').textContent()).toContain('已删除目标 A5');
    await expect.poll(() => page.getByTestId('target-row-A5').count()).toBe(0);
    expect((await plannerApi.get('/api/targets/A5')).status).toBe(404);
  });

  it('is not there for a leader: no planner link, the page refused, the API refuses a change', async () => {
    const page = await openAs('leader', 'zh');
    await page.goto(`${app.url}/dashboard`);
    await page.getByTestId('target-cards').waitFor();
    expect(await page.locator('.shell-nav').getByRole('link', { name: '规划推演' }).count()).toBe(0);
    await page.goto(`${app.url}/planner/targets`);
    await page.locator('.status-error').waitFor();
    expect(await page.locator('main').textContent()).toContain('您没有权限查看此页面');
    expect(await page.getByTestId('targets-table').count()).toBe(0);
    expect(await page.getByTestId('target-form').count()).toBe(0);
    await saveScreenshot(page, 'targets-leader-zh');

    const leader = await app.as('leader');
    const a1 = (await leader.get('/api/targets/A1')).body.target;
    const { version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...definition } = a1;
    expect((await leader.put('/api/targets/A1', { target: { ...definition, threshold: 1 }, version })).status).toBe(403);
  });

  it('leaves no Chinese text and no raw i18n key with English selected, field messages included', { timeout: 90_000 }, async () => {
    const page = await openAs('planner', 'en');
    for (const search of ['', '?region=kunshan', '?region=suzhou', '?region=changshu']) {
      await openTargets(page, search);
      expect({ search, ...untranslatedIn(await textWithoutUserData(page)) }).toEqual({ search, cjk: [], keys: [] });
    }
    await openTargets(page);
    expect(await page.getByTestId('target-threshold-A1').textContent()).toBe('≥ 1,000,000 m²');
    await saveScreenshot(page, 'targets-en');

    await openEdit(page, 'K2');
    await thresholdBox(page, 'Threshold').fill('0');
    await page.getByLabel('Name in English').fill('');
    await page.getByTestId('save-target').click();
    const threshold = thresholdBox(page, 'Threshold');
    await expect.poll(() => page.locator('.field', { has: threshold }).locator('.field-error').textContent()).toBe(message('target.threshold.positive', 'en'));
    expect({ page: 'edit', ...untranslatedIn(await textWithoutUserData(page)) }).toEqual({ page: 'edit', cjk: [], keys: [] });
    await saveScreenshot(page, 'target-form-errors-en');

    await page.goto(`${app.url}/planner/targets/new`);
    await page.getByTestId('target-form').waitFor();
    await page.getByTestId('save-target').click();
    await page.locator('.error-summary').waitFor();
    expect({ page: 'new', ...untranslatedIn(await textWithoutUserData(page)) }).toEqual({ page: 'new', cjk: [], keys: [] });
    await saveScreenshot(page, 'target-create-en');
  });

  it('finds Chinese with the same check when Chinese is selected, so its silence in English means something', async () => {
    const page = await openAs('planner', 'zh');
    await openTargets(page);
    expect(hasCjk(await textWithoutUserData(page))).toBe(true);
    await openEdit(page, 'K2');
    expect(hasCjk(await textWithoutUserData(page))).toBe(true);
    await saveScreenshot(page, 'target-edit-k2-zh');
  });

  it('logged no console errors', async () => {
    // The screen is opened here too, so the check has a page to look at when this test runs alone.
    for (const language of ['zh', 'en'] as const) {
      const page = await openAs('planner', language);
      await openTargets(page);
      expect(await page.locator('[data-testid^="target-row-"]').count()).toBeGreaterThan(0);
    }
    // A refused save (409) is logged by the browser as a failed request; nothing else may be.
    expect(pages.allErrors().filter((text) => !/status of 409/.test(text))).toEqual([]);
  });
});
