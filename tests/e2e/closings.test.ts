import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';
import { launchSignedInPages, saveScreenshot, type SignedInPages } from '../support/browser';

/*
 * Closing the 十四五 period on the dashboard (issue 21, item 3), in its own app because a
 * closed period stays closed: a planner closes it, a late opening is approved, and the leader
 * sees the reported figure with its correction rather than a silently changed number.
 */

let app: TestApp;
let pages: SignedInPages;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  pages = await launchSignedInPages(app.url, TEST_PASSWORD, app.signedIn);
}, 120_000);

afterAll(async () => {
  await pages?.close();
  await app?.close();
});

describe('a closed plan period on the dashboard', () => {
  it('is closed by a planner, and a later approved opening shows to the leader as a correction beside the reported figure', async () => {
    const { page: plannerPage } = await pages.open('planner', 'zh', { acceptDialogs: true });
    await plannerPage.goto(`${app.url}/dashboard?asOf=2025-12-31`);
    await plannerPage.getByTestId('closing-A1').waitFor();
    expect(await plannerPage.getByTestId('closing-A1').textContent()).toContain('最终结果');
    await plannerPage.getByTestId('close-period').getByRole('button').click();
    await expect.poll(() => plannerPage.getByTestId('closing-A1').textContent()).toContain('报告 108 万㎡');
    expect(await plannerPage.getByTestId('close-period').count()).toBe(0);

    const manager = await app.as('manager');
    const submitted = await manager.post('/api/carriers', buildCarrier({ name: '迟报孵化器', phases: [buildPhase({ openedOn: '2024-05-01', incubationAreaM2: 8_000 })] }));
    expect((await (await app.as('planner')).post(`/api/changes/${submitted.body.change.id}/approve`)).status).toBe(200);

    const { page } = await pages.open('leader', 'zh');
    await page.goto(`${app.url}/dashboard?asOf=2025-12-31`);
    const note = page.getByTestId('closing-A1');
    await note.waitFor();
    await expect.poll(() => note.textContent()).toContain('更正后 108.8 万㎡（+0.8 万㎡）');
    expect(await note.textContent()).toContain('迟报孵化器');
    expect(await page.getByTestId('close-period').count()).toBe(0);
    await note.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-closed-period-zh');
  });
});
