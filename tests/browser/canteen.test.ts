import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startApiHost, type ApiHost } from '../support/api-host';
import { availableEngines } from '../support/engines';
import { checkH5Build, chromiumAvailable, fontSizePx, launchChromium, screenshotter, watchErrors } from './support/browser';
import { presetContext } from './support/session';
import { expectSizes } from './support/screen-sizes';

/**
 * 助老餐厅 in the built H5 app (dist/h5), in real Chromium at 390×844 against the real host.
 * In 长辈模式, 代先生 (resident-1) finds the canteens near his community after saying no to
 * sharing his location, orders tomorrow's lunch at 永胜 for his 94-year-old mother 代玉贤 at
 * 0 元 (90岁以上免费), finds it in 我的订餐 and cancels it before the cutoff. Then 永胜's
 * manager publishes a meal, sees why an ordered meal's dishes are locked, counts the kitchen's
 * meals and verifies a waiting claim. The host's clock stands at 2026-11-29 10:00 China time
 * (orders for 11月30日 close at 11月29日 20:00); the browser's clock is set to the same moment.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(90_000);

const NOW = '2026-11-29T02:00:00Z';
const TOMORROW = '2026-11-30';
const UNPUBLISHED_DAY = '2026-12-08'; // demo menus cover the coming week only
/** 永胜街道社区食堂 as a GPS (WGS-84) fix: the browser's answer, which the app moves onto China's maps. */
const NEAR_YONGSHENG = { latitude: 43.3426, longitude: 125.3004 };

describeInBrowser.each(availableEngines())('助老餐厅 in Chromium on %s', (engine) => {
  let host: ApiHost;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const shot = screenshotter(`canteen-${engine}`);
  let step = 0;

  async function open(persona: string, senior: boolean): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    contexts.push(context);
    await context.clock.setFixedTime(new Date(NOW));
    await presetContext(context, host, { persona, senior });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return { page, context, errors: watchErrors(page) };
  }
  const screen = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();
  const snap = async (page: Page, name: string) => {
    // Let Taro's page slide-in finish, or the picture catches an empty frame.
    await page.waitForTimeout(400);
    return shot(page, ++step, name);
  };
  /** Brings an element to the top of the screen, below the title bar, for a picture. */
  const toTop = (locator: Locator) => locator.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -96);
  });

  /** 长辈模式 on the current screen: body ≥ 18 CSS px, key figures ≥ 30, tap targets ≥ 56×56 (the audit's floors). */
  const expectSeniorSizes = async (scope: Locator) => {
    await scope.locator('.page.senior').first().waitFor();
    await expectSizes(scope, { body: 18, figure: 30, tap: 56 });
  };

  beforeAll(async () => {
    [host, browser] = await Promise.all([startApiHost(engine, { now: NOW }), launchChromium()]);
    checkH5Build(host.app.config.h5Dir);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await host?.close();
  });

  describe('the son orders tomorrow’s lunch for his 94-year-old mother in 长辈模式, then cancels it', () => {
    let page: Page;
    let context: BrowserContext;
    let errors: string[];

    beforeAll(async () => {
      ({ page, context, errors } = await open('resident-1', true));
    });

    it('opens 助老餐厅 from the home card; without his location it offers his community instead', async () => {
      await page.goto(`${host.baseUrl}/#/pages/index/index`);
      await page.locator('#service-canteen').click();
      await page.waitForURL(/#\/packages\/canteen\/pages\/index\/index/);
      const home = screen(page);
      await home.locator('.canteen-card').first().waitFor();
      // The reason is on screen before anything is asked.
      await expect(home.locator('#location-reason').innerText()).resolves.toContain('位置只用于这次查找，不会保存');
      await expectSeniorSizes(home);
      await snap(page, 'canteens-before-place');

      // He has not allowed the browser to share his location: the app says so and shows the communities.
      await home.locator('#use-location').click();
      await home.locator('.location-failed').waitFor();
      await expect(home.locator('.location-failed').innerText()).resolves.toContain('请选择您住的小区');
      await home.locator('#community-cm-yucai').waitFor();
      await snap(page, 'location-refused-communities');

      await home.locator('#community-cm-yucai').click();
      await home.locator('.place-now').filter({ hasText: '育才小区' }).waitFor();
      await home.locator('.walk-minutes').first().waitFor();
      // Nearest first; those within a 15-minute walk say so.
      const minutes = (await home.locator('.walk-minutes').allInnerTexts()).map((text) => Number(/\d+/.exec(text)![0]));
      expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
      const yongsheng = home.locator('.canteen-card[data-canteen-id="cn-yongsheng"]');
      await expect(yongsheng.innerText()).resolves.toContain('一刻钟内');
      await expect(yongsheng.locator('.walk-minutes').innerText()).resolves.toBe('步行约5分钟');
      await expect(home.locator('.circle-summary').innerText()).resolves.toMatch(/^一刻钟内步行可到\d+家$/);
      await expectSeniorSizes(home);
      await toTop(home.locator('.circle-summary'));
      await snap(page, 'canteens-near-yucai');
    });

    it('measures from his location once he allows it', async () => {
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation(NEAR_YONGSHENG);
      const home = screen(page);
      await home.locator('#use-location').click();
      await home.locator('.place-now').filter({ hasText: '按您现在的位置' }).waitFor();
      // The GPS fix is moved onto China's maps (GCJ-02), where it lies beside 永胜.
      const first = home.locator('.canteen-card').first();
      await expect(first.getAttribute('data-canteen-id')).resolves.toBe('cn-yongsheng');
      await expect(first.innerText()).resolves.toContain('一刻钟内');
      await expect(first.locator('.walk-minutes').innerText()).resolves.toBe('步行约2分钟');
      await snap(page, 'canteens-near-location');
    });

    it('shows tomorrow’s menu with 代玉贤’s own price first: 0元 · 90岁以上免费, in large type', async () => {
      const home = screen(page);
      await home.locator('.canteen-card[data-canteen-id="cn-yongsheng"] .open-menu').click();
      await page.waitForURL(/#\/packages\/canteen\/pages\/menu\/index\?canteenId=cn-yongsheng/);
      const menu = screen(page);
      // The whole week is on screen at once: seven days, none beyond the right edge.
      await menu.locator('.canteen-day').nth(6).waitFor();
      await page.waitForTimeout(400);
      const overflow = await menu.locator('.page').evaluate((root) => {
        const frame = root.getBoundingClientRect();
        return Array.from(root.querySelectorAll('.canteen-day')).map((el) => Math.round(el.getBoundingClientRect().right - frame.right));
      });
      expect(overflow).toHaveLength(7);
      expect(Math.max(...overflow)).toBeLessThanOrEqual(0);
      await snap(page, 'menu-week');

      await menu.locator(`.canteen-day[data-date="${TOMORROW}"]`).click();
      await menu.locator('.member-choice').filter({ hasText: '代玉贤' }).click();
      const lunch = menu.locator('.meal-card[data-meal="lunch"]');
      await lunch.locator('.diner-price').waitFor();
      await expect(lunch.locator('.price-figure').innerText()).resolves.toBe('0元');
      await expect(lunch.locator('.rule-figure').innerText()).resolves.toContain('90岁以上免费');
      await expect(fontSizePx(lunch.locator('.price-figure'))).resolves.toBeGreaterThanOrEqual(30);
      await expect(fontSizePx(lunch.locator('.rule-figure'))).resolves.toBeGreaterThanOrEqual(30);
      await expect(lunch.locator('.base-price').innerText()).resolves.toContain('¥12.00');
      await expect(lunch.locator('.meal-cutoff').innerText()).resolves.toBe('11月29日20:00前报餐，截止前可取消');
      await expect(lunch.locator('.dish-tag').filter({ hasText: '软烂' }).count()).resolves.toBeGreaterThan(0);
      await expectSeniorSizes(menu);
      await toTop(lunch);
      await snap(page, 'menu-lunch-mother-free');
    });

    it('orders it after a check that says who, when, where, what it costs and until when it can be cancelled', async () => {
      const lunch = screen(page).locator('.meal-card[data-meal="lunch"]');
      await expect(lunch.locator('.meal-places').innerText()).resolves.toBe('还剩150份（共150份）');
      await lunch.locator('.order-meal').click();
      const check = lunch.locator('.confirm-panel');
      await check.waitFor();
      await expect(check.locator('.confirm-line').allInnerTexts()).resolves.toEqual(['永胜街道社区食堂 11:00\u201112:30', '0元（90岁以上免费）', '11月29日20:00前可取消']);
      await expect(check.locator('.confirm-title').innerText()).resolves.toBe('为代玉贤报11月30日午餐？');
      await expectSeniorSizes(screen(page));
      await toTop(check);
      await snap(page, 'order-check');
      await check.locator('.confirm-yes').click();

      await lunch.locator('.meal-ordered').waitFor();
      await expect(lunch.locator('.meal-ordered').innerText()).resolves.toContain('代玉贤已报这一餐。');
      await expect(lunch.locator('.meal-ordered').innerText()).resolves.toContain('11月29日20:00前可取消');
      await expect(lunch.locator('.meal-places').innerText()).resolves.toBe('还剩149份（共150份）');
      await toTop(lunch.locator('.meal-places'));
      await snap(page, 'menu-lunch-ordered');
    });

    it('finds the order in 我的订餐 and cancels it before the cutoff', async () => {
      await screen(page).locator('.meal-card[data-meal="lunch"] .go-orders').click();
      await page.waitForURL(/#\/packages\/canteen\/pages\/orders\/index/);
      const orders = screen(page);
      const card = orders.locator('.order-card[data-status="ordered"]');
      await card.waitFor();
      await expect(card.locator('.price-figure').innerText()).resolves.toBe('0元');
      await expect(card.locator('.order-rule').innerText()).resolves.toContain('90岁以上免费');
      await expect(card.locator('.order-when').innerText()).resolves.toBe('11月30日 午餐');
      await expect(card.locator('.cancel-by').innerText()).resolves.toBe('11月29日20:00前可取消');
      await expect(orders.locator('#tab-upcoming').innerText()).resolves.toBe('待用餐（1）');
      await expectSeniorSizes(orders);
      await snap(page, 'my-orders');

      await card.locator('.cancel-order').click();
      const check = card.locator('.confirm-panel');
      await check.waitFor();
      await expect(check.locator('.confirm-title').innerText()).resolves.toBe('取消代玉贤11月30日午餐的报餐？');
      await expect(check.innerText()).resolves.toContain('用餐前一天20:00前报餐，截止前可取消');
      await expectSeniorSizes(orders);
      await snap(page, 'cancel-check');
      await check.locator('.confirm-yes').click();

      await orders.locator('#tab-upcoming').filter({ hasText: '待用餐（0）' }).waitFor();
      await orders.locator('#tab-past').click();
      const cancelled = orders.locator('.order-card[data-status="cancelled"]');
      await cancelled.waitFor();
      await expect(cancelled.locator('.price-figure').innerText()).resolves.toBe('未收费');
      await expect(cancelled.innerText()).resolves.toContain('已取消');
      await snap(page, 'order-cancelled');
    });

    it('tells the family in 消息 that the meal was ordered and then cancelled', async () => {
      await page.goto(`${host.baseUrl}/#/pages/messages/index`);
      await page.waitForURL(/#\/pages\/messages\/index/);
      const messages = screen(page);
      await messages.getByText('报餐已取消').first().waitFor();
      await expect(messages.innerText()).resolves.toContain('代玉贤 11月30日午餐（永胜街道社区食堂）的报餐已取消，未收费。');
      await expect(messages.innerText()).resolves.toContain('报餐成功');
      await snap(page, 'messages');
      expect(errors).toEqual([]);
    });
  });

  describe('永胜’s manager publishes, counts and verifies', () => {
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      // Someone has ordered tomorrow's lunch: its dishes and price are fixed from now on.
      const token = await host.login('resident-1');
      const members = await host.call<{ members: Array<{ id: string; name: string }> }>('account', 'members', {}, { token });
      if (!members.body.ok) throw new Error('members');
      const mother = members.body.data.members.find((m) => m.name === '代玉贤')!;
      const placed = await host.call('canteen', 'order', { canteenId: 'cn-yongsheng', date: TOMORROW, meal: 'lunch', memberId: mother.id }, { token });
      if (!placed.body.ok) throw new Error(`order: ${placed.body.error.code}`);
      ({ page, errors } = await open('canteen-manager', false));
    });

    it('counts tomorrow’s lunch for the kitchen: one free meal', async () => {
      await page.goto(`${host.baseUrl}/#/packages/canteen/pages/admin/index`);
      const console_ = screen(page);
      await console_.locator(`.canteen-day[data-date="${TOMORROW}"]`).click();
      const lunch = console_.locator('.kitchen-meal[data-meal="lunch"]');
      await lunch.locator('.kitchen-ordered').filter({ hasText: '已报1份' }).waitFor();
      await expect(lunch.locator('.kind-free .key-figure').innerText()).resolves.toBe('1');
      await expect(lunch.locator('.kind-full .key-figure').innerText()).resolves.toBe('0');
      await toTop(lunch);
      await snap(page, 'manager-counts');
    });

    it('publishes a lunch on a day with no menu yet', async () => {
      await page.goto(`${host.baseUrl}/#/packages/canteen/pages/admin/index?tab=menu`);
      const editor = screen(page);
      await editor.locator(`.canteen-day[data-date="${UNPUBLISHED_DAY}"]`).click();
      await editor.locator('.menu-state').filter({ hasText: '还没有发布' }).waitFor();
      await editor.locator('#meal-lunch').click();
      await editor.locator('.meal-form[data-meal="lunch"] .menu-state').filter({ hasText: '还没有发布' }).waitFor();
      await editor.locator('.menu-price input').fill('12');
      await editor.locator('.menu-capacity input').fill('120');
      await editor.locator('.dish-name-input input').first().fill('小鸡炖蘑菇');
      await editor.locator('.dish-editor').first().getByRole('checkbox', { name: '软烂' }).click();
      await editor.locator('#publish-menu').click();
      await editor.locator('.meal-form[data-meal="lunch"] .menu-state').filter({ hasText: '已发布，已有0人报餐' }).waitFor();
      await snap(page, 'manager-published');
    });

    it('shows why tomorrow’s ordered lunch can change only its places', async () => {
      const editor = screen(page);
      await editor.locator(`.canteen-day[data-date="${TOMORROW}"]`).click();
      await editor.locator('#meal-lunch').click();
      const locked = editor.locator('.menu-locked');
      await locked.waitFor();
      await expect(locked.innerText()).resolves.toContain('已有1人报餐，菜品和价格不能再改');
      await expect(editor.locator('.dish-name-input').count()).resolves.toBe(0);
      await toTop(editor.locator('.meal-form[data-meal="lunch"]'));
      await snap(page, 'manager-menu-locked');
    });

    it('verifies 李向东’s 出租车司机 claim after seeing his licence, until the date given', async () => {
      await page.goto(`${host.baseUrl}/#/packages/canteen/pages/admin/index?tab=claims`);
      const claims = screen(page);
      const claim = claims.locator('.claim-review').filter({ hasText: '出租车司机' });
      await claim.waitFor();
      await expect(claim.innerText()).resolves.toContain('请查看：出租汽车驾驶员从业资格证');
      await expect(claim.locator('.claim-expiry').innerText()).resolves.toBe('2027年11月29日（含）');
      // 不通过 waits for a reason, and says so.
      await expect(claim.locator('.reject-claim').getAttribute('aria-disabled')).resolves.toBe('true');
      await expect(claim.innerText()).resolves.toContain('写明原因后才能点「不通过」');
      await snap(page, 'manager-claim');
      await claim.locator('.approve-claim').click();
      await claims.getByText('没有待核验的申请。').waitFor();
      await snap(page, 'manager-claims-done');
      expect(errors).toEqual([]);
    });
  });
});
