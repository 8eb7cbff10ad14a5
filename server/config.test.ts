import { devLoginEnabled, loadConfig } from './config';

describe('dev login', () => {
  it.each([
    { env: {}, host: '127.0.0.1', enabled: true, note: 'on by default on loopback' },
    { env: {}, host: '::1', enabled: true, note: 'on IPv6 loopback' },
    { env: {}, host: '0.0.0.0', enabled: false, note: 'off by default on a public address' },
    { env: { DEV_LOGIN: '1' }, host: '0.0.0.0', enabled: true, note: 'forced on' },
    { env: { DEV_LOGIN: '0' }, host: '127.0.0.1', enabled: false, note: 'forced off' },
    { env: { DEV_LOGIN: '1', NODE_ENV: 'production' }, host: '127.0.0.1', enabled: false, note: 'never in production' },
  ])('is $enabled: $note', ({ env, host, enabled }) => {
    expect(devLoginEnabled(env as NodeJS.ProcessEnv, host)).toBe(enabled);
  });
});

describe('configuration from the environment', () => {
  it('moves the host with PORT, HOST and DATA_DIR', () => {
    const config = loadConfig({ PORT: '4001', HOST: '0.0.0.0', DATA_DIR: '/tmp/nmx-x' } as NodeJS.ProcessEnv);
    expect(config).toMatchObject({ port: 4001, host: '0.0.0.0', dataDir: '/tmp/nmx-x', devLogin: false });
  });

  it('reads clinic policy overrides and keeps the defaults otherwise', () => {
    const config = loadConfig({ CLINIC_RELEASE_TIME: '08:30', CLINIC_WAIVED_REVISITS_PER_ANCHOR: '1' } as NodeJS.ProcessEnv);
    expect(config.clinic).toMatchObject({ releaseTime: '08:30', waivedRevisitsPerAnchor: 1, bookingDaysAhead: 7, perMemberPerDay: 3 });
  });

  it.each([
    { env: { PORT: 'abc' }, message: /PORT/ },
    { env: { CLINIC_RELEASE_TIME: '7am' }, message: /CLINIC_RELEASE_TIME/ },
    { env: { WX_SUBSCRIBE_TEMPLATES: '[1]' }, message: /WX_SUBSCRIBE_TEMPLATES/ },
  ])('refuses a bad setting with a message naming it', ({ env, message }) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});

describe('production', () => {
  const secrets = { TOKEN_SECRET: 'x'.repeat(32), DATA_KEY: 'ab'.repeat(32), PERSON_KEY: 'cd'.repeat(32) };

  it.each(['production', 'Production', 'PRODUCTION', ' production '])('is production whatever the case of NODE_ENV=%j', (nodeEnv) => {
    const config = loadConfig({ NODE_ENV: nodeEnv, DEV_LOGIN: '1', ...secrets } as NodeJS.ProcessEnv);
    expect(config).toMatchObject({ production: true, nodeEnv: 'production', devLogin: false, demoData: false });
  });

  it.each([
    { env: { NODE_ENV: 'Production' }, message: /production requires TOKEN_SECRET, DATA_KEY, PERSON_KEY/ },
    { env: { NODE_ENV: 'production', ...secrets, TOKEN_SECRET: 'a' }, message: /TOKEN_SECRET must be at least 32 bytes/ },
    { env: { NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(32), PERSON_KEY: 'k' }, message: /DATA_KEY/ },
  ])('refuses to start without its secrets: $message', ({ env, message }) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  it('keeps demo data exactly where dev login is', () => {
    expect(loadConfig({ HOST: '127.0.0.1' } as NodeJS.ProcessEnv).demoData).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' } as NodeJS.ProcessEnv).demoData).toBe(false);
  });
});

describe('heating policy from the environment', () => {
  it('keeps the defaults of domain.md §2 without settings', () => {
    expect(loadConfig({} as NodeJS.ProcessEnv).heating).toMatchObject({
      season: { start: '10-20', end: '04-10' },
      standardCelsius: 18,
      acceptHours: 2,
      measureHours: 24,
      resolveHours: 48,
      reopenDays: 7,
      autoCloseHours: 72,
      incidentWindowHours: 24,
    });
  });

  it('reads the season, limits and refund tiers', () => {
    const heating = loadConfig({ HEATING_SEASON_START: '11-01', HEATING_SEASON_END: '03-31', HEATING_ACCEPT_HOURS: '1', HEATING_REFUND_TIERS: '15:50,18:20' } as NodeJS.ProcessEnv).heating;
    expect(heating.season).toEqual({ start: '11-01', end: '03-31' });
    expect(heating.acceptHours).toBe(1);
    expect(heating.refundTiers).toEqual([{ belowCelsius: 18, percent: 20 }, { belowCelsius: 15, percent: 50 }]);
  });

  it.each([
    { env: { HEATING_SEASON_START: '10-32' }, message: /HEATING_SEASON_START/ },
    { env: { HEATING_SEASON_END: '02-29' }, message: /HEATING_SEASON_END/ },
    { env: { HEATING_ACCEPT_HOURS: '0' }, message: /HEATING_ACCEPT_HOURS/ },
    { env: { HEATING_REFUND_TIERS: '18=30' }, message: /HEATING_REFUND_TIERS/ },
    { env: { HEATING_REFUND_TIERS: '20:30' }, message: /HEATING_REFUND_TIERS/ },
    { env: { HEATING_STANDARD_CELSIUS: 'warm' }, message: /HEATING_STANDARD_CELSIUS/ },
  ])('refuses a bad heating setting with a message naming it', ({ env, message }) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
