import { addDays } from '../../src/domain/business-date';
import { MEAL_CODES } from '../../src/domain/canteen/meals';
import { benchResidents, roundByRound, type BenchSection } from './harness';

const CANTEEN = 'cn-yongsheng';

/** 助老餐厅: each resident orders three meals of one day at 永胜, and 50 accounts race for 3 places. */
export const canteenBench: BenchSection = {
  name: 'canteen',
  async prepare(host, { today, accounts }) {
    // Beyond the kitchen's real capacity: the bench measures the call, not the sell-out.
    await host.app.db.updateTable('canteen_menus').set({ capacity: 100000 }).where('canteen_id', '=', CANTEEN).execute();
    const people = await benchResidents(host, 'bench-canteen', accounts);
    // From the day after tomorrow, so the 20:00 cutoff never falls inside the run.
    const calls = roundByRound(people, MEAL_CODES.length, (p, i, m) => () =>
      host.call('canteen', 'order', { canteenId: CANTEEN, date: addDays(today, 2 + (i % 5)), meal: MEAL_CODES[m], memberId: p.memberId }, { token: p.token }),
    );
    return [{ label: 'canteen.order', calls }];
  },
  async after(host, { today }) {
    const date = addDays(today, 3);
    await host.app.db.updateTable('canteen_menus').set({ capacity: 3 }).where('canteen_id', '=', 'cn-yidan').where('date', '=', date).where('meal', '=', 'lunch').execute();
    // Born a year later than the bench's diners of the same index: other people, who have not ordered yet.
    const racers = await benchResidents(host, 'race-canteen', 50, 1941);
    const race = await Promise.all(racers.map((p) => host.call('canteen', 'order', { canteenId: 'cn-yidan', date, meal: 'lunch', memberId: p.memberId }, { token: p.token })));
    const won = race.filter((r) => r.body.ok).length;
    const full = race.filter((r) => !r.body.ok && r.body.error.code === 'MEAL_FULL').length;
    return [`canteen race: 50 accounts for 3 places: ${won} ordered, ${full} MEAL_FULL`];
  },
};
