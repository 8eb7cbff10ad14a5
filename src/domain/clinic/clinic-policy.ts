/** Booking rules that hospitals may tune (domain.md §1 defaults). */
export interface ClinicPolicy {
  /** Booking opens this many days ahead… */
  bookingDaysAhead: number;
  /** …at this Shanghai time of day (HH:MM). */
  releaseTime: string;
  /** Active registrations per member per department per day. */
  perDepartmentPerDay: number;
  /** Active registrations per member per day. */
  perMemberPerDay: number;
  noShowLimit: number;
  noShowWindowDays: number;
  suspensionDays: number;
  /** Waived revisits one anchor may carry; null = unlimited within the window. */
  waivedRevisitsPerAnchor: number | null;
  /** Staff publish schedules from today up to this many days ahead. */
  scheduleHorizonDays: number;
}

export const DEFAULT_CLINIC_POLICY: ClinicPolicy = {
  bookingDaysAhead: 7,
  releaseTime: '07:00',
  perDepartmentPerDay: 1,
  perMemberPerDay: 3,
  noShowLimit: 3,
  noShowWindowDays: 90,
  suspensionDays: 30,
  waivedRevisitsPerAnchor: null,
  scheduleHorizonDays: 28,
};
