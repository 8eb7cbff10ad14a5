import { addDays } from '../business-date';

/**
 * "一次就诊只挂一次号": within three calendar days including the visit day, a revisit for the
 * same illness to the same hospital, campus and department costs neither registration nor
 * consultation fee.
 */
export const REVISIT_WINDOW_DAYS = 3;

import type { RegistrationStatus } from './registration-workflow';

export type { RegistrationStatus };

export interface RegistrationFacts {
  id: string;
  /** The patient: the same person whichever account or member row booked. */
  personKey: string;
  hospitalId: string;
  campusId: string;
  departmentId: string;
  visitDate: string;
  status: RegistrationStatus;
  waived: boolean;
  anchorId: string | null;
}

export interface RevisitAnchor {
  registrationId: string;
  visitDate: string;
  freeRevisitUntil: string;
}

/** The last calendar day of an anchor's free window: d0 + 2. */
export function freeRevisitUntil(visitDate: string): string {
  return addDays(visitDate, REVISIT_WINDOW_DAYS - 1);
}

/** A charged registration that still stands can anchor a window; a waived one never does. */
export function canAnchor(registration: Pick<RegistrationFacts, 'waived' | 'status'>): boolean {
  return !registration.waived && registration.status !== 'cancelled' && registration.status !== 'noshow';
}

export interface RevisitQuery {
  personKey: string;
  hospitalId: string;
  campusId: string;
  departmentId: string;
  visitDate: string;
  /** Waived revisits an anchor may carry; null = unlimited. */
  maxWaivedPerAnchor: number | null;
}

/** Anchors whose window covers the visit date for the same person, hospital, campus and department. */
export function openRevisitAnchors(registrations: RegistrationFacts[], query: RevisitQuery): RevisitAnchor[] {
  const activeRevisits = (anchorId: string) =>
    registrations.filter((r) => r.anchorId === anchorId && r.waived && r.status !== 'cancelled').length;
  return registrations
    .filter(
      (r) =>
        canAnchor(r) &&
        r.personKey === query.personKey &&
        r.hospitalId === query.hospitalId &&
        r.campusId === query.campusId &&
        r.departmentId === query.departmentId &&
        r.visitDate <= query.visitDate &&
        query.visitDate <= freeRevisitUntil(r.visitDate) &&
        (query.maxWaivedPerAnchor === null || activeRevisits(r.id) < query.maxWaivedPerAnchor),
    )
    .sort((a, b) => (a.visitDate === b.visitDate ? a.id.localeCompare(b.id) : b.visitDate.localeCompare(a.visitDate)))
    .map((r) => ({ registrationId: r.id, visitDate: r.visitDate, freeRevisitUntil: freeRevisitUntil(r.visitDate) }));
}

export interface Price {
  registrationFee: number;
  consultationFee: number;
}

export interface PricedRegistration {
  fee: number;
  waived: boolean;
  waivedAmount: number;
}

/** A declared revisit within an open window costs 0 and records what was waived. */
export function priceRegistration(price: Price, revisit: boolean): PricedRegistration {
  const full = price.registrationFee + price.consultationFee;
  return revisit ? { fee: 0, waived: true, waivedAmount: full } : { fee: full, waived: false, waivedAmount: 0 };
}
