import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';
import { codeOf, familyOf, idNumberBornOn, MOTHER_ID_NUMBER, newDiner, ok } from './canteen-support';

jest.setTimeout(240_000);

const NOW = '2026-11-29T02:00:00Z'; // 10:00 in China
const YONGSHENG = 'cn-yongsheng';

/**
 * Races over real HTTP. SQLite runs one writer at a time and hides most of them; the
 * PostgreSQL run (DATABASE_URL) is the one that proves the counters and person rules exact.
 */
describe.each(availableEngines())('canteen under concurrency on %s', (engine) => {
  let host: ApiHost;
  let manager: string;
  let tag = 0;

  beforeAll(async () => {
    host = await startApiHost(engine, { now: NOW, env: { RATE_LIMIT_MUTATIONS: '0' } });
    manager = await host.login('canteen-manager');
  });
  afterAll(async () => {
    await host?.close();
  });

  const canteen = (action: string, data: unknown, token: string, requestId?: string) => host.call('canteen', action, data, { token, requestId });
  const diner = (birthDate = '1950-03-03') => newDiner(host, `race-${engine}-${(tag += 1)}`, idNumberBornOn(birthDate));
  const menuRow = (date: string, meal: 'breakfast' | 'lunch' | 'dinner') =>
    host.app.db.selectFrom('canteen_menus').selectAll().where('canteen_id', '=', YONGSHENG).where('date', '=', date).where('meal', '=', meal).executeTakeFirstOrThrow();
  const liveOrders = (menuId: string) => host.app.db.selectFrom('canteen_orders').selectAll().where('menu_id', '=', menuId).where('status', '=', 'ordered').execute();

  it('gives exactly 3 of 50 racing accounts the 3 places and MEAL_FULL to the other 47', async () => {
    const menu = await menuRow('2026-12-03', 'breakfast');
    await host.app.db.updateTable('canteen_menus').set({ capacity: 3 }).where('id', '=', menu.id).execute();
    const racers = [];
    for (let i = 0; i < 50; i += 1) racers.push(await diner());
    const results = await Promise.all(racers.map((p) => canteen('order', { canteenId: YONGSHENG, date: '2026-12-03', meal: 'breakfast', memberId: p.memberId }, p.token)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
    expect(codes.filter((c) => c === 'MEAL_FULL')).toHaveLength(47);
    expect(await liveOrders(menu.id)).toHaveLength(3);
    expect((await menuRow('2026-12-03', 'breakfast')).ordered).toBe(3);
  });

  it('gives one person ordering the same meal through two accounts at once one order', async () => {
    const son = await host.login('resident-1');
    const { mother } = await familyOf(host, son);
    const daughter = await newDiner(host, `race-${engine}-daughter`, MOTHER_ID_NUMBER, 'mother');
    const meal = { canteenId: YONGSHENG, date: '2026-12-02', meal: 'lunch' };
    const results = await Promise.all([canteen('order', { ...meal, memberId: mother }, son), canteen('order', { ...meal, memberId: daughter.memberId }, daughter.token)]);
    expect(results.map(codeOf).sort()).toEqual(['ALREADY_ORDERED', 'OK']);
    const rows = await host.app.db.selectFrom('canteen_orders').select('id').where('date', '=', '2026-12-02').where('meal', '=', 'lunch').where('status', '=', 'ordered').where('member_id', 'in', [mother, daughter.memberId]).execute();
    expect(rows).toHaveLength(1);
  });

  it('gives one member tapped twice (two requestIds) one order and takes one place', async () => {
    const p = await diner();
    const before = (await menuRow('2026-12-02', 'dinner')).ordered;
    const data = { canteenId: YONGSHENG, date: '2026-12-02', meal: 'dinner', memberId: p.memberId };
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => canteen('order', data, p.token, `tap-${engine}-${i}-xxxx`)));
    expect(results.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    expect(results.map(codeOf).filter((c) => c !== 'OK').every((c) => c === 'ALREADY_ORDERED')).toBe(true);
    expect((await menuRow('2026-12-02', 'dinner')).ordered).toBe(before + 1);
  });

  it('gives back one place when one order is cancelled ten times at once', async () => {
    const p = await diner();
    const order = ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-04', meal: 'lunch', memberId: p.memberId }, p.token));
    const before = (await menuRow('2026-12-04', 'lunch')).ordered;
    const results = await Promise.all(Array.from({ length: 10 }, () => canteen('cancelOrder', { orderId: order.id }, p.token)));
    expect(results.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    expect(results.every((r) => r.status < 500)).toBe(true);
    expect((await menuRow('2026-12-04', 'lunch')).ordered).toBe(before - 1);
  });

  it('never lets a price change slip under an order: each order pays the menu’s price as it stands', async () => {
    const dishes = [{ name: '酸菜白肉炖粉条', category: '荤' }];
    const meals = [
      ['2026-11-30', 'breakfast'],
      ['2026-11-30', 'lunch'],
      ['2026-11-30', 'dinner'],
      ['2026-12-01', 'breakfast'],
      ['2026-12-01', 'lunch'],
      ['2026-12-01', 'dinner'],
      ['2026-12-05', 'breakfast'],
      ['2026-12-05', 'dinner'],
    ] as const;
    for (const [date, meal] of meals) {
      ok(await canteen('publishMenu', { canteenId: YONGSHENG, date, meal, price: 1000, capacity: 50, dishes }, manager));
      const p = await diner('1980-01-01');
      const [published, ordered] = await Promise.all([
        canteen('publishMenu', { canteenId: YONGSHENG, date, meal, price: 1500, capacity: 50, dishes }, manager),
        canteen('order', { canteenId: YONGSHENG, date, meal, memberId: p.memberId }, p.token),
      ]);
      expect(codeOf(ordered)).toBe('OK');
      expect(['OK', 'MENU_HAS_ORDERS']).toContain(codeOf(published));
      const menu = await menuRow(date, meal);
      expect(ok(ordered).basePrice).toBe(menu.price);
      expect(menu.price).toBe(codeOf(published) === 'OK' ? 1500 : 1000);
    }
  });

  it('files one claim when two accounts claim the same person’s group at once', async () => {
    const idNumber = idNumberBornOn('1966-06-06');
    const a = await newDiner(host, `race-${engine}-claim-a`, idNumber);
    const b = await newDiner(host, `race-${engine}-claim-b`, idNumber, 'father');
    const results = await Promise.all([canteen('claimGroup', { memberId: a.memberId, group: 'veteran' }, a.token), canteen('claimGroup', { memberId: b.memberId, group: 'veteran' }, b.token)]);
    expect(results.map(codeOf)).toEqual(['OK', 'OK']);
    expect(ok(results[0]).id).toBe(ok(results[1]).id);
    const rows = await host.app.db.selectFrom('canteen_group_claims').select('id').where('id', '=', ok(results[0]).id).execute();
    expect(rows).toHaveLength(1);
  });

  it('reviews a claim once when approve and reject arrive together', async () => {
    const p = await diner('1970-07-07');
    const claim = ok(await canteen('claimGroup', { memberId: p.memberId, group: 'dibao' }, p.token));
    const results = await Promise.all([
      canteen('verifyGroup', { claimId: claim.id, approve: true }, manager),
      canteen('verifyGroup', { claimId: claim.id, approve: false, reason: '证件不符' }, manager),
      canteen('verifyGroup', { claimId: claim.id, approve: true }, manager),
    ]);
    expect(results.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    expect(results.map(codeOf).filter((c) => c !== 'OK').every((c) => c === 'ILLEGAL_TRANSITION' || c === 'CONFLICT')).toBe(true);
    const events = await host.app.db.selectFrom('status_events').select('to_status').where('subject_id', '=', claim.id).execute();
    expect(events.map((e) => e.to_status).sort()).toEqual(['pending', ok(results.find((r) => r.body.ok)!).status].sort());
  });
});
