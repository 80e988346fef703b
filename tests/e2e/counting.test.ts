import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';
import { saveScreenshot, launchSignedInPages, type Language, type Role, type SignedInPages } from '../support/browser';
import { CJK, RAW_KEY, textWithoutUserData } from '../support/i18nCheck';

/*
 * How a target counts, on the dashboard (issue #18): the card says which reading it uses,
 * its detail shows every reading, a planner switches the reading, and an each-year target
 * at mid-year shows the judged year apart from the current one.
 */

let app: TestApp;
let pages: SignedInPages;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  pages = await launchSignedInPages(app.url, TEST_PASSWORD);
}, 120_000);

afterAll(async () => {
  await pages?.close();
  await app?.close();
});

async function openDashboard(role: Role, language: Language, search: string): Promise<Page> {
  const { page } = await pages.open(role, language, { viewport: { width: 1440, height: 900 } });
  await page.goto(`${app.url}/dashboard${search}`);
  await page.getByTestId('target-cards').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .spinner').length === 0, undefined, { timeout: 15_000 });
  return page;
}

/** Opens a card's detail, whether or not a reload kept it open. */
async function openDetail(page: Page, id: string): Promise<void> {
  const detail = page.getByTestId(`counting-detail-${id}`);
  if (!(await detail.evaluate((element) => (element as HTMLDetailsElement).open))) await detail.locator('summary').click();
}

const readingRows = (page: Page) =>
  page
    .getByTestId('readings-K3')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-reading'), row.querySelector('td.number')?.textContent ?? '']));

describe('counting on the dashboard', () => {
  it('K3 says it counts carriers first reaching the tier, 30, and its detail shows 26, 43 and 46 beside it', async () => {
    const page = await openDashboard('leader', 'zh', '?region=kunshan&asOf=2025-12-31');
    const card = page.getByTestId('target-card-K3');
    expect(await card.getAttribute('data-status')).toBe('behind');
    expect(await page.getByTestId('actual-K3').textContent()).toBe('30 家');
    expect(await page.getByTestId('reading-K3').textContent()).toBe('口径：按首次达到计');
    await openDetail(page, 'K3');
    expect(await readingRows(page)).toEqual([
      ['firstReaches', '30 家'],
      ['netChange', '26 家'],
      ['distinct', '43 家'],
      ['recognitions', '46 家'],
    ]);
    expect(await page.getByTestId('counting-detail-K3').textContent()).toContain('到2025年，新增苏州市级及以上孵化器和众创空间数36个');
    // A leader reads the readings but does not switch them.
    expect(await page.getByTestId('readings-K3').getByRole('button').count()).toBe(0);
    await card.screenshot({ path: await saveScreenshot(page, 'counting-k3-zh') });
  });

  it('lets a planner put the net change in use, and the card follows', async () => {
    const page = await openDashboard('planner', 'zh', '?region=kunshan&asOf=2025-12-31');
    await openDetail(page, 'K3');
    await page.getByTestId('readings-K3').locator('tr[data-reading="netChange"]').getByRole('button', { name: '设为默认口径' }).click();
    await expect.poll(() => page.getByTestId('reading-K3').textContent()).toBe('口径：按净增计');
    expect(await page.getByTestId('actual-K3').textContent()).toBe('26 家');
    await openDetail(page, 'K3');
    await page.getByTestId('readings-K3').locator('tr[data-reading="firstReaches"]').getByRole('button').click();
    await expect.poll(() => page.getByTestId('actual-K3').textContent()).toBe('30 家');
  });

  it('A2 at 2024-06-30 shows the missed 2022 it is judged on and 2024’s progress apart', async () => {
    const page = await openDashboard('leader', 'zh', '?region=taicang&asOf=2024-06-30');
    expect(await page.getByTestId('judged-year-A2').textContent()).toBe('按年考核：2022 年未达到（14 万㎡），以该年判定');
    expect(await page.getByTestId('actual-A2').textContent()).toBe('14 万㎡');
    expect(await page.getByTestId('current-year-A2').textContent()).toMatch(/^2024 年至今 12\.8 万㎡，应达 .+（达到进度）$/);
    await page.getByTestId('target-card-A2').screenshot({ path: await saveScreenshot(page, 'counting-a2-mid-year-zh') });
  });

  it('says which kinds Taicang’s stated 2020 total of 36 adds up', async () => {
    const page = await openDashboard('leader', 'zh', '?region=taicang&asOf=2025-12-31');
    await page.getByTestId('baseline-stated-kinds').waitFor();
    expect(await page.getByTestId('baseline-stated-kinds').textContent()).toBe(
      '所述总数 36 家 恰为 众创空间 21 家 + 孵化器 15 家，未含加速器，应是原文的统计口径；孵化面积 91.8 万㎡ 则含全部类型，两者口径不同。',
    );
  });

  it('leaves no Chinese text or raw key in the readings with English selected', async () => {
    const page = await openDashboard('leader', 'en', '?region=taicang&asOf=2025-12-31');
    await page.getByTestId('baseline-stated-kinds').waitFor();
    await openDetail(page, 'C5');
    const taicang = await textWithoutUserData(page);
    expect(taicang.match(CJK) ?? []).toEqual([]);
    expect(taicang.match(RAW_KEY) ?? []).toEqual([]);
    await page.goto(`${app.url}/dashboard?region=kunshan&asOf=2025-12-31`);
    await page.getByTestId('target-card-K3').waitFor();
    await openDetail(page, 'K3');
    expect(await page.getByTestId('reading-K3').textContent()).toBe('Reading: Carriers first reaching the tier');
    const text = await textWithoutUserData(page);
    expect(text.match(CJK) ?? []).toEqual([]);
    expect(text.match(RAW_KEY) ?? []).toEqual([]);
    await saveScreenshot(page, 'counting-k3-en');
  });
});
