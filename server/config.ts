import path from 'node:path';
import { DEFAULT_CANTEEN_POLICY, type CanteenPolicy } from '../src/domain/canteen/canteen-policy';
import { DEFAULT_CLINIC_POLICY, type ClinicPolicy } from '../src/domain/clinic/clinic-policy';
import { DEFAULT_JOBS_POLICY, type JobsPolicy } from '../src/domain/jobs/jobs-policy';
import { DEFAULT_HEATING_POLICY, type HeatingPolicy, type RefundTier } from '../src/domain/heating/heating-policy';
import { isSeasonDay } from '../src/domain/heating/season';

export interface AppConfig {
  /** NODE_ENV lower-cased: "Production" and "PRODUCTION" are production too. */
  nodeEnv: string;
  production: boolean;
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /**
   * Secrets never live in the database. In production they come from the environment
   * (required); elsewhere a missing one is generated into DATA_DIR/secrets.json.
   */
  secrets: {
    /** HMAC key of session tokens; at least 32 bytes in production. */
    tokenSecret?: string;
    /** AES-256-GCM key for ID and phone numbers at rest (32 bytes, base64 or hex). */
    dataKey?: string;
    /** Earlier data keys, still read after a rotation until `npm run keys -- rotate` re-encrypts. */
    dataKeyPrevious: string[];
    /** HMAC key of the person hash (32 bytes). */
    personKey?: string;
  };
  tokenTtlSeconds: number;
  devLogin: boolean;
  maxMembersPerAccount: number;
  /** Mutations one account may make per rate window. */
  mutationRateLimit: number;
  /** Reads one account may make per rate window (generous: a person never meets it). */
  readRateLimit: number;
  /** Logins one client address may make per rate window. */
  loginRateLimit: number;
  rateWindowSeconds: number;
  /** Demo personas, schedules and menus: on exactly where dev login is on. */
  demoData: boolean;
  /** How long a stored requestId answer is kept for retries. */
  idempotencyTtlHours: number;
  maxBodyBytes: number;
  h5Dir: string;
  wechat: {
    appId?: string;
    secret?: string;
    apiBase: string;
    /** Message kind → subscribe-message template id. */
    templates: Record<string, string>;
  };
  log: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  clinic: ClinicPolicy;
  jobs: JobsPolicy;
  canteen: CanteenPolicy;
  heating: HeatingPolicy;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function templatesFrom(value: string | undefined): Record<string, string> {
  if (!value) return {};
  const parsed: unknown = JSON.parse(value);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('WX_SUBSCRIBE_TEMPLATES must be a JSON object of kind → template id');
  }
  return parsed as Record<string, string>;
}

function clinicPolicyFrom(env: NodeJS.ProcessEnv): ClinicPolicy {
  const d = DEFAULT_CLINIC_POLICY;
  const releaseTime = env.CLINIC_RELEASE_TIME || d.releaseTime;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(releaseTime)) throw new Error(`CLINIC_RELEASE_TIME must be HH:MM, got "${releaseTime}"`);
  const perAnchor = env.CLINIC_WAIVED_REVISITS_PER_ANCHOR;
  return {
    bookingDaysAhead: intFrom(env.CLINIC_BOOKING_DAYS_AHEAD, d.bookingDaysAhead, 'CLINIC_BOOKING_DAYS_AHEAD'),
    releaseTime,
    perDepartmentPerDay: intFrom(env.CLINIC_PER_DEPARTMENT_PER_DAY, d.perDepartmentPerDay, 'CLINIC_PER_DEPARTMENT_PER_DAY'),
    perMemberPerDay: intFrom(env.CLINIC_PER_MEMBER_PER_DAY, d.perMemberPerDay, 'CLINIC_PER_MEMBER_PER_DAY'),
    noShowLimit: intFrom(env.CLINIC_NO_SHOW_LIMIT, d.noShowLimit, 'CLINIC_NO_SHOW_LIMIT'),
    noShowWindowDays: intFrom(env.CLINIC_NO_SHOW_WINDOW_DAYS, d.noShowWindowDays, 'CLINIC_NO_SHOW_WINDOW_DAYS'),
    suspensionDays: intFrom(env.CLINIC_SUSPENSION_DAYS, d.suspensionDays, 'CLINIC_SUSPENSION_DAYS'),
    waivedRevisitsPerAnchor: perAnchor ? intFrom(perAnchor, 0, 'CLINIC_WAIVED_REVISITS_PER_ANCHOR') : d.waivedRevisitsPerAnchor,
    scheduleHorizonDays: intFrom(env.CLINIC_SCHEDULE_HORIZON_DAYS, d.scheduleHorizonDays, 'CLINIC_SCHEDULE_HORIZON_DAYS'),
  };
}

function percentFrom(value: string | undefined, fallback: number, name: string): number {
  const n = intFrom(value, fallback, name);
  if (n > 100) throw new Error(`${name} is a percentage of the price (0–100), got "${value}"`);
  return n;
}

function canteenPolicyFrom(env: NodeJS.ProcessEnv): CanteenPolicy {
  const d = DEFAULT_CANTEEN_POLICY;
  const cutoffTime = env.CANTEEN_ORDER_CUTOFF_TIME || d.orderCutoffTime;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(cutoffTime)) throw new Error(`CANTEEN_ORDER_CUTOFF_TIME must be HH:MM, got "${cutoffTime}"`);
  const rate = (name: string, fallback: number) => percentFrom(env[name], fallback, name);
  const policy: CanteenPolicy = {
    freeAge: intFrom(env.CANTEEN_FREE_AGE, d.freeAge, 'CANTEEN_FREE_AGE'),
    seniorAge: intFrom(env.CANTEEN_SENIOR_AGE, d.seniorAge, 'CANTEEN_SENIOR_AGE'),
    rates: {
      senior: rate('CANTEEN_SENIOR_RATE', d.rates.senior),
      veteran: rate('CANTEEN_VETERAN_RATE', d.rates.veteran),
      dibao: rate('CANTEEN_DIBAO_RATE', d.rates.dibao),
      disabled: rate('CANTEEN_DISABLED_RATE', d.rates.disabled),
      worker: rate('CANTEEN_WORKER_RATE', d.rates.worker),
    },
    orderCutoffDaysBefore: intFrom(env.CANTEEN_ORDER_CUTOFF_DAYS_BEFORE, d.orderCutoffDaysBefore, 'CANTEEN_ORDER_CUTOFF_DAYS_BEFORE'),
    orderCutoffTime: cutoffTime,
    menuDays: intFrom(env.CANTEEN_MENU_DAYS, d.menuDays, 'CANTEEN_MENU_DAYS'),
    publishHorizonDays: intFrom(env.CANTEEN_PUBLISH_HORIZON_DAYS, d.publishHorizonDays, 'CANTEEN_PUBLISH_HORIZON_DAYS'),
    walkMetresPerMinute: intFrom(env.CANTEEN_WALK_METRES_PER_MINUTE, d.walkMetresPerMinute, 'CANTEEN_WALK_METRES_PER_MINUTE'),
    circleMinutes: intFrom(env.CANTEEN_CIRCLE_MINUTES, d.circleMinutes, 'CANTEEN_CIRCLE_MINUTES'),
    claimValidDays: intFrom(env.CANTEEN_CLAIM_VALID_DAYS, d.claimValidDays, 'CANTEEN_CLAIM_VALID_DAYS'),
    claimMaxValidDays: intFrom(env.CANTEEN_CLAIM_MAX_VALID_DAYS, d.claimMaxValidDays, 'CANTEEN_CLAIM_MAX_VALID_DAYS'),
  };
  if (policy.walkMetresPerMinute < 1) throw new Error('CANTEEN_WALK_METRES_PER_MINUTE must be at least 1');
  if (policy.menuDays < 1) throw new Error('CANTEEN_MENU_DAYS must be at least 1 (today)');
  if (policy.claimValidDays > policy.claimMaxValidDays) throw new Error('CANTEEN_CLAIM_VALID_DAYS cannot exceed CANTEEN_CLAIM_MAX_VALID_DAYS');
  return policy;
}

function positiveIntFrom(value: string | undefined, fallback: number, name: string): number {
  const n = intFrom(value, fallback, name);
  if (n < 1) throw new Error(`${name} must be at least 1, got "${value}"`);
  return n;
}

/** "18:30,16:60,14:100": below 18 ℃ 30 %, below 16 ℃ 60 %, below 14 ℃ 100 % of the month's fee. */
function refundTiersFrom(value: string | undefined, fallback: RefundTier[]): RefundTier[] {
  if (!value) return fallback;
  const tiers = value.split(',').map((part) => {
    const match = /^\s*(-?\d+(?:\.\d)?)\s*:\s*(\d{1,3})\s*$/.exec(part);
    if (!match || Number(match[2]) > 100) throw new Error(`HEATING_REFUND_TIERS must read like "18:30,16:60,14:100" (℃:percent), got "${value}"`);
    return { belowCelsius: Number(match[1]), percent: Number(match[2]) };
  });
  return tiers.sort((a, b) => b.belowCelsius - a.belowCelsius);
}

function heatingPolicyFrom(env: NodeJS.ProcessEnv): HeatingPolicy {
  const d = DEFAULT_HEATING_POLICY;
  const season = { start: env.HEATING_SEASON_START || d.season.start, end: env.HEATING_SEASON_END || d.season.end };
  for (const [name, md] of [['HEATING_SEASON_START', season.start], ['HEATING_SEASON_END', season.end]]) {
    if (!isSeasonDay(md)) throw new Error(`${name} must be a month-day MM-DD (not 02-29), got "${md}"`);
  }
  if (season.start === season.end) throw new Error('HEATING_SEASON_START and HEATING_SEASON_END must differ');
  const standard = env.HEATING_STANDARD_CELSIUS ? Number(env.HEATING_STANDARD_CELSIUS) : d.standardCelsius;
  if (!Number.isFinite(standard) || standard < 5 || standard > 30) throw new Error(`HEATING_STANDARD_CELSIUS must be a temperature between 5 and 30, got "${env.HEATING_STANDARD_CELSIUS}"`);
  const refundTiers = refundTiersFrom(env.HEATING_REFUND_TIERS, d.refundTiers);
  if (refundTiers.some((t) => t.belowCelsius > standard)) throw new Error('HEATING_REFUND_TIERS: no tier may start above HEATING_STANDARD_CELSIUS');
  return {
    season,
    standardCelsius: standard,
    acceptHours: positiveIntFrom(env.HEATING_ACCEPT_HOURS, d.acceptHours, 'HEATING_ACCEPT_HOURS'),
    measureHours: positiveIntFrom(env.HEATING_MEASURE_HOURS, d.measureHours, 'HEATING_MEASURE_HOURS'),
    resolveHours: positiveIntFrom(env.HEATING_RESOLVE_HOURS, d.resolveHours, 'HEATING_RESOLVE_HOURS'),
    refundTiers,
    reopenDays: positiveIntFrom(env.HEATING_REOPEN_DAYS, d.reopenDays, 'HEATING_REOPEN_DAYS'),
    autoCloseHours: positiveIntFrom(env.HEATING_AUTO_CLOSE_HOURS, d.autoCloseHours, 'HEATING_AUTO_CLOSE_HOURS'),
    incidentWindowHours: positiveIntFrom(env.HEATING_INCIDENT_WINDOW_HOURS, d.incidentWindowHours, 'HEATING_INCIDENT_WINDOW_HOURS'),
  };
}

function flagFrom(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === '1') return true;
  if (value === '0') return false;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
}

function jobsPolicyFrom(env: NodeJS.ProcessEnv): JobsPolicy {
  const d = DEFAULT_JOBS_POLICY;
  const pageSize = intFrom(env.JOBS_PAGE_SIZE, d.pageSize, 'JOBS_PAGE_SIZE');
  const maxPageSize = Math.max(pageSize, intFrom(env.JOBS_MAX_PAGE_SIZE, d.maxPageSize, 'JOBS_MAX_PAGE_SIZE'));
  return {
    ...d,
    maxValidDays: intFrom(env.JOBS_MAX_VALID_DAYS, d.maxValidDays, 'JOBS_MAX_VALID_DAYS'),
    pageSize,
    maxPageSize,
    maxRadiusKm: intFrom(env.JOBS_MAX_RADIUS_KM, d.maxRadiusKm, 'JOBS_MAX_RADIUS_KM'),
    reminderHoursBefore: intFrom(env.JOBS_REMINDER_HOURS, d.reminderHoursBefore, 'JOBS_REMINDER_HOURS'),
    importMaxRows: intFrom(env.JOBS_IMPORT_MAX_ROWS, d.importMaxRows, 'JOBS_IMPORT_MAX_ROWS'),
    importPublishes: flagFrom(env.JOBS_IMPORT_PUBLISHES, d.importPublishes, 'JOBS_IMPORT_PUBLISHES'),
    minWorkingAge: intFrom(env.JOBS_MIN_WORKING_AGE, d.minWorkingAge, 'JOBS_MIN_WORKING_AGE'),
  };
}

/**
 * Dev login (pick a seeded persona) is on by default only while the host listens on
 * loopback, DEV_LOGIN=0|1 overrides, and production never allows it.
 */
export const isProduction = (env: NodeJS.ProcessEnv) => (env.NODE_ENV ?? '').trim().toLowerCase() === 'production';

export function devLoginEnabled(env: NodeJS.ProcessEnv, host: string): boolean {
  if (isProduction(env)) return false;
  if (env.DEV_LOGIN === '1') return true;
  if (env.DEV_LOGIN === '0') return false;
  return LOOPBACK.has(host);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const host = env.HOST || '127.0.0.1';
  const root = path.resolve(__dirname, '..');
  const production = isProduction(env);
  const tokenSecret = env.TOKEN_SECRET || undefined;
  if (production) {
    const missing = ['TOKEN_SECRET', 'DATA_KEY', 'PERSON_KEY'].filter((name) => !env[name]);
    if (missing.length) throw new Error(`production requires ${missing.join(', ')} (see README, Security and privacy)`);
    if (Buffer.byteLength(tokenSecret ?? '') < 32) throw new Error('TOKEN_SECRET must be at least 32 bytes in production');
  }
  const devLogin = devLoginEnabled(env, host);
  return {
    nodeEnv: (env.NODE_ENV || 'development').trim().toLowerCase(),
    production,
    host,
    port: intFrom(env.PORT, 3000, 'PORT'),
    dataDir: path.resolve(env.DATA_DIR || path.join(root, 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    secrets: {
      tokenSecret,
      dataKey: env.DATA_KEY || undefined,
      dataKeyPrevious: (env.DATA_KEY_PREVIOUS ?? '').split(',').map((k) => k.trim()).filter(Boolean),
      personKey: env.PERSON_KEY || undefined,
    },
    tokenTtlSeconds: intFrom(env.TOKEN_TTL_SECONDS, 7 * 24 * 3600, 'TOKEN_TTL_SECONDS'),
    devLogin,
    demoData: devLogin,
    maxMembersPerAccount: intFrom(env.MAX_MEMBERS, 10, 'MAX_MEMBERS'),
    mutationRateLimit: intFrom(env.RATE_LIMIT_MUTATIONS, 60, 'RATE_LIMIT_MUTATIONS'),
    readRateLimit: intFrom(env.RATE_LIMIT_READS, 600, 'RATE_LIMIT_READS'),
    loginRateLimit: intFrom(env.RATE_LIMIT_LOGINS, 20, 'RATE_LIMIT_LOGINS'),
    idempotencyTtlHours: intFrom(env.IDEMPOTENCY_TTL_HOURS, 24, 'IDEMPOTENCY_TTL_HOURS'),
    rateWindowSeconds: intFrom(env.RATE_LIMIT_WINDOW_SECONDS, 60, 'RATE_LIMIT_WINDOW_SECONDS'),
    maxBodyBytes: 100 * 1024,
    h5Dir: path.resolve(env.H5_DIR || path.join(root, 'dist', 'h5')),
    wechat: {
      appId: env.WX_APPID || undefined,
      secret: env.WX_SECRET || undefined,
      apiBase: env.WX_API_BASE || 'https://api.weixin.qq.com',
      templates: templatesFrom(env.WX_SUBSCRIBE_TEMPLATES),
    },
    log: env.LOG !== '0',
    trustProxy: env.TRUST_PROXY === '1',
    clinic: clinicPolicyFrom(env),
    jobs: jobsPolicyFrom(env),
    canteen: canteenPolicyFrom(env),
    heating: heatingPolicyFrom(env),
  };
}
