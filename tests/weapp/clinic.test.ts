/**
 * The 暖心就医 subpackage as the weapp build emits it: rendered by WeChat's own WXML
 * compiler under miniprogram-simulate, answered by stubbed cloud-function calls.
 */
import { loadWeapp, type Weapp } from './load-weapp';

const HOSPITALS = {
  ok: true,
  data: {
    hospitals: [
      {
        id: 'h-first',
        name: '伊通满族自治县第一人民医院',
        shortName: '县第一人民医院',
        campuses: [
          { id: 'c-first-old', name: '老院区', address: '伊通镇中央路', departments: [{ id: 'c-first-old-cardiology', name: '心血管内科' }] },
          { id: 'c-first-new', name: '新院区', address: '伊通镇新城区', departments: [{ id: 'c-first-new-cardiology', name: '心血管内科' }] },
        ],
      },
      { id: 'h-ethnic', name: '伊通满族自治县民族医院', shortName: '县民族医院', campuses: [{ id: 'c-ethnic-main', name: '院本部', address: '伊通镇', departments: [] }] },
    ],
  },
};

let weapp: Weapp;

beforeAll(() => {
  weapp = loadWeapp(['packages/clinic/pages/index/index', 'packages/clinic/pages/schedule/index']);
  weapp.wx.answer('clinic', 'hospitals', HOSPITALS);
  weapp.wx.answer('clinic', 'days', { ok: true, data: { days: [{ date: '2026-11-30', remaining: 51, published: true }], releaseTime: '07:00' } });
  weapp.wx.answer('clinic', 'slots', {
    ok: true,
    data: {
      slots: [
        { id: 'seg-1', date: '2026-11-30', session: 'am', start: '08:00', end: '09:00', clinicType: 'normal', doctorName: null, fee: 800, registrationFee: 100, consultationFee: 700, capacity: 10, booked: 0, remaining: 10, status: 'open', bookability: 'open' },
        { id: 'seg-4', date: '2026-11-30', session: 'am', start: '09:00', end: '11:00', clinicType: 'expert', doctorName: '主任医师', fee: 1500, registrationFee: 300, consultationFee: 1200, capacity: 5, booked: 5, remaining: 0, status: 'open', bookability: 'full' },
      ],
    },
  });
});

describe('the weapp clinic subpackage', () => {
  it('lists both county hospitals and walks from hospital to campus to department', async () => {
    const page = await weapp.open('packages/clinic/pages/index/index');
    try {
      await page.waitForText('县第一人民医院');
      expect(page.text()).toContain('县民族医院');
      await page.tap('hospital-h-first');
      await page.waitForText('新院区');
      await page.tap('campus-c-first-old');
      await page.waitForText('心血管内科');
      await page.tap('department-c-first-old-cardiology');
      expect(weapp.wx.navigateTo.at(-1)).toContain('packages/clinic/pages/schedule/index');
      expect(weapp.wx.navigateTo.at(-1)).toContain('departmentId=c-first-old-cardiology');
    } finally {
      page.close();
    }
  });

  it("shows a day's segments with their fees and which are full", async () => {
    const page = await weapp.open('packages/clinic/pages/schedule/index', { hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'c-first-old-cardiology' });
    try {
      await page.waitForText('08:00');
      const text = page.text();
      expect(text).toContain('¥8.00');
      expect(text).toContain('¥15.00');
      expect(text).toContain('已约满');
      expect(weapp.wx.unanswered).toEqual([]);
    } finally {
      page.close();
    }
  });
});
