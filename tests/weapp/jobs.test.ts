/**
 * The 零工驿站 subpackage as the weapp build emits it: rendered by WeChat's own WXML compiler
 * under miniprogram-simulate, answered by stubbed cloud-function calls. Signed out, as a
 * day labourer first opens it.
 */
import { card, jobEvent, posting, station as stationAnswer } from '../doubles/jobs-answers';
import { loadWeapp, type FunctionCall, type Weapp } from './load-weapp';

const CARD = card({ id: 'job-demo-001' });

let weapp: Weapp;
const locationRequests: Array<{ type?: string }> = [];

beforeAll(() => {
  weapp = loadWeapp(['packages/jobs/pages/index/index', 'packages/jobs/pages/posting/index', 'packages/jobs/pages/station/index', 'packages/jobs/pages/events/index', 'packages/jobs/pages/employer/index']);
  // The phone's location, as WeChat answers getLocation (GCJ-02).
  (globalThis as any).wx.getLocation = (o: any) => {
    locationRequests.push({ type: o.type });
    setTimeout(() => o.success?.({ latitude: 43.3466, longitude: 125.3031, errMsg: 'getLocation:ok' }), 0);
  };
  weapp.wx.answer('jobs', 'station', { ok: true, data: stationAnswer });
  weapp.wx.answer('jobs', 'search', (call: FunctionCall) => ({
    ok: true,
    data: { items: [{ ...CARD, distanceKm: (call.data as { lat?: number }).lat ? 0.3 : null }], nextCursor: null },
  }));
  weapp.wx.answer('jobs', 'detail', { ok: true, data: posting({ id: CARD.id }) });
  weapp.wx.answer('jobs', 'events', { ok: true, data: { events: [jobEvent()] } });
});

describe('the weapp jobs subpackage', () => {
  it('lists reviewed postings with their pay, and opens one', async () => {
    const page = await weapp.open('packages/jobs/pages/index/index');
    try {
      await page.waitForText('150元/天 · 日结');
      const text = page.text();
      expect(text).toContain('伊通县安心家政服务有限公司');
      expect(text).toContain('有效期至12月12日（含）');
      expect(text).toContain('用手机位置算岗位离您多远');
      await page.tap('posting-job-demo-001');
      expect(weapp.wx.navigateTo.at(-1)).toBe('/packages/jobs/pages/posting/index?id=job-demo-001');
    } finally {
      page.close();
    }
  });

  it('asks WeChat for the location in GCJ-02 only on 用我的位置, and searches around it', async () => {
    const page = await weapp.open('packages/jobs/pages/index/index');
    try {
      await page.waitForText('150元/天 · 日结');
      expect(locationRequests).toEqual([]);
      await page.tap('use-my-location');
      await page.waitForText('距离300米');
      expect(locationRequests).toEqual([{ type: 'gcj02' }]);
      const searches = weapp.wx.calls.filter((c) => c.action === 'search');
      expect(searches.at(-1)?.data).toEqual({ sort: 'newest', lat: 43.3466, lng: 125.3031 });
    } finally {
      page.close();
    }
  });

  it('shows a posting’s facts and that the phone comes after applying', async () => {
    const page = await weapp.open('packages/jobs/pages/posting/index', { id: 'job-demo-001' });
    try {
      await page.waitForText('报名后可查看联系人和电话');
      const text = page.text();
      expect(text).toContain('年龄：18–60岁');
      expect(text).toContain('07:00-16:00');
      expect(text).toContain('请先登录，再选择求职人。');
    } finally {
      page.close();
    }
  });

  it('renders the station, its classes, and the employer page (asking to sign in)', async () => {
    const station = await weapp.open('packages/jobs/pages/station/index');
    try {
      await station.waitForText('伊通县零工驿站');
      expect(station.text()).toContain('免费热饭');
      expect(station.text()).toContain('0434-4213366');
    } finally {
      station.close();
    }
    const events = await weapp.open('packages/jobs/pages/events/index');
    try {
      await events.waitForText('养老护理员（初级）培训班');
      expect(events.text()).toContain('余12席（共40席）');
    } finally {
      events.close();
    }
    const employer = await weapp.open('packages/jobs/pages/employer/index');
    try {
      await employer.waitForText('请先以用工单位身份登录。');
    } finally {
      employer.close();
    }
    expect(weapp.wx.unanswered).toEqual([]);
  });
});
