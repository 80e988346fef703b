import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';
import { saveScreenshot, launchSignedInPages, type Language, type Role, type SignedInPage, type SignedInPages } from '../support/browser';
import { CJK, RAW_KEY, textWithoutUserData } from '../support/i18nCheck';

/*
 * The registry (载体登记), review (变更审核) and admin (用户与审计) screens in headless
 * chromium against the real server on the embedded store with the seed data.
 *
 * "No Chinese in English" is the shared check of ../support/i18nCheck.ts, which says what
 * counts as user data.
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

/** A logged-in page (see launchSignedInPages) with the console errors logged since this test asked for it. */
async function openAs(role: Role, language: Language): Promise<SignedInPage> {
  return pages.open(role, language, { viewport: { width: 1360, height: 900 } });
}

/** Waits until no loading spinner is left on the screen. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .spinner').length === 0, undefined, { timeout: 15_000 });
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await settled(page);
}

function fieldError(page: Page, label: RegExp) {
  return page.locator('.field', { has: page.getByLabel(label) }).locator('.field-error');
}

const carrierName = `E2E 太仓验证孵化器 ${Date.now().toString(36)}`;

/** The leader's dashboard for Taicang at the period's end (a pinned date, not today), on the verified basis: the A1 actual in ㎡ as the card holds it. */
async function dashboardA1(page: Page): Promise<number> {
  await page.goto(`${app.url}/dashboard?asOf=2025-12-31`);
  await page.getByTestId('target-cards').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .spinner').length === 0, undefined, { timeout: 15_000 });
  return Number(await page.getByTestId('actual-A1').getAttribute('data-value'));
}

describe('a manager registers a carrier and a planner approves it', () => {
  it('shows the carrier as pending after the manager submits the form, as verified once a planner approves it, and the leader’s A1 rises by exactly its 12,345 ㎡', { timeout: 120_000 }, async () => {
    const leader = await openAs('leader', 'zh');
    const a1Before = await dashboardA1(leader.page);
    expect(a1Before).toBeGreaterThan(0);
    const manager = await openAs('manager', 'zh');
    await visit(manager.page, '/registry');
    await manager.page.getByRole('link', { name: /新增载体/ }).click();
    await manager.page.getByRole('heading', { name: '新增载体' }).waitFor();

    await manager.page.getByLabel(/^载体名称/).fill(carrierName);
    await manager.page.getByLabel(/^类型/).selectOption('incubator');
    await manager.page.getByLabel(/^区镇/).selectOption('chengxiang');
    await manager.page.getByLabel(/^状态/).selectOption('open');
    await manager.page.getByLabel(/^孵化面积/).fill('12,345');
    await manager.page.getByLabel(/^投用日期/).fill('2025-06-01');
    await manager.page.getByLabel(/^经度/).fill('121.11');
    await manager.page.getByLabel(/^纬度/).fill('31.46');
    await saveScreenshot(manager.page, 'registry-form-filled-zh');
    await manager.page.getByRole('button', { name: '提交审核' }).click();

    const outcome = manager.page.getByTestId('save-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('pending');
    expect(await outcome.textContent()).toContain(carrierName);
    const submission = manager.page.locator('.submission-table tr', { hasText: carrierName });
    await submission.waitFor();
    expect(await submission.textContent()).toContain('待审核');
    await settled(manager.page);
    await saveScreenshot(manager.page, 'registry-manager-pending-zh');
    expect(await dashboardA1(leader.page)).toBe(a1Before);

    const planner = await openAs('planner', 'zh');
    await visit(planner.page, '/review');
    const card = planner.page.locator('article.change-card', { hasText: carrierName });
    await card.waitFor();
    const diff = await card.locator('.diff-table').textContent();
    expect(diff).toContain('一期 · 孵化面积');
    expect(diff).toContain('12,345 ㎡');
    expect(diff).toContain('2025-06-01');
    await saveScreenshot(planner.page, 'review-pending-zh');
    await card.getByRole('button', { name: '通过' }).click();
    await planner.page.locator('.notice', { hasText: carrierName }).waitFor();
    expect(await planner.page.locator('article.change-card', { hasText: carrierName }).count()).toBe(0);

    await visit(manager.page, '/registry');
    const row = manager.page.locator('.carrier-table tr', { hasText: carrierName });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain('已核实');
    expect(rowText).toContain('1.23 万㎡');
    expect(await submission.textContent()).toContain('已通过');
    await saveScreenshot(manager.page, 'registry-manager-verified-zh');

    // Approved, it counts in full: opened 2025-06-01, inside 2021–2025.
    expect(await dashboardA1(leader.page)).toBe(a1Before + 12_345);

    expect(manager.errors).toEqual([]);
    expect(planner.errors).toEqual([]);
    expect(leader.errors).toEqual([]);
  });
});

describe('the location picker of the carrier form', () => {
  it('opens on the form’s region and moves to another region when one is chosen', { timeout: 60_000 }, async () => {
    const { page, errors } = await openAs('admin', 'zh');
    await visit(page, '/registry/new');
    const map = page.locator('.location-picker .base-map-leaflet');
    await map.waitFor();
    const labelOpacity = (name: string) => map.locator('.unit-label-icon', { hasText: name }).evaluate((element) => getComputedStyle(element).opacity);
    // Taicang (the form’s default region) fills the map, wide enough for its label; all of Suzhou would not be.
    await expect.poll(() => labelOpacity('太仓市')).toBe('1');
    const box = (await map.boundingBox())!;
    const inView = async (name: string) => {
      const label = (await map.locator('.unit-label-icon', { hasText: name }).boundingBox())!;
      return label.x > box.x && label.x < box.x + box.width && label.y > box.y && label.y < box.y + box.height;
    };
    expect(await inView('昆山市')).toBe(false);
    await page.getByLabel(/^地区/).selectOption('kunshan');
    await expect.poll(() => inView('昆山市')).toBe(true);
    expect(await labelOpacity('昆山市')).toBe('1');
    await saveScreenshot(page, 'registry-create-kunshan-zh');
    expect(errors).toEqual([]);
  });
});

describe('validation in the carrier form', () => {
  it('shows a field error next to its field in Chinese, moves focus to it, and shows it in English after switching language', { timeout: 60_000 }, async () => {
    const { page, errors } = await openAs('manager', 'zh');
    await visit(page, '/registry/new');
    await page.getByLabel(/^状态/).selectOption('open');
    await page.getByRole('button', { name: '提交审核' }).click();

    const nameError = fieldError(page, /^载体名称/);
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('请填写载体名称');
    const nameInput = page.getByLabel(/^载体名称/);
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
    expect(await nameInput.getAttribute('aria-describedby')).toContain(await nameError.getAttribute('id'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    await saveScreenshot(page, 'registry-form-errors-zh');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Register a carrier' }).waitFor();
    // Away from the header: a hovered link button there is drawn blue on blue (styles.css).
    await page.mouse.move(600, 400);
    expect(await fieldError(page, /^Name/).textContent()).toBe('name is required');
    await saveScreenshot(page, 'registry-form-errors-en');
    expect(errors).toEqual([]);
  });

  it('puts the server’s field error for a name already taken next to the name field', { timeout: 60_000 }, async () => {
    const { page } = await openAs('manager', 'zh');
    await visit(page, '/registry/new');
    await page.getByLabel(/^载体名称/).fill('中德MOBO科技企业孵化器');
    await page.getByLabel(/^类型/).selectOption('incubator');
    await page.getByLabel(/^孵化面积/).fill('5000');
    await page.getByRole('button', { name: '提交审核' }).click();
    const nameError = fieldError(page, /^载体名称/);
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('本地区已有同名载体');
    expect(page.url()).toMatch(/\/registry\/new$/);
  });
});

describe('editing a carrier that changed meanwhile', () => {
  it('explains the version conflict and reloads the latest version on request', { timeout: 60_000 }, async () => {
    const admin = await app.as('admin');
    const carrier = (await admin.get('/api/carriers?q=' + encodeURIComponent('中德MOBO') + '&limit=1')).body.items[0];
    const { page, errors } = await openAs('planner', 'zh');
    await visit(page, `/registry/${carrier.id}`);
    await page.getByLabel(/^运营单位/).fill('规划人员填写的运营单位');

    const meanwhile = await admin.patch(`/api/carriers/${carrier.id}`, { version: carrier.version, operator: '管理员刚改的运营单位' });
    expect(meanwhile.status).toBe(200);
    await page.getByRole('button', { name: '保存' }).click();

    const conflict = page.locator('.notice', { hasText: '在您编辑期间，该载体已被他人修改' });
    await conflict.waitFor();
    await saveScreenshot(page, 'registry-edit-conflict-zh');
    await conflict.getByRole('button', { name: '重新加载最新版本' }).click();
    await expect.poll(() => page.getByLabel(/^运营单位/).inputValue(), { timeout: 10_000 }).toBe('管理员刚改的运营单位');
    expect(await page.locator('.notice', { hasText: '在您编辑期间' }).count()).toBe(0);
    expect(errors.filter((error) => !error.includes('409'))).toEqual([]);
  });
});

describe('user administration', () => {
  it('refuses a common password with a message next to the password field, then creates the user', { timeout: 60_000 }, async () => {
    const { page, errors } = await openAs('admin', 'zh');
    await visit(page, '/admin');
    await page.getByRole('button', { name: /新建用户/ }).click();
    const username = `e2e.${Date.now().toString(36)}`;
    await page.getByLabel(/^用户名/).fill(username);
    await page.getByLabel(/^姓名或称呼/).fill('园区 测试经理');
    await page.getByLabel(/^初始密码/).fill('password');
    await page.locator('form.create-user').getByRole('button', { name: '新建用户' }).click();
    const passwordError = fieldError(page, /^初始密码/);
    await passwordError.waitFor();
    expect(await passwordError.textContent()).toBe('该密码过于常见，请换一个');
    await saveScreenshot(page, 'admin-user-password-error-zh');

    await page.getByLabel(/^初始密码/).fill('太仓科创载体 2025 春');
    await page.locator('form.create-user').getByRole('button', { name: '新建用户' }).click();
    await page.locator('.notice', { hasText: username }).waitFor();
    await page.locator(`tr[data-username="${username}"]`).waitFor();
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
  });
});

describe('import and export on the registry', () => {
  const header = '载体名称,类型,地区,区镇,孵化面积(㎡),建筑面积(㎡),状态,开工日期,投用日期';
  const suffix = Date.now().toString(36);
  const csv = (rows: string[]) => ({ name: 'carriers.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });

  it('lists each row’s error from the dry run and keeps the import disabled until a clean file is checked, then submits it for review', { timeout: 90_000 }, async () => {
    const { page, errors } = await openAs('manager', 'zh');
    await visit(page, '/registry');
    const picker = page.locator('.transfer-panel input[type="file"]');
    const commit = page.locator('.transfer-panel').getByRole('button', { name: /^导入/ });

    // The server answers this small file at once; held back, the progress bar can be seen.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/carriers/import?dryRun=true', async (route) => {
      await held;
      await route.continue();
    });
    await picker.setInputFiles(
      csv([`导入甲孵化器 ${suffix},孵化器,太仓市,城厢镇,10000,12000,投用,2021-03-01,2023-06-01`, `导入乙众创空间 ${suffix},众创空间,太仓市,沙溪镇,800,,投用,,`]),
    );
    await page.getByRole('progressbar').waitFor();
    expect(await picker.isDisabled()).toBe(true);
    await saveScreenshot(page, 'registry-import-progress-zh');
    release();
    const errorRow = page.locator('.import-errors tbody tr');
    await errorRow.first().waitFor();
    expect(await errorRow.count()).toBe(1);
    expect(await errorRow.first().textContent()).toMatch(/^3投用日期已投用的分期必须填写投用日期$/);
    expect(await commit.isDisabled()).toBe(true);
    await saveScreenshot(page, 'registry-import-errors-zh');

    await picker.setInputFiles(
      csv([`导入甲孵化器 ${suffix},孵化器,太仓市,城厢镇,10000,12000,投用,2021-03-01,2023-06-01`, `导入乙众创空间 ${suffix},众创空间,太仓市,沙溪镇,800,,投用,,2024-09-01`]),
    );
    await page.locator('.import-report', { hasText: '未发现错误' }).waitFor();
    expect(await page.locator('.import-preview tbody tr').count()).toBe(2);
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    await page.locator('.transfer-panel .notice', { hasText: '已提交 2 家载体，等待规划人员审核' }).waitFor();
    await page.locator('.submission-table tr', { hasText: `导入乙众创空间 ${suffix}` }).waitFor();
    await saveScreenshot(page, 'registry-import-done-zh');
    expect(errors).toEqual([]);
  });

  it('exports what the list shows, with the filters of the list', { timeout: 60_000 }, async () => {
    const { page } = await openAs('planner', 'zh');
    await visit(page, '/registry?kind=accelerator&region=taicang');
    const exportCsv = page.getByRole('link', { name: '导出 CSV' });
    const href = await exportCsv.getAttribute('href');
    expect(href).toBe('/api/carriers/export?kind=accelerator&region=taicang&format=csv');
    const reply = await page.request.get(`${app.url}${href}`);
    expect(reply.status()).toBe(200);
    const body = await reply.text();
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const everything = await page.request.get(`${app.url}/api/carriers/export?format=csv`);
    const lines = (text: string) => text.trim().split('\n').length;
    expect(lines(body)).toBeGreaterThan(1);
    expect(lines(body)).toBeLessThan(lines(await everything.text()));
  });
});

describe('the screens in both languages', () => {
  /** A pending edit and a pending create, so the review queue has both kinds of diff to show. */
  beforeAll(async () => {
    const manager = await app.as('manager');
    const mine = (await manager.get('/api/carriers?mine=true&limit=1')).body.items[0];
    const phase = mine.phases[0];
    editPath = `/registry/${mine.id}`;
    await manager.patch(`/api/carriers/${mine.id}`, {
      version: mine.version,
      phases: [{ ...phase, incubationAreaM2: (phase.incubationAreaM2 ?? 1000) + 1500 }, ...mine.phases.slice(1)],
    });
    await manager.post('/api/carriers', {
      name: `E2E 待审核众创空间 ${Date.now().toString(36)}`,
      kind: 'makerspace',
      region: 'taicang',
      district: 'shaxi',
      phases: [{ label: '一期', status: 'under_construction', incubationAreaM2: 800, constructionStartedOn: '2025-03-01' }],
      recognitions: [{ tier: 'county', year: 2025 }],
    });
  }, 60_000);

  let editPath = '';
  const screens: { role: Role; path: () => string; name: string }[] = [
    { role: 'manager', path: () => '/registry', name: 'registry-manager' },
    { role: 'admin', path: () => '/registry', name: 'registry-all' },
    { role: 'admin', path: () => '/registry/new', name: 'registry-create' },
    { role: 'manager', path: () => editPath, name: 'registry-edit' },
    { role: 'planner', path: () => '/review', name: 'review' },
    { role: 'admin', path: () => '/admin', name: 'admin-users' },
    { role: 'admin', path: () => '/admin/audit', name: 'admin-audit' },
  ];

  it('leaves no Chinese text and no raw i18n key on the registry, review and admin screens with English selected', { timeout: 120_000 }, async () => {
    for (const screen of screens) {
      const { page } = await openAs(screen.role, 'en');
      await visit(page, screen.path());
      await saveScreenshot(page, `${screen.name}-en`);
      const text = await textWithoutUserData(page);
      expect({ screen: screen.name, cjk: text.match(CJK) ?? [] }).toEqual({ screen: screen.name, cjk: [] });
      expect({ screen: screen.name, keys: text.match(RAW_KEY) ?? [] }).toEqual({ screen: screen.name, keys: [] });
    }
  });

  it('saves a screenshot of every screen in Chinese', { timeout: 120_000 }, async () => {
    for (const screen of screens) {
      const { page } = await openAs(screen.role, 'zh');
      await visit(page, screen.path());
      // The same text check as in English finds Chinese here, so its silence in English means something.
      expect(await textWithoutUserData(page)).toMatch(new RegExp(CJK.source));
      await saveScreenshot(page, `${screen.name}-zh`);
    }
  });

  it('shows the empty review queue once everything is decided', { timeout: 60_000 }, async () => {
    const planner = await app.as('planner');
    const pending = (await planner.get('/api/changes?status=pending')).body.items as { id: string }[];
    expect(pending.length).toBeGreaterThan(0);
    for (const change of pending) {
      const rejected = await planner.post(`/api/changes/${change.id}/reject`, { reason: 'E2E: cleared for the empty state' });
      expect(rejected.status).toBe(200);
      expect(rejected.body.change).toMatchObject({ id: change.id, status: 'rejected', reason: 'E2E: cleared for the empty state' });
    }
    expect((await planner.get('/api/changes?status=pending')).body.items).toEqual([]);
    for (const language of ['zh', 'en'] as const) {
      const { page } = await openAs('planner', language);
      await visit(page, '/review');
      await page.locator('.status-empty').waitFor();
      expect(await page.locator('.change-card').count()).toBe(0);
      await saveScreenshot(page, `review-empty-${language}`);
    }
  });
});
