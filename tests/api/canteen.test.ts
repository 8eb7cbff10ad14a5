import { availableEngines } from '../support/engines';
import { runDueJobs } from '../../server/jobs/run-jobs';
import { startApiHost, type ApiHost } from '../support/api-host';
import { codeOf, familyOf, idNumberBornOn, MOTHER_ID_NUMBER, newDiner, ok } from './canteen-support';

jest.setTimeout(180_000);

// Business dates are China dates whatever the server's zone: run this suite far from it.
process.env.TZ = 'America/Los_Angeles';

const NOW = '2026-11-29T02:00:00Z'; // 10:00 on Sunday 11月29日 in China
const YONGSHENG = 'cn-yongsheng';
const TOMORROW = '2026-11-30';
const LUNCH_TOMORROW = { canteenId: YONGSHENG, date: TOMORROW, meal: 'lunch' };

describe.each(availableEngines())('canteen function on %s', (engine) => {
  let host: ApiHost;
  let son: string; // resident-1: 代先生, for himself (71) and his mother 代玉贤 (94)
  let mother: string;
  let self: string;
  let veteran: string; // resident-2: 李向东 (46), a verified 退役军人 in the demo data
  let veteranMember: string;
  let manager: string;
  let official: string;
  let tag = 0;

  beforeAll(async () => {
    // The clock stands still here, so the per-account mutation limit is off (it has its own tests).
    host = await startApiHost(engine, { now: NOW, env: { RATE_LIMIT_MUTATIONS: '0' } });
    son = await host.login('resident-1');
    ({ self, mother } = await familyOf(host, son));
    veteran = await host.login('resident-2');
    veteranMember = (await familyOf(host, veteran)).self;
    manager = await host.login('canteen-manager');
    official = await host.login('official');
  });
  afterAll(async () => {
    await host?.close();
  });
  afterEach(() => host.clock.set(NOW));

  const canteen = (action: string, data: unknown, token = son, requestId?: string) => host.call('canteen', action, data, { token, requestId });
  const diner = (birthDate: string) => newDiner(host, `canteen-${engine}-${(tag += 1)}`, idNumberBornOn(birthDate));
  const messagesOf = async (token: string) => ok(await host.call('account', 'messages', {}, { token })).messages as Array<{ kind: string; title: string; body: string }>;
  /** The latest message of a kind (the clock stands still, so several share one instant). */
  const messageOf = async (token: string, kind: string) => (await messagesOf(token)).find((m) => m.kind === kind);
  const menuRow = (date: string, meal: string, canteenId = YONGSHENG) =>
    host.app.db.selectFrom('canteen_menus').selectAll().where('canteen_id', '=', canteenId).where('date', '=', date).where('meal', '=', meal as 'lunch').executeTakeFirstOrThrow();

  describe('canteens near me (一刻钟助餐服务圈)', () => {
    it('lists 永胜街道社区食堂 and the 17 town and village canteens, with phones and hours per meal', async () => {
      const data = ok(await canteen('canteens', {}, ''));
      expect(data.canteens).toHaveLength(18);
      expect(data.canteens[0]).toMatchObject({
        id: YONGSHENG,
        name: '永胜街道社区食堂',
        phone: '0434-4212345',
        walkMinutes: null,
        withinCircle: false,
        meals: [
          { meal: 'breakfast', from: '06:30', to: '08:00' },
          { meal: 'lunch', from: '11:00', to: '12:30' },
          { meal: 'dinner', from: '16:30', to: '18:00' },
        ],
      });
      expect(data.canteens.filter((c: any) => c.meals.some((m: any) => m.meal === 'lunch'))).toHaveLength(18);
      expect(data.pricingRules).toContain('90岁以上免费');
      expect(data.cutoffRule).toBe('用餐前一天20:00前报餐，截止前可取消');
    });

    it('sorts by walking minutes from a community (metres / 75, rounded up) and marks those within 15 minutes', async () => {
      const data = ok(await canteen('canteens', { communityId: 'cm-yucai' }, ''));
      expect(data.origin).toEqual({ kind: 'community', communityId: 'cm-yucai', name: '育才小区' });
      const minutes = data.canteens.map((c: any) => c.walkMinutes);
      expect(minutes).toEqual([...minutes].sort((a: number, b: number) => a - b));
      for (const c of data.canteens) {
        expect(c.walkMinutes).toBeGreaterThanOrEqual(Math.ceil((c.distanceMetres - 0.5) / 75));
        expect(c.walkMinutes).toBeLessThanOrEqual(Math.ceil((c.distanceMetres + 0.5) / 75));
        expect(c.withinCircle).toBe(c.walkMinutes <= 15);
      }
      const yongsheng = data.canteens.find((c: any) => c.id === YONGSHENG);
      expect(yongsheng).toMatchObject({ walkMinutes: 5, withinCircle: true });
      expect(data.canteens.find((c: any) => c.id === 'cn-moliqing').withinCircle).toBe(false);
      expect(data.circleLabel).toBe('一刻钟内');
    });

    it('measures from the phone’s location when given', async () => {
      const data = ok(await canteen('canteens', { lat: 43.3449, lng: 125.3052 }, ''));
      expect(data.origin).toEqual({ kind: 'location' });
      expect(data.canteens[0]).toMatchObject({ id: YONGSHENG, walkMinutes: 0, distanceMetres: 0, withinCircle: true });
    });

    it('names the week residents may order and the days managers may publish, on the host’s calendar', async () => {
      const data = ok(await canteen('canteens', {}, ''));
      expect(data.menuDates).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
      expect(data.publishDates).toHaveLength(15);
      expect(data.publishDates[0]).toBe('2026-11-29');
      expect(data.publishDates[14]).toBe('2026-12-13');
      host.clock.set('2026-11-29T16:00:00Z'); // 00:00 on 11月30日 in China
      expect(ok(await canteen('canteens', {}, '')).menuDates[0]).toBe('2026-11-30');
    });

    it('offers the communities with a known place for the picker', async () => {
      const data = ok(await canteen('communities', {}, ''));
      expect(data.communities.length).toBeGreaterThanOrEqual(12);
      expect(data.communities.find((c: any) => c.id === 'cm-zaishui')).toMatchObject({ name: '在水一方', lat: expect.any(Number), lng: expect.any(Number) });
    });

    it.each([
      { data: { communityId: 'cm-nowhere' }, code: 'NOT_FOUND' },
      { data: { lat: 43.3 }, code: 'VALIDATION_FAILED' },
      { data: { lat: 95, lng: 125 }, code: 'VALIDATION_FAILED' },
    ])('refuses $data with $code', async ({ data, code }) => {
      expect(codeOf(await canteen('canteens', data, ''))).toBe(code);
    });
  });

  describe('menus', () => {
    it('shows today and the next 6 days of 永胜’s three meals, set price, dishes with category and tags, places and the cutoff', async () => {
      for (let d = 0; d < 7; d += 1) {
        const date = `2026-${d === 0 ? '11-29' : d === 1 ? '11-30' : `12-0${d - 1}`}`;
        expect(ok(await canteen('menu', { canteenId: YONGSHENG, date }, '')).meals.map((m: any) => m.meal)).toEqual(['breakfast', 'lunch', 'dinner']);
      }
      const data = ok(await canteen('menu', { canteenId: YONGSHENG, date: TOMORROW }, ''));
      const lunch = data.meals.find((m: any) => m.meal === 'lunch');
      expect(lunch).toMatchObject({ price: 1200, capacity: 150, remaining: 150, from: '11:00', to: '12:30', orderBy: '2026-11-29T12:00:00.000Z', orderable: true });
      expect(lunch.diner).toBeUndefined();
      expect(lunch.dishes.length).toBeGreaterThanOrEqual(5);
      for (const dish of lunch.dishes) expect(['荤', '素', '主食', '汤', '点心']).toContain(dish.category);
      expect(lunch.dishes.flatMap((d: any) => d.tags)).toContain('软烂');
      expect(ok(await canteen('menu', { canteenId: YONGSHENG, date: '2026-11-29' }, '')).meals[1].orderable).toBe(false);
    });

    it('puts the chosen diner’s price first: 0 元 for the 94-year-old, 八折 for her 71-year-old son and for the verified veteran', async () => {
      const priceOf = async (token: string, memberId: string) => ok(await canteen('menu', { canteenId: YONGSHENG, date: TOMORROW, memberId }, token)).meals.find((m: any) => m.meal === 'lunch').diner;
      expect(await priceOf(son, mother)).toEqual({ price: 0, rule: { code: 'age_90_plus', label: '90岁以上免费' }, orderId: null });
      expect(await priceOf(son, self)).toMatchObject({ price: 960, rule: { code: 'senior', label: '60岁以上老人八折' } });
      expect(await priceOf(veteran, veteranMember)).toMatchObject({ price: 960, rule: { code: 'veteran', label: '退役军人八折' } });
    });

    it('asks for login before pricing a member, and finds no member of another account', async () => {
      expect(codeOf(await canteen('menu', { canteenId: YONGSHENG, date: TOMORROW, memberId: mother }, ''))).toBe('UNAUTHENTICATED');
      const r = await canteen('menu', { canteenId: YONGSHENG, date: TOMORROW, memberId: mother }, veteran);
      expect(r.status).toBe(404);
      expect(codeOf(r)).toBe('NOT_FOUND');
    });

    it('shows no meals on a day not yet published, and NOT_FOUND for an unknown canteen', async () => {
      expect(ok(await canteen('menu', { canteenId: YONGSHENG, date: '2026-12-20' }, '')).meals).toEqual([]);
      expect(codeOf(await canteen('menu', { canteenId: 'cn-nowhere', date: TOMORROW }, ''))).toBe('NOT_FOUND');
    });
  });

  describe('报餐', () => {
    it('orders tomorrow’s lunch for the 94-year-old mother at 0 元 and tells the son', async () => {
      const order = ok(await canteen('order', { ...LUNCH_TOMORROW, memberId: mother }));
      expect(order).toMatchObject({
        status: 'ordered',
        canteenId: YONGSHENG,
        canteenName: '永胜街道社区食堂',
        canteenPhone: '0434-4212345',
        date: TOMORROW,
        meal: 'lunch',
        memberId: mother,
        memberName: '代玉贤',
        basePrice: 1200,
        price: 0,
        rule: { code: 'age_90_plus', label: '90岁以上免费' },
        ruleLabel: '90岁以上免费',
        orderBy: '2026-11-29T12:00:00.000Z',
        cancelBy: '2026-11-29T12:00:00.000Z',
        canCancel: true,
        upcoming: true,
      });
      const message = await messageOf(son, 'canteen_ordered');
      expect(message).toMatchObject({ title: '报餐成功' });
      expect(message?.body).toBe('代玉贤 11月30日午餐（永胜街道社区食堂，11:00\u201112:30）已报餐，免费（90岁以上免费）。11月29日20:00前可取消。');
      expect((await menuRow(TOMORROW, 'lunch')).ordered).toBe(1);
      const mine = ok(await canteen('myOrders', {}));
      expect(mine.orders.map((o: any) => o.id)).toContain(order.id);
      const menu = ok(await canteen('menu', { canteenId: YONGSHENG, date: TOMORROW, memberId: mother }));
      expect(menu.meals.find((m: any) => m.meal === 'lunch')).toMatchObject({ remaining: 149, diner: { orderId: order.id } });
    });

    it('refuses a second lunch for the same person: at another canteen, and through another account that added her', async () => {
      const lunch = { canteenId: YONGSHENG, date: '2026-12-02', meal: 'lunch' };
      ok(await canteen('order', { ...lunch, memberId: mother }));
      const village = await canteen('order', { ...lunch, canteenId: 'cn-yitong-1', memberId: mother });
      expect([village.status, codeOf(village)]).toEqual([409, 'ALREADY_ORDERED']);
      const daughter = await newDiner(host, `canteen-${engine}-daughter`, MOTHER_ID_NUMBER, 'mother');
      expect(codeOf(await canteen('order', { ...lunch, memberId: daughter.memberId }, daughter.token))).toBe('ALREADY_ORDERED');
      // Another meal of the same day is a different meal.
      expect(ok(await canteen('order', { ...lunch, meal: 'dinner', memberId: daughter.memberId }, daughter.token)).price).toBe(0);
    });

    it('fixes the price when ordering: a discount verified afterwards changes the next order, not this one', async () => {
      const worker = await diner('1986-03-14');
      const first = ok(await canteen('order', { ...LUNCH_TOMORROW, memberId: worker.memberId }, worker.token));
      expect(first).toMatchObject({ price: 1200, rule: { code: 'full', label: '原价' } });
      const claim = ok(await canteen('claimGroup', { memberId: worker.memberId, group: 'cleaner' }, worker.token));
      ok(await canteen('verifyGroup', { claimId: claim.id, approve: true }, manager));
      expect(ok(await canteen('myOrders', {}, worker.token)).orders[0]).toMatchObject({ id: first.id, price: 1200 });
      const next = ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-01', meal: 'lunch', memberId: worker.memberId }, worker.token));
      expect(next).toMatchObject({ price: 1080, rule: { code: 'worker', label: '保洁员九折' } });
    });

    it('never reads a price from the client', async () => {
      const r = await canteen('order', { ...LUNCH_TOMORROW, memberId: self, price: 0 });
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
    });

    it('quotes the diner’s price with the rule and the cutoff', async () => {
      expect(ok(await canteen('quote', { canteenId: YONGSHENG, date: '2026-12-02', meal: 'breakfast', memberId: self }))).toEqual({
        basePrice: 400,
        price: 320,
        rule: { code: 'senior', label: '60岁以上老人八折' },
        orderBy: '2026-12-01T12:00:00.000Z',
        orderable: true,
        remaining: 80,
      });
    });

    it.each([
      { case: 'a meal the village canteen does not serve', data: { canteenId: 'cn-yitong-1', date: TOMORROW, meal: 'breakfast' }, code: 'MENU_NOT_PUBLISHED', status: 404 },
      { case: 'a day not yet published', data: { canteenId: YONGSHENG, date: '2026-12-20', meal: 'lunch' }, code: 'MENU_NOT_PUBLISHED', status: 404 },
      { case: 'today (its cutoff was last night)', data: { canteenId: YONGSHENG, date: '2026-11-29', meal: 'dinner' }, code: 'ORDER_CUTOFF_PASSED', status: 409 },
      { case: 'an unknown canteen', data: { canteenId: 'cn-nowhere', date: TOMORROW, meal: 'lunch' }, code: 'NOT_FOUND', status: 404 },
    ])('refuses $case with $code', async ({ data, code, status }) => {
      const r = await canteen('order', { ...data, memberId: self });
      expect([r.status, codeOf(r)]).toEqual([status, code]);
    });

    it('offers only today and the next 6 days, though a manager may publish further ahead', async () => {
      ok(await canteen('publishMenu', { canteenId: YONGSHENG, date: '2026-12-06', meal: 'lunch', price: 1200, capacity: 100, dishes: [{ name: '小鸡炖蘑菇', category: '荤' }] }, manager));
      const r = await canteen('order', { canteenId: YONGSHENG, date: '2026-12-06', meal: 'lunch', memberId: self });
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect(r.body.ok === false && r.body.error.fields?.date).toBe('只能预订12月5日以前的餐');
    });

    describe('the cutoff, 20:00 China time the day before, on the injected clock', () => {
      it.each([
        { at: '2026-11-30T11:59:59Z', china: '19:59:59', code: 'OK' },
        { at: '2026-11-30T12:00:00Z', china: '20:00:00', code: 'ORDER_CUTOFF_PASSED' },
        { at: '2026-11-30T15:59:00Z', china: '23:59', code: 'ORDER_CUTOFF_PASSED' },
      ])('ordering 12月1日’s dinner at $china on 11月30日: $code', async ({ at, code }) => {
        const guest = await diner('1990-07-01');
        host.clock.set(at);
        const r = await canteen('order', { canteenId: YONGSHENG, date: '2026-12-01', meal: 'dinner', memberId: guest.memberId }, guest.token);
        expect(codeOf(r)).toBe(code);
        if (code !== 'OK') expect(r.body.ok === false && r.body.error.message).toBe('12月1日晚餐的报餐已于11月30日20:00截止');
      });

      it.each([
        { at: '2026-11-30T11:59:59Z', china: '19:59:59', code: 'OK' },
        { at: '2026-11-30T12:00:00Z', china: '20:00:00', code: 'ORDER_CUTOFF_PASSED' },
      ])('cancelling 12月1日’s breakfast at $china on 11月30日: $code', async ({ at, code }) => {
        const guest = await diner('1991-07-01');
        const order = ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-01', meal: 'breakfast', memberId: guest.memberId }, guest.token));
        host.clock.set(at);
        const r = await canteen('cancelOrder', { orderId: order.id }, guest.token);
        expect(codeOf(r)).toBe(code);
        const mine = ok(await canteen('myOrders', {}, guest.token));
        expect(mine.orders[0]).toMatchObject({ status: code === 'OK' ? 'cancelled' : 'ordered', canCancel: false });
      });
    });

    it('cancels before the cutoff, gives the place back and says so, naming the diner', async () => {
      const order = ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-03', meal: 'lunch', memberId: self }));
      const before = (await menuRow('2026-12-03', 'lunch')).ordered;
      const cancelled = ok(await canteen('cancelOrder', { orderId: order.id }));
      expect(cancelled).toMatchObject({ status: 'cancelled', statusLabel: '已取消', canCancel: false, upcoming: false });
      expect((await menuRow('2026-12-03', 'lunch')).ordered).toBe(before - 1);
      expect(await messageOf(son, 'canteen_cancelled')).toMatchObject({ title: '报餐已取消', body: '代建国 12月3日午餐（永胜街道社区食堂）的报餐已取消，未收费。' });
      const twice = await canteen('cancelOrder', { orderId: order.id });
      expect([twice.status, codeOf(twice)]).toEqual([409, 'ILLEGAL_TRANSITION']);
      expect((await menuRow('2026-12-03', 'lunch')).ordered).toBe(before - 1);
      // Cancelled, the person may order the meal again.
      expect(codeOf(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-03', meal: 'lunch', memberId: self }))).toBe('OK');
    });

    it('hides another account’s orders: cancel answers NOT_FOUND and 我的订餐 does not list them', async () => {
      const order = ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-04', meal: 'lunch', memberId: mother }));
      const r = await canteen('cancelOrder', { orderId: order.id }, veteran);
      expect([r.status, codeOf(r)]).toEqual([404, 'NOT_FOUND']);
      expect(ok(await canteen('myOrders', {}, veteran)).orders.map((o: any) => o.id)).not.toContain(order.id);
      expect(codeOf(await canteen('order', { ...LUNCH_TOMORROW, memberId: mother }, veteran))).toBe('NOT_FOUND');
    });

    it('lists the family’s coming orders soonest first in 我的订餐', async () => {
      ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-05', meal: 'lunch', memberId: self }));
      ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-05', meal: 'lunch', memberId: mother }));
      const mine = ok(await canteen('myOrders', {}));
      const mealOrder = ['breakfast', 'lunch', 'dinner'];
      const upcoming = mine.orders.filter((o: any) => o.status === 'ordered').map((o: any) => `${o.date} ${mealOrder.indexOf(o.meal)}`);
      expect(upcoming).toEqual([...upcoming].sort());
      expect(new Set(mine.orders.map((o: any) => o.memberName))).toEqual(new Set(['代玉贤', '代建国']));
      // Coming orders are marked, so the app lists them apart without trusting the phone's clock.
      expect(mine.orders.filter((o: any) => o.upcoming)).toEqual(mine.orders.filter((o: any) => o.status === 'ordered'));
      host.clock.set('2026-12-05T16:00:00Z'); // 00:00 on 12月6日 in China: the 12月5日 lunches are eaten
      const later = ok(await canteen('myOrders', {}));
      expect(later.orders.filter((o: any) => o.date === '2026-12-05' && o.status === 'ordered').map((o: any) => o.upcoming)).toEqual([false, false]);
      expect(mine.cutoffRule).toBe('用餐前一天20:00前报餐，截止前可取消');
    });

    it('orders once for a retried requestId', async () => {
      const guest = await diner('1970-01-01');
      const data = { canteenId: YONGSHENG, date: '2026-12-02', meal: 'dinner', memberId: guest.memberId };
      const before = (await menuRow('2026-12-02', 'dinner')).ordered;
      const first = ok(await canteen('order', data, guest.token, 'retry-order-0001'));
      const second = ok(await canteen('order', data, guest.token, 'retry-order-0001'));
      expect(second.id).toBe(first.id);
      expect((await menuRow('2026-12-02', 'dinner')).ordered).toBe(before + 1);
    });

    it('asks for login before quoting, ordering or listing orders', async () => {
      for (const [action, data] of [
        ['quote', { ...LUNCH_TOMORROW, memberId: self }],
        ['order', { ...LUNCH_TOMORROW, memberId: self }],
        ['myOrders', {}],
        ['claimGroup', { memberId: self, group: 'veteran' }],
      ] as const) {
        expect(codeOf(await canteen(action, data, ''))).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('discount groups (verified by canteen staff)', () => {
    it('gives nothing while pending; the manager sees the claim masked, approves it, and the family is told', async () => {
      const driver = await diner('1978-09-09');
      const claim = ok(await canteen('claimGroup', { memberId: driver.memberId, group: 'taxi_driver' }, driver.token));
      expect(claim).toMatchObject({ memberId: driver.memberId, group: 'taxi_driver', status: 'pending', statusLabel: '待核验', expiresOn: null });
      expect(claim.nextStep).toBe('请携带出租汽车驾驶员从业资格证到食堂窗口核验，核验通过后出租车司机用餐九折');
      const quote = () => canteen('quote', { ...LUNCH_TOMORROW, memberId: driver.memberId }, driver.token);
      expect(ok(await quote())).toMatchObject({ price: 1200, rule: { code: 'full' } });

      const pending = ok(await canteen('pendingClaims', {}, manager)).claims.find((c: any) => c.id === claim.id);
      expect(pending).toMatchObject({ group: 'taxi_driver', document: '出租汽车驾驶员从业资格证', age: 48, sex: expect.any(String), status: 'pending' });
      expect(pending.idNumberMasked).toMatch(/^2203\*{10}\d{3}[\dX]$/);
      expect(pending).not.toHaveProperty('birthDate');

      const verified = ok(await canteen('verifyGroup', { claimId: claim.id, approve: true, expiresOn: '2027-06-30' }, manager));
      expect(verified).toMatchObject({ status: 'verified', expiresOn: '2027-06-30', canteenId: YONGSHENG });
      expect(ok(await quote())).toMatchObject({ price: 1080, rule: { code: 'worker', label: '出租车司机九折' } });
      const message = await messageOf(driver.token, 'canteen_claim_verified');
      expect(message).toMatchObject({ title: '用餐优惠已核验' });
      expect(message?.body).toContain('至6月30日（含）在助老餐厅用餐九折');
      expect(ok(await canteen('pendingClaims', {}, manager)).claims.map((c: any) => c.id)).not.toContain(claim.id);
    });

    it('lasts a year when staff give no date, and no longer than the policy allows', async () => {
      expect(ok(await canteen('pendingClaims', {}, manager))).toMatchObject({ today: '2026-11-29', defaultExpiresOn: '2027-11-29', latestExpiresOn: '2029-11-29' });
      const student = await diner('2007-02-02');
      const claim = ok(await canteen('claimGroup', { memberId: student.memberId, group: 'student' }, student.token));
      const tooLong = await canteen('verifyGroup', { claimId: claim.id, approve: true, expiresOn: '2030-01-01' }, manager);
      expect(codeOf(tooLong)).toBe('VALIDATION_FAILED');
      expect(ok(await canteen('verifyGroup', { claimId: claim.id, approve: true }, manager)).expiresOn).toBe('2027-11-29');
      const again = await canteen('verifyGroup', { claimId: claim.id, approve: false, reason: '证件过期' }, manager);
      expect([again.status, codeOf(again)]).toEqual([409, 'ILLEGAL_TRANSITION']);
    });

    it('rejects with a reason that the family reads, and refuses a rejection without one', async () => {
      const p = await diner('1960-04-04');
      const claim = ok(await canteen('claimGroup', { memberId: p.memberId, group: 'disabled' }, p.token));
      expect(codeOf(await canteen('verifyGroup', { claimId: claim.id, approve: false }, manager))).toBe('VALIDATION_FAILED');
      expect(ok(await canteen('verifyGroup', { claimId: claim.id, approve: false, reason: '未携带残疾人证' }, manager))).toMatchObject({ status: 'rejected', reason: '未携带残疾人证' });
      expect((await messageOf(p.token, 'canteen_claim_rejected'))?.body).toContain('未通过核验，原因：未携带残疾人证');
      const mine = ok(await canteen('myClaims', {}, p.token));
      expect(mine.claims).toEqual([expect.objectContaining({ group: 'disabled', status: 'rejected', reason: '未携带残疾人证', memberName: '测试就餐人' })]);
      // A rejected claim may be filed again, and the new one is what the family sees.
      expect(ok(await canteen('claimGroup', { memberId: p.memberId, group: 'disabled' }, p.token)).status).toBe('pending');
      expect(ok(await canteen('myClaims', {}, p.token)).claims).toEqual([expect.objectContaining({ group: 'disabled', status: 'pending', reason: null })]);
    });

    it('stays verified for the person when a second account adds him', async () => {
      const idNumber = idNumberBornOn('1969-10-01');
      const first = await newDiner(host, `canteen-${engine}-vet-a`, idNumber);
      const claim = ok(await canteen('claimGroup', { memberId: first.memberId, group: 'veteran' }, first.token));
      ok(await canteen('verifyGroup', { claimId: claim.id, approve: true }, manager));
      const second = await newDiner(host, `canteen-${engine}-vet-b`, idNumber, 'father');
      const again = ok(await canteen('claimGroup', { memberId: second.memberId, group: 'veteran' }, second.token));
      expect(again).toMatchObject({ id: claim.id, memberId: second.memberId, status: 'verified' });
      expect(ok(await canteen('myClaims', {}, second.token)).claims).toEqual([expect.objectContaining({ group: 'veteran', status: 'verified', memberId: second.memberId })]);
      expect(ok(await canteen('quote', { ...LUNCH_TOMORROW, memberId: second.memberId }, second.token))).toMatchObject({ price: 960, rule: { code: 'veteran' } });
    });

    it('never stacks groups: a 65-year-old veteran pays 80 % once, a student on 低保 the 低保 price', async () => {
      const senior = await diner('1961-01-01');
      const c = ok(await canteen('claimGroup', { memberId: senior.memberId, group: 'veteran' }, senior.token));
      ok(await canteen('verifyGroup', { claimId: c.id, approve: true }, manager));
      expect(ok(await canteen('quote', { ...LUNCH_TOMORROW, memberId: senior.memberId }, senior.token))).toMatchObject({ price: 960, rule: { code: 'senior' } });
      const student = await diner('2006-05-05');
      for (const group of ['student', 'dibao']) {
        const claim = ok(await canteen('claimGroup', { memberId: student.memberId, group }, student.token));
        ok(await canteen('verifyGroup', { claimId: claim.id, approve: true }, manager));
      }
      expect(ok(await canteen('quote', { ...LUNCH_TOMORROW, memberId: student.memberId }, student.token))).toMatchObject({ price: 960, rule: { code: 'dibao', label: '低保户八折' } });
    });

    it('gives nothing after the expiry date; the job marks it expired once, tells the family, and a second run changes nothing', async () => {
      const p = await diner('1975-12-12');
      const claim = ok(await canteen('claimGroup', { memberId: p.memberId, group: 'dibao' }, p.token));
      ok(await canteen('verifyGroup', { claimId: claim.id, approve: true, expiresOn: '2026-12-01' }, manager));
      const quote = (date: string) => canteen('quote', { canteenId: YONGSHENG, date, meal: 'lunch', memberId: p.memberId }, p.token);
      expect(ok(await quote('2026-12-01')).price).toBe(960);
      expect(ok(await quote('2026-12-02'))).toMatchObject({ price: 1200, rule: { code: 'full' } });

      const job = host.app.jobs.find((j) => j.name === 'canteen-expire-claims')!;
      expect(await job.run(host.app, new Date('2026-12-01T15:59:00Z'))).toBe(0); // 23:59 on the last day
      expect(await job.run(host.app, new Date('2026-12-01T16:00:00Z'))).toBeGreaterThanOrEqual(1); // 00:00 the day after
      expect(await job.run(host.app, new Date('2026-12-01T16:00:00Z'))).toBe(0);
      const row = await host.app.db.selectFrom('canteen_group_claims').select('status').where('id', '=', claim.id).executeTakeFirstOrThrow();
      expect(row.status).toBe('expired');
      expect(await messageOf(p.token, 'canteen_claim_expired')).toMatchObject({ title: '用餐优惠已到期' });
      // Expired, the person may claim again.
      expect(ok(await canteen('claimGroup', { memberId: p.memberId, group: 'dibao' }, p.token)).status).toBe('pending');
    });

    it('keeps claims to canteen staff: residents cannot list or verify, and a claim named for another canteen is not this manager’s', async () => {
      const p = await diner('1980-08-08');
      const claim = ok(await canteen('claimGroup', { memberId: p.memberId, group: 'migrant_worker', canteenId: 'cn-yidan' }, p.token));
      expect(codeOf(await canteen('pendingClaims', {}, son))).toBe('FORBIDDEN');
      expect(codeOf(await canteen('verifyGroup', { claimId: claim.id, approve: true }, son))).toBe('FORBIDDEN');
      expect(ok(await canteen('pendingClaims', {}, manager)).claims.map((c: any) => c.id)).not.toContain(claim.id);
      expect(codeOf(await canteen('verifyGroup', { claimId: claim.id, approve: true }, manager))).toBe('NOT_FOUND');
    });

    it('takes no document image', async () => {
      const r = await canteen('claimGroup', { memberId: self, group: 'veteran', photo: 'file_abc' });
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      const columns = Object.keys((await host.app.db.selectFrom('canteen_group_claims').selectAll().executeTakeFirst()) ?? {});
      expect(columns.filter((c) => /image|photo|file|document/.test(c))).toEqual([]);
    });
  });

  describe('canteen manager', () => {
    const dishes = [
      { name: '锅包肉', category: '荤', tags: [], allergens: [] },
      { name: '白菜炖豆腐', category: '素', tags: ['软烂', '低盐'], allergens: ['大豆'] },
      { name: '大米饭', category: '主食', tags: [], allergens: [] },
    ];
    const publish = (data: Record<string, unknown>, token = manager) => canteen('publishMenu', { canteenId: YONGSHENG, date: '2026-12-08', meal: 'lunch', price: 1300, capacity: 120, dishes, ...data }, token);

    it('publishes a meal, changes it freely before the first order, then only its capacity', async () => {
      const meal = ok(await publish({}));
      expect(meal).toMatchObject({ canteenId: YONGSHENG, date: '2026-12-08', meal: 'lunch', price: 1300, capacity: 120, remaining: 120, ordered: 0, dishes });
      expect(ok(await publish({ price: 1250, dishes: dishes.slice(0, 2) }))).toMatchObject({ price: 1250, dishes: dishes.slice(0, 2) });
      // Ordering opens as the week reaches it.
      host.clock.set('2026-12-02T02:00:00Z');
      ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-08', meal: 'lunch', memberId: self }));
      const changed = await publish({ price: 1000, dishes: dishes.slice(0, 2) });
      expect([changed.status, codeOf(changed)]).toEqual([409, 'MENU_HAS_ORDERS']);
      expect(ok(await publish({ price: 1250, dishes: dishes.slice(0, 2), capacity: 140 }))).toMatchObject({ capacity: 140, ordered: 1, remaining: 139 });
      const below = await publish({ price: 1250, dishes: dishes.slice(0, 2), capacity: 0 });
      expect(codeOf(below)).toBe('CAPACITY_BELOW_ORDERED');
      expect((await menuRow('2026-12-08', 'lunch')).price).toBe(1250);
    });

    it.each([
      { case: 'a date in the past', data: { date: '2026-11-28' }, field: 'date' },
      { case: 'a date beyond the 14-day horizon', data: { date: '2026-12-14' }, field: 'date' },
      { case: 'more than the canteen cooks in a day', data: { date: '2026-12-09', capacity: 260 }, field: 'capacity' },
      { case: 'a dish of no known category', data: { date: '2026-12-09', dishes: [{ name: '锅包肉', category: '肉' }] }, field: 'dishes.0.category' },
      { case: 'no dishes', data: { date: '2026-12-09', dishes: [] }, field: 'dishes' },
    ])('refuses $case (VALIDATION_FAILED on $field)', async ({ data, field }) => {
      if (field === 'capacity') ok(await publish({ date: '2026-12-09', meal: 'breakfast', capacity: 80, price: 400 }));
      const r = await publish(data);
      expect([r.status, codeOf(r)]).toEqual([400, 'VALIDATION_FAILED']);
      expect(r.body.ok === false && r.body.error.fields?.[field]).toBeTruthy();
    });

    it('publishes only for its own canteen', async () => {
      expect(codeOf(await publish({ canteenId: 'cn-yidan' }))).toBe('FORBIDDEN');
      expect(codeOf(await publish({}, son))).toBe('FORBIDDEN');
      expect(codeOf(await canteen('orderCounts', { canteenId: 'cn-yidan', date: TOMORROW }, manager))).toBe('FORBIDDEN');
    });

    it('copies last week’s meals onto days not yet published', async () => {
      // 12月10日 and 11日 are empty; a week before, 12月3日 and 4日, hold the demo menus.
      ok(await publish({ date: '2026-12-11', meal: 'dinner', capacity: 50, price: 900 }));
      const copied = ok(await canteen('copyLastWeek', { canteenId: YONGSHENG, date: '2026-12-10', days: 2 }, manager));
      expect(copied.copied).toEqual([
        { date: '2026-12-10', meal: 'breakfast' },
        { date: '2026-12-10', meal: 'lunch' },
        { date: '2026-12-10', meal: 'dinner' },
        { date: '2026-12-11', meal: 'breakfast' },
        { date: '2026-12-11', meal: 'lunch' },
      ]);
      expect(copied.skipped).toEqual([{ date: '2026-12-11', meal: 'dinner', reason: 'already_published' }]);
      const source = await menuRow('2026-12-03', 'lunch');
      const copy = await menuRow('2026-12-10', 'lunch');
      expect({ price: copy.price, capacity: copy.capacity, dishes: copy.dishes, ordered: copy.ordered }).toEqual({ price: source.price, capacity: source.capacity, dishes: source.dishes, ordered: 0 });
      expect(ok(await canteen('copyLastWeek', { canteenId: YONGSHENG, date: '2026-12-10', days: 1 }, manager)).copied).toEqual([]);
    });

    it('counts a meal’s orders per pricing rule for the kitchen: how many free, discounted and full', async () => {
      const dinner = { canteenId: YONGSHENG, date: '2026-12-05', meal: 'dinner' };
      const guest = await diner('1988-06-06');
      ok(await canteen('order', { ...dinner, memberId: mother }));
      ok(await canteen('order', { ...dinner, memberId: self }));
      ok(await canteen('order', { ...dinner, memberId: veteranMember }, veteran));
      ok(await canteen('order', { ...dinner, memberId: guest.memberId }, guest.token));
      const counts = ok(await canteen('orderCounts', { canteenId: YONGSHENG, date: '2026-12-05' }, manager));
      expect(counts.meals.map((m: any) => m.meal)).toEqual(['breakfast', 'lunch', 'dinner']);
      const { dishes: cooked, ...dinnerCounts } = counts.meals.find((m: any) => m.meal === 'dinner');
      expect(cooked.map((d: any) => d.name)).toContain('小米粥');
      expect(dinnerCounts).toEqual({
        meal: 'dinner',
        mealLabel: '晚餐',
        published: true,
        capacity: 70,
        ordered: 4,
        remaining: 66,
        byRule: { age_90_plus: 1, senior: 1, veteran: 1, dibao: 0, disabled: 0, worker: 0, full: 1 },
        takings: 0 + 800 + 800 + 1000,
      });
    });
  });

  describe('county figures', () => {
    it('shows officials meals ordered, free meals for 90+ and discounted meals by rule, per canteen and per day', async () => {
      ok(await canteen('order', { canteenId: YONGSHENG, date: '2026-12-05', meal: 'breakfast', memberId: mother }));
      const s = ok(await canteen('stats', { from: '2026-11-29', to: '2026-12-12' }, official));
      const live = await host.app.db.selectFrom('canteen_orders').select(['rule_code', 'base_price', 'price', 'canteen_id', 'date']).where('status', '=', 'ordered').execute();
      expect(s.orders).toBe(live.length);
      expect(s.freeMeals).toBe(live.filter((r) => r.rule_code === 'age_90_plus').length);
      expect(s.discountedMeals).toBe(live.filter((r) => !['age_90_plus', 'full'].includes(r.rule_code)).length);
      expect(s.subsidy).toBe(live.reduce((sum, r) => sum + r.base_price - r.price, 0));
      expect(s.byCanteen).toHaveLength(18);
      expect(s.byCanteen[0]).toMatchObject({ canteenId: YONGSHENG, orders: live.filter((r) => r.canteen_id === YONGSHENG).length });
      expect(s.byDay.reduce((sum: number, d: any) => sum + d.orders, 0)).toBe(live.length);
      expect(s.byDay.find((d: any) => d.date === '2026-12-05').freeMeals).toBe(live.filter((r) => r.date === '2026-12-05' && r.rule_code === 'age_90_plus').length);
      expect(s.freeMeals).toBeGreaterThanOrEqual(1);
    });

    it('keeps the figures from residents and managers, and refuses a reversed period', async () => {
      expect(codeOf(await canteen('stats', { from: '2026-11-29', to: '2026-12-05' }, son))).toBe('FORBIDDEN');
      expect(codeOf(await canteen('stats', { from: '2026-11-29', to: '2026-12-05' }, manager))).toBe('FORBIDDEN');
      expect(codeOf(await canteen('stats', { from: '2026-12-05', to: '2026-11-29' }, official))).toBe('VALIDATION_FAILED');
    });
  });

  describe('interop', () => {
    it('publishes the canteens as schema.org JSON-LD with coordinates and hours per meal', async () => {
      const response = await host.raw('/ld/canteens');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/ld+json');
      const body = await response.json();
      expect(body['@context']).toBe('https://schema.org');
      expect(body['@graph']).toHaveLength(18);
      expect(body['@graph'][0]).toMatchObject({
        '@type': 'FoodEstablishment',
        name: '永胜街道社区食堂',
        telephone: '0434-4212345',
        geo: { latitude: 43.3449, longitude: 125.3052 },
      });
      expect(body['@graph'][0].openingHoursSpecification.map((h: any) => [h.name, h.opens, h.closes])).toEqual([
        ['breakfast', '06:30', '08:00'],
        ['lunch', '11:00', '12:30'],
        ['dinner', '16:30', '18:00'],
      ]);
    });
  });

  describe('reference and demo data', () => {
    it('keeps the week of demo menus filled as days pass, once per day', async () => {
      const job = host.app.jobs.find((j) => j.name === 'canteen-demo-menus')!;
      expect(job.demoOnly).toBe(true);
      const at = new Date('2026-12-01T01:00:00Z'); // 12月1日: the window now reaches 12月7日
      const published = await host.app.db.selectFrom('canteen_menus').select('id').where('date', 'in', ['2026-12-06', '2026-12-07']).execute();
      // Every meal of the two new days at the 18 canteens (永胜 three, the others lunch), less what managers already published.
      expect(await job.run(host.app, at)).toBe(2 * (3 + 17) - published.length);
      expect(await job.run(host.app, at)).toBe(0);
      expect(ok(await canteen('menu', { canteenId: 'cn-moliqing', date: '2026-12-07' }, '')).meals.map((m: any) => m.meal)).toEqual(['lunch']);
    });

    it('seeds the canteens and their hours everywhere, but demo menus and claims only where demo data is on', async () => {
      const production = await startApiHost(engine, { now: NOW, env: { DEV_LOGIN: '0' } });
      try {
        expect(ok(await production.call('canteen', 'canteens', {})).canteens).toHaveLength(18);
        expect(ok(await production.call('canteen', 'communities', {})).communities.length).toBeGreaterThanOrEqual(12);
        expect(await production.app.db.selectFrom('canteen_menus').select('id').execute()).toEqual([]);
        expect(await production.app.db.selectFrom('canteen_group_claims').select('id').execute()).toEqual([]);
        const reports = await runDueJobs(production.app, new Date(NOW));
        expect(reports.map((r) => r.name)).toContain('canteen-expire-claims');
        expect(reports.map((r) => r.name)).not.toContain('canteen-demo-menus');
        expect(await production.app.db.selectFrom('canteen_menus').select('id').execute()).toEqual([]);
      } finally {
        await production.close();
      }
    });
  });
});
