import sharp from 'sharp';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startApiHost, type ApiHost } from '../support/api-host';
import { availableEngines } from '../support/engines';
import { chromiumAvailable, launchChromium, screenshotter, watchErrors } from './support/browser';
import { presetContext } from './support/session';
import { expectSizes as expectFloors, JOURNEY_FLOORS } from './support/screen-sizes';

/**
 * 温暖供热 in the built H5 app (dist/h5), in real Chromium against the real host, in normal
 * mode and in 长辈模式, at 390×844: 代先生 reports his mother's cold flat in 天馨花园 (农行站,
 * where two demo households reported within the hour), the 华大电厂 dispatcher works the
 * station's incident, measures 16.5 ℃ and handles it, a neighbour then reads "已派单", and
 * 代先生 sees the reference refund, confirms and rates. Host and browsers share one clock
 * (the host's manual clock; each browser's Date is fixed to it), so readings and limits agree.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(120_000);

const START = '2026-11-29T02:00:00.000Z'; // 10:00 in China, in the heating season
const MINUTE = 60_000;
const RUNS = availableEngines().flatMap((engine) => (['normal', 'senior'] as const).map((mode) => [engine, mode] as const));

describeInBrowser.each(RUNS)('温暖供热 in Chromium on %s, %s mode', (engine, mode) => {
  const senior = mode === 'senior';
  let host: ApiHost;
  let browser: Browser;
  let errors: string[] = [];
  const shot = screenshotter(`heating-${engine}-${mode}`);
  let step = 0;
  let loads = 0;
  let complaintId = '';
  const contexts: BrowserContext[] = [];

  /** A phone-sized window for one persona, its Date fixed to the host's clock now. */
  async function open(persona: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    contexts.push(context);
    await presetContext(context, host, { persona, senior });
    await context.clock.setFixedTime(host.clock.now());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    errors = watchErrors(page);
    return page;
  }

  /** Moves the host's clock, and the browser's with it. */
  async function at(page: Page, minutesAfterStart: number) {
    host.clock.set(new Date(new Date(START).getTime() + minutesAfterStart * MINUTE));
    await page.context().clock.setFixedTime(host.clock.now());
  }

  const screen = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();
  const snap = async (page: Page, name: string) => {
    await page.waitForTimeout(400);
    return shot(page, ++step, name);
  };
  const go = async (page: Page, path: string) => {
    await page.goto(`${host.baseUrl}/?n=${++loads}#${path}`);
    await screen(page).locator('.page').first().waitFor();
  };

  /** 长辈模式 on the current screen: body ≥ 24 CSS px, key figures ≥ 40, tap targets ≥ 60×60 (normal: 14 / 20 / 44). */
  const expectSizes = async (page: Page, scope: Locator = screen(page)) => {
    await expectFloors(scope, JOURNEY_FLOORS[senior ? 'senior' : 'normal']);
  };

  beforeAll(async () => {
    [host, browser] = await Promise.all([startApiHost(engine, { now: START }), launchChromium()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await host?.close();
  });

  it('代先生 reports his mother’s cold flat in under a minute: place, 室温不达标, his reading beside how to measure, a photo, her phone', async () => {
    const page = await open('resident-1');
    await at(page, 0);
    await go(page, '/pages/index/index');
    await screen(page).locator('#service-heating').click();
    await page.waitForURL(/#\/packages\/heating\/pages\/index\/index/);
    await screen(page).getByText('不低于18℃', { exact: true }).waitFor();
    await expectSizes(page);
    await snap(page, 'heating-home');

    await screen(page).locator('#entry-report').click();
    await page.waitForURL(/#\/packages\/heating\/pages\/report\/index/);
    const form = screen(page);
    await form.locator('#community-cm-tianxin').click();
    await form.locator('#building-cm-tianxin-b3').click();
    await form.locator('#unit-cm-tianxin-b3-u2').click();
    await form.locator('#report-room input').fill('502');
    await form.locator('#category-temperature').click();
    // How to measure sits beside the reading.
    await expect(form.getByRole('note', { name: '怎样测室温' }).innerText()).resolves.toContain('离地1.5米高处');
    await form.locator('#reading-0 input').fill('16.2');
    await form.getByRole('note', { name: '怎样测室温' }).scrollIntoViewIfNeeded();
    await snap(page, 'report-reading');
    await form.locator('#report-description textarea').fill('卧室和客厅都不热，暖气片上凉下热。');

    const jpeg = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#c0392b' } }).jpeg().toBuffer();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), form.getByRole('button', { name: '添加照片', exact: true }).click()]);
    await chooser.setFiles({ name: 'radiator.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await form.getByRole('listitem', { name: '第1张照片，已上传' }).waitFor();

    // The contact is prefilled with 本人; the son gives his mother's number (the app holds it masked only).
    await expect(form.locator('.contact-phone').innerText()).resolves.toContain('139****1234');
    await form.locator('.member-choice').filter({ hasText: '代玉贤' }).click();
    await expect(form.locator('.contact-phone').innerText()).resolves.toContain('139****5678');
    await expect(form.locator('.deadline-preview').innerText()).resolves.toBe('提交后：2小时内受理，24小时内上门测温。');
    await expectSizes(page);
    await form.locator('#report-submit').scrollIntoViewIfNeeded();
    await snap(page, 'report-filled');

    await form.locator('#report-submit').click();
    await page.waitForURL(/#\/packages\/heating\/pages\/complaint\/index\?id=.*sent=1/);
    complaintId = /id=([^&]+)/.exec(page.url())![1];
    const sent = screen(page).getByRole('group', { name: '已提交反映' });
    await sent.waitFor();
    // Two demo households of 农行站 reported within the hour: his is the third of the station's incident.
    await expect(sent.innerText()).resolves.toContain('本站已有3户反映，正在安排处理');
    await expect(sent.innerText()).resolves.toContain('办理时限：2小时内受理，24小时内上门测温');
    await expect(screen(page).locator('.next-deadline-time').innerText()).resolves.toBe('11月29日 12:00');
    await expect(screen(page).locator('.contact-masked').innerText()).resolves.toBe('139****5678');
    await expectSizes(page);
    await snap(page, 'complaint-sent');
    expect(errors).toEqual([]);
  });

  it('the dispatcher sees it in the queue by deadline, works the station’s incident (accept all, one crew for all), then measures 16.5 ℃ and handles it', async () => {
    const page = await open('heating-dispatcher');
    await at(page, 30);
    await go(page, '/packages/heating/pages/dispatch/index');
    const queue = screen(page).locator('.queue-card');
    await queue.nth(2).waitFor();
    await expect(queue.count()).resolves.toBe(3);
    // Nearest deadline first: the demo households of 09:20 and 09:40, then 代先生's of 10:00.
    await expect(queue.nth(2).getAttribute('data-complaint-id')).resolves.toBe(complaintId);
    await expect(queue.nth(2).innerText()).resolves.toContain('11月29日 12:00前受理');
    // The queue never shows a resident's phone.
    await expect(screen(page).innerText()).resolves.not.toMatch(/1390434\d{4}|139\*{4}5678/);
    await expectSizes(page);
    await snap(page, 'dispatch-queue');

    await screen(page).getByRole('tab', { name: '站点事件' }).click();
    const incident = screen(page).locator('.incident-card[data-status="open"]').filter({ hasText: '农行站' });
    await incident.waitFor();
    await expect(incident.locator('.incident-households').innerText()).resolves.toBe('3户');
    await incident.getByRole('button', { name: '受理（3条）', exact: true }).click();
    await incident.getByText('已受理3条').waitFor();
    await incident.getByRole('button', { name: '派单（3条）', exact: true }).click();
    await incident.locator('[id$="-crew-name"] input').fill('王师傅');
    await incident.locator('[id$="-crew-phone"] input').fill('13904340011');
    await expectSizes(page);
    await snap(page, 'incident-dispatch-form');
    await incident.getByRole('button', { name: '确认派单', exact: true }).click();
    await incident.getByText('已派单3条').waitFor();
    // Measuring is per household: the incident offers no more moves and says so.
    await incident.getByText('本站待办都已派单。上门实测请逐户点「办理」录入。').waitFor();
    await snap(page, 'incident-dispatched');

    // The desk for 代先生's complaint: his mother's phone in full, to call, only here.
    await go(page, `/packages/heating/pages/desk/index?complaintId=${complaintId}`);
    const desk = screen(page);
    await expect(desk.locator('.resident-phone-number').innerText()).resolves.toBe('13904345678');
    await desk.getByRole('button', { name: '拨打居民电话 13904345678', exact: true }).waitFor();
    await expect(desk.locator('.complaint-photo').count()).resolves.toBe(1);
    await expectSizes(page);
    await snap(page, 'desk-dispatched');

    await at(page, 180);
    await desk.getByRole('button', { name: '录入上门实测', exact: true }).click();
    await desk.locator('#move-measured-celsius input').fill('16.5');
    await desk.getByRole('button', { name: '保存实测温度', exact: true }).click();
    await desk.locator('.measured-celsius').filter({ hasText: '16.5℃' }).waitFor();
    await expect(desk.locator('.refund-tier').innerText()).resolves.toBe('实测16.5℃，低于18℃，参考退费：当月供热费的30%');

    await at(page, 200);
    await desk.getByRole('button', { name: '处理完成', exact: true }).click();
    await desk.locator('#move-note input').fill('调节单元入户阀门并排气，复测19.5℃');
    await desk.getByRole('button', { name: '确认处理完成', exact: true }).click();
    await desk.locator('.complaint-header[data-status="resolved"]').waitFor();
    await expect(desk.locator('.timeline').innerText()).resolves.toContain('调节单元入户阀门并排气，复测19.5℃');
    await expect(desk.getByText('当前状态没有需要调度员办理的操作。').isVisible()).resolves.toBe(true);
    // The moves answered with phones masked; the desk read its view again, so the phone stays in full.
    await expect(desk.locator('.resident-phone-number').innerText()).resolves.toBe('13904345678');
    await expectSizes(page);
    await snap(page, 'desk-resolved');
    expect(errors).toEqual([]);
  });

  it('a neighbour of the same station then reads that the station already has households and that a crew is sent', async () => {
    const page = await open('resident-2');
    await at(page, 210);
    await go(page, '/packages/heating/pages/report/index');
    const form = screen(page);
    await form.locator('#community-cm-changqing').click();
    await form.locator('#building-cm-changqing-b1').click();
    await form.locator('#unit-cm-changqing-b1-u1').click();
    await form.locator('#report-room input').fill('301');
    await form.locator('#category-no_heat').click();
    await form.locator('#reading-0 input').fill('12.8');
    await form.locator('#report-submit').click();
    await page.waitForURL(/#\/packages\/heating\/pages\/complaint\/index\?id=.*sent=1/);
    const sent = screen(page).getByRole('group', { name: '已提交反映' });
    await sent.waitFor();
    await expect(sent.innerText()).resolves.toContain('本站已有4户反映，已派单');
    await expect(sent.innerText()).resolves.toContain('办理时限：2小时内受理，24小时内上门测温，48小时内修复');
    await snap(page, 'neighbour-sent');
    expect(errors).toEqual([]);
  });

  it('代先生 sees the measurement and the reference refund in 我的反映, confirms 办结 and rates 5', async () => {
    const page = await open('resident-1');
    await at(page, 240);
    await go(page, '/packages/heating/pages/mine/index');
    const card = screen(page).locator(`.complaint-card[data-complaint-id="${complaintId}"]`);
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('待您确认');
    await expect(card.innerText()).resolves.toContain('实测 16.5℃');
    await expectSizes(page);
    await snap(page, 'my-complaints');

    await card.getByRole('button', { name: /查看/ }).click();
    await page.waitForURL(/#\/packages\/heating\/pages\/complaint\/index\?id=/);
    const detail = screen(page);
    await expect(detail.locator('.refund-tier').innerText()).resolves.toBe('实测16.5℃，低于18℃，参考退费：当月供热费的30%');
    const steps = await detail.locator('.timeline-entry').allInnerTexts();
    expect(steps.map((s) => s.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^已提交 11月29日 10:00 · 居民$/),
      expect.stringMatching(/^已受理 11月29日 10:30 · 供热调度员$/),
      expect.stringMatching(/^已派单 11月29日 10:30 · 供热调度员 派单：王师傅$/),
      expect.stringMatching(/^已上门测温 11月29日 13:00 · 供热调度员 实测16.5℃$/),
      expect.stringMatching(/^已处理 11月29日 13:20 · 供热调度员 调节单元入户阀门并排气，复测19.5℃$/),
    ]);
    // The crew's phone is the company's business: the resident sees it masked.
    await expect(detail.locator('.crew').innerText()).resolves.toContain('139****0011');
    await expect(detail.locator('.reopen-until').innerText()).resolves.toContain('12月6日 13:20');
    await expectSizes(page);
    await snap(page, 'complaint-handled');

    await detail.locator('#confirm-complaint').click();
    await detail.locator('.complaint-header[data-status="closed"]').waitFor();
    await detail.locator('#score-5').click();
    await detail.locator('#rating-comment textarea').fill('师傅来得快，现在暖和了');
    await detail.locator('#rate-submit').click();
    const rated = detail.getByRole('group', { name: '您的评价' });
    await rated.waitFor();
    await rated.scrollIntoViewIfNeeded();
    await expect(rated.innerText()).resolves.toContain('5分 很满意');
    await expect(detail.locator('#rate-submit').count()).resolves.toBe(0);
    await expectSizes(page);
    await snap(page, 'complaint-rated');

    await go(page, '/pages/messages/index');
    await screen(page).getByText(/已处理/).first().waitFor();
    await snap(page, 'messages');
    expect(errors).toEqual([]);
  });
});
