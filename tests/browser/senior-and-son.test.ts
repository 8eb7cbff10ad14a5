import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApiHost, type ApiHost } from '../support/api-host';
import { checkH5Build, chromiumAvailable, labelContrast, launchChromium, screenshotter, watchErrors } from './support/browser';
import { presetContext } from './support/session';

/**
 * What a senior and her son ran into (issue 7), one test per point, in the built H5 app in
 * Chromium at 390×844 against the real host (SQLite, the host's clock at 2026-11-29 10:00
 * China time; the browser's clock is set to the same moment). Each test opens its own
 * context and books in its own department, so no test leans on another.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(60_000);

const NOW = '2026-11-29T02:00:00Z';
const OLD = { hospitalId: 'h-first', campusId: 'c-first-old' };
const dept = (slug: string) => ({ ...OLD, departmentId: `c-first-old-${slug}` });
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const segment = (departmentId: string, date: string, n: number) => `seg_${departmentId}_${date.replace(/-/g, '')}_${n}`;

describeInBrowser('what a senior and her son ran into, fixed (390×844)', () => {
  let host: ApiHost;
  let browser: Browser;
  let token: string;
  let motherId: string;
  let selfId: string;
  const contexts: BrowserContext[] = [];
  const shot = screenshotter('senior-and-son');
  let step = 0;

  /** A phone with the app signed in as `persona` (or nobody), in normal or 长辈模式. */
  async function open(options: { persona?: string | null; senior?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    contexts.push(context);
    await context.clock.setFixedTime(new Date(NOW));
    await presetContext(context, host, { persona: options.persona === undefined ? 'resident-1' : options.persona, senior: options.senior ?? false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return { page, errors: watchErrors(page) };
  }
  /** Opens an address as a link does, and waits until Taro shows that page (its element id is the path). */
  const go = async (page: Page, hash: string) => {
    await page.goto(`${host.baseUrl}/#${hash}`);
    await page.waitForLoadState('networkidle');
    const path = hash.split('?')[0];
    await page.waitForFunction((p) => Array.from(document.querySelectorAll('.taro_page')).some((el) => el.id.startsWith(p) && el.getBoundingClientRect().height > 0), path);
  };
  const screen = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();
  const snap = async (page: Page, name: string) => {
    await page.waitForTimeout(350);
    return shot(page, ++step, name);
  };
  const book = async (memberId: string, departmentId: string, date: string, n: number, revisitOf?: string) => {
    const result = await host.call<{ id: string }>('clinic', 'book', { memberId, slotId: segment(departmentId, date, n), ...(revisitOf ? { revisitOf } : {}) }, { token });
    if (!result.body.ok) throw new Error(`book: ${result.body.error.code} ${result.body.error.message}`);
    return result.body.data.id;
  };

  beforeAll(async () => {
    [host, browser] = await Promise.all([startApiHost('sqlite'), launchChromium()]);
    checkH5Build(host.app.config.h5Dir);
    token = await host.login('resident-1');
    const members = await host.call<{ members: Array<{ id: string; name: string }> }>('account', 'members', {}, { token });
    if (!members.body.ok) throw new Error('members');
    motherId = members.body.data.members.find((m) => m.name === '代玉贤')!.id;
    selfId = members.body.data.members.find((m) => m.name === '代建国')!.id;
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('1. 确认挂号 opened from a link (or reloaded) books, with no refused field and no dead 重试', async () => {
    const { page, errors } = await open();
    const scope = dept('neurology');
    const url = `/packages/clinic/pages/confirm/index?${query({ ...scope, date: '2026-11-30', slotId: segment(scope.departmentId, '2026-11-30', 2) })}`;
    await go(page, url);
    await page.reload();
    await page.waitForLoadState('networkidle');
    await screen(page).getByText('09:00‑10:00').waitFor();
    await screen(page).getByRole('radio', { name: /代玉贤/ }).click();
    await screen(page).getByText('合计').waitFor();
    await expect(screen(page).getByRole('alert').count()).resolves.toBe(0);
    await screen(page).getByRole('button', { name: '确认挂号' }).click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/success\/index\?registrationId=/);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });

  it.each([
    ['normal', 48],
    ['senior', 60],
  ] as const)('2. (%s) the title bar’s back target is at least %i px square, and it goes back', async (mode, floor) => {
    const { page } = await open({ senior: mode === 'senior' });
    await go(page, '/packages/clinic/pages/index/index');
    await screen(page).getByRole('button', { name: /县第一人民医院/ }).click();
    await screen(page).getByRole('button', { name: /老院区/ }).click();
    await screen(page).getByRole('button', { name: '心血管内科' }).click();
    await page.waitForURL(/schedule/);
    const back = page.getByRole('button', { name: '返回' });
    await back.waitFor();
    const box = (await back.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(floor);
    await snap(page, `title-bar-${mode}`);
    await back.click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/index\/index/);
  });

  it('3. the cancel dialog warns about linked free revisits only when the visit has some', async () => {
    const scope = dept('endocrinology');
    const anchor = await book(motherId, scope.departmentId, '2026-11-30', 2);
    await book(motherId, scope.departmentId, '2026-12-01', 2, anchor);
    await book(selfId, dept('orthopedics').departmentId, '2026-11-30', 2);
    const { page } = await open();
    await go(page, '/packages/clinic/pages/mine/index');
    const plain = screen(page).getByRole('group', { name: '代建国 11月30日 骨科' });
    await plain.getByRole('button', { name: '取消挂号' }).click();
    const modal = page.locator('.taro-modal__content').filter({ visible: true });
    await modal.waitFor();
    await expect(modal.innerText()).resolves.not.toContain('免费复诊将恢复收费');
    await modal.getByText('不取消').click();
    await modal.waitFor({ state: 'hidden' });

    await screen(page).getByRole('group', { name: '代玉贤 11月30日 内分泌科' }).getByRole('button', { name: '取消挂号' }).click();
    await modal.waitFor();
    await expect(modal.innerText()).resolves.toContain('取消后，关联此次首诊的1次免费复诊将恢复收费。');
    await snap(page, 'cancel-dialog-linked');
    await modal.getByText('不取消').click();
  });

  it('4. after booking, the success page says where to go, whom to call, the 序号, what to bring and how to pay; no 预约提醒 on H5', async () => {
    const id = await book(motherId, dept('dermatology').departmentId, '2026-12-02', 3);
    const { page } = await open({ senior: true });
    await go(page, `/packages/clinic/pages/success/index?registrationId=${id}`);
    const s = screen(page);
    await s.getByText('挂号成功').waitFor();
    await s.getByText(/^第\d+号$/).waitFor();
    for (const label of ['地址', '科室位置', '医院电话', '请带好', '缴费']) await s.getByText(label, { exact: true }).waitFor();
    await s.getByRole('button', { name: /^查看地图：/ }).waitFor();
    await s.getByRole('button', { name: /^拨打电话：/ }).waitFor();
    await expect(s.getByRole('button', { name: '预约提醒' }).count()).resolves.toBe(0);
    await snap(page, 'success-guide-senior');
  });

  it.each([
    ['normal', 'rehabilitation', '代玉贤'],
    ['senior', 'pediatrics', '代建国'],
  ] as const)('5. (%s) the whole week shows without sideways scrolling, free-revisit days are marked, a day outside is said', async (mode, slug, who) => {
    const scope = dept(slug);
    await book(who === '代玉贤' ? motherId : selfId, scope.departmentId, '2026-11-30', 2);
    const { page } = await open({ senior: mode === 'senior' });
    await go(page, `/packages/clinic/pages/schedule/index?${query(scope)}`);
    const s = screen(page);
    const days = s.getByRole('radio');
    await days.first().waitFor();
    await expect(days.count()).resolves.toBe(8);
    const boxes = await days.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    expect(boxes.every((b) => b.left >= 0 && b.right <= 390)).toBe(true);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await s.getByRole('radio', { name: /11月30日/ }).filter({ hasText: '可免费复诊' }).waitFor();
    for (const free of ['12月1日', '12月2日']) await expect(s.getByRole('radio', { name: new RegExp(free) }).innerText()).resolves.toContain('可免费复诊');
    await expect(s.getByRole('radio', { name: /12月3日/ }).innerText()).resolves.not.toContain('可免费复诊');
    await s.getByRole('radio', { name: /12月4日/ }).click();
    await s.getByText(`${who}的免费复诊期为11月30日至12月2日（含）。所选的12月4日不在其中，将按新挂号收费。`).waitFor();
    await snap(page, `week-${mode}`);
  });

  it('5. the revisit card does not look chosen before the patient chooses', async () => {
    const scope = dept('imaging');
    await book(motherId, scope.departmentId, '2026-12-01', 2);
    const { page } = await open();
    await go(page, `/packages/clinic/pages/confirm/index?${query({ ...scope, date: '2026-12-02', slotId: segment(scope.departmentId, '2026-12-02', 2) })}`);
    await screen(page).getByRole('radio', { name: /代玉贤/ }).click();
    const revisit = screen(page).getByRole('radio', { name: /同一疾病复诊/ });
    const fresh = screen(page).getByRole('radio', { name: /新的疾病/ });
    await revisit.waitFor();
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopColor, width: s.borderTopWidth, background: s.backgroundColor };
    };
    await expect(revisit.getAttribute('aria-checked')).resolves.toBe('false');
    expect(await revisit.evaluate(look)).toEqual(await fresh.evaluate(look));
    await snap(page, 'revisit-offer-unchosen');
    await revisit.click();
    await expect(revisit.getAttribute('aria-checked')).resolves.toBe('true');
    expect(await revisit.evaluate(look)).not.toEqual(await fresh.evaluate(look));
  });

  it.each(['normal', 'senior'] as const)('6. (%s) a disabled 确认挂号 says what is missing, and its label reads at 4.5:1 or better', async (mode) => {
    const scope = dept('obstetrics');
    const { page } = await open({ senior: mode === 'senior' });
    await go(page, `/packages/clinic/pages/confirm/index?${query({ ...scope, date: '2026-11-30', slotId: segment(scope.departmentId, '2026-11-30', 2) })}`);
    const submit = screen(page).getByRole('button', { name: '确认挂号' });
    await submit.waitFor();
    await expect(submit.getAttribute('aria-disabled')).resolves.toBe('true');
    await screen(page).getByText('请先选择就诊人').waitFor();
    expect((await labelContrast(submit)).ratio).toBeGreaterThanOrEqual(4.5);
    await submit.scrollIntoViewIfNeeded();
    await snap(page, `disabled-submit-${mode}`);
  });

  it('7. 长辈模式 reaches the title bar, the tab labels and the badge; the brand colour reads at 4.5:1; key figures ≥ 30 px; time ranges on one line', async () => {
    const { page } = await open({ senior: true });
    await go(page, '/pages/index/index');
    const sizes = await page.evaluate(() => {
      const px = (selector: string) => Array.from(document.querySelectorAll(selector)).filter((el) => el.getBoundingClientRect().height > 0).map((el) => parseFloat(getComputedStyle(el).fontSize));
      return { title: px('.taro-navigation-bar-title'), tabs: px('.weui-tabbar__label'), badges: px('.weui-tabbar .weui-badge') };
    });
    expect(Math.min(...sizes.title)).toBeGreaterThanOrEqual(28);
    expect(Math.min(...sizes.tabs)).toBeGreaterThanOrEqual(18);
    // resident-1 has unread notices from the bookings above.
    expect(sizes.badges.length).toBeGreaterThan(0);
    expect(Math.min(...sizes.badges)).toBeGreaterThanOrEqual(18);
    expect((await labelContrast(page.locator('.taro-navigation-bar-title'))).ratio).toBeGreaterThanOrEqual(4.5);
    expect((await labelContrast(page.locator('.weui-tabbar__item').filter({ hasText: '首页' }).locator('.weui-tabbar__label'))).ratio).toBeGreaterThanOrEqual(4.5);
    await snap(page, 'home-senior-chrome');

    await go(page, `/packages/clinic/pages/schedule/index?${query(dept('surgery'))}`);
    const time = screen(page).getByText('13:30‑15:00');
    await time.waitFor();
    expect(parseFloat(await time.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(30);
    const lines = await time.evaluate((el) => new Set(Array.from(el.getClientRects()).map((r) => Math.round(r.top))).size);
    expect(lines).toBe(1);
  });

  it('8. a cancelled booking says 未收费, not the fee', async () => {
    const id = await book(selfId, dept('electrodiagnosis').departmentId, '2026-12-01', 2);
    const cancelled = await host.call('clinic', 'cancel', { registrationId: id }, { token, requestId: `cancel-${id}` });
    expect(cancelled.body.ok).toBe(true);
    const { page } = await open();
    await go(page, '/packages/clinic/pages/mine/index');
    await screen(page).getByRole('tab', { name: '历史' }).click();
    const card = screen(page).getByRole('group', { name: '代建国 12月1日 电诊科' });
    await card.waitFor();
    await expect(card.locator('.key-figure', { hasText: '未收费' }).count()).resolves.toBe(1);
    await expect(card.innerText()).resolves.not.toContain('¥8.00');
    await snap(page, 'cancelled-unpaid');
  });

  it('9. an unknown route says so and leads home', async () => {
    const { page } = await open({ persona: null });
    await page.goto(`${host.baseUrl}/#/packages/nowhere/pages/gone/index`);
    await page.waitForURL(/#\/pages\/not-found\/index/);
    await screen(page).getByText('没有找到这个页面').waitFor();
    await snap(page, 'not-found');
    await screen(page).getByRole('button', { name: '回到首页' }).click();
    await page.waitForURL(/#\/pages\/index\/index/);
  });

  it('9. a link to one department shows that department, not another from history', async () => {
    const { page } = await open({ persona: null });
    await go(page, `/packages/clinic/pages/schedule/index?${query(dept('cardiology'))}`);
    // Deeper into the booking: the cardiology schedule stays in Taro's page stack.
    await screen(page).getByRole('button', { name: /10:00‑11:30/ }).click();
    await page.waitForURL(/confirm/);
    // (Taro's router drops a page change that arrives during its slide-in: let it finish, as a person would.)
    await screen(page).getByText('请先登录，再为自己或家人挂号。').waitFor();
    await page.waitForTimeout(600);
    // A link to another department's schedule: Taro finds a cached page of that path.
    await page.goto(`${host.baseUrl}/#/packages/clinic/pages/schedule/index?hospitalId=h-first&campusId=c-first-new&departmentId=c-first-new-pediatrics`);
    const heading = screen(page).locator('.schedule-heading');
    await heading.getByText('儿科', { exact: true }).waitFor();
    await expect(heading.innerText()).resolves.toContain('新院区');
    await expect(heading.innerText()).resolves.not.toContain('心血管内科');
    await snap(page, 'link-to-another-department');
  });

  it('9. the member form asks a signed-out visitor to sign in', async () => {
    const { page } = await open({ persona: null });
    await go(page, '/packages/account/pages/member-edit/index');
    await screen(page).getByText('请先登录，再添加或编辑家庭成员。').waitFor();
    await expect(screen(page).getByRole('textbox', { name: '姓名' }).count()).resolves.toBe(0);
    await screen(page).getByRole('button', { name: '去登录' }).click();
    await page.waitForURL(/#\/pages\/mine\/index/);
  });

  it('10. 长辈模式 can be switched on from the home page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    await go(page, '/pages/index/index');
    await page.getByRole('checkbox', { name: '长辈模式' }).check();
    await page.locator('.home-page.senior').filter({ visible: true }).waitFor();
    const body = await screen(page).locator('.greeting-subtitle').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(body).toBeGreaterThanOrEqual(24);
    await snap(page, 'home-senior-switch');
  });

  it('11. officials see 挂号统计 with Chinese dates and a default range that counts upcoming bookings', async () => {
    await book(selfId, dept('internal').departmentId, '2026-12-03', 2);
    const { page } = await open({ persona: 'official' });
    const statsRequest = page.waitForRequest((r) => r.url().endsWith('/api/clinic') && r.postDataJSON()?.action === 'stats');
    await go(page, '/packages/clinic/pages/index/index');
    await screen(page).getByRole('button', { name: '挂号统计' }).click();
    await page.waitForURL(/#\/packages\/clinic\/pages\/figures\/index/);
    const { data } = (await statsRequest).postDataJSON() as { data: { from: string; to: string } };
    expect(data.from).toBe('2026-11-01');
    expect(data.to >= '2026-12-03').toBe(true);
    await expect(page.locator('.taro-navigation-bar-title').innerText()).resolves.toBe('挂号统计');
    const text = await screen(page).innerText();
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain('2026年11月1日');
    await screen(page).locator('#stat-registrations').waitFor();
    expect(Number(await screen(page).locator('#stat-registrations').innerText())).toBeGreaterThanOrEqual(1);
    await snap(page, 'official-figures');
  });
});
