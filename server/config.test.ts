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
