import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';

jest.setTimeout(120_000);

/** Shapes a careless or hostile client might send in place of an action's data. */
const JUNK: unknown[] = [
  null,
  [],
  [1, 2],
  'text',
  42,
  true,
  { memberId: null },
  { memberId: { $ne: '' } },
  { slotId: "x' OR '1'='1" },
  { registrationId: 'a'.repeat(5000) },
  { date: '2026-02-30', from: '0000-00-00', to: '9999-99-99' },
  { name: '\u0000\u202e', idNumber: '1'.repeat(18), phone: '１３８００００００００', relation: '__proto__' },
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: true } } },
  { segments: [{ capacity: -1, start: '25:00', end: '-1', registrationFee: 1e308 }] },
  { templateIds: Array(50).fill('t') },
];

/** Actions whose input is empty (`{}`, which one junk shape reduces to): listing is their answer. */
const LISTS = new Set([
  'account.loginOptions',
  'account.me',
  'account.members',
  'account.messages',
  'clinic.hospitals',
  'clinic.freeClinics',
  'clinic.mine',
  'clinic.mySignups',
  'canteen.canteens',
  'canteen.communities',
  'canteen.myOrders',
  'canteen.myClaims',
  'canteen.pendingClaims',
  'heating.communities',
  'heating.mine',
  'heating.queue',
  'heating.incidents',
  // Reads whose every field is optional: an empty object is a fair question.
  'jobs.search',
  'jobs.events',
  'jobs.station',
  'jobs.profile',
  'jobs.myApplications',
]);

describe.each(availableEngines())('every action refuses junk with a 4xx and changes nothing, on %s', (engine) => {
  let host: ApiHost;
  let resident: string;
  let admin: string;
  let canteenManager: string;
  let dispatcher: string;

  beforeAll(async () => {
    host = await startApiHost(engine);
    resident = await host.login('resident-1');
    admin = await host.login('hospital-admin');
    canteenManager = await host.login('canteen-manager');
    dispatcher = await host.login('heating-dispatcher');
  });
  afterAll(async () => {
    await host?.close();
  });

  const snapshot = async () => {
    const tables = ['accounts', 'members', 'messages', 'registrations', 'clinic_segments', 'free_clinic_signups', 'subscriptions', 'canteen_menus', 'canteen_orders', 'canteen_group_claims', 'heating_complaints', 'heating_incidents', 'status_events', 'employers', 'job_postings', 'job_applications', 'job_seekers', 'job_events', 'job_event_enrollments'] as const;
    const counts = await Promise.all(tables.map((t) => host.app.db.selectFrom(t).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()));
    const booked = await host.app.db.selectFrom('clinic_segments').select((eb) => eb.fn.sum<string | number>('booked').as('n')).executeTakeFirstOrThrow();
    const ordered = await host.app.db.selectFrom('canteen_menus').select((eb) => eb.fn.sum<string | number>('ordered').as('n')).executeTakeFirstOrThrow();
    return [...counts.map((c) => Number(c.n)), Number(booked.n ?? 0), Number(ordered.n ?? 0)];
  };

  it('across every function, for a resident, hospital staff, a canteen manager and a heating dispatcher', async () => {
    const before = await snapshot();
    const statuses = new Map<number, number>();
    for (const [fn, actions] of Object.entries(host.app.functions)) {
      for (const action of Object.keys(actions)) {
        for (const token of [resident, admin, canteenManager, dispatcher]) {
          for (const data of JUNK) {
            const response = await host.raw(`/api/${fn}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ action, data }),
            });
            const body = await response.json();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            if (response.status >= 500 || (response.status === 200 && !LISTS.has(`${fn}.${action}`))) {
              throw new Error(`${fn}.${action} answered ${response.status} to ${JSON.stringify(data)?.slice(0, 80)}: ${JSON.stringify(body).slice(0, 200)}`);
            }
            expect(typeof body.ok).toBe('boolean');
            if (!body.ok) expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
          }
        }
      }
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
