import { dailyPayEstimate, type PostingFields } from '../../../src/domain/jobs/posting-rules';
import { unitVector } from '../../../src/domain/jobs/geo';
import type { JobsPolicy } from '../../../src/domain/jobs/jobs-policy';
import { CATEGORIES, POSTING_TYPES } from '../../../src/domain/jobs/vocabulary';
import type { JobPostingRecord } from '../../db/schema';
import { parseSkills } from './jobs-views';

/** What keyword search matches: title, employer, category and type, place, skills, requirements, description, 日结. */
export function searchTextOf(f: PostingFields, employerName: string): string {
  return [
    f.title,
    employerName,
    CATEGORIES[f.category],
    POSTING_TYPES[f.type],
    f.sameDayPay ? '日结' : '',
    f.place,
    f.requirements.skills.join(' '),
    f.requirements.note,
    f.description.slice(0, 300),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * One posting's row from its fields: pay per day for sorting, the place as a unit
 * vector for exact distance in SQL, the search text, and the contact phone sealed.
 */
export function postingRow(
  f: PostingFields,
  ctx: {
    id: string;
    employer: { id: string; name: string; stationId: string };
    status: JobPostingRecord['status'];
    source: 'employer' | 'import';
    sourceKey?: string | null;
    createdBy: string | null;
    at: string;
    postedAt: string | null;
    seal: (plain: string) => string;
    policy: JobsPolicy;
  },
): JobPostingRecord {
  const u = unitVector({ lat: f.lat, lng: f.lng });
  return {
    id: ctx.id,
    employer_id: ctx.employer.id,
    station_id: ctx.employer.stationId,
    title: f.title,
    description: f.description,
    category: f.category,
    type: f.type,
    pay: f.pay,
    pay_unit: f.payUnit,
    same_day_pay: f.sameDayPay ? 1 : 0,
    pay_daily: dailyPayEstimate(f.pay, f.payUnit, ctx.policy),
    place: f.place,
    lat: f.lat,
    lng: f.lng,
    ux: u.x,
    uy: u.y,
    uz: u.z,
    headcount: f.headcount,
    hired: 0,
    min_age: f.requirements.minAge,
    max_age: f.requirements.maxAge,
    skills: JSON.stringify(f.requirements.skills),
    requirements_note: f.requirements.note,
    work_from: f.workDates?.from ?? null,
    work_to: f.workDates?.to ?? null,
    work_hours: f.workHours,
    contact_name: f.contactName,
    contact_phone_enc: ctx.seal(f.contactPhone),
    valid_through: f.validThrough,
    status: ctx.status,
    rejection_reason: null,
    source: ctx.source,
    source_key: ctx.sourceKey ?? null,
    search_text: searchTextOf(f, ctx.employer.name),
    created_by_account_id: ctx.createdBy,
    posted_at: ctx.postedAt,
    created_at: ctx.at,
    updated_at: ctx.at,
  };
}

/** A stored posting's fields again (the contact phone stays sealed), e.g. to rebuild its search text. */
export function fieldsOfRow(r: JobPostingRecord): PostingFields {
  return {
    title: r.title,
    description: r.description,
    category: r.category as PostingFields['category'],
    type: r.type as PostingFields['type'],
    pay: r.pay,
    payUnit: r.pay_unit as PostingFields['payUnit'],
    sameDayPay: r.same_day_pay === 1,
    place: r.place,
    lat: r.lat,
    lng: r.lng,
    headcount: r.headcount,
    requirements: { minAge: r.min_age, maxAge: r.max_age, skills: parseSkills(r.skills), note: r.requirements_note },
    workDates: r.work_from && r.work_to ? { from: r.work_from, to: r.work_to } : null,
    workHours: r.work_hours,
    contactName: r.contact_name,
    contactPhone: '',
    validThrough: r.valid_through,
  };
}
