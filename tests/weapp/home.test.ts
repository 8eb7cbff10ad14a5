/**
 * Smoke test of the real weapp build (dist/weapp) under miniprogram-simulate:
 * WXML compiled by WeChat's wcc, Taro's runtime and page chunks as emitted.
 * Build first: `npm run build:weapp`.
 */
import { loadWeapp, type Weapp } from './load-weapp';

const SERVICES = ['暖心就医', '温暖供热', '助老餐厅', '零工驿站'];

let weapp: Weapp;

beforeAll(() => {
  weapp = loadWeapp(['pages/index/index', 'pages/mine/index']);
  weapp.wx.answer('account', 'loginOptions', {
    ok: true,
    data: {
      devLogin: true,
      wechatLogin: false,
      personas: [{ persona: 'resident-1', label: '代先生' }],
      subscribeTemplates: {},
    },
  });
});

describe('the weapp home page (pages/index/index)', () => {
  it('shows the four services a resident can open', async () => {
    const home = await weapp.open('pages/index/index');
    try {
      await home.waitForText(SERVICES[0]);
      for (const name of SERVICES) expect(home.comp.dom.textContent).toContain(name);
    } finally {
      home.close();
    }
  });

  it('opens the clinic subpackage when 暖心就医 is tapped', async () => {
    const home = await weapp.open('pages/index/index');
    try {
      await home.waitForText('暖心就医');
      expect(weapp.wx.navigateTo).toEqual([]);
      await home.tap('service-clinic');
      expect(weapp.wx.navigateTo).toHaveLength(1);
      expect(weapp.wx.navigateTo[0]).toContain('packages/clinic');
    } finally {
      home.close();
    }
  });
});

describe('the weapp 我的 tab (pages/mine/index) when signed out', () => {
  it('shows the login card with the dev personas from the account function', async () => {
    const mine = await weapp.open('pages/mine/index');
    try {
      await mine.waitForText('登录暖民心');
      await mine.waitForText('代先生');
      expect(mine.text()).toContain('体验账号（测试环境）');
      expect(weapp.wx.calls.map((c) => `${c.fn}.${c.action}`)).toContain('account.loginOptions');
      expect(weapp.wx.unanswered).toEqual([]);
    } finally {
      mine.close();
    }
  });
});
