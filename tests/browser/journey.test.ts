import { sql } from 'kysely';
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { checkDigitFor } from '../../src/domain/resident-id';
import { startApiHost, type ApiHost } from '../support/api-host';
import { availableEngines } from '../support/engines';
import {
  checkH5Build,
  chromiumAvailable,
  fontSizePx,
  labelContrast,
  launchChromium,
  type LabelContrast,
  newPhoneContext,
  screenshotter,
  tappableBoxes,
  watchErrors,
} from './support/browser';

/**
 * The built H5 app (dist/h5) in real Chromium, served by the real host over a fresh
 * database: one resident's journey from the home page to a read message.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(30_000);

const FIRST17 = '22032319650304203';
const VALID_ID = FIRST17 + checkDigitFor(FIRST17);
const WRONG_DIGIT = checkDigitFor(FIRST17) === '0' ? '1' : '0';
const INVALID_ID = FIRST17 + WRONG_DIGIT;
const MASKED_VALID_ID = `${VALID_ID.slice(0, 4)}${'*'.repeat(10)}${VALID_ID.slice(-4)}`;
const NEW_MEMBER = { name: '王秀兰', phone: '13904349876', relation: '配偶' };
const MASKED_ID_PATTERN = /2203\*{10}\d{3}[\dX]/;

/** A page's visible text: what a person can read, hidden Taro pages excluded. */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

describeInBrowser.each(availableEngines())('H5 app in Chromium on %s', (engine) => {
  let host: ApiHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const apiCalls: Array<{ fn: string; action: string }> = [];
  /** Button labels measured along the way, asserted legible by their own test at the end. */
  const buttonLabels: Array<LabelContrast & { where: string }> = [];
  const measureLabels = async (where: string, buttons: Locator) => {
    for (const button of await buttons.filter({ visible: true }).all()) {
      buttonLabels.push({ where, ...(await labelContrast(button)) });
    }
  };
  const shot = screenshotter(engine);

  const visible = (text: string | RegExp) => page.getByText(text).filter({ visible: true }).first();
  const tapTab = async (label: '首页' | '消息' | '我的') => {
    await page.locator('.weui-tabbar__item').filter({ hasText: label }).click();
    await page.waitForURL(new RegExp(`#/pages/${{ 首页: 'index', 消息: 'messages', 我的: 'mine' }[label]}/index`));
  };
  /**
   * The H5 picker column takes taps on its own host (a gradient mask lies over the rows),
   * so tap where the option is drawn, as a finger would, once the slide-up has settled.
   */
  const tapPickerOption = async (picker: Locator, label: string) => {
    await picker.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    const box = await picker.locator('.weui-picker__item', { hasText: label }).boundingBox();
    if (!box) throw new Error(`picker option ${label} is not drawn`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  /** Where a string sits in the live DOM (markup and input values), or null: for readable failures. */
  const whereInDom = async (needle: string | RegExp) => {
    const html = await page.evaluate(() => {
      const values = Array.from(document.querySelectorAll('input')).map((input) => `<input value="${input.value}">`);
      return document.body.outerHTML + values.join('');
    });
    const match = typeof needle === 'string' ? html.indexOf(needle) : html.search(needle);
    return match < 0 ? null : html.slice(Math.max(0, match - 300), match + 60);
  };
  const countMembers = async () => {
    const row = await host.app.db
      .selectFrom('members')
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const seniorMeasurements = async () => {
    const mine = page.locator('.mine-page').filter({ visible: true });
    return {
      body: await fontSizePx(mine.locator('.body-text').filter({ visible: true }).first()),
      keyFigure: await fontSizePx(mine.locator('.key-figure').filter({ visible: true }).first()),
      tappables: await tappableBoxes(mine, '.tappable'),
    };
  };

  beforeAll(async () => {
    [host, browser] = await Promise.all([startApiHost(engine), launchChromium()]);
    checkH5Build(host.app.config.h5Dir);
    context = await newPhoneContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(8_000);
    errors = watchErrors(page);
    page.on('request', (request: Request) => {
      const match = /\/api\/([\w-]+)$/.exec(new URL(request.url()).pathname);
      if (!match || request.method() !== 'POST') return;
      const action = (request.postDataJSON() as { action?: string } | null)?.action ?? '';
      apiCalls.push({ fn: match[1], action });
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.close();
  });

  it('opens on the home page with the four services', async () => {
    await page.goto(`${host.baseUrl}/`);
    await page.waitForURL(/#\/pages\/index\/index/);
    for (const service of ['暖心就医', '温暖供热', '助老餐厅', '零工驿站']) {
      await expect(visible(service).waitFor()).resolves.toBeUndefined();
    }
    await visible('您好，欢迎使用暖民心').waitFor();
    await shot(page, 1, 'home-services');
  });

  it('logs in as 代先生 on 我的 and shows the family with masked ID numbers only', async () => {
    await tapTab('我的');
    await page.locator('#persona-resident-1').waitFor();
    await measureLabels('login card', page.locator('.login-card taro-button-core'));
    await page.locator('#persona-resident-1').click();
    await visible('代玉贤').waitFor();
    await visible('代先生').waitFor();
    await visible('代建国').waitFor();
    await measureLabels('我的', page.locator('.mine-page taro-button-core'));

    const row = page.locator('.member-row').filter({ hasText: '代玉贤' });
    const idLine = (await row.locator('.member-id-masked').innerText()).trim();
    expect(idLine).toMatch(MASKED_ID_PATTERN);
    expect(await row.getAttribute('data-member-id')).toBeTruthy();

    const text = await visibleText(page);
    // No 18-character ID number in full anywhere on the page, visible or not.
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(await whereInDom(/2203\d{13}[\dX]/)).toBeNull();
    await shot(page, 2, 'mine-logged-in');
  });

  it('refuses an ID number with a wrong check digit and creates no member', async () => {
    const before = await countMembers();
    await page.locator('#member-add').click();
    await page.waitForURL(/#\/packages\/account\/pages\/member-edit\/index/);
    await page.locator('#member-name input').fill(NEW_MEMBER.name);
    await page.locator('#member-id-number input').fill(INVALID_ID);
    await page.locator('#member-phone input').fill(NEW_MEMBER.phone);

    await page.locator('#member-relation').click();
    const picker = page.locator('.weui-picker').filter({ visible: true });
    await tapPickerOption(picker, NEW_MEMBER.relation);
    await picker.locator('.weui-picker__action', { hasText: '确定' }).click();
    await expect(page.locator('#member-relation').innerText()).resolves.toBe(NEW_MEMBER.relation);

    await page.locator('#member-consent input').check();
    await expect(page.locator('#member-consent input').isChecked()).resolves.toBe(true);

    await page.locator('#member-submit').click();
    const error = page.locator('.field-error-idNumber').filter({ visible: true });
    await error.waitFor();
    expect((await error.innerText()).trim()).toBe('身份证号校验位不正确，请核对');
    await measureLabels('member form', page.locator('#member-submit'));
    await shot(page, 3, 'member-invalid-id');

    expect(apiCalls.filter((c) => c.action === 'addMember')).toEqual([]);
    expect(await countMembers()).toBe(before);
    expect(page.url()).toMatch(/member-edit/);
  });

  it('saves the member once the ID is corrected and lists it with the masked ID', async () => {
    const before = await countMembers();
    await page.locator('#member-id-number input').fill(VALID_ID);
    await expect(page.locator('.field-error-idNumber').count()).resolves.toBe(0);
    await page.locator('#member-submit').click();

    await page.waitForURL(/#\/pages\/mine\/index/);
    // The form page slides away and leaves the DOM, taking the typed number with it.
    await page.locator('.member-edit-page').waitFor({ state: 'detached' });
    const row = page.locator('.member-row').filter({ hasText: NEW_MEMBER.name }).filter({ visible: true });
    await row.waitFor();
    expect((await row.locator('.member-id-masked').innerText()).trim()).toBe(`身份证 ${MASKED_VALID_ID}`);
    await expect(row.locator('.member-relation-label').innerText()).resolves.toBe(NEW_MEMBER.relation);

    expect(apiCalls.filter((c) => c.action === 'addMember')).toHaveLength(1);
    expect(await countMembers()).toBe(before + 1);
    expect(await visibleText(page)).not.toContain(VALID_ID);
    expect(await whereInDom(VALID_ID)).toBeNull();
    await shot(page, 4, 'member-added');
  });

  it('enlarges text and touch targets in 长辈模式', async () => {
    const normal = await seniorMeasurements();
    expect(normal.body).toBeCloseTo(16, 0);

    const onMine = page.locator('.mine-page').filter({ visible: true }).getByRole('checkbox', { name: '长辈模式' });
    await onMine.check();
    await expect(onMine.isChecked()).resolves.toBe(true);
    await page.locator('.mine-page.senior').filter({ visible: true }).waitFor();

    const senior = await seniorMeasurements();
    expect(senior.body).toBeGreaterThanOrEqual(24);
    expect(senior.keyFigure).toBeGreaterThanOrEqual(40);
    expect(senior.tappables.some((box) => box.width >= 60 && box.height >= 60)).toBe(true);
    expect(senior.tappables.filter((box) => box.width < 60 || box.height < 60)).toEqual([]);
    await shot(page, 5, 'senior-mode-on');
  });

  it('keeps 长辈模式 on after a reload', async () => {
    await page.reload();
    await page.waitForURL(/#\/pages\/mine\/index/);
    await visible(NEW_MEMBER.name).waitFor();
    await page.locator('.mine-page.senior').filter({ visible: true }).waitFor();
    await expect(page.getByRole('checkbox', { name: '长辈模式' }).filter({ visible: true }).isChecked()).resolves.toBe(true);

    const stored = await page.evaluate(() => localStorage.getItem('nmx-senior-mode'));
    expect(stored).toContain('true');

    const senior = await seniorMeasurements();
    expect(senior.body).toBeGreaterThanOrEqual(24);
    expect(senior.keyFigure).toBeGreaterThanOrEqual(40);
    expect(senior.tappables.some((box) => box.width >= 60 && box.height >= 60)).toBe(true);
    expect(senior.tappables.filter((box) => box.width < 60 || box.height < 60)).toEqual([]);
    await shot(page, 6, 'senior-mode-after-reload');
  });

  it('lists the 家庭成员已添加 message as unread on 消息 and marks it read when tapped', async () => {
    await tapTab('消息');
    const message = page.locator('.message-row').filter({ hasText: '家庭成员已添加' }).filter({ visible: true });
    await message.waitFor();
    await expect(message.innerText()).resolves.toContain(NEW_MEMBER.name);
    // Written at the host's 10:00 Beijing time (02:00Z).
    await expect(message.locator('.message-time').innerText()).resolves.toContain('11月29日 10:00');
    await expect(message.locator('.unread-mark').count()).resolves.toBe(1);
    await visible('1条未读').waitFor();
    const tabBadge = page.locator('.weui-tabbar__item').filter({ hasText: '消息' }).locator('.weui-badge');
    await expect(tabBadge.innerText()).resolves.toBe('1');

    const markRead = page.waitForResponse(
      (response) => /\/api\/account$/.test(response.url()) && response.request().postDataJSON()?.action === 'markRead',
    );
    // The notice is about a new family member: tapping it marks it read and opens 我的.
    await message.click();
    await page.waitForURL(/#\/pages\/mine\/index/);
    await tabBadge.waitFor({ state: 'hidden' });
    await tapTab('消息');
    await message.locator('.unread-mark').waitFor({ state: 'detached' });
    await visible('全部已读').waitFor();
    expect(await (await markRead).json()).toMatchObject({ ok: true });
    const stored = await host.app.db
      .selectFrom('messages')
      .select(['title', 'read_at'])
      .where('title', '=', '家庭成员已添加')
      .executeTakeFirstOrThrow();
    expect(stored.read_at).not.toBeNull();
    await shot(page, 7, 'message-read');
  });

  it('shows the login card to a fresh browser that opens 我的 without logging in', async () => {
    const fresh = await newPhoneContext(browser);
    fresh.setDefaultTimeout(8_000);
    try {
      const other = await fresh.newPage();
      const otherErrors = watchErrors(other);
      await other.goto(`${host.baseUrl}/#/pages/mine/index`);
      await other.getByText('登录暖民心').filter({ visible: true }).waitFor();
      await other.locator('#persona-resident-1').filter({ visible: true }).waitFor();
      await expect(other.locator('#persona-resident-1').innerText()).resolves.toContain('代先生');
      await expect(other.locator('#dev-new-user').innerText()).resolves.toContain('新用户体验');
      await expect(other.locator('.member-row').count()).resolves.toBe(0);
      // 长辈模式 is a per-device preference: a fresh browser starts in normal size.
      await expect(other.locator('.mine-page.senior').count()).resolves.toBe(0);
      await shot(other, 8, 'fresh-browser-login-card');
      expect(otherErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('draws every enabled button label legibly against its background', () => {
    // WCAG 1.4.11 floor (3:1); a label drawn in Taro's faded "disabled" colour falls far below it.
    expect(buttonLabels.length).toBeGreaterThan(5);
    const faint = buttonLabels.filter((label) => label.ratio < 3);
    expect(faint).toEqual([]);
  });

  it('raised no page or console errors anywhere in the journey', () => {
    expect(errors).toEqual([]);
  });
});
