import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';
import { launchBrowser, loginThroughForm, saveScreenshot } from '../support/browser';

/*
 * Issue 17 finding 4 on the login screen: after too many failed sign-ins the user is told
 * when to try again, in their language, and the button waits with them. The browser's clock
 * is a fake one the test moves; the server's wait is 30 s after the fifth failure.
 */

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function loginPage(language: 'zh' | 'en'): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'zh' ? 'zh-CN' : 'en-US', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript((chosen) => localStorage.setItem('planner.language', chosen), language);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${app.url}/login`);
  return page;
}

async function submit(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Log in)$/ }).click();
}

describe('the login screen after too many failed sign-ins', () => {
  it('counts down the wait in Chinese, holds the button, and lets the user in once it is over', async () => {
    const page = await loginPage('zh');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await submit(page, 'leader', `wrong-password-${attempt}`);
      await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
    }
    await submit(page, 'leader', TEST_PASSWORD);
    const wait = page.getByTestId('login-wait');
    await expect.poll(() => wait.textContent()).toBe('该账号登录失败次数过多，请在 30 秒后再试。 如需立即解锁，请联系管理员。');
    const button = page.getByRole('button', { name: /^登录$/ });
    expect(await button.isDisabled()).toBe(true);
    await saveScreenshot(page, 'login-wait-zh');

    await page.clock.runFor(10_000);
    // The page's clock also runs on by itself, so a second may have gone.
    await expect.poll(() => wait.textContent()).toMatch(/请在 (19|20) 秒后再试。/);

    await page.clock.runFor(21_000);
    await expect.poll(() => wait.count()).toBe(0);
    expect(await button.isDisabled()).toBe(false);
    // The server's wait is over too (its clock is the real one plus what the test moved).
    app.advanceClock(31_000);
    await button.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });

  it('says the same in English, in minutes once the wait is that long', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await app.client().post('/api/auth/login', { username: 'manager', password: `wrong-${attempt}-password` })).status).toBe(401);
    }
    // Past the first wait, three more failures: 240 s.
    for (let round = 1; round <= 3; round += 1) {
      app.advanceClock(FIRST_WAITS[round - 1]! * 1000 + 1000);
      expect((await app.client().post('/api/auth/login', { username: 'manager', password: 'wrong-again-password' })).status).toBe(401);
    }
    const page = await loginPage('en');
    await submit(page, 'manager', TEST_PASSWORD);
    await expect.poll(() => page.getByTestId('login-wait').textContent()).toMatch(/^Too many failed logins for this account; try again in (4 min 0 s|3 min 5\d s)\. An administrator can unlock the account at once\.$/);
    await saveScreenshot(page, 'login-wait-en');
  });

  it("shows the admin the held-back account, and the admin's unlock lets its user in at once", async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const admin = await context.newPage();
    await loginThroughForm(admin, app.url, 'admin', TEST_PASSWORD);
    await admin.goto(`${app.url}/admin`);
    const panel = admin.getByTestId('lockouts-panel');
    await expect.poll(() => panel.textContent()).toContain('manager');
    expect(await panel.textContent()).toMatch(/地址 127\.0\.0\.1：失败 8 次 · 还需等待 \d+ 秒/);
    await saveScreenshot(admin, 'lockouts-panel');
    await panel.getByRole('button', { name: '解除 manager 的登录锁定' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    expect((await app.client().post('/api/auth/login', { username: 'manager', password: TEST_PASSWORD })).status).toBe(200);
  });
});

/** The waits after the fifth, sixth and seventh failure. */
const FIRST_WAITS = [30, 60, 120];
