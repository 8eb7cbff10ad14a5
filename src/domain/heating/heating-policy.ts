/**
 * Heating rules the county may tune (domain.md §2 defaults). The server reads them from
 * the environment (`server/config.ts`); the app words its rules from the copy the
 * `communities` action returns, so a changed number never leaves an old one in a sentence.
 */
export interface RefundTier {
  /** Applies when the measured temperature is below this (℃)… */
  belowCelsius: number;
  /** …as this share of that month's heating fee (%). The lowest matching threshold wins. */
  percent: number;
}

export interface HeatingPolicy {
  /** The heating season as month-day (MM-DD), both ends inclusive; it may span the new year. */
  season: { start: string; end: string };
  /** 《吉林省城市供热条例》: indoor temperature not below this during the season, day and night. */
  standardCelsius: number;
  /** A complaint is accepted (受理) within this many hours of submission… */
  acceptHours: number;
  /** …measured on site (上门测温) within this many hours… */
  measureHours: number;
  /** …and an outage (不热停热) repaired within this many hours. */
  resolveHours: number;
  /** Reference refund tiers by measured temperature, highest threshold first. */
  refundTiers: RefundTier[];
  /** The resident may reopen within this many days of 已处理. */
  reopenDays: number;
  /** A resolved complaint neither confirmed nor reopened closes by itself after this many hours. */
  autoCloseHours: number;
  /** Complaints from one station within this many hours of the first open one form one incident. */
  incidentWindowHours: number;
}

export const DEFAULT_HEATING_POLICY: HeatingPolicy = {
  season: { start: '10-20', end: '04-10' },
  standardCelsius: 18,
  acceptHours: 2,
  measureHours: 24,
  resolveHours: 48,
  refundTiers: [
    { belowCelsius: 18, percent: 30 },
    { belowCelsius: 16, percent: 60 },
    { belowCelsius: 14, percent: 100 },
  ],
  reopenDays: 7,
  autoCloseHours: 72,
  incidentWindowHours: 24,
};

export const HOUR_MS = 3600_000;

/** An ISO instant plus some hours. */
export const plusHours = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * HOUR_MS).toISOString();
