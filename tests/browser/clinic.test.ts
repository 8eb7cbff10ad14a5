import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startApiHost, type ApiHost } from '../support/api-host';
import { expectSizes, JOURNEY_FLOORS } from './support/screen-sizes';
import { availableEngines } from '../support/engines';
import { chromiumAvailable, fontSizePx, launchChromium, newPhoneContext, screenshotter, watchErrors } from './support/browser';

/**
 * 暖心就医 in the built H5 app (dist/h5), in real Chromium against the real host, all in
 * 长辈模式: 代先生 books a paid visit for his mother, then a free same-illness revisit inside
 * the three-day window, then cancels the first visit and sees the revisit charged again.
 * The browser keeps real time; every booking rule runs on the host's clock (2026-11-29 10:00).
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(60_000);

const SCOPE = 'hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology';
const FIRST_VISIT = '2026-11-30';
const REVISIT = '2026-12-02';
const segment = (date: string, n: number) => `seg_c-first-old-cardiology_${date.replace(/-/g, '')}_${n}`;

describeInBrowser.each(availableEngines())('暖心就医 in Chromium on %s', (engine) => {
  let host: ApiHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const shot = screenshotter(`clinic-${engine}`);
  let step = 0;
  const snap = async (name: string) => {
    // Let Taro's page slide-in finish, or the picture catches an empty frame.
    await page.waitForTimeout(400);
    return shot(page, ++step, name);
  };

  /** The screen a person sees: Taro keeps earlier pages in the DOM, hidden. */
  const screen = () => page.locator('.taro_page').filter({ visible: true }).last();
  const visible = (text: string | RegExp) => page.getByText(text).filter({ visible: true }).first();
  const tapTab = async (label: '首页' | '消息' | '我的') => {
    await page.locator('.weui-tabbar__item').filter({ hasText: label }).click();
    await page.waitForURL(new RegExp(`#/pages/${{ 首页: 'index', 消息: 'messages', 我的: 'mine' }[label]}/index`));
  };

  /** 长辈模式 on the current screen: body ≥ 24 CSS px, key figures ≥ 40, tap targets ≥ 60×60. */
  const expectSeniorSizes = async (scope: Locator = screen()) => {
    await scope.locator('.page.senior').first().waitFor();
    await expectSizes(scope, JOURNEY_FLOORS.senior);
  };

  const openSchedule = async () => {
    await page.goto(`${host.baseUrl}/#/packages/clinic/pages/schedule/index?${SCOPE}`);
    await page.waitForURL(/#\/packages\/clinic\/pages\/schedule\/index/);
  };

  const bookFor = async (date: string, n: number) => {
    await screen().locator(`.day-chip[data-date="${date}"]`).click();
    const card = screen().locator(`.slot-card[data-slot-id="${segment(date, n)}"]`);
    await card.waitFor();
    await expect(card.getAttribute('class')).resolves.not.toContain('disabled');
    await card.click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/confirm\/index/);
    await screen().locator('.member-choice').filter({ hasText: '代玉贤' }).click();
  };

  beforeAll(async () => {
    [host, browser] = await Promise.all([startApiHost(engine), launchChromium()]);
    context = await newPhoneContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.close();
  });

  it('switches on 长辈模式 and logs in as 代先生', async () => {
    await page.goto(`${host.baseUrl}/`);
    await page.waitForURL(/#\/pages\/index\/index/);
    await tapTab('我的');
    // 首页 has the switch too: take the one on 我的 once 我的 is on screen.
    await page.locator('.mine-page').filter({ visible: true }).getByRole('checkbox', { name: '长辈模式' }).check();
    await page.locator('.mine-page.senior').filter({ visible: true }).waitFor();
    await page.locator('#persona-resident-1').click();
    await visible('代玉贤').waitFor();
    await snap('mine-senior-logged-in');
  });

  it('chooses 县第一人民医院 → 老院区 → 心血管内科 on big cards', async () => {
    await tapTab('首页');
    await visible('暖心就医').click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/index\/index/);
    await screen().locator('#hospital-h-first').click();
    await screen().locator('#campus-c-first-old').waitFor();
    await snap('clinic-campus');
    await expectSeniorSizes();
    await screen().locator('#campus-c-first-old').click();
    await screen().locator('#department-c-first-old-cardiology').waitFor();
    await expectSeniorSizes();
    await snap('clinic-departments');
    await screen().locator('#department-c-first-old-cardiology').click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/schedule\/index\?.*departmentId=c-first-old-cardiology/);
    await screen().locator(`.day-chip[data-date="2026-11-29"]`).waitFor();
    // The host's today comes first; 10:00 has passed, so the 08:00-09:00 segment is over.
    await screen().locator(`.slot-card[data-slot-id="${segment('2026-11-29', 1)}"]`).waitFor();
    await expect(screen().locator(`.slot-card[data-slot-id="${segment('2026-11-29', 1)}"]`).innerText()).resolves.toContain('已结束');
    await expectSeniorSizes();
    await snap('schedule-today');
  });

  it('books 11月30日 for 代玉贤 at ¥8.00 and shows the three-day free window', async () => {
    await bookFor(FIRST_VISIT, 1);
    const fee = screen().locator('.fee-text');
    await fee.waitFor();
    await expect(fee.innerText()).resolves.toBe('¥8.00');
    await expect(screen().locator('#option-revisit').count()).resolves.toBe(0);
    await expectSeniorSizes();
    await screen().locator('#book-submit').scrollIntoViewIfNeeded();
    await snap('confirm-paid');

    await screen().locator('#book-submit').click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/success\/index\?registrationId=/);
    await visible('挂号成功').waitFor();
    await expect(screen().locator('.fee-text').innerText()).resolves.toBe('¥8.00');
    await expect(screen().locator('.window-until').innerText()).resolves.toBe('至12月2日（含），同一疾病复诊免挂号费、诊察费');
    await expectSeniorSizes();
    await snap('success-paid');
  });

  it('offers the free revisit on 12月2日, books it at 0元 and shows what was waived', async () => {
    await openSchedule();
    await bookFor(REVISIT, 2);
    const revisit = screen().locator('#option-revisit');
    await revisit.waitFor();
    await expect(revisit.innerText()).resolves.toContain('同一疾病复诊，免挂号费、诊察费（首诊11月30日，免费复诊至12月2日（含））');
    // Nothing is chosen for the patient: the free option waits for their word.
    await expect(revisit.getAttribute('aria-checked')).resolves.toBe('false');
    await expect(screen().locator('#option-new').innerText()).resolves.toContain('¥8.00');
    await expectSeniorSizes();
    await screen().locator('#option-new').scrollIntoViewIfNeeded();
    await snap('confirm-revisit-offer');

    await revisit.click();
    await screen().locator('#book-submit').click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/success\/index\?registrationId=/);
    await visible('挂号成功').waitFor();
    await expect(screen().locator('.fee-text').innerText()).resolves.toBe('0元 / 已减免 ¥8.00');
    await expect(screen().locator('.anchor-text').innerText()).resolves.toBe('复诊，关联11月30日首诊');
    await snap('success-waived');
  });

  it('in 我的挂号 cancels the first visit after stating the rule, and the revisit is charged again', async () => {
    await screen().locator('#go-my-registrations').click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/mine\/index/);
    const mine = page.locator('.clinic-mine-page').filter({ visible: true });
    const cards = mine.locator('.registration-card');
    await cards.nth(1).waitFor();
    await expect(cards.count()).resolves.toBe(2);
    const first = cards.filter({ has: page.locator('.window-until') });
    const second = cards.filter({ has: page.locator('.anchor-text') });
    await expect(first.locator('.registration-time').innerText()).resolves.toContain('11月30日');
    await expect(second.locator('.registration-time').innerText()).resolves.toContain('12月2日');
    await expect(first.locator('.window-until').innerText()).resolves.toContain('至12月2日（含）');
    await expect(second.locator('.fee-text').innerText()).resolves.toBe('0元 / 已减免 ¥8.00');
    await expectSeniorSizes();
    await snap('my-registrations');

    const revisitId = await second.getAttribute('data-registration-id');
    await first.locator('.cancel-registration').click();
    const modal = page.locator('.taro-modal__content').filter({ visible: true });
    await modal.waitFor();
    await expect(modal.innerText()).resolves.toContain('就诊日0点前可免费取消');
    // The dialog sits outside the page root, and is enlarged in 长辈模式 all the same.
    await expect(fontSizePx(modal.locator('.taro-modal__text'))).resolves.toBeGreaterThanOrEqual(24);
    await expect(fontSizePx(modal.locator('.taro-model__confirm'))).resolves.toBeGreaterThanOrEqual(24);
    await snap('cancel-modal');
    await modal.locator('.taro-model__confirm').click();

    // The cancelled anchor leaves 待就诊; its revisit stays, now at the full fee.
    await mine.locator(`.registration-card[data-registration-id="${revisitId}"] .fee-text`).filter({ hasText: /^¥8\.00$/ }).waitFor();
    await expect(cards.count()).resolves.toBe(1);
    await expect(mine.locator('.anchor-text').innerText()).resolves.toContain('原为11月30日首诊的免费复诊，已恢复收费');
    await snap('revisit-repriced');

    await mine.locator('#tab-past').click();
    const cancelled = mine.locator('.registration-card[data-status="cancelled"]');
    await cancelled.waitFor();
    await expect(cancelled.innerText()).resolves.toContain('已取消');
    await snap('history-cancelled');
  });

  it('tells the family in 消息 that the revisit is charged again', async () => {
    await page.goto(`${host.baseUrl}/#/pages/messages/index`);
    await page.waitForURL(/#\/pages\/messages\/index/);
    await visible('复诊挂号已恢复收费').waitFor();
    await snap('messages-repriced');
    expect(errors).toEqual([]);
  });
});
