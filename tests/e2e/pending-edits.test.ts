import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type ApiClient, type TestApp } from '../support/api';
import { launchSignedInPages, saveScreenshot, type SignedInPages } from '../support/browser';

/*
 * A manager's submissions while they wait: listed in 我的载体, corrected in the form they
 * were sent from, withdrawn, and a rejected one sent again with the reviewer's reason shown.
 */

let app: TestApp;
let pages: SignedInPages;
let planner: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  pages = await launchSignedInPages(app.url, TEST_PASSWORD, app.signedIn);
  planner = await app.as('planner');
}, 120_000);

afterAll(async () => {
  await pages?.close();
  await app?.close();
});

async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .spinner').length === 0, undefined, { timeout: 15_000 });
}

const suffix = Date.now().toString(36);
const typo = `E2E 待改孵化噐 ${suffix}`;
const corrected = `E2E 待改孵化器 ${suffix}`;

async function registerAsManager(page: Page, name: string): Promise<void> {
  await page.goto(`${app.url}/registry/new`);
  await settled(page);
  await page.getByLabel(/^载体名称/).fill(name);
  await page.getByLabel(/^类型/).selectOption('incubator');
  await page.getByLabel(/^区镇/).selectOption('chengxiang');
  await page.getByLabel(/^状态/).selectOption('open');
  await page.getByLabel(/^孵化面积/).fill('8000');
  await page.getByLabel(/^投用日期/).fill('2025-03-01');
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.getByTestId('save-outcome').waitFor();
}

async function pendingChangeOf(name: string): Promise<{ id: string; status: string; reason: string | null; revisionCount: number }> {
  const items = (await planner.get('/api/changes')).body.items as Array<{ id: string; carrierName: string; status: string; reason: string | null; revisionCount: number }>;
  return items.find((item) => item.carrierName === name)!;
}

describe('a manager’s pending registration', () => {
  it('shows in 我的载体 as 待审核, opens filled in, and is corrected in place before any review', { timeout: 120_000 }, async () => {
    const { page, errors } = await pages.open('manager', 'zh', { viewport: { width: 1360, height: 900 } });
    await registerAsManager(page, typo);
    const row = page.locator('.carrier-table tr', { hasText: typo });
    await row.waitFor();
    expect(await row.textContent()).toContain('待审核');
    await saveScreenshot(page, 'registry-manager-pending-list-zh');

    await row.getByRole('link', { name: /编辑/ }).click();
    await page.getByRole('heading', { name: /修改待审核的提交/ }).waitFor();
    expect(await page.getByLabel(/^载体名称/).inputValue()).toBe(typo);
    expect(await page.getByLabel(/^孵化面积/).inputValue()).toMatch(/8,?000/);
    await page.getByLabel(/^载体名称/).fill(corrected);
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByTestId('save-outcome').waitFor();
    await page.locator('.carrier-table tr', { hasText: corrected }).waitFor();
    expect(await page.locator('.carrier-table tr', { hasText: typo }).count()).toBe(0);

    const change = await pendingChangeOf(corrected);
    expect(change).toMatchObject({ status: 'pending', revisionCount: 1 });
    expect(errors).toEqual([]);
  });

  it('is withdrawn from 我提交的变更 after a second click, and leaves 我的载体', { timeout: 60_000 }, async () => {
    const name = `E2E 撤回的众创空间 ${suffix}`;
    const { page, errors } = await pages.open('manager', 'zh', { viewport: { width: 1360, height: 900 } });
    await registerAsManager(page, name);
    const submission = page.locator('.submission-table tr', { hasText: name });
    await submission.getByRole('button', { name: '撤回' }).click();
    await submission.getByRole('button', { name: '确认撤回' }).click();
    await page.waitForFunction((text) => [...document.querySelectorAll('.submission-table tr')].some((row) => row.textContent?.includes(text) && row.textContent.includes('已撤回')), name);
    await page.waitForFunction((text) => ![...document.querySelectorAll('.carrier-table tr')].some((row) => row.textContent?.includes(text)), name);
    expect((await pendingChangeOf(name)).status).toBe('withdrawn');
    expect(errors).toEqual([]);
  });
});

describe('a rejected registration', () => {
  it('is reopened with its form filled in and the reviewer’s reason above it, in Chinese and in English', { timeout: 120_000 }, async () => {
    const name = `E2E 被驳回的加速器 ${suffix}`;
    const { page, errors } = await pages.open('manager', 'zh', { viewport: { width: 1360, height: 900 } });
    await registerAsManager(page, name);
    const change = await pendingChangeOf(name);
    expect((await planner.post(`/api/changes/${change.id}/reject`, { reason: '孵化面积应为使用面积，请核对' })).status).toBe(200);

    await page.goto(`${app.url}/registry`);
    await settled(page);
    const submission = page.locator('.submission-table tr', { hasText: name });
    await submission.getByRole('link', { name: '修改后重新提交' }).click();
    await page.getByRole('heading', { name: /修改后重新提交/ }).waitFor();
    expect(await page.locator('.notice', { hasText: '审核人员驳回的理由' }).textContent()).toContain('孵化面积应为使用面积，请核对');
    expect(await page.getByLabel(/^载体名称/).inputValue()).toBe(name);
    await saveScreenshot(page, 'registry-reopen-rejected-zh');
    await page.getByLabel(/^孵化面积/).fill('6500');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByTestId('save-outcome').waitFor();

    const items = (await planner.get('/api/changes?status=pending')).body.items as Array<{ carrierName: string; reopens: string | null; proposed: { phases: Array<{ incubationAreaM2: number }> } }>;
    const reopened = items.find((item) => item.carrierName === name)!;
    expect(reopened.reopens).toBe(change.id);
    expect(reopened.proposed.phases[0]!.incubationAreaM2).toBe(6_500);

    const english = await pages.open('manager', 'en', { viewport: { width: 1360, height: 900 } });
    await english.page.goto(`${app.url}/registry`);
    await settled(english.page);
    const row = english.page.locator('.submission-table tr', { hasText: name }).first();
    expect(await row.textContent()).toMatch(/Rejected|Pending review/);
    await saveScreenshot(english.page, 'registry-manager-submissions-en');
    expect(errors).toEqual([]);
    expect(english.errors).toEqual([]);
  });
});
