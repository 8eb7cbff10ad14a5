import { addDays } from '../../src/domain/business-date';
import { segmentId } from '../../server/features/clinic/demo-schedules';
import { benchResidents, roundByRound, type BenchSection } from './harness';

const DEPARTMENTS = ['cardiology', 'endocrinology', 'neurology'];

/** 暖心就医: bookings spread over the next five days, and 50 accounts racing for 3 places. */
export const clinicBench: BenchSection = {
  name: 'clinic',
  async prepare(host, { today, accounts }) {
    await host.app.db.updateTable('clinic_segments').set({ capacity: 100000 }).execute();
    const people = await benchResidents(host, 'bench-clinic', accounts);
    const calls = roundByRound(
      people,
      DEPARTMENTS.length,
      (p, i, d) => () =>
        // As the app sends it: with a requestId, so the idempotency claim is measured too.
        host.call('clinic', 'book', { memberId: p.memberId, slotId: segmentId(`c-first-old-${DEPARTMENTS[d]}`, addDays(today, 1 + (i % 5)), 1 + ((i + d) % 6)) }, { token: p.token, requestId: `bench-book-${i}-${d}` }),
    );
    return [{ label: 'clinic.book', calls }];
  },
  async after(host, { today }) {
    const raceSlot = segmentId('c-first-new-pediatrics', addDays(today, 4), 3);
    await host.app.db.updateTable('clinic_segments').set({ capacity: 3 }).where('id', '=', raceSlot).execute();
    const racers = await benchResidents(host, 'race-clinic', 50);
    const race = await Promise.all(racers.map((p) => host.call('clinic', 'book', { memberId: p.memberId, slotId: raceSlot }, { token: p.token })));
    const won = race.filter((r) => r.body.ok).length;
    const full = race.filter((r) => !r.body.ok && r.body.error.code === 'SLOT_FULL').length;
    return [`clinic race: 50 accounts for 3 places: ${won} booked, ${full} SLOT_FULL`];
  },
};
