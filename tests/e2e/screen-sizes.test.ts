import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';
import { launchSignedInPages, saveScreenshot, type SignedInPages } from '../support/browser';

/*
 * Screens at every size (issue 21, item 8): a 1280×720 window at 200% zoom is a 640×360
 * viewport in CSS pixels. The header must wrap rather than push sign-out off the screen, and
 * Leaflet's own controls speak the UI's language.
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

describe('the screens at 200% zoom and in Chinese', () => {
  it('wraps the admin’s header so that 退出登录 stays on screen and nothing scrolls sideways', async () => {
    const { page } = await pages.open('admin', 'zh', { viewport: { width: 640, height: 360 } });
    await page.goto(`${app.url}/admin`);
    const logout = page.getByRole('button', { name: '退出登录', exact: true });
    await logout.waitFor();
    const box = await logout.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(640);
    const header = await page.locator('.shell-header').evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth);
    await saveScreenshot(page, 'admin-header-200-percent');
  });

  it('names the map’s zoom buttons in Chinese', async () => {
    const { page } = await pages.open('planner', 'zh');
    await page.goto(`${app.url}/map`);
    await page.locator('.leaflet-control-zoom-in').waitFor();
    expect(await page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('放大');
    expect(await page.locator('.leaflet-control-zoom-out').getAttribute('title')).toBe('缩小');
  });

  it('names them in English when English is chosen', async () => {
    const { page } = await pages.open('planner', 'en');
    await page.goto(`${app.url}/map`);
    await page.locator('.leaflet-control-zoom-in').waitFor();
    expect(await page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('Zoom in');
  });

  it('keeps the carrier form’s submit button on a 1280×720 screen while the form is scrolled', async () => {
    const { page } = await pages.open('manager', 'zh', { viewport: { width: 1280, height: 720 } });
    await page.goto(`${app.url}/registry/new`);
    const submit = page.locator('.carrier-form .form-actions button[type="submit"]');
    await submit.waitFor();
    const formHeight = await page.locator('.carrier-form').evaluate((form) => form.scrollHeight);
    expect(formHeight).toBeGreaterThan(720 * 2);
    for (const scrolledTo of [0, Math.round(formHeight / 2)]) {
      await page.evaluate((y) => window.scrollTo(0, y), scrolledTo);
      await expect.poll(async () => (await submit.boundingBox())?.y ?? Infinity).toBeLessThan(720);
      const box = (await submit.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(720);
    }
    await saveScreenshot(page, 'carrier-form-sticky-save');
  });
});
