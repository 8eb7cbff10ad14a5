import { DEFAULT_CANTEEN_POLICY } from '../../../src/domain/canteen/canteen-policy';
import { loadConfig } from '../../config';

describe('canteen policy from the environment', () => {
  it('keeps the article’s defaults: 90 free, 60 at 80 %, groups 80 % and 90 %, orders until 20:00 the day before', () => {
    expect(loadConfig({} as NodeJS.ProcessEnv).canteen).toEqual(DEFAULT_CANTEEN_POLICY);
    expect(DEFAULT_CANTEEN_POLICY).toMatchObject({ freeAge: 90, seniorAge: 60, rates: { senior: 80, veteran: 80, dibao: 80, disabled: 80, worker: 90 }, orderCutoffDaysBefore: 1, orderCutoffTime: '20:00', walkMetresPerMinute: 75, circleMinutes: 15 });
  });

  it('reads a county’s overrides', () => {
    const config = loadConfig({ CANTEEN_FREE_AGE: '85', CANTEEN_SENIOR_RATE: '70', CANTEEN_WORKER_RATE: '95', CANTEEN_ORDER_CUTOFF_TIME: '18:30', CANTEEN_ORDER_CUTOFF_DAYS_BEFORE: '0' } as NodeJS.ProcessEnv);
    expect(config.canteen).toMatchObject({ freeAge: 85, rates: { senior: 70, worker: 95, veteran: 80 }, orderCutoffTime: '18:30', orderCutoffDaysBefore: 0 });
  });

  it.each([
    { env: { CANTEEN_SENIOR_RATE: '120' }, message: /CANTEEN_SENIOR_RATE/ },
    { env: { CANTEEN_WORKER_RATE: '-5' }, message: /CANTEEN_WORKER_RATE/ },
    { env: { CANTEEN_ORDER_CUTOFF_TIME: '8pm' }, message: /CANTEEN_ORDER_CUTOFF_TIME/ },
    { env: { CANTEEN_WALK_METRES_PER_MINUTE: '0' }, message: /CANTEEN_WALK_METRES_PER_MINUTE/ },
    { env: { CANTEEN_CLAIM_VALID_DAYS: '4000' }, message: /CANTEEN_CLAIM_VALID_DAYS/ },
  ])('refuses a bad setting with a message naming it ($env)', ({ env, message }) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
