import { benchResidents, type BenchSection } from './harness';

const CALLS = 1200;

/**
 * What every call pays before its own work, so a mutation's ratio can be read as floor plus
 * work: a POST with a JSON body refused before anything is looked up (HTTP, JSON, the
 * envelope), and a signed-in POST refused at validation (adds the token and its account).
 */
export const floorBench: BenchSection = {
  name: 'floor',
  async prepare(host) {
    const people = await benchResidents(host, 'bench-floor', 50);
    return [
      { label: 'floor: POST, no work', calls: Array.from({ length: CALLS }, () => () => host.call('clinic', 'noSuchAction', {})) },
      {
        label: 'floor: POST, signed in',
        calls: Array.from({ length: CALLS }, (_, i) => () => host.call('clinic', 'book', { memberId: 1 }, { token: people[i % people.length].token })),
      },
    ];
  },
};
