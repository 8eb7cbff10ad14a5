/**
 * The 助老餐厅 subpackage as the weapp build emits it: rendered by WeChat's own WXML compiler
 * under miniprogram-simulate, answered by stubbed cloud-function calls. 代先生 signs in on 我的
 * first (a dev persona), as a person would, so the family's pages show their real content.
 */
import { canteenManager, canteensAnswer, communitiesAnswer, familyAnswer, menuAnswer, menuMeal, orderCounts, orderView, groupClaim, pendingClaim } from '../doubles/canteen-answers';
import { loadWeapp, type OpenPage, type Weapp } from './load-weapp';

const ok = (data: unknown) => ({ ok: true, data });
const ROOT = 'packages/canteen/pages';
const PAGES = ['index', 'menu', 'orders', 'groups', 'admin', 'figures'].map((p) => `${ROOT}/${p}/index`);
const resident = { id: 'u-1', displayName: '代先生', roles: [{ role: 'resident', scope: null }] };

let weapp: Weapp;

async function signIn(user: unknown): Promise<void> {
  const mine = await weapp.open('pages/mine/index');
  try {
    await mine.waitForText('长辈模式');
    if (mine.text().includes('退出登录')) {
      weapp.wx.modalConfirms = true;
      await mine.tap('logout');
    }
    await mine.waitForText('登录暖民心');
    weapp.wx.answer('account', 'devLogin', ok({ token: 'token-1', expiresAt: '2026-12-06T02:00:00.000Z', user }));
    weapp.wx.answer('account', 'me', ok({ user, unreadMessages: 0 }));
    await mine.tap('persona-resident-1');
    await mine.waitForText('退出登录');
  } finally {
    mine.close();
  }
}

async function within(page: OpenPage, check: (page: OpenPage) => Promise<void>): Promise<void> {
  try {
    await check(page);
  } finally {
    page.close();
  }
}

beforeAll(async () => {
  weapp = loadWeapp(['pages/mine/index', ...PAGES]);
  weapp.wx.answer('account', 'loginOptions', ok({ devLogin: true, wechatLogin: false, personas: [{ persona: 'resident-1', label: '代先生' }], subscribeTemplates: {} }));
  weapp.wx.answer('account', 'members', ok(familyAnswer));
  weapp.wx.answer('canteen', 'canteens', (call: { data: { communityId?: string } }) =>
    ok(call.data.communityId ? canteensAnswer({ origin: { kind: 'community', communityId: 'cm-yucai', name: '育才小区' } }) : canteensAnswer()),
  );
  weapp.wx.answer('canteen', 'communities', ok(communitiesAnswer));
  weapp.wx.answer('canteen', 'menu', ok(menuAnswer({ meals: [menuMeal({ diner: { price: 0, rule: { code: 'age_90_plus', label: '90岁以上免费' }, orderId: null } })] })));
  weapp.wx.answer('canteen', 'myOrders', ok({ orders: [orderView()], cutoffRule: '用餐前一天20:00前报餐，截止前可取消' }));
  weapp.wx.answer('canteen', 'myClaims', ok({ claims: [groupClaim()] }));
  weapp.wx.answer('canteen', 'orderCounts', ok(orderCounts()));
  weapp.wx.answer('canteen', 'pendingClaims', ok({ claims: [pendingClaim()], today: '2026-11-29', defaultExpiresOn: '2027-11-29', latestExpiresOn: '2029-11-29' }));
  await signIn(resident);
});

describe('the weapp canteen subpackage', () => {
  it('lists the canteens with their hours and phone, and measures from a chosen community', async () => {
    await within(await weapp.open(`${ROOT}/index/index`), async (page) => {
      await page.waitForText('永胜街道社区食堂');
      expect(page.text()).toContain('莫里青乡助老餐厅');
      expect(page.text()).toContain('0434-4212345');
      await page.tap('choose-community');
      await page.waitForText('育才小区');
      await page.tap('community-cm-yucai');
      await page.waitForText('按「育才小区」，由近到远列出。');
      expect(weapp.wx.calls.filter((c) => c.action === 'canteens').at(-1)?.data).toEqual({ communityId: 'cm-yucai' });
      await page.tap('entry-orders');
      expect(weapp.wx.navigateTo.at(-1)).toContain(`${ROOT}/orders/index`);
    });
  });

  it('shows a day’s menu with dishes, the set price and the cutoff', async () => {
    await within(await weapp.open(`${ROOT}/menu/index`, { canteenId: 'cn-yongsheng', date: '2026-11-30' }), async (page) => {
      await page.waitForText('小鸡炖蘑菇');
      const text = page.text();
      expect(text).toContain('¥12.00');
      expect(text).toContain('11月29日20:00前报餐');
      expect(text).toContain('代玉贤');
      expect(text).toContain('明天');
    });
  });

  it('shows 我的订餐 and 我的优惠 for the family', async () => {
    await within(await weapp.open(`${ROOT}/orders/index`), async (page) => {
      await page.waitForText('代玉贤');
      expect(page.text()).toContain('90岁以上免费');
      expect(page.text()).toContain('11月29日20:00前可取消');
    });
    await within(await weapp.open(`${ROOT}/groups/index`), async (page) => {
      await page.waitForText('退役军人');
      expect(page.text()).toContain('请携带退役军人优待证或退役证到食堂窗口核验');
    });
    expect(weapp.wx.unanswered).toEqual([]);
  });

  it('shows 永胜’s manager the kitchen’s counts and the claims to verify', async () => {
    await signIn(canteenManager);
    await within(await weapp.open(`${ROOT}/admin/index`), async (page) => {
      await page.waitForText('已报6份');
      expect(page.text()).toContain('永胜街道社区食堂');
    });
    await within(await weapp.open(`${ROOT}/admin/index`, { tab: 'claims' }), async (page) => {
      await page.waitForText('出租汽车驾驶员从业资格证');
      expect(page.text()).toContain('2027年11月29日（含）');
    });
    await within(await weapp.open(`${ROOT}/figures/index`), async (page) => {
      await page.waitForText('助餐统计仅对县暖民心行动专班开放。');
    });
    expect(weapp.wx.unanswered).toEqual([]);
  });
});
