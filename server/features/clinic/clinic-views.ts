import type { DeskRegistration, Hospital, Registration, RegistrationDetail, Slot } from '../../../src/domain/clinic/contract';
import { canCancelFree, deskMoves } from '../../../src/domain/clinic/booking-rules';
import { canAnchor, freeRevisitUntil } from '../../../src/domain/clinic/three-day-rule';
import { maskIdNumber, maskPhone } from '../../../src/domain/masking';
import type { Vault } from '../../core/personal-data';
import type { CampusTable, ClinicSegmentTable, DepartmentTable, HospitalTable, RegistrationTable } from '../../db/schema';
import { VISIT_BRING } from '../places/places';
import type { DetailedRegistration } from './clinic-repository';

export function toHospitals(hospitals: HospitalTable[], campuses: CampusTable[], departments: DepartmentTable[]): Hospital[] {
  return hospitals.map((h) => ({
    id: h.id,
    name: h.name,
    shortName: h.short_name,
    phone: h.phone,
    campuses: campuses
      .filter((c) => c.hospital_id === h.id)
      .map((c) => ({
        id: c.id,
        name: c.name,
        address: c.address,
        latitude: c.latitude,
        longitude: c.longitude,
        departments: departments.filter((d) => d.campus_id === c.id).map((d) => ({ id: d.id, name: d.name, location: d.location })),
      })),
  }));
}

export function toSegmentView(s: ClinicSegmentTable): Slot {
  return {
    id: s.id,
    date: s.date,
    session: s.session as Slot['session'],
    start: s.start_time,
    end: s.end_time,
    clinicType: s.clinic_type as Slot['clinicType'],
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

export function toRegistrationView(r: RegistrationTable, now: Date): Registration {
  const waived = r.waived === 1;
  return {
    id: r.id,
    status: r.status,
    memberId: r.member_id,
    hospitalId: r.hospital_id,
    campusId: r.campus_id,
    departmentId: r.department_id,
    slotId: r.segment_id,
    visitDate: r.visit_date,
    clinicType: r.clinic_type as Registration['clinicType'],
    fee: r.fee,
    registrationFee: r.registration_fee,
    consultationFee: r.consultation_fee,
    waived,
    waivedAmount: r.waived_amount,
    anchorId: r.anchor_id,
    freeRevisitUntil: canAnchor({ waived, status: r.status }) ? freeRevisitUntil(r.visit_date) : null,
    canCancel: r.status === 'booked' && canCancelFree(r.visit_date, now),
    createdAt: r.created_at,
  };
}

/** A registration with its names and the guide to the day: where, whom to call, what to bring, how to pay. */
export function toRegistrationDetail(r: DetailedRegistration, now: Date, extra: { anchorVisitDate: string | null; linkedRevisits: number }): RegistrationDetail {
  return {
    ...toRegistrationView(r, now),
    memberName: r.member_name,
    hospitalName: r.hospital_name,
    campusName: r.campus_name,
    departmentName: r.department_name,
    start: r.start_time,
    end: r.end_time,
    anchorVisitDate: extra.anchorVisitDate,
    linkedRevisits: extra.linkedRevisits,
    guide: {
      hospitalName: r.hospital_name,
      hospitalPhone: r.hospital_phone,
      campusName: r.campus_name,
      campusAddress: r.campus_address,
      latitude: r.campus_latitude,
      longitude: r.campus_longitude,
      departmentName: r.department_name,
      departmentLocation: r.department_location,
      queueNumber: r.queue_number,
      bring: VISIT_BRING,
      payment: r.payment_note,
    },
  };
}

/** The desk sees the patient masked, and the moves it may make now. */
export function toDeskRegistration(r: DetailedRegistration & { id_number_enc: string | null; phone_enc: string | null }, now: Date, vault: Vault): DeskRegistration {
  return {
    ...toRegistrationView(r, now),
    memberName: r.member_name,
    idNumberMasked: r.id_number_enc ? maskIdNumber(vault.decrypt(r.id_number_enc)) : '（已删除）',
    phoneMasked: r.phone_enc ? maskPhone(vault.decrypt(r.phone_enc)) : '（已删除）',
    start: r.start_time,
    end: r.end_time,
    departmentName: r.department_name,
    queueNumber: r.queue_number,
    allowedMoves: deskMoves({ status: r.status, visitDate: r.visit_date, segmentEnd: r.end_time }, now),
  };
}
