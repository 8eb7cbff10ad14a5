/**
 * The 温暖供热 subpackage as the weapp build emits it: rendered by WeChat's own WXML compiler
 * under miniprogram-simulate, answered by stubbed cloud-function calls. Signing in goes
 * through 我的 as a person would (a dev persona), answered as a resident or a dispatcher.
 */
import { loadWeapp, type Weapp } from './load-weapp';
import { communitiesAnswer, complaint, dispatcher, handled, incident } from '../doubles/heating-answers';

const PAGES = [
  'pages/mine/index',
  'packages/heating/pages/index/index',
  'packages/heating/pages/report/index',
  'packages/heating/pages/complaint/index',
  'packages/heating/pages/mine/index',
  'packages/heating/pages/dispatch/index',
  'packages/heating/pages/desk/index',
  'packages/heating/pages/figures/index',
];

const ok = (data: unknown) => ({ ok: true, data });
const residentUser = { id: 'acc-1', displayName: '代先生', roles: [{ role: 'resident', scope: '' }] };

let weapp: Weapp;

let signedIn = false;

/** Signs in on 我的 with the persona button (signing out first), the account function answering as `user`. */
async function signInAs(user: unknown) {
  const mine = await weapp.open('pages/mine/index');
  try {
    if (signedIn) {
      await mine.waitForText('退出登录');
      weapp.wx.modalConfirms = true;
      await mine.tap('logout');
    }
    await mine.waitForText('登录暖民心');
    weapp.wx.answer('account', 'devLogin', ok({ token: 'token-1', expiresAt: '2027-01-01T00:00:00.000Z', user }));
    weapp.wx.answer('account', 'me', ok({ user, unreadMessages: 0 }));
    await mine.tap('persona-resident-1');
    await mine.waitForText('退出登录');
    signedIn = true;
  } finally {
    mine.close();
  }
}

beforeAll(() => {
  weapp = loadWeapp(PAGES);
  weapp.wx.answer('account', 'loginOptions', ok({ devLogin: true, wechatLogin: false, personas: [{ persona: 'resident-1', label: '代先生' }], subscribeTemplates: {} }));
  weapp.wx.answer('account', 'members', ok({ members: [{ id: 'm-self', name: '代建国', relation: 'self', relationLabel: '本人', idNumberMasked: '2203**********1010', phoneMasked: '139****1234', sex: 'M', age: 71, idNumberLocked: false }], maxMembers: 10 }));
  weapp.wx.answer('account', 'messages', ok({ messages: [], unread: 0 }));
  weapp.wx.answer('heating', 'communities', ok(communitiesAnswer()));
  weapp.wx.answer('heating', 'buildings', ok({ buildings: [{ id: 'cm-tianxin-b3', name: '3号楼', units: [{ id: 'cm-tianxin-b3-u2', name: '2单元' }] }] }));
});

describe('the weapp heating subpackage', () => {
  it('opens on the standard, the season and 我要反映', async () => {
    const page = await weapp.open('packages/heating/pages/index/index');
    try {
      await page.waitForText('不低于18℃');
      expect(page.text()).toContain('我要反映');
      expect(page.text()).toContain('供暖期为每年10月20日至次年4月10日（含）');
    } finally {
      page.close();
    }
  });

  it('walks a resident from 小区 to 单元 and shows how to measure beside the reading', async () => {
    await signInAs(residentUser);
    const page = await weapp.open('packages/heating/pages/report/index');
    try {
      await page.waitForText('天馨花园');
      await page.tap('community-cm-tianxin');
      await page.waitForText('3号楼');
      await page.tap('building-cm-tianxin-b3');
      // One unit: chosen with the building.
      await page.waitForText('2单元');
      await page.tap('category-temperature');
      await page.waitForText('怎样测室温');
      expect(page.text()).toContain('关闭门窗30分钟后测量');
      expect(page.text()).toContain('维修人员会打这个电话');
    } finally {
      page.close();
    }
  });

  it('shows a handled complaint with the measured temperature, the refund tier and the timeline', async () => {
    weapp.wx.answer('heating', 'detail', ok(handled()));
    const page = await weapp.open('packages/heating/pages/complaint/index', { id: 'hcp-1' });
    try {
      await page.waitForText('参考退费');
      expect(page.text()).toContain('实测16.8℃，低于18℃，参考退费：当月供热费的30%');
      expect(page.text()).toContain('已解决，确认办结');
      expect(page.text()).toContain('调节入户阀门并排气，复测19.5℃');
      expect(weapp.wx.calls.filter((c) => c.action === 'detail').at(-1)?.data).toEqual({ complaintId: 'hcp-1' });
    } finally {
      page.close();
    }
  });

  it('gives the dispatcher the queue, the incident and the desk with the resident’s phone', async () => {
    await signInAs(dispatcher);
    weapp.wx.answer('heating', 'queue', ok({ complaints: [complaint({ overdue: true, overdueLabel: '督办：超时未受理' })] }));
    weapp.wx.answer('heating', 'incidents', ok({ incidents: [incident()] }));
    weapp.wx.answer('heating', 'detail', ok(complaint({ phone: '13904345678' })));
    weapp.wx.answer('heating', 'transition', ok(complaint({ status: 'accepted', statusLabel: '已受理', allowedMoves: ['dispatched', 'rejected'] })));

    const queue = await weapp.open('packages/heating/pages/dispatch/index');
    try {
      await queue.waitForText('督办：超时未受理');
      expect(queue.text()).toContain('天馨花园 3号楼 2单元 502室');
      expect(queue.text()).not.toContain('13904345678');
    } finally {
      queue.close();
    }

    const desk = await weapp.open('packages/heating/pages/desk/index', { complaintId: 'hcp-1' });
    try {
      await desk.waitForText('13904345678');
      await desk.tap('move-accepted');
      expect(weapp.wx.calls.filter((c) => c.action === 'transition').at(-1)?.data).toEqual({ complaintId: 'hcp-1', to: 'accepted' });
      expect(weapp.wx.unanswered).toEqual([]);
    } finally {
      desk.close();
    }
  });
});
