import { freeRevisitUntil, canAnchor, type RegistrationStatus } from '../../../src/domain/clinic/three-day-rule';
import { canCancelFree } from '../../../src/domain/clinic/booking-rules';
import type { ClinicSegmentTable, RegistrationTable } from '../../db/schema';

export interface SegmentView {
  id: string;
  date: string;
  session: string;
  start: string;
  end: string;
  clinicType: string;
  doctorName: string | null;
  fee: number;
  registrationFee: number;
  consultationFee: number;
  capacity: number;
  booked: number;
  remaining: number;
  status: string;
}

export function toSegmentView(s: ClinicSegmentTable): SegmentView {
  return {
    id: s.id,
    date: s.date,
    session: s.session,
    start: s.start_time,
    end: s.end_time,
    clinicType: s.clinic_type,
    doctorName: s.doctor_name,
    fee: s.registration_fee + s.consultation_fee,
    registrationFee: s.registration_fee,
    consultationFee: s.consultation_fee,
    capacity: s.capacity,
    booked: s.booked,
    remaining: s.status === 'open' ? Math.max(0, s.capacity - s.booked) : 0,
    status: s.status,
  };
}

export interface RegistrationView {
  id: string;
  status: RegistrationStatus;
  memberId: string;
  hospitalId: string;
  campusId: string;
  departmentId: string;
  slotId: string;
  visitDate: string;
  clinicType: string;
  /** What the patient pays, fen. */
  fee: number;
  registrationFee: number;
  consultationFee: number;
  waived: boolean;
  waivedAmount: number;
  anchorId: string | null;
  /** The last free-revisit day this registration opens, when it can anchor one. */
  freeRevisitUntil: string | null;
  canCancel: boolean;
  createdAt: string;
}

export function toRegistrationView(r: RegistrationTable, now: Date): RegistrationView {
  const status = r.status as RegistrationStatus;
  const waived = r.waived === 1;
  return {
    id: r.id,
    status,
    memberId: r.member_id,
    hospitalId: r.hospital_id,
    campusId: r.campus_id,
    departmentId: r.department_id,
    slotId: r.segment_id,
    visitDate: r.visit_date,
    clinicType: r.clinic_type,
    fee: r.fee,
    registrationFee: r.registration_fee,
    consultationFee: r.consultation_fee,
    waived,
    waivedAmount: r.waived_amount,
    anchorId: r.anchor_id,
    freeRevisitUntil: canAnchor({ waived, status }) ? freeRevisitUntil(r.visit_date) : null,
    canCancel: status === 'booked' && canCancelFree(r.visit_date, now),
    createdAt: r.created_at,
  };
}
