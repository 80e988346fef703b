import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's chromium on a closed network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Browser tests never skip silently: without chromium they fail and say how to get it. */
export async function launchBrowser(): Promise<Browser> {
  // One chromium for the run (started by the browser project's global setup); closing a connected browser leaves it running.
  const endpoint = sharedBrowserEndpoint();
  if (endpoint) return chromium.connect(endpoint);
  return launchOwnBrowser();
}

function sharedBrowserEndpoint(): string | null {
  try {
    return inject('browserEndpoint') ?? null;
  } catch {
    return null;
  }
}

/** Checks for Debian's chromium, and says how to get it when it is missing. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Debian's chromium at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium (set CHROMIUM_PATH to use another binary).`,
    );
  }
}

async function launchOwnBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export const ARTIFACT_DIR = path.resolve('test-artifacts');

/** Saves a full-page screenshot under test-artifacts/ for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACT_DIR, { recursive: true });
  const file = path.join(ARTIFACT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Collects console errors and page errors, so a test can assert there were none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Logs in through the login form, as a person would. */
export async function loginThroughForm(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Log in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export type Role = 'admin' | 'planner' | 'leader' | 'manager';
export type Language = 'zh' | 'en';

export interface SignedInPage {
  page: Page;
  /** Console errors logged on this page since a test last asked for it. */
  errors: string[];
}

export interface SignedInPages {
  /** A logged-in page for the role, UI language and viewport width; made once, then shared. */
  open(role: Role, language: Language, options?: { viewport?: { width: number; height: number }; acceptDialogs?: boolean }): Promise<SignedInPage>;
  /** Every console error of every page since the first was opened. */
  allErrors(): string[];
  /** Closes the pages and the browser. */
  close(): Promise<void>;
}

/**
 * A browser for the tests of one file, with logged-in pages they share, in China's time zone like the real users.
 * Logging in through the form costs seconds, so each role logs in once per run when the
 * suite runs on the seeded snapshot (its sessions are given), else once per language; each
 * test visits its screen by URL, and the language is set again on every load, whatever a
 * test switched to.
 */
export async function launchSignedInPages(baseUrl: string, password: string, sessions: Partial<Record<Role, { name: string; value: string }[]>> | null = null): Promise<SignedInPages> {
  const browser = await launchBrowser();
  const open = new Map<string, SignedInPage>();
  const everyError: string[][] = [];
  const contexts: BrowserContext[] = [];
  return {
    async open(role, language, options = {}) {
      const viewport = options.viewport ?? { width: 1440, height: 900 };
      const key = `${role}-${language}-${viewport.width}`;
      const known = open.get(key);
      if (known) {
        known.errors.length = 0;
        return known;
      }
      const context = await browser.newContext({ viewport, locale: language === 'zh' ? 'zh-CN' : 'en-US', timezoneId: 'Asia/Shanghai' });
      contexts.push(context);
      await context.addInitScript((chosen) => localStorage.setItem('planner.language', chosen), language);
      const page = await context.newPage();
      everyError.push(collectConsoleErrors(page));
      const errors = collectConsoleErrors(page);
      // Unsaved edits ask before a page is left; tests that navigate on purpose accept.
      if (options.acceptDialogs) page.on('dialog', (dialog) => void dialog.accept());
      // A session made once for the run (see seededSnapshot.ts) stands in for the form, which the map's tile suite still uses.
      const session = sessions?.[role];
      if (session) await context.addCookies(session.map(({ name, value }) => ({ name, value, url: baseUrl, httpOnly: true, sameSite: 'Lax' as const })));
      else await loginThroughForm(page, baseUrl, role, password);
      const signedIn = { page, errors };
      open.set(key, signedIn);
      return signedIn;
    },
    allErrors: () => everyError.flat(),
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}
