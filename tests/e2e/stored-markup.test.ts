import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type ApiClient, type TestApp } from '../support/api';
import { launchBrowser, loginThroughForm, saveScreenshot } from '../support/browser';

/*
 * Issue 17 finding 3: user text never becomes HTML. Every free-text field of carriers and of
 * a scenario's hypothetical carrier holds markup that would redirect (<meta refresh>),
 * restyle (<style>), or run script (<img onerror>, <script>) if any screen rendered it as
 * HTML. Each screen where the text shows is opened as an admin; the text must appear as
 * text, and the page must not have navigated, opened a dialog or grown an element from it.
 * (Website, phone and e-mail have formats that refuse markup; the candidate-site screen does
 * not exist on this branch.)
 */

const PAYLOADS = {
  meta: '<meta http-equiv=refresh content=0;url=/login?pwned>',
  style: '<style>*{color:red!important}</style>',
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(2)</script>',
} as const;
type Kind = keyof typeof PAYLOADS;
const KINDS = Object.keys(PAYLOADS) as Kind[];
/** Industry terms are at most 40 characters (an unknown one is kept; districts are a vocabulary per region). */
const SHORT: Record<Kind, string> = {
  meta: '<meta http-equiv=refresh content=0>',
  style: '<style>*{color:red}</style>',
  img: '<img src=x onerror=alert(3)>',
  script: '<script>alert(4)</script>',
};
const nameOf = (kind: Kind) => `注入测试${kind} ${PAYLOADS[kind]}`;

let app: TestApp;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const loads: string[] = [];
const carrierIds: Partial<Record<Kind, string>> = {};
let scenarioId = '';

function carrierWith(kind: Kind, name = nameOf(kind)) {
  const payload = PAYLOADS[kind];
  return {
    name,
    kind: 'incubator',
    region: 'taicang',
    district: 'hitech',
    address: `太仓市 ${payload}`,
    location: { type: 'Point', coordinates: [121.1 + KINDS.indexOf(kind) * 0.01, 31.45] },
    operator: `运营 ${payload}`,
    industries: [SHORT[kind]],
    // Large enough to lead the A1 drill-down.
    phases: [{ label: `一期${payload}`.slice(0, 50), incubationAreaM2: 900_000 + KINDS.indexOf(kind), floorAreaM2: 950_000, status: 'open', constructionStartedOn: '2021-03-01', openedOn: '2023-06-01' }],
    recognitions: [],
    ratings: [],
    contact: { person: `联系人${payload}` },
  };
}

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  const admin: ApiClient = await app.as('admin');
  for (const kind of KINDS) {
    const reply = await admin.post('/api/carriers', carrierWith(kind));
    if (reply.status !== 201) throw new Error(`creating the ${kind} carrier: ${reply.status} ${JSON.stringify(reply.body)}`);
    carrierIds[kind] = reply.body.carrier?.id ?? reply.body.id;
  }
  // A manager's submission waits in the review queue.
  const manager = await app.as('manager');
  const pending = await manager.post('/api/carriers', carrierWith('img', `待审核 ${PAYLOADS.img}${PAYLOADS.script}`));
  if (pending.status !== 202 && pending.status !== 201) throw new Error(`submitting: ${pending.status} ${JSON.stringify(pending.body)}`);
  const planner = await app.as('planner');
  const scenario = await planner.post('/api/scenarios', {
    scenario: {
      name: `推演 ${PAYLOADS.meta}${PAYLOADS.style}`,
      region: 'taicang',
      edits: KINDS.map((kind) => ({
        kind: 'add',
        carrier: {
          name: `假设${kind} ${PAYLOADS[kind]}`,
          kind: 'incubator',
          location: { type: 'Point', coordinates: [121.2 + KINDS.indexOf(kind) * 0.01, 31.55] },
          industries: [SHORT[kind]],
          phases: [{ label: `二期${PAYLOADS[kind]}`.slice(0, 50), status: 'under_construction', constructionStartedOn: '2024-03-01', plannedOpeningOn: '2027-03-01', incubationAreaM2: 50_000 }],
        },
      })),
    },
  });
  if (scenario.status !== 201) throw new Error(`saving the scenario: ${scenario.status} ${JSON.stringify(scenario.body)}`);
  scenarioId = scenario.body.scenario.id;

  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 } })).newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('load', () => loads.push(page.url()));
  await loginThroughForm(page, app.url, 'admin', TEST_PASSWORD);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Nothing the payloads carry exists as an element, ran, or moved the page. */
async function assertNothingInjected(screen: string): Promise<void> {
  const injected = await page.evaluate(() => ({
    meta: document.querySelectorAll('meta[http-equiv]').length,
    style: [...document.querySelectorAll('style')].filter((element) => element.textContent?.includes('color:red')).length,
    img: document.querySelectorAll('img[src="x"]').length,
    script: [...document.querySelectorAll('script')].filter((element) => element.textContent?.includes('alert(')).length,
    red: getComputedStyle(document.body).color === 'rgb(255, 0, 0)',
  }));
  expect(injected, screen).toEqual({ meta: 0, style: 0, img: 0, script: 0, red: false });
  expect(dialogs, screen).toEqual([]);
  expect(loads.filter((url) => url.includes('pwned')), screen).toEqual([]);
  expect(new URL(page.url()).searchParams.has('pwned'), screen).toBe(false);
}

async function open(path: string, loadsExpected = 1): Promise<void> {
  const before = loads.length;
  await page.goto(app.url + path);
  await page.waitForLoadState('load');
  expect(loads.length - before, `${path} loaded once, not refreshed`).toBe(loadsExpected);
}

const textOf = (selector: string) => page.locator(selector).first().textContent();

describe('markup stored in every text field', () => {
  it('shows as text in the registry list', async () => {
    await open(`/registry?q=${encodeURIComponent('注入测试')}`);
    for (const kind of KINDS) await expect.poll(() => textOf('main'), { timeout: 15_000 }).toContain(nameOf(kind));
    await assertNothingInjected('registry list');
    await saveScreenshot(page, 'stored-markup-registry');
  });

  it('shows as text in the registry form', async () => {
    for (const kind of KINDS) {
      await open(`/registry/${carrierIds[kind]}`);
      const form = page.locator('form').first();
      await expect.poll(async () => form.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)), { timeout: 15_000 }).toEqual(
        expect.arrayContaining([nameOf(kind), `运营 ${PAYLOADS[kind]}`, `太仓市 ${PAYLOADS[kind]}`]),
      );
      await assertNothingInjected(`registry form (${kind})`);
    }
  });

  it('shows as text in the map popup and its details', async () => {
    for (const kind of KINDS) {
      await open(`/map?q=${encodeURIComponent(`注入测试${kind}`)}`);
      await expect.poll(async () => Number(await page.getByTestId('drawn-count').getAttribute('data-count')), { timeout: 15_000 }).toBe(1);
      const box = (await page.locator('.base-map-leaflet').boundingBox())!;
      const popup = page.getByTestId('carrier-popup');
      // The map frames what it found; click its middle until the popup opens.
      await expect
        .poll(async () => {
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          return (await popup.count()) > 0 ? popup.textContent() : '';
        }, { timeout: 15_000 })
        .toContain(nameOf(kind));
      await assertNothingInjected(`map popup (${kind})`);
    }
    await saveScreenshot(page, 'stored-markup-map');
  });

  it('shows as text in the review queue', async () => {
    await open('/review');
    await expect.poll(() => textOf('main'), { timeout: 15_000 }).toContain(`待审核 ${PAYLOADS.img}${PAYLOADS.script}`);
    await assertNothingInjected('review');
    await saveScreenshot(page, 'stored-markup-review');
  });

  it("shows as text in the planner: the saved scenario, its hypothetical carriers and their labels on the map", async () => {
    await open('/planner');
    const saved = page.getByTestId('saved-scenarios');
    await expect.poll(() => saved.textContent(), { timeout: 15_000 }).toContain(`推演 ${PAYLOADS.meta}${PAYLOADS.style}`);
    await saved.locator(`li[data-id="${scenarioId}"] button`).first().click();
    const list = page.getByTestId('hypothetical-list');
    for (const kind of KINDS) await expect.poll(() => list.textContent(), { timeout: 15_000 }).toContain(`假设${kind} ${PAYLOADS[kind]}`);
    // Their labels on the planner's map are text nodes too.
    const labels = page.locator('.sketched-carrier-label');
    await expect.poll(() => labels.count(), { timeout: 15_000 }).toBe(KINDS.length);
    expect(await labels.allTextContents()).toEqual(expect.arrayContaining(KINDS.map((kind) => `假设${kind} ${PAYLOADS[kind]}`)));
    await assertNothingInjected('planner');
    await saveScreenshot(page, 'stored-markup-planner');
  });

  it('shows as text in the dashboard drill-down', async () => {
    await open('/dashboard');
    await page.getByTestId('actual-A1').click();
    const items = page.getByTestId('drill-items');
    for (const kind of KINDS) await expect.poll(() => items.textContent(), { timeout: 15_000 }).toContain(nameOf(kind));
    await assertNothingInjected('dashboard drill-down');
    await saveScreenshot(page, 'stored-markup-dashboard');
  });
});

describe('the content security policy', () => {
  it("allows style elements and fonts only from this origin, and the map still draws", async () => {
    const reply = await fetch(`${app.url}/map`);
    const policy = reply.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("style-src-elem 'self'");
    expect(policy).toContain("font-src 'self'");
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await open('/map');
    await expect.poll(async () => Number(await page.getByTestId('drawn-count').getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(100);
    expect(await page.locator('.base-map-leaflet .leaflet-pane').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'stored-markup-csp-map');
    // The charts, forms and planner map draw under it too.
    await open('/dashboard');
    await page.getByTestId('target-cards').waitFor();
    await page.getByTestId('actual-A1').click();
    await page.getByTestId('drill-items').waitFor();
    await open('/planner');
    await page.getByTestId('add-carrier-form').waitFor();
    await open('/registry/new');
    await page.locator('form').first().waitFor();
    expect(violations).toEqual([]);
  });
});
