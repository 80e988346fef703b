import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type ApiClient, type TestApp } from '../support/api';
import { saveScreenshot, launchSignedInPages, type Language, type SignedInPages } from '../support/browser';
import { CJK, RAW_KEY, textWithoutUserData } from '../support/i18nCheck';

/*
 * The planner workspace (规划推演) in headless chromium against the real server on the
 * embedded store with the seed data, logged in through the form. Results are read from the
 * DOM: the cells carry their raw values in data-value.
 *
 * "No Chinese in English" is the shared check of ../support/i18nCheck.ts, which says what
 * counts as data.
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

/** A planner's page in the given UI language; leaving a screen with unsaved edits is accepted. */
async function plannerPage(language: Language): Promise<Page> {
  return (await pages.open('planner', language, { acceptDialogs: true })).page;
}

async function openPlanner(page: Page, search = ''): Promise<void> {
  await page.goto(`${app.url}/planner${search}`);
  await page.getByTestId('scenario-results').waitFor();
  await page.getByTestId('saved-scenarios').or(page.locator('.planner-screen .status-empty')).first().waitFor();
}

const rawValue = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

describe('the planner workspace', () => {
  it('lowers the A1 forecast it shows when every pipeline phase slips by 12 months at 2025-06-30, by as much as the API says', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page);
    await page.getByLabel('截至日期').fill('2025-06-30');
    await page.getByLabel('截至日期').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2025-06-30');
    await expect.poll(() => page.getByTestId('pipeline-summary').textContent()).toContain('2025-06-30');

    const baseline = await rawValue(page, 'scenario-forecast-A1');
    expect(await rawValue(page, 'baseline-forecast-A1')).toBe(baseline);
    await page.getByTestId('slip-all').fill('12');
    await expect.poll(() => rawValue(page, 'scenario-forecast-A1')).toBeLessThan(baseline);
    expect(await rawValue(page, 'baseline-forecast-A1')).toBe(baseline);
    expect(await rawValue(page, 'forecast-delta-A1')).toBeLessThan(0);

    // The browser ran the same shared planner as the server: the figures agree to the square metre.
    const evaluated = await plannerApi.post('/api/regions/taicang/scenarios/evaluate', {
      asOf: '2025-06-30',
      scenario: { name: 'slip', region: 'taicang', edits: [{ kind: 'slip', months: 12 }] },
    });
    const forecastOf = (result: { forecasts: { id: string; expected: number }[] }) => result.forecasts.find((forecast) => forecast.id === 'A1')!.expected;
    expect(await rawValue(page, 'scenario-forecast-A1')).toBeCloseTo(forecastOf(evaluated.body.result), 6);
    expect(baseline).toBeCloseTo(forecastOf(evaluated.body.against), 6);
    await saveScreenshot(page, 'planner-slip-zh');
  });

  it('judges a slipped scenario at 2024-06-30 by its own forecast and shows the pipeline it swells as no good news', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page, '?asOf=2024-06-30');
    await page.getByTestId('slip-all').fill('12');
    await expect.poll(() => page.getByTestId('status-A1').getAttribute('data-value')).not.toBe('on_track');
    expect(await rawValue(page, 'scenario-forecast-A1')).toBeLessThan(1_000_000);
    expect(await rawValue(page, 'forecast-delta-A4')).toBeGreaterThan(0);
    expect(await page.getByTestId('forecast-delta-A4').getAttribute('data-tone')).toBe('neutral');
    await expect.poll(() => page.getByTestId('forecast-delta-A4').textContent()).toContain('推迟投用');
    expect(await page.getByTestId('forecast-delta-A1').getAttribute('data-tone')).toBe('bad');
    await saveScreenshot(page, 'planner-outlook-zh');
  });

  it('flags every pipeline phase whose planned opening has passed at the as-of as overdue', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page, '?asOf=2026-12-04');
    const carriers = (await plannerApi.get('/api/regions/taicang/carriers')).body.items as { phases: { status: string; plannedOpeningOn?: string }[] }[];
    const overdue = carriers.flatMap((carrier) => carrier.phases).filter((phase) => ['planned', 'under_construction'].includes(phase.status) && (phase.plannedOpeningOn ?? '9999') < '2026-12-04');
    expect(overdue.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="overdue-opening"]').count()).toBe(overdue.length);
    expect(await page.locator('[data-testid="overdue-opening"]').first().textContent()).toBe('逾期未投用');
  });

  it('says a scenario cannot move a plan period that has ended', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page, '?asOf=2026-12-04');
    await page.getByTestId('slip-all').fill('12');
    await expect.poll(() => page.getByTestId('scenario-period-closed').textContent()).toContain('2025-12-31');
    expect(await rawValue(page, 'forecast-delta-A1')).toBe(0);
  });

  it('saves the scenario under a name, and lists it among the saved scenarios', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page, '?asOf=2025-06-30');
    await page.getByTestId('slip-all').fill('12');
    const name = `E2E 全部推迟一年 ${Date.now().toString(36)}`;
    await page.getByTestId('scenario-name').fill(name);
    await page.getByTestId('save-scenario').click();
    await expect.poll(() => page.getByTestId('save-outcome').textContent()).toContain(name);
    await expect.poll(() => page.getByTestId('saved-scenarios').textContent()).toContain(name);

    const stored = (await plannerApi.get('/api/scenarios?region=taicang')).body.items.find((scenario: { name: string }) => scenario.name === name);
    expect(stored).toMatchObject({ region: 'taicang', baseAsOf: '2025-06-30', edits: [{ kind: 'slip', months: 12 }] });
  });

  it('adds a hypothetical carrier clicked onto the map, which raises the A1 forecast', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page, '?asOf=2025-06-30');
    const before = await rawValue(page, 'scenario-forecast-A1');
    const form = page.getByTestId('add-carrier-form');
    await form.getByLabel('名称', { exact: true }).fill('E2E 假设加速器');
    await form.getByLabel('类型').selectOption('accelerator');
    await form.getByLabel('区镇').selectOption('loujiang');
    await form.getByLabel('孵化面积（㎡）').fill('40,000');
    await form.getByLabel('状态').selectOption('under_construction');
    await form.getByLabel('计划投用日期').fill('2025-10-01');
    const map = form.locator('.base-map-leaflet');
    await map.scrollIntoViewIfNeeded();
    // The picker opens on the scenario's region: Taicang fills the map, wide enough to be labelled.
    const taicangLabel = map.locator('.unit-label-icon', { hasText: '太仓市' });
    await expect.poll(() => taicangLabel.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await expect.poll(() => form.getByLabel('经度').inputValue()).not.toBe('');
    await form.getByRole('button', { name: '加入方案' }).click();
    await expect.poll(() => page.getByTestId('hypothetical-list').textContent()).toContain('E2E 假设加速器');
    // The carriers already added stay on the picker's map, drawn as sketches with their names.
    await expect.poll(() => map.locator('.sketched-carrier-label').allTextContents()).toEqual(['E2E 假设加速器']);
    // Under construction weighs 0.9: 40,000 ㎡ opening in 2025 adds 36,000 ㎡ to the expected forecast.
    await expect.poll(() => rawValue(page, 'scenario-forecast-A1')).toBeCloseTo(before + 36_000, 6);
    await saveScreenshot(page, 'planner-hypothetical-zh');
  });

  it('refuses a hypothetical carrier without a place or an opening date, saying which field is missing', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page, '?asOf=2025-06-30');
    const form = page.getByTestId('add-carrier-form');
    await form.getByRole('button', { name: '加入方案' }).click();
    const errors = await form.locator('.field-error').allTextContents();
    expect(errors).toEqual(expect.arrayContaining(['请填写计划投用日期，否则无法计入预测', '请填写孵化面积']));
    expect(await form.textContent()).toContain('请在地图上点击放置位置');
  });

  it('loads a saved scenario back and compares it side by side with the baseline', async () => {
    const name = `E2E 对比 ${Date.now().toString(36)}`;
    await plannerApi.post('/api/scenarios', { scenario: { name, region: 'taicang', baseAsOf: '2025-06-30', edits: [{ kind: 'slip', months: 12 }] } });
    const page = await plannerPage('zh');
    await openPlanner(page);
    await page.getByRole('button', { name: `载入方案“${name}”` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2025-06-30');
    await expect.poll(() => page.getByTestId('slip-all').inputValue()).toBe('12');
    await expect.poll(() => rawValue(page, 'forecast-delta-A1')).toBeLessThan(0);

    await page.getByTestId('compare-a').selectOption({ label: '基线（不调整）' });
    await page.getByTestId('compare-b').selectOption({ label: name });
    const row = page.getByTestId('compare-A1');
    await row.waitFor();
    expect(Number(await row.locator('.delta').getAttribute('data-value'))).toBeLessThan(0);
    await saveScreenshot(page, 'planner-compare-zh');
  });

  it('deletes a saved scenario after asking twice', async () => {
    const name = `E2E 待删除 ${Date.now().toString(36)}`;
    await plannerApi.post('/api/scenarios', { scenario: { name, region: 'taicang', edits: [] } });
    const page = await plannerPage('zh');
    await openPlanner(page);
    await page.getByRole('button', { name: `删除方案“${name}”` }).click();
    await page.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(() => page.getByTestId('saved-scenarios').textContent()).not.toContain(name);
    const names = (await plannerApi.get('/api/scenarios?region=taicang')).body.items.map((scenario: { name: string }) => scenario.name);
    expect(names).not.toContain(name);
  });

  it('leaves no Chinese text and no raw i18n key with English selected', async () => {
    const page = await plannerPage('en');
    for (const search of ['', '?asOf=2025-06-30']) {
      await openPlanner(page, search);
      await page.getByTestId('slip-all').fill('6');
      await page.getByTestId('add-carrier-form').getByRole('button', { name: 'Add to scenario' }).click();
      await page.getByTestId('compare-b').selectOption({ index: 2 });
      const text = await textWithoutUserData(page);
      expect({ search, cjk: text.match(CJK) ?? [] }).toEqual({ search, cjk: [] });
      expect({ search, keys: text.match(RAW_KEY) ?? [] }).toEqual({ search, keys: [] });
    }
    await saveScreenshot(page, 'planner-en');
  });

  it('finds Chinese with the same check when Chinese is selected, so its silence in English means something', async () => {
    const page = await plannerPage('zh');
    await openPlanner(page);
    expect(await textWithoutUserData(page)).toMatch(new RegExp(CJK.source));
    await saveScreenshot(page, 'planner-zh');
  });

  it('logged no console errors', async () => {
    // The workspace is opened here too, so the check has a page to look at when this test runs alone.
    for (const language of ['zh', 'en'] as const) {
      const page = await plannerPage(language);
      await openPlanner(page, '?asOf=2025-06-30');
      expect(await rawValue(page, 'baseline-forecast-A1')).toBeGreaterThan(0);
    }
    expect(pages.allErrors()).toEqual([]);
  });
});
