import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isOpenOn } from '@shared/carriers/derive';
import type { CarrierRecord } from '@shared/carriers/record';
import { formatArea } from '../../client/src/i18n/format';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, TEST_PASSWORD, type ApiClient, type TestApp } from '../support/api';
import { ARTIFACT_DIR, saveScreenshot, launchSignedInPages, type Language, type Role, type SignedInPages } from '../support/browser';
import { CJK, RAW_KEY, textWithoutUserData } from '../support/i18nCheck';

/*
 * The leader dashboard (目标进展) in headless chromium against the real server on the
 * embedded store with the seed data, logged in through the form.
 *
 * "No Chinese in English" is the shared check of ../support/i18nCheck.ts, which says what
 * counts as data. Chart canvases hold no DOM text; their labels are checked on the
 * screenshots.
 */

interface TargetFigures {
  id: string;
  actual: number;
  status: string;
  contributors: { count: number };
  series: { year: number; value: number | null; contributors: { count: number } }[];
}

let app: TestApp;
let leaderApi: ApiClient;
let pages: SignedInPages;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  leaderApi = await app.as('leader');
  pages = await launchSignedInPages(app.url, TEST_PASSWORD, app.signedIn);
}, 120_000);

afterAll(async () => {
  await pages?.close();
  await app?.close();
});

/** A logged-in page (see launchSignedInPages); the print view opens at A4 width. */
async function openAs(role: Role, language: Language, viewport = { width: 1440, height: 900 }): Promise<Page> {
  return (await pages.open(role, language, { viewport })).page;
}

async function openDashboard(page: Page, search = ''): Promise<void> {
  await page.goto(`${app.url}/dashboard${search}`);
  await page.getByTestId('target-cards').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .spinner').length === 0, undefined, { timeout: 15_000 });
}

async function progressFromApi(query: string): Promise<TargetFigures[]> {
  const reply = await leaderApi.get(`/api/regions/taicang/progress?${query}`);
  expect(reply.status).toBe(200);
  return reply.body.targets;
}

const rawValue = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

/** Figures are read at a pinned date, the end of the 2021–2025 period, not at whatever today is. */
const PERIOD_END = '2025-12-31';

describe('the leader dashboard', () => {
  it('shows one card per Taicang target, with the A1 actual the API reports, written in 万㎡', async () => {
    const targets = await progressFromApi(`asOf=${PERIOD_END}`);
    const page = await openAs('leader', 'zh');
    await openDashboard(page, `?asOf=${PERIOD_END}`);
    const cards = page.locator('[data-testid^="target-card-"]');
    expect(await cards.count()).toBe(targets.length);
    for (const target of targets) expect(await page.getByTestId(`target-card-${target.id}`).getAttribute('data-status')).toBe(target.status);
    const a1 = targets.find((target) => target.id === 'A1')!;
    expect(a1.actual).toBe(1_080_000);
    expect(await rawValue(page, 'actual-A1')).toBe(a1.actual);
    expect(await page.getByTestId('actual-A1').textContent()).toBe(formatArea(a1.actual, 'zh'));
    expect(await page.getByTestId('actual-A1').textContent()).toBe('108 万㎡');
    await saveScreenshot(page, 'dashboard-zh');
  });

  it('shows the pace and "on track" for A1 at an as-of inside the period, typed into the date field', async () => {
    const page = await openAs('leader', 'zh');
    await openDashboard(page);
    await page.getByLabel('截至日期').fill('2025/6/30');
    await page.getByLabel('截至日期').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2025-06-30');
    const [a1] = (await progressFromApi('asOf=2025-06-30')).filter((target) => target.id === 'A1');
    await expect.poll(() => rawValue(page, 'actual-A1')).toBe(a1!.actual);
    expect(await page.getByTestId('target-card-A1').getAttribute('data-status')).toBe('on_track');
    expect(await page.getByTestId('target-card-A1').locator('.pace-marker').count()).toBe(1);
    expect(await page.getByTestId('period-note').textContent()).toContain('时间已过');
    await saveScreenshot(page, 'dashboard-2025-06-30-zh');
  });

  it('opens the carriers behind a number when it is clicked, as many as the API lists', async () => {
    const page = await openAs('leader', 'zh');
    await openDashboard(page, `?asOf=${PERIOD_END}`);
    const listed = await leaderApi.get(`/api/regions/taicang/progress/A1/contributors?asOf=${PERIOD_END}`);
    await page.getByTestId('actual-A1').click();
    const panel = page.getByTestId('drill-panel');
    await panel.getByTestId('drill-items').waitFor();
    expect(await panel.locator('tbody tr').count()).toBe(listed.body.count);
    expect(await panel.textContent()).toContain(listed.body.items[0].name);
    expect(await panel.getByRole('link', { name: '地图' }).first().getAttribute('href')).toMatch(/^\/map\?region=taicang&q=/);
    await saveScreenshot(page, 'dashboard-drilldown-zh');

    // A year of the A2 series: 2022 opened 140,000 ㎡, from the carriers the API names.
    const year = await leaderApi.get(`/api/regions/taicang/progress/A2/contributors?asOf=${PERIOD_END}&year=2022`);
    await page.getByTestId('yearly-2022').click();
    await expect.poll(() => panel.textContent()).toContain('2022 年');
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(year.body.count);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('counts a manager’s pending registration on the reported basis only', async () => {
    const manager = await app.as('manager');
    const created = await manager.post(
      '/api/carriers',
      buildCarrier({ name: 'E2E 口径切换孵化器', phases: [buildPhase({ incubationAreaM2: 12_345, floorAreaM2: 13_000, openedOn: '2025-06-01', constructionStartedOn: '2024-01-01' })] }),
    );
    expect(created.status).toBe(202);
    const page = await openAs('leader', 'zh');
    await openDashboard(page);
    const verified = await rawValue(page, 'actual-A1');
    expect(verified).toBe(1_080_000);
    // A click, not check(): the radio follows the URL, which updates a moment after the click.
    await page.getByRole('radio', { name: '填报口径' }).click();
    await expect.poll(() => rawValue(page, 'actual-A1')).toBe(verified + 12_345);
    expect(new URL(page.url()).searchParams.get('basis')).toBe('reported');
    expect(await page.getByTestId('actual-A1').textContent()).toBe(formatArea(verified + 12_345, 'zh'));
    await page.getByRole('radio', { name: '核实口径' }).click();
    await expect.poll(() => rawValue(page, 'actual-A1')).toBe(verified);
  });

  it('prints an A4 report with a title block, the as-of and the basis, and no controls', { timeout: 90_000 }, async () => {
    for (const language of ['zh', 'en'] as const) {
      // 794 px is the width of an A4 page at 96 dpi, so the screenshot shows the printed layout.
      const page = await openAs('leader', language, { width: 794, height: 1123 });
      await openDashboard(page, '?asOf=2025-06-30');
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(300);
      const header = page.getByTestId('print-header');
      expect(await header.isVisible()).toBe(true);
      expect(await header.textContent()).toContain('2025-06-30');
      expect(await header.textContent()).toContain(language === 'zh' ? '核实口径' : 'Verified');
      expect(await page.getByTestId('print-button').isVisible()).toBe(false);
      expect(await page.locator('.shell-header').isVisible()).toBe(false);
      // The baseline check prints too, after the breakdowns.
      await page.getByTestId('baseline-check').locator('table').waitFor();
      expect(await page.getByTestId('baseline-check').locator('table').isVisible()).toBe(true);
      await saveScreenshot(page, `dashboard-print-${language}`);
      // The PDF chromium prints: cards, then charts and breakdowns each from a new page.
      const pdf = await page.pdf({ path: path.join(ARTIFACT_DIR, `dashboard-print-${language}.pdf`), format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pageCount).toBeGreaterThanOrEqual(3);
      expect(pageCount).toBeLessThanOrEqual(6);
    }
  });

  it('shows areas in m² and leaves no Chinese text or raw i18n key with English selected', { timeout: 90_000 }, async () => {
    const page = await openAs('leader', 'en');
    for (const search of ['?asOf=2025-06-30&basis=reported', '?region=kunshan', '?region=suzhou', '']) {
      await openDashboard(page, search);
      const text = await textWithoutUserData(page);
      expect({ search, cjk: text.match(CJK) ?? [] }).toEqual({ search, cjk: [] });
      expect({ search, keys: text.match(RAW_KEY) ?? [] }).toEqual({ search, keys: [] });
      if (search.includes('2025-06-30')) await saveScreenshot(page, 'dashboard-2025-06-30-en');
    }
    await openDashboard(page);
    expect(await page.getByTestId('actual-A1').textContent()).toBe('1,080,000 m²');
    await saveScreenshot(page, 'dashboard-en');
    await page.getByTestId('actual-A1').click();
    await page.getByTestId('drill-items').waitFor();
    const text = await textWithoutUserData(page);
    expect(text.match(CJK) ?? []).toEqual([]);
    expect(text.match(RAW_KEY) ?? []).toEqual([]);
    await saveScreenshot(page, 'dashboard-drilldown-en');
  });

  it('finds Chinese with the same check when Chinese is selected, so its silence in English means something', async () => {
    const page = await openAs('leader', 'zh');
    await openDashboard(page);
    expect(await textWithoutUserData(page)).toMatch(new RegExp(CJK.source));
  });

  it('checks Taicang’s published 2020 baseline against the registry, flagging 36 carriers stated against 41 counted', async () => {
    // The registry on 2020-12-31, counted here from the carriers the API serves: carriers with a phase open that day.
    const carriers = (await leaderApi.get('/api/regions/taicang/carriers')).body.items as CarrierRecord[];
    const open = carriers.filter((carrier) => carrier.phases.some((phase) => isOpenOn(phase, '2020-12-31')));
    expect(open.length).toBe(41);

    const page = await openAs('leader', 'zh');
    await openDashboard(page);
    const check = page.getByTestId('baseline-check');
    await check.getByTestId('baseline-flags').waitFor();
    const cells = async (row: string) => (await check.getByTestId(`baseline-${row}`).locator('td').allTextContents()).map((text) => text.trim());
    expect(await cells('stated-total')).toEqual(['36 家', `${open.length} 家`, '⚠ 不一致： +5 家', '91.8 万㎡', '91.8 万㎡', '✓ 一致']);
    expect(await check.getByTestId('baseline-stated-total').locator('td[data-agrees="false"]').count()).toBe(1);
    expect(await cells('kinds-sum')).toEqual(['41 家', '41 家', '✓ 一致', '91.8 万㎡', '91.8 万㎡', '✓ 一致']);
    expect(await cells('makerspace')).toEqual(['21 家', '21 家', '✓ 一致', '4.3 万㎡', '4.3 万㎡', '✓ 一致']);
    expect(await cells('incubator')).toEqual(['15 家', '15 家', '✓ 一致', '48.9 万㎡', '48.9 万㎡', '✓ 一致']);
    expect(await cells('accelerator')).toEqual(['5 家', '5 家', '✓ 一致', '38.6 万㎡', '38.6 万㎡', '✓ 一致']);
    const flags = await check.getByTestId('baseline-flags').textContent();
    expect(flags).toContain('文件所列载体总数 36 家，与其分项之和 41 家（21 + 15 + 5）不一致');
    expect(flags).toContain('登记系统 2020-12-31 有载体 41 家，与文件所列总数 36 家相差 +5 家。');
    expect(await check.textContent()).toContain('《太仓市“十四五”科技创新规划》第一章 三');
    await check.screenshot({ path: path.join(ARTIFACT_DIR, 'dashboard-baseline-zh.png') });

    const english = await openAs('leader', 'en');
    await openDashboard(english);
    const checkEn = english.getByTestId('baseline-check');
    await checkEn.getByTestId('baseline-flags').waitFor();
    expect(await checkEn.getByTestId('baseline-flags').textContent()).toContain('The plan states 36 carriers in total, but its kinds add up to 41 carriers (21 + 15 + 5).');
    await checkEn.screenshot({ path: path.join(ARTIFACT_DIR, 'dashboard-baseline-en.png') });

    // Kunshan has no published baseline here: no check.
    await openDashboard(page, '?region=kunshan');
    expect(await page.getByTestId('baseline-check').count()).toBe(0);
  });

  it('says how many of Suzhou’s nine units have data', async () => {
    const page = await openAs('leader', 'zh');
    await openDashboard(page, '?region=suzhou');
    expect(await page.getByTestId('units-with-data').textContent()).toContain('9 个县级单位中 2 个有数据');
    await saveScreenshot(page, 'dashboard-suzhou-zh');
    await openDashboard(page, '?region=kunshan');
    expect(await page.locator('[data-testid^="target-card-K"]').count()).toBe(3);
    await saveScreenshot(page, 'dashboard-kunshan-zh');
  });

  it('logged no console errors', async () => {
    // The dashboard is opened here too, so the check has a page to look at when this test runs alone.
    for (const language of ['zh', 'en'] as const) {
      const page = await openAs('leader', language);
      await openDashboard(page, '?asOf=2025-06-30');
      expect(await page.locator('[data-testid^="actual-"]').count()).toBeGreaterThan(0);
    }
    expect(pages.allErrors()).toEqual([]);
  });
});
