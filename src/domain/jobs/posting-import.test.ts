import { parseCsv } from './csv';
import { DEFAULT_JOBS_POLICY as policy } from './jobs-policy';
import { CSV_HEADER, fenFromYuan, postingFromCsv, readHeader, refusalMessage } from './posting-import';

const today = '2026-12-01';
const header = readHeader(CSV_HEADER.split(','));
if (!header.ok) throw new Error('header');
const line = (csv: string) => postingFromCsv(parseCsv(csv)[0].cells, header.index, today, policy);

describe('the import file’s header', () => {
  it('names every column of the provincial platform’s export', () => {
    expect(CSV_HEADER).toBe('title,employer,category,type,pay_yuan,pay_unit,same_day_pay,place,lat,lng,headcount,valid_through,contact_phone,requirements');
  });

  it('takes the columns in any order and says which are missing', () => {
    expect(readHeader(['employer', 'title']).ok).toBe(false);
    expect(readHeader(['employer', 'title'])).toEqual({ ok: false, missing: expect.arrayContaining(['category', 'pay_yuan', 'contact_phone']) });
    const shuffled = readHeader([...CSV_HEADER.split(',')].reverse());
    expect(shuffled.ok && shuffled.index.title).toBe(13);
  });
});

describe('one line of the import file', () => {
  it('reads a complete line, with Chinese labels as the platform exports them', () => {
    const r = line('小区保洁员,伊通县安心家政服务有限公司,保洁,零工,150,天,是,伊通镇长青小区,43.3452,125.3068,3,2026-12-20,13904340001,身体健康 能吃苦');
    expect(r).toEqual({
      ok: true,
      posting: expect.objectContaining({
        title: '小区保洁员',
        employerName: '伊通县安心家政服务有限公司',
        category: 'cleaning',
        type: 'gig',
        pay: 15000,
        payUnit: 'day',
        sameDayPay: true,
        headcount: 3,
        validThrough: '2026-12-20',
        contactPhone: '13904340001',
        requirements: { minAge: null, maxAge: null, skills: [], note: '身体健康 能吃苦' },
      }),
    });
  });

  it('reads codes, a spreadsheet date and a landline too', () => {
    const r = line('装卸工,伊通物流园,loading,temporary,25.5,hour,0,伊通镇物流园,43.35,125.31,10,2026/12/9,0434-4221234,');
    expect(r.ok && r.posting).toMatchObject({ category: 'loading', type: 'temporary', pay: 2550, payUnit: 'hour', sameDayPay: false, validThrough: '2026-12-09', contactPhone: '0434-4221234' });
  });

  it.each([
    { csv: ',伊通物流园,loading,gig,150,day,1,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { title: '岗位名称不能为空' } },
    { csv: '装卸工,伊通物流园,保安,gig,150,day,1,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { category: expect.stringContaining('岗位类别应为家政、保洁') } },
    { csv: '装卸工,伊通物流园,loading,gig,一百五,day,1,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { pay_yuan: '薪酬应为金额（元），如 180 或 12.5' } },
    { csv: '装卸工,伊通物流园,loading,gig,150.123,day,1,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { pay_yuan: '薪酬应为金额（元），如 180 或 12.5' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,周,1,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { pay_unit: '计薪单位应为小时、天、月、件之一' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,day,也许,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { same_day_pay: '是否日结应为“是”或“否”（1/0）' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,day,1,伊通镇,北纬43度,125.31,1,2026-12-09,13904340001,', errors: { lat: '纬度应为十进制度数，如 43.3452' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,day,1,伊通镇,125.31,43.35,1,2026-12-09,13904340001,', errors: { lat: '工作地点坐标不在服务范围内，请检查经纬度是否填反' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,day,1,伊通镇,43.35,125.31,0,2026-12-09,13904340001,', errors: { headcount: '招聘人数应为1至999的整数' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,day,1,伊通镇,43.35,125.31,1,2026-02-30,13904340001,', errors: { valid_through: '有效期应为日期，如 2026-12-31' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,day,1,伊通镇,43.35,125.31,1,2026-11-30,13904340001,', errors: { valid_through: '有效期不能早于今天' } },
    { csv: '装卸工,伊通物流园,loading,gig,150,day,1,伊通镇,43.35,125.31,1,2026-12-09,110,', errors: { contact_phone: '请填写11位手机号或带区号的固定电话' } },
    { csv: '装卸工,伊通物流园,loading,full_time,4500,month,1,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { same_day_pay: '按月计薪的岗位不能标为日结' } },
    { csv: '\u202e工装卸,伊通物流园,loading,gig,150,day,1,伊通镇,43.35,125.31,1,2026-12-09,13904340001,', errors: { title: '岗位名称含有不允许的字符' } },
  ])('refuses $csv with $errors', ({ csv, errors }) => {
    expect(line(csv)).toEqual({ ok: false, errors });
  });

  it('says a past date even when other fields are wrong too', () => {
    expect(line('装卸工,伊通物流园,保安,gig,150,day,1,伊通镇,43.35,125.31,1,2026-11-01,13904340001,')).toEqual({
      ok: false,
      errors: { category: expect.any(String), valid_through: '有效期不能早于今天' },
    });
  });

  it('names every problem of a line at once, in one sentence with its line number', () => {
    const r = line(',,,,,,,,,,,,,');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['category', 'employer', 'headcount', 'lat', 'lng', 'pay_unit', 'pay_yuan', 'place', 'title', 'type', 'valid_through'].sort());
    expect(refusalMessage(7, { pay_yuan: '薪酬应为金额（元），如 180 或 12.5', valid_through: '有效期不能早于今天' })).toBe('第7行：薪酬应为金额（元），如 180 或 12.5；有效期不能早于今天');
  });

  it.each([
    ['180', 18000],
    ['12.5', 1250],
    ['0.05', 5],
    ['12.', null],
    ['-1', null],
    ['1e3', null],
  ])('reads %s 元 as %s fen', (yuan, fen) => {
    expect(fenFromYuan(yuan)).toBe(fen);
  });
});
