import { inSeason } from '../../src/domain/heating/season';
import { COMMUNITIES } from '../../server/features/places/places';
import { buildingId, unitId } from '../../server/features/heating/seed-heating';
import type { ApiResult } from '../../tests/support/api-host';
import { benchResidents, roundByRound, type BenchSection } from './harness';

const PER_ACCOUNT = 3;

/**
 * 温暖供热: each account reports three households spread over every community (so the
 * station locks see realistic contention), then the dispatcher accepts each complaint;
 * afterwards two dispatchers race to move the same 50 complaints.
 */
export const heatingBench: BenchSection = {
  name: 'heating',
  async prepare(host, { today, accounts }) {
    const heatSeason = inSeason(today, host.app.config.heating.season);
    const people = await benchResidents(host, 'bench-heating', accounts);
    const dispatcher = await host.login('heating-dispatcher');
    const submitted: string[] = [];
    const submits = roundByRound(people, PER_ACCOUNT, (p, i, k) => async () => {
        const n = i * PER_ACCOUNT + k;
        const community = COMMUNITIES[n % COMMUNITIES.length];
        const building = 1 + (Math.floor(n / COMMUNITIES.length) % community.buildings);
        const unit = 1 + (n % community.units);
        const answer: ApiResult = await host.call(
          'heating',
          'submit',
          {
            communityId: community.id,
            buildingId: buildingId(community.id, building),
            unitId: unitId(community.id, building, unit),
            room: String(101 + (n % 2000)),
            // Out of season the same path is measured with a leak (heat problems are refused then).
            category: heatSeason ? 'temperature' : 'leak',
            readings: heatSeason ? [{ celsius: 16.5, at: new Date(host.clock.now().getTime() - 10 * 60_000).toISOString() }] : [],
            description: '压测：室温偏低',
            memberId: p.memberId,
          },
          { token: p.token },
        );
        if (answer.body.ok) submitted.push(answer.body.data.id);
        return answer;
      });
    const accepts = submits.map((_, i) => () => host.call('heating', 'transition', { complaintId: submitted[i], to: 'accepted' }, { token: dispatcher }));
    return [
      { label: 'heating.submit', calls: submits },
      { label: 'heating.transition', calls: accepts },
    ];
  },
  async after(host) {
    const first = await host.login('heating-dispatcher');
    const second = await host.loginFresh('bench-heating-dispatcher-2');
    const account = await host.app.db.selectFrom('accounts').select('id').where('openid', '=', 'dev:bench-heating-dispatcher-2').executeTakeFirstOrThrow();
    await host.app.db.insertInto('account_roles').values({ account_id: account.id, role: 'heating_dispatcher', scope: 'hc-huada', granted_at: host.clock.now().toISOString() }).onConflict((oc) => oc.doNothing()).execute();
    const targets = (await host.app.db.selectFrom('heating_complaints').select('id').where('status', '=', 'accepted').orderBy('id').limit(50).execute()).map((r) => r.id);
    const crew = { name: '压测师傅', phone: '13904340000' };
    const race = await Promise.all(
      targets.flatMap((id) => [first, second].map((token) => host.call('heating', 'transition', { complaintId: id, to: 'dispatched', crew }, { token }))),
    );
    const codes = new Map<string, number>();
    for (const r of race) {
      const code = r.body.ok ? 'OK' : r.body.error.code;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    return [`heating race: ${targets.length} complaints each dispatched by two dispatchers at once: ${[...codes].map(([c, n]) => `${n} ${c}`).join(', ')}`];
  },
};
