import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MapCarrierCollection, MapCarrierFeature } from '@shared/carriers/geojson';
import { startTestApp, TEST_PASSWORD, type ApiClient, type TestApp } from '../support/api';
import { collectConsoleErrors, launchBrowser, loginThroughForm, saveScreenshot } from '../support/browser';

let app: TestApp;
let api: ApiClient;
let browser: Browser;
let page: Page;
let consoleErrors: string[];
/** Requests that left the app's own origin: the map must need no network. */
const foreignRequests: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  api = await app.as('planner');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  consoleErrors = collectConsoleErrors(page);
  page.on('request', (request) => {
    if (!request.url().startsWith(app.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  await loginThroughForm(page, app.url, 'planner', TEST_PASSWORD);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function carriersFromApi(query = ''): Promise<MapCarrierFeature[]> {
  const reply = await api.get<MapCarrierCollection>(`/api/carriers.geojson${query ? `?${query}` : ''}`);
  expect(reply.status).toBe(200);
  return reply.body.features;
}

/** Carriers the map should draw: located, and not abroad (those are listed apart). */
function drawable(features: MapCarrierFeature[]): MapCarrierFeature[] {
  return features.filter((feature) => feature.geometry !== null && !feature.properties.flags.includes('abroad'));
}

async function count(testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-count'));
}

async function openMap(search = ''): Promise<void> {
  await page.goto(`${app.url}/map${search}`);
  await page.getByTestId('drawn-count').waitFor();
}

/** Waits for the deferred re-render after a filter or slider change to settle on a number. */
async function drawnCountSettlesAt(expected: number): Promise<void> {
  await expect.poll(() => count('drawn-count'), { timeout: 5_000 }).toBe(expected);
}

describe('the carrier map', () => {
  it('draws as many carriers as the API returns, and lists the rest apart', async () => {
    const all = await carriersFromApi();
    expect(all.length).toBeGreaterThan(50);
    await openMap();
    expect(await count('drawn-count')).toBe(drawable(all).length);
    expect((await count('drawn-count')) + (await count('apart-count'))).toBe(all.length);
  });

  it('lists the Stuttgart offshore centre beside the map instead of drawing it', async () => {
    await openMap();
    await expect.poll(() => page.getByTestId('apart-list').textContent()).toContain('斯图加特');
  });

  it('draws fewer carriers when a filter is applied, exactly as many as the API finds for it', async () => {
    await openMap();
    const before = await count('drawn-count');
    await page.getByRole('checkbox', { name: '众创空间' }).check();
    const makerspaces = drawable(await carriersFromApi('kind=makerspace')).length;
    await drawnCountSettlesAt(makerspaces);
    expect(makerspaces).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('makerspace');
  });

  it('agrees with the API for combined filters read from the URL', async () => {
    const query = 'region=taicang&minTier=provincial&status=open&industry=biomedicine,equipment';
    const expected = drawable(await carriersFromApi(query)).length;
    expect(expected).toBeGreaterThan(0);
    await openMap(`?${query}`);
    await drawnCountSettlesAt(expected);
  });

  it('at the slider year 2020 shows only carriers with area open on 2020-12-31', async () => {
    await openMap();
    await page.getByRole('checkbox', { name: '按年份回放' }).check();
    await page.getByTestId('year-slider').fill('2020');
    await expect.poll(() => page.getByTestId('map-moment').textContent()).toContain('2020');
    const openBy2020 = drawable(await carriersFromApi()).filter((feature) =>
      feature.properties.phases.some((phase) => phase.o !== null && phase.o <= '2020-12-31' && (phase.c === null || phase.c > '2020-12-31')),
    );
    await drawnCountSettlesAt(openBy2020.length);
    expect(openBy2020.length).toBeLessThan(drawable(await carriersFromApi()).length);
    await saveScreenshot(page, 'map-2020');
  });

  it('opens a popup with the carrier’s name when it is clicked, then its details', async () => {
    const carrier = drawable(await carriersFromApi()).find((feature) => feature.properties.name.includes('MOBO'))!;
    expect(carrier).toBeDefined();
    await openMap(`?q=${encodeURIComponent(carrier.properties.name)}`);
    await drawnCountSettlesAt(1);
    // A name search frames what it found, so the one match sits in the middle of the map.
    const box = (await page.locator('.base-map-leaflet').boundingBox())!;
    const popup = page.getByTestId('carrier-popup');
    // The map may still be gliding to the match: click the middle until the popup opens, rather than after a fixed wait.
    await expect
      .poll(async () => {
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        return (await popup.count()) > 0 ? popup.textContent() : '';
      }, { timeout: 10_000 })
      .toContain(carrier.properties.name);
    await popup.getByRole('button', { name: '查看详情' }).click();
    const details = page.getByTestId('detail-panel');
    await expect.poll(() => details.textContent()).toContain('分期');
    expect(await details.textContent()).toContain(carrier.properties.name);
    await saveScreenshot(page, 'map-popup-details');
  });

  it('draws the same carriers in English as in Chinese, with the screen’s heading and controls translated', async () => {
    await openMap();
    const drawn = await count('drawn-count');
    expect(drawn).toBeGreaterThan(50);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await saveScreenshot(page, 'map');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Carrier map', { exact: true }).first().waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('checkbox', { name: '众创空间' }).count()).toBe(0);
    await drawnCountSettlesAt(drawn);
    await saveScreenshot(page, 'map-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('checkbox', { name: '众创空间' }).waitFor();
  });

  it('logged no console errors while the map was drawn, filtered and clicked', async () => {
    // Opened here too, so the check has a page to look at when this test runs alone.
    await openMap('?kind=makerspace');
    expect(await count('drawn-count')).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('asked nothing of any other host: no tiles unless configured', async () => {
    const requests: string[] = [];
    const seen = (request: { url(): string }) => requests.push(request.url());
    page.on('request', seen);
    try {
      await openMap();
      expect(await count('drawn-count')).toBeGreaterThan(0);
    } finally {
      page.off('request', seen);
    }
    expect(requests.some((url) => url.startsWith(`${app.url}/api/carriers.geojson`))).toBe(true);
    expect(foreignRequests).toEqual([]);
  });
});

describe('the carrier map with TILE_URL configured', () => {
  /** A 1×1 grey PNG stands in for every tile. */
  const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8+/btfwAJYAPhW4Pz4QAAAABJRU5ErkJggg==', 'base64');
  let tileServer: http.Server;
  let tiledApp: TestApp;
  const tileRequests: string[] = [];

  beforeAll(async () => {
    tileServer = http.createServer((request, response) => {
      tileRequests.push(request.url ?? '');
      response.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' }).end(TILE);
    });
    await new Promise<void>((resolve) => tileServer.listen(0, '127.0.0.1', () => resolve()));
    const { port } = tileServer.address() as { port: number };
    tiledApp = await startTestApp({ seed: true, config: { tileUrl: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png` } });
  }, 120_000);

  afterAll(async () => {
    await tiledApp?.close();
    tileServer?.close();
  });

  it('draws raster tiles under the outlines, allowed by the content security policy', async () => {
    const tiledPage = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors = collectConsoleErrors(tiledPage);
    await loginThroughForm(tiledPage, tiledApp.url, 'planner', TEST_PASSWORD);
    await tiledPage.goto(`${tiledApp.url}/map`);
    await tiledPage.getByTestId('drawn-count').waitFor();
    await expect.poll(() => tiledPage.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(tileRequests.every((url) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await tiledPage.close();
  });
});
