import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startApiHost, type ApiHost } from '../support/api-host';
import { availableEngines } from '../support/engines';
import { chromiumAvailable, launchChromium, screenshotter, watchErrors } from './support/browser';
import { presetContext } from './support/session';
import { expectSizes as expectFloors, JOURNEY_FLOORS } from './support/screen-sizes';

/**
 * 零工驿站 in the built H5 app (dist/h5), in real Chromium against the real host, in normal
 * mode and in 长辈模式: 代先生 (resident-1) registers what he can do (求职登记), looks for 日结
 * work near 长青小区 from his phone's location, applies for himself (代建国) to 安心家政's 小区保洁员 and sees the employer's phone;
 * the employer (persona `employer`) finds him among the applicants with his phone in full and
 * marks him contacted; 代先生 sees 已联系 in 我的报名 and a message. Demo data on the host's
 * clock (2026-11-29 10:00 China time); job-demo-001 is 安心家政's published cleaning job.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(120_000);

const POSTING = 'job-demo-001';
const NEAR_CHANGQING = { latitude: 43.3466, longitude: 125.3031 };
const runs = availableEngines().flatMap((engine) => (['normal', 'senior'] as const).map((mode) => [engine, mode] as const));

describeInBrowser.each(runs)('零工驿站 seeker → employer → seeker in Chromium on %s, %s mode', (engine, mode) => {
  let host: ApiHost;
  let browser: Browser;
  let seekerContext: BrowserContext;
  let employerContext: BrowserContext;
  let seeker: Page;
  let employer: Page;
  const shot = screenshotter(`jobs-${engine}-${mode}`);
  let step = 0;
  const snap = async (page: Page, name: string) => {
    // Let Taro's page slide-in finish, or the picture catches an empty frame.
    await page.waitForTimeout(400);
    return shot(page, ++step, name);
  };

  /** The screen a person sees: Taro keeps earlier pages in the DOM, hidden. */
  const screen = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();
  /** Scrolls a card's heading to the middle of the screen (the title bar covers the top). */
  const showTop = (card: Locator) => card.locator('.detail-heading').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const open = async (page: Page, path: string) => {
    await page.goto(`${host.baseUrl}/#${path}`);
    await page.waitForURL(new RegExp(`#${path.split('?')[0].replace(/\//g, '\\/')}`));
  };

  /** 长辈模式 on the current screen: body ≥ 24 CSS px, key figures ≥ 40, tap targets ≥ 60×60; normal: ≥ 14, 44. */
  const expectSizes = async (page: Page, scope: Locator = screen(page)) => {
    const senior = mode === 'senior';
    await scope.locator(senior ? '.page.senior' : '.page').first().waitFor();
    await expectFloors(scope, JOURNEY_FLOORS[senior ? 'senior' : 'normal'], '.tappable, .btn, [role="radio"], [role="checkbox"]');
  };

  const newContext = async (persona: string) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      geolocation: NEAR_CHANGQING,
      permissions: ['geolocation'],
    });
    await presetContext(context, host, { persona, senior: mode === 'senior' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    pageErrors.push(watchErrors(page));
    return { context, page };
  };
  /** Uncaught errors and console errors of both phones, asserted empty at the end. */
  const pageErrors: string[][] = [];

  beforeAll(async () => {
    [host, browser] = await Promise.all([startApiHost(engine), launchChromium()]);
    ({ context: seekerContext, page: seeker } = await newContext('resident-1'));
    ({ context: employerContext, page: employer } = await newContext('employer'));
  });

  afterAll(async () => {
    await seekerContext?.close();
    await employerContext?.close();
    await browser?.close();
    await host?.close();
  });

  it('opens 零工驿站 from the home page card and registers what he can do (求职登记)', async () => {
    await seeker.goto(`${host.baseUrl}/`);
    await seeker.waitForURL(/#\/pages\/index\/index/);
    await seeker.locator('#service-jobs').click();
    await seeker.waitForURL(/#\/packages\/jobs\/pages\/index\/index/);
    await screen(seeker).locator('#entry-register').click();
    await seeker.waitForURL(/#\/packages\/jobs\/pages\/register\/index/);
    const form = screen(seeker);
    await form.locator('.member-choice').filter({ hasText: '代建国' }).click();
    await form.getByRole('textbox', { name: '会什么（技能、证书）' }).fill('保洁 搬运');
    await form.getByRole('checkbox', { name: '保洁' }).click();
    await form.getByRole('radio', { name: '只做日结零工' }).click();
    await form.getByRole('textbox', { name: '想在哪里干活' }).fill('伊通镇长青小区');
    await expectSizes(seeker);
    await form.locator('#register-submit').scrollIntoViewIfNeeded();
    await snap(seeker, 'register');
    await form.locator('#register-submit').click();
    await form.getByText('代建国：保洁 · 只做日结零工').waitFor();
    await seeker.goBack();
    await seeker.waitForURL(/#\/packages\/jobs\/pages\/index\/index/);
  });

  it('finds 日结 work near his location, nearest first', async () => {
    const search = screen(seeker);
    await search.locator('.posting-card').first().waitFor();
    await expect(search.getByText('用手机位置算岗位离您多远，只用于这次找活，不保存。不给位置也能找。').isVisible()).resolves.toBe(true);
    await expectSizes(seeker);
    await snap(seeker, 'search');

    await search.getByRole('checkbox', { name: '只看日结' }).click();
    await search.locator('#use-my-location').click();
    await search.getByText('✓ 从「我的位置」算距离').waitFor();
    await search.getByRole('radio', { name: '3公里内' }).click();
    await search.getByRole('radio', { name: '离我最近' }).click();
    await search.getByText('条件：日结 · 我的位置3公里内').waitFor();
    const first = search.locator('.posting-card').first();
    await expect(first.locator('.posting-distance').innerText()).resolves.toMatch(/^距离(不到100米|\d+米)/);
    await expectSizes(seeker);
    await search.locator('.search-results').scrollIntoViewIfNeeded();
    await snap(seeker, 'search-near-same-day');

    // 安心家政's job at 长青小区, on this page or after 加载更多 (a button, no hidden gesture).
    const card = search.locator(`.posting-card[data-posting-id="${POSTING}"]`);
    for (let i = 0; i < 5 && !(await card.count()); i += 1) {
      await search.locator('#load-more').click();
      await seeker.waitForTimeout(500);
    }
    await expect(card.innerText()).resolves.toContain('150元/天 · 日结');
    await expect(card.innerText()).resolves.toContain('有效期至');
    await card.click();
    await seeker.waitForURL(new RegExp(`#/packages/jobs/pages/posting/index\\?id=${POSTING}`));
  });

  it('reads the posting, sees the phone is shown only after applying, and applies for himself', async () => {
    const detail = screen(seeker);
    await detail.getByText('小区保洁员（日结）').first().waitFor();
    await detail.getByText('报名后可查看联系人和电话').waitFor();
    await expect(detail.locator('.phone-number').count()).resolves.toBe(0);
    await expect(detail.locator('#apply-submit').getAttribute('aria-disabled')).resolves.toBe('true');
    await detail.getByText('请先选择求职人').waitFor();
    await expectSizes(seeker);
    await snap(seeker, 'posting-before-applying');

    await detail.locator('.member-choice').filter({ hasText: '代建国' }).click();
    await detail.locator('#apply-submit').click();
    const phone = detail.locator('.posting-contact .phone-number');
    await phone.waitFor();
    await expect(phone.innerText()).resolves.toBe('13904340101');
    await detail.getByText('代建国：已报名').waitFor();
    await expectSizes(seeker);
    await detail.locator('.posting-contact').scrollIntoViewIfNeeded();
    await snap(seeker, 'posting-applied-phone');
  });

  it('shows the employer the new applicant with his phone in full, and marks him contacted', async () => {
    await open(employer, '/packages/jobs/pages/employer/index');
    const list = screen(employer);
    const posting = list.locator(`.managed-posting[data-posting-id="${POSTING}"]`);
    await posting.waitFor();
    await expect(posting.locator('.applicant-counts').innerText()).resolves.toContain('报名2人：待联系2');
    await posting.scrollIntoViewIfNeeded();
    await expectSizes(employer);
    await snap(employer, 'employer-postings');

    await posting.locator('.open-applicants').click();
    await employer.waitForURL(new RegExp(`#/packages/jobs/pages/applicants/index\\?postingId=${POSTING}`));
    const applicants = screen(employer);
    const dai = applicants.locator('.applicant-card').filter({ hasText: '代建国' });
    await dai.waitFor();
    await expect(dai.locator('.phone-number').innerText()).resolves.toBe('13904341234');
    await expect(dai.innerText()).resolves.toContain('男，71岁');
    // His 求职登记, as he made it a minute ago.
    await expect(dai.innerText()).resolves.toContain('只做日结零工');
    await expect(dai.locator('.tag').allInnerTexts()).resolves.toEqual(['保洁', '搬运']);
    await expectSizes(employer);
    await showTop(dai);
    await snap(employer, 'applicants');

    await dai.locator('.move-contacted').click();
    await dai.locator('.status-badge').filter({ hasText: '已联系' }).waitFor();
    await expect(dai.locator('.move-hired').count()).resolves.toBe(1);
    await dai.locator('.timeline').scrollIntoViewIfNeeded();
    await snap(employer, 'applicant-contacted');
  });

  it('shows 代先生 已联系 in 我的报名 with the phone to call, and tells him in 消息', async () => {
    await open(seeker, '/packages/jobs/pages/my-applications/index');
    const mine = screen(seeker);
    const application = mine.locator('.application-card').filter({ hasText: '代建国' });
    await application.locator('.status-badge').filter({ hasText: '已联系' }).waitFor();
    await expect(application.innerText()).resolves.toContain('用工单位已联系您。请按电话里约定的时间到岗，有疑问可以回拨。');
    await expect(application.locator('.timeline-entry').last().innerText()).resolves.toContain('用工单位');
    await expect(application.locator('.phone-number').innerText()).resolves.toBe('13904340101');
    await expectSizes(seeker);
    await application.locator('.phone-number').scrollIntoViewIfNeeded();
    await snap(seeker, 'my-applications-contacted');

    await open(seeker, '/pages/messages/index');
    await screen(seeker).getByText('用工单位已联系').first().waitFor();
    await snap(seeker, 'messages-contacted');
    expect(pageErrors.flat()).toEqual([]);
  });
});
